"""The domain's words live once (app/vocabulary.py, resources/words): the printed sheets, the XLSX and
CSV exports, the windows and the command line say the same thing for the same code."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from app import vocabulary
from app.printing import labels
from app.review.indicators import Step
from app.services import export_xlsx

CJK = re.compile(r"[\u4e00-\u9fff]")
# one step of every code the engine makes (app/review/indicators.py), with the args it gives
STEPS = [
    Step("mean", Fraction(171, 2), {"dossiers": 3, "divided_by": 4}),
    Step("pooled_mean", Fraction(80), {"own": 2, "members": 3, "divided_by": 5}),
    Step("scaled", Fraction(34), {"points": 40, "of": 100}),
    Step("group", Fraction(20), {"label": "推选案卷", "mean": Fraction(80), "divided_by": 2, "points": 25}),
    Step("dossier", Fraction(9), {"dossier": "D1", "points": 10}),
    Step("bonus", Fraction(2), {"label": "典型案例", "count": 2, "max": 5}),
    Step("base", Fraction(60)),
    Step("adjustment", Fraction(-2), {"label": "被通报", "count": 1}),
    Step("zeroed_by_event", Fraction(0), {"label": "重大问题", "count": 1}),
    Step("bounded", Fraction(60), {"floor": 0, "cap": 100}),
    Step("indicator_vetoed", Fraction(0)),
    Step("member_indicator_vetoed", Fraction(0), {"dossiers": "D1, D2"}),
    Step("penalty", Fraction(-1)),
    Step("grade", Fraction(18), {"max": 20}),
    Step("grade_missing", Fraction(0), {"max": 20}),
    Step("floored", Fraction(0), {"floor": 0}),
    Step("capped", Fraction(100), {"cap": 100}),
    Step("dossier_check", Fraction(3), {"label": "移动执法系统", "found": 3, "max": 5}),
    Step("clamped", Fraction(40), {"min": 0, "max": 40}),
    Step("unsettled", Fraction(0), {"findings": "sharing.two_categories:two_categories, x:too_many"}),
]


def test_every_step_code_the_engine_makes_is_in_the_table() -> None:
    from pathlib import Path

    import app.review.indicators as indicators

    made = set(re.findall(r'Step\(\s*"([a-z_]+)"', Path(indicators.__file__).read_text(encoding="utf-8")))
    made |= {"grade_missing"}  # Step("grade" if … else "grade_missing", …)
    assert made <= {s.code for s in STEPS}
    for language in ("zh_CN", "en"):
        assert made <= set(vocabulary.table(language).section("step")), language


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.code)
def test_the_printed_report_and_the_xlsx_word_a_step_alike(step: Step) -> None:
    assert export_xlsx.describe_steps([step]) == labels.describe_step(step)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.code)
def test_a_step_on_paper_is_chinese_through_and_through(step: Step) -> None:
    text = labels.describe_step(step, {"D1": "甲1", "D2": "甲2"})
    assert CJK.search(text), text
    assert not re.search(r"[a-z]{3,}", text.replace("{", "")), text  # no code left in (too_many, D…)


SECTIONS = (
    "role", "source", "zero_reason", "flag", "flag_status", "veto_effect", "review_status", "decision",
    "decision_row", "merge_outcome", "expert_aggregation", "cross_aggregation", "step", "finding",
    "unsettled", "bar", "officer_role", "sharing",
)  # fmt: skip
READS_THE_WORDS = {
    "registry.py"
}  # manifests may say 专家 or 随机抽选: it recognises the words, never says them


def test_no_module_spells_the_vocabulary_itself() -> None:
    """The words of the vocabulary appear in app/ only as the table's: a module that writes 随机抽选
    or 一票否决 in its own code is a second copy that will drift (export_xlsx and labels did)."""
    table = vocabulary.table("zh_CN")
    words = {}
    for section in SECTIONS:
        for code, text in table.section(section).items():
            parts = re.split(r"\{[a-z_]+\}", text)
            longest = max(parts, key=len).strip("（）：；，。 ")
            if len(longest) >= (2 if len(parts) == 1 else 6):  # a whole word, or a long part of a sentence
                words[longest] = f"{section}.{code}"
    app = Path(vocabulary.__file__).parent
    copies = [
        f"{path.relative_to(app)}: {key} {text}"
        for path in sorted(app.rglob("*.py"))
        if path.name not in READS_THE_WORDS
        for text, key in words.items()
        if f'"{text}"' in (source := path.read_text(encoding="utf-8")) or f"'{text}'" in source
    ]
    assert copies == []
