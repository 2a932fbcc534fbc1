"""Every engine code the chair can meet has Chinese words: composition findings, merge problems,
assignment and moderation errors, manifest problems, indicator steps, flags; and every string of the
chair's window has a finished translation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import pytest

from app.exchange.errors import ExchangeError
from app.review import library
from app.review.assignment import AssignmentError, ErrorCode
from app.review.composition import Finding, FindingCode, Severity
from app.review.disagreement import Flag, FlagCode
from app.review.indicators import Step
from app.review.scoring import ZeroReason
from app.review.validation import Problem
from app.services.manifests import ManifestError
from app.services.moderation import ModerationError
from app.ui.chair.wording import finding_text, flag_text, flag_word, step_text, zero_reason_word
from app.ui.chair.wording_errors import error_text, merge_problem_word
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixtures)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "chair_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")
MERGE_CODES = [
    "unreadable",
    "empty",
    "too_large",
    "truncated",
    "corrupt",
    "not_canonical",
    "unknown_format",
    "unsupported_version",
    "not_signed",
    "bad_header",
    "other_panel",
    "unknown_reviewer",
    "not_packaged",
    "bad_signature",
    "invalid_content",
    "duplicate_dossier",
    "duplicate_review",
    "unknown_dossier",
    "not_assigned",
    "dossier_not_listed",
    "checklist_mismatch",
    "pdf_mismatch",
    "duplicate_uid",
    "bad_points",
    "duplicate_veto",
    "duplicate_mark",
    "older_sequence",
    "sequence_conflict",
    "write_conflict",
] + [p.value for p in Problem]
ARGS = {
    "kind": "county-unit", "level": "county", "kind_level": "prefecture", "expected": 7, "found": 5,
    "type": "supporting-measures", "source": "drawn", "at_least": False, "case_numbers": ("甲1", "甲2"),
    "campaign_start": "2017-01-01", "campaign_end": "2017-12-31", "closing_date": "2018-01-05",
    "case_number": "甲1", "other_dossiers": ("甲1#2",), "other_candidates": ("P-ALM",), "sharing": "zero_one",
    "zeroed": True, "officer": "王建华", "certificate": "652801", "required_roles": ("questioner", "recorder"),
    "roles_found": ("inspector",), "field": "decision_date", "start": "2017-01-01", "end": "2017-10-31",
    "label": "2017年1-10月完成的案卷", "date": "2017-11-02", "children": ("KEL", "P-ALM"),
    "kept": "甲1#2", "decided_by": "first_listed",
}  # fmt: skip


@pytest.mark.usefixtures("chinese_ui")
def test_every_composition_finding_reads_in_chinese() -> None:
    ruleset = library.ruleset("xinjiang-2017")
    for code in FindingCode:
        text = finding_text(
            Finding(code, Severity.ERROR, "KEL", "甲1", "rule", ARGS), ruleset, {"P-ALM": "阿力木"}
        )
        assert CJK.search(text), (code, text)
        assert code.value not in text and "{" not in text, (code, text)
    args = {k: v for k, v in ARGS.items() if k != "zeroed"}
    short = finding_text(Finding(FindingCode.TOO_FEW, Severity.ERROR, "KEL", None, "r", args), ruleset)
    assert short == "缺少 2 份：适用四个配套办法案卷（随机抽选）应有 7 份，现有 5 份"


@pytest.mark.usefixtures("chinese_ui")
def test_every_merge_problem_and_error_has_words() -> None:
    for code in MERGE_CODES:
        assert CJK.search(merge_problem_word(code)), code
    for error_code in ErrorCode:
        assert CJK.search(
            error_text(AssignmentError(error_code, reviewer="C1", dossier="甲1", candidate="CJ"))
        )
    for code in (
        "reason_required",
        "not_points",
        "expert_score_out_of_range",
        "veto_not_marked",
        "not_cross_deduction",
    ):
        assert CJK.search(error_text(ModerationError(f"moderation.{code}", dossier="甲1", maximum=100)))
    for code in ("no_assignments", "no_pdf", "pdf_missing", "pdf_changed", "io_error"):
        text = error_text(ExchangeError(code, "x", dossier="甲1"))
        assert CJK.search(text) and "{" not in text, code


@pytest.mark.usefixtures("chinese_ui")
@pytest.mark.parametrize(
    ("location", "problem", "expected"),
    [
        ("row 1, column 3", "unknown column 'typo'", "第 1 行第 3 列：无法识别的列“typo”"),
        (
            "row 4, column source",
            "is 'x'; write recommended or drawn (推选/随机抽选)",
            "第 4 行“来源”列：填的是“x”，请填“推选”或“随机抽选”",
        ),
        (
            "row 2, column type",
            "unknown dossier type 'abc'; known: general, penalty",
            "第 2 行“案卷类型”列：“abc”不是本规则中的案卷类型（可填：general, penalty）",
        ),
        ("", "has a header but no rows", "list.csv：只有表头，没有数据行"),
    ],
)
def test_manifest_problems_are_said_in_chinese(location: str, problem: str, expected: str) -> None:
    assert error_text(ManifestError(Path("/x/list.csv"), location, problem)).endswith(expected)


@pytest.mark.usefixtures("chinese_ui")
def test_steps_flags_and_zero_reasons_have_words() -> None:
    args = {"dossiers": 4, "divided_by": 4, "points": Fraction(15), "of": Fraction(100), "own": 8, "members": 2,
            "label": "推选案卷", "mean": Fraction(90), "dossier": "甲1", "count": 2, "max": Fraction(3),
            "floor": Fraction(0), "cap": Fraction(27)}  # fmt: skip
    for code in ("mean", "scaled", "pooled_mean", "group", "dossier", "bonus", "base", "adjustment",
                 "zeroed_by_event", "bounded", "indicator_vetoed", "penalty",
                 "member_indicator_vetoed"):  # fmt: skip
        text = step_text(Step(code, Fraction(-1 if code == "penalty" else 86), args), {"甲1": "甲环罚1号"})
        assert CJK.search(text) and "{" not in text, code
    assert step_text(Step("mean", Fraction(173, 2), args)) == "案卷平均分 86.5（4 卷，按 4 卷计）"
    for reason in ZeroReason:
        assert CJK.search(zero_reason_word(reason))
    figures = {"highest": Fraction(98), "lowest": Fraction(84), "spread": Fraction(14), "threshold": Fraction(10),
               "vetoing": Fraction(1), "not_vetoing": Fraction(1), "deducted_by": Fraction(1),
               "not_deducted_by": Fraction(1), "maximum": Fraction(14), "expert_points": Fraction(3),
               "cross_points": Fraction(2), "rejected_points": Fraction(2)}  # fmt: skip
    for code in FlagCode:
        flag = Flag(code, "甲1", "i", ("E1", "E2"), figures, {"E1": Fraction(1), "E2": Fraction(0)})
        assert CJK.search(flag_word(code)) and CJK.search(flag_text(flag, {"E1": "周立新"}))


def test_every_string_of_the_window_has_a_finished_chinese_translation() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        (m.findtext("source"), ctx.findtext("name"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]
    assert not unfinished
    for ctx in root.iter("context"):
        for message in ctx.iter("message"):
            source, text = message.findtext("source") or "", message.findtext("translation") or ""
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), source
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 1


@pytest.mark.usefixtures("chinese_ui")
def test_the_window_says_what_the_printed_sheets_say() -> None:
    """One vocabulary: the chair's window, the sheets and the export word a code alike."""
    from app.printing.labels import describe_step, said
    from app.ui.chair.wording import role_word, source_word

    steps = [
        Step("mean", Fraction(173, 2), {"dossiers": 4, "divided_by": 4}),
        Step("unsettled", Fraction(0), {"findings": "sharing.two_categories:two_categories"}),
        Step("member_indicator_vetoed", Fraction(0), {"dossiers": "d1, d2"}),
    ]
    for step in steps:
        assert step_text(step, {"d1": "甲1"}) == describe_step(step, {"d1": "甲1"})
    for reason in ZeroReason:
        assert zero_reason_word(reason) == said("zero_reason", reason)
    assert role_word("expert") == said("role", "expert") and source_word("drawn") == said("source", "drawn")
    for code in FlagCode:
        assert flag_word(code) == said("flag", code)
