"""Xinjiang 2017 (新环办发〔2017〕213号): worked examples of the 环境执法案卷质量 indicator.

Dossiers are scored on the inspection-interrogation checklist (100 points); a candidate's indicator is
the mean of its dossier scores (the notice gives the indicator no weight of its own).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import pytest

from app.cli import main
from app.review import library
from app.review.composition import SHARING_CODES, FindingCode, Severity, check_composition
from app.review.entities import CandidateRecord, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import CandidateKind, SharingRule, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier
from app.services.manifests import ManifestError
from app.services.panel import Panel
from app.services.registry import add_candidates, add_dossiers
from app.services.results import duplicate_notes
from tests.core import ruleset_panels
from tests.core.panel_fixtures import write_csv

RULESET = library.ruleset("xinjiang-2017")
CHECKLIST = library.checklist(RULESET.checklist).with_vetoes(RULESET.vetoes)
PREFECTURE = RULESET.kind("prefecture-unit")
COUNTY = RULESET.kind("county-unit")
REGION = RULESET.kind("region-unit")
INDIVIDUAL = RULESET.kind("individual")
assert PREFECTURE and COUNTY and REGION and INDIVIDUAL

# A prefecture's 9 dossiers in the notice's order: 2 penalty + 1 police-transfer + 2 audit recommended,
# 2 general + 2 supporting-measures drawn.
PREFECTURE_CATEGORIES = [
    ("penalty", Source.RECOMMENDED),
    ("penalty", Source.RECOMMENDED),
    ("police-transfer", Source.RECOMMENDED),
    ("audit", Source.RECOMMENDED),
    ("audit", Source.RECOMMENDED),
    ("general", Source.DRAWN),
    ("general", Source.DRAWN),
    ("supporting-measures", Source.DRAWN),
    ("supporting-measures", Source.DRAWN),
]


def off(total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    return ruleset_panels.off(CHECKLIST, total)


def score(
    *experts: tuple[Deduction, ...],
    publicised: bool = True,
    forced_zero: tuple[ZeroReason, ...] = (),
    vetoes: tuple[str, ...] = (),
) -> DossierResult:
    reviews = [
        ReviewInput(f"expert-{n}", Role.EXPERT, deductions, vetoes if n == 1 else ())
        for n, deductions in enumerate(experts, start=1)
    ]
    return score_dossier(CHECKLIST, RULESET.policy, reviews, publicised=publicised, forced_zero=forced_zero)


def as_dossier(n: int, type_: str, source: Source, result: DossierResult) -> CandidateDossier:
    return CandidateDossier(
        f"d{n}", type_, source, result.final, result.candidate_penalty, result.indicator_zero
    )


def indicator(kind: CandidateKind, dossiers: list[CandidateDossier]) -> F:
    return compute_indicator(IndicatorInput(kind, dossiers, F(CHECKLIST.max_points))).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "新环办发〔2017〕213号"
    assert CHECKLIST.id == "inspection-interrogation" and CHECKLIST.max_points == 100
    # 附件1 一（二）: prefecture 2 + 1 + 2 recommended, at least 2 + 2 drawn; county 2 + 1 and at least
    # 2 + 2; region 1 + 2 and at least one from each prefecture; 附件2: an individual hands in 2.
    assert [(r.type, r.source, r.count, r.at_least) for r in PREFECTURE.requirements] == [
        ("penalty", Source.RECOMMENDED, 2, False),
        ("police-transfer", Source.RECOMMENDED, 1, False),
        ("audit", Source.RECOMMENDED, 2, False),
        ("general", Source.DRAWN, 2, True),
        ("supporting-measures", Source.DRAWN, 2, True),
    ]
    assert (PREFECTURE.required_count, COUNTY.required_count, REGION.required_count) == (9, 7, 4)
    assert INDIVIDUAL.required_count == 2
    assert INDIVIDUAL.officer_qualifies(["recorder"]) and not INDIVIDUAL.officer_qualifies(["inspector"])
    assert RULESET.policy.unpublicised_scores_zero is True
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ZERO_ONE
    assert RULESET.sharing.individual_and_unit is SharingRule.ALLOW  # “个人参选案卷可与集体参选案卷重复”


def test_a_dossier_scored_item_by_item() -> None:
    # expert 1: 违法事实记载不清 −6, 未记载执法证件号 −3 → 100 − 9 = 91
    # expert 2: 未问清违法行为要素 −5, 未逐页签字 −2 → 100 − 7 = 93
    # dossier = mean(91, 93) = 92
    result = score(
        (
            Deduction("insp.facts", Decimal(6), "violation-vague"),
            Deduction("insp.officers", Decimal(3), "no-cert-number"),
        ),
        (
            Deduction("intg.questions", Decimal(5), "elements-missing"),
            Deduction("intg.signatures", Decimal(2), "not-every-page"),
        ),
    )
    assert result.expert_scores == {"expert-1": F(91), "expert-2": F(93)}
    assert result.final == F(92)


def test_not_publicised_scores_zero() -> None:
    # “处罚情况未在门户网站公开的，该案按0分计”: 92 on the checklist, but 0 all the same.
    published = score(off("8"), off("8"))
    hidden = score(off("8"), off("8"), publicised=False)
    assert published.final == F(92)
    assert hidden.expert_score == F(92)
    assert hidden.final == F(0)
    assert hidden.zero_reasons == (ZeroReason.UNPUBLICISED,)


def test_same_dossier_in_two_categories_zeroes_one_and_drags_the_mean() -> None:
    # A prefecture hands in 9 dossiers; one case appears both as 行政处罚案卷 and as 移送公安机关案卷.
    # Every dossier scores 90; the second copy is zeroed (“其中一份按0分计”).
    # mean = (8 × 90 + 0) / 9 = 720 / 9 = 80
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ZERO_ONE
    duplicate = 2  # the police-transfer copy of the first penalty dossier
    dossiers = []
    for n, (type_, source) in enumerate(PREFECTURE_CATEGORIES):
        forced = (ZeroReason.DUPLICATE_CATEGORY,) if n == duplicate else ()
        result = score(off("10"), forced_zero=forced)
        assert result.final == (F(0) if n == duplicate else F(90))
        dossiers.append(as_dossier(n, type_, source, result))
    assert dossiers[duplicate].final == 0
    assert indicator(PREFECTURE, dossiers) == F(80)
    # without the duplicate rule the same nine dossiers would average 90
    assert indicator(PREFECTURE, [replace(d, final=F(90)) for d in dossiers]) == F(90)


def test_more_drawn_dossiers_than_the_minimum_all_count() -> None:
    # “至少随机抽取”: a county with 2 + 1 recommended and 3 general + 2 supporting drawn = 8 dossiers.
    # Seven score 90, one drawn general scores 58: mean = (7 × 90 + 58) / 8 = 688 / 8 = 86
    rows = [("penalty", Source.RECOMMENDED)] * 2 + [("police-transfer", Source.RECOMMENDED)]
    rows += [("general", Source.DRAWN)] * 3 + [("supporting-measures", Source.DRAWN)] * 2
    dossiers = [
        as_dossier(n, t, s, score(off("42") if n == 3 else off("10"))) for n, (t, s) in enumerate(rows)
    ]
    assert [d.final for d in dossiers].count(F(90)) == 7
    assert indicator(COUNTY, dossiers) == F(86)


def test_a_missing_required_dossier_counts_as_zero() -> None:
    # The county hands in 6 of its 7 required dossiers, all 91: mean = 6 × 91 / 7 = 546 / 7
    rows = [("penalty", Source.RECOMMENDED)] * 2 + [("general", Source.DRAWN)] * 2
    rows += [("supporting-measures", Source.DRAWN)] * 2
    dossiers = [as_dossier(n, t, s, score(off("9"))) for n, (t, s) in enumerate(rows)]
    assert indicator(COUNTY, dossiers) == F(546, 7)


def test_individual_mean_of_two_with_one_unpublicised() -> None:
    # 2 penalty dossiers: 86, and 88 on the checklist but not publicised → 0: (86 + 0) / 2 = 43
    first = score(off("14"))
    second = score(off("12"), publicised=False)
    dossiers = [
        as_dossier(1, "penalty", Source.RECOMMENDED, first),
        as_dossier(2, "penalty", Source.RECOMMENDED, second),
    ]
    assert (first.final, second.final) == (F(86), F(0))
    assert indicator(INDIVIDUAL, dossiers) == F(43)


def test_no_veto_of_its_own_and_two_optional_ones_marked_not_in_the_notice() -> None:
    # Item 4: the notice states no dossier veto (only “处罚情况未在门户网站公开的，该案按0分计”). Before the
    # fix, the checklist carried `forged-record` and `not-qualified` into every Xinjiang panel.
    assert RULESET.vetoes == () and RULESET.active_vetoes == ()
    assert CHECKLIST.vetoes == ()
    assert {v.id for v in RULESET.optional_vetoes} == {"forged-record", "not-qualified"}
    for veto in RULESET.optional_vetoes:
        assert "not in the notice" in veto.note and "通知未规定" in veto.text
    with pytest.raises(KeyError, match="forged-record"):  # a reviewer cannot mark it unless enabled
        score(off("5"), vetoes=("forged-record",))


def test_an_enabled_optional_veto_forged_record_zeroes_the_whole_indicator() -> None:
    # The chair enabled `forged-record` (indicator_zero) for the panel: the individual's other
    # dossier (95) no longer counts: indicator 0.
    enabled = RULESET.with_enabled_vetoes(["forged-record"])
    assert [v.id for v in enabled.active_vetoes] == ["forged-record"]
    checklist = library.checklist(RULESET.checklist).with_vetoes(enabled.active_vetoes)
    reviews = [ReviewInput("expert-0", Role.EXPERT, off("5"), ("forged-record",))]
    forged = score_dossier(checklist, RULESET.policy, reviews)
    clean = score(off("5"))
    assert forged.indicator_zero and forged.final == F(95)
    dossiers = [
        as_dossier(1, "penalty", Source.RECOMMENDED, clean),
        as_dossier(2, "penalty", Source.RECOMMENDED, forged),
    ]
    assert indicator(INDIVIDUAL, dossiers) == F(0)
    with pytest.raises(ValueError, match="no optional veto 'fraud'"):
        RULESET.with_enabled_vetoes(["fraud"])


# ---------------------------------------------------------------- issue 10 items 4, 6, 10; award lists
def _prefecture(ids: list[str], case_for: dict[str, str] | None = None) -> list[DossierRecord]:
    """The prefecture's 9 dossiers in the notice's order; ``ids`` names them, ``case_for`` shares cases."""
    case_for = case_for or {}
    return [
        DossierRecord(i, case_for.get(i, f"新环罚〔2017〕{n}号"), "YL", t, s, decision_date=date(2017, 6, 1))
        for n, (i, (t, s)) in enumerate(zip(ids, PREFECTURE_CATEGORIES, strict=True))
    ]


YILI = [CandidateRecord("YL", "伊犁州环保局", "prefecture-unit", "prefecture")]


def test_the_zeroed_copy_of_a_two_category_case_does_not_depend_on_ids() -> None:
    # One case handed in as 行政处罚案卷 and as 移送公安机关案卷 (both recommended). Every dossier 90;
    # the copy in the category the notice lists later (移送公安机关, 附件1 一（二）1 lists 行政处罚 first)
    # is zeroed, whatever the ids: (8 × 90 + 0) / 9 = 720 / 9 = 80. Before the fix the higher dossier id
    # was zeroed, so renaming the dossiers zeroed the other copy.
    for ids in (list("abcdefghi"), list("ihgfedcba")):
        ds = _prefecture(ids, {ids[2]: "新环罚〔2017〕0号"})  # the police-transfer copy of ids[0]
        panel = ruleset_panels.results(RULESET, YILI, ds, {d.id: "10" for d in ds})
        assert ruleset_panels.finals(panel)[ids[2]] == 0 and ruleset_panels.finals(panel)[ids[0]] == 90
        assert ruleset_panels.indicators(panel)["YL"] == F(720, 9) == 80
        note = duplicate_notes(panel)[ids[2]]
        assert note | {"other_dossiers": []} == {
            "rule": "sharing.same_dossier_two_categories",
            "zeroed": True,
            "kept": ids[0],
            "decided_by": "first_listed",
            "chair_reason": None,
            "other_dossiers": [],
        }


def test_a_drawn_dossier_equal_to_a_recommended_one_is_a_draw_to_repeat_not_a_zero() -> None:
    # The office drew case 0 (general × drawn) which the prefecture also recommended as a penalty
    # dossier. 同一案卷不得作为两类案卷重复报送 is about what the candidate hands in: nothing is zeroed
    # (9 × 90 / 9 = 90); the check names both copies as an error to draw again. Before the fix the
    # drawn copy was zeroed (80).
    ids = list("abcdefghi")
    ds = _prefecture(ids, {"f": "新环罚〔2017〕0号"})
    panel = ruleset_panels.results(RULESET, YILI, ds, {d.id: "10" for d in ds})
    assert ruleset_panels.indicators(panel)["YL"] == 90
    found = {(f.code, f.dossier_id, f.severity) for f in panel.composition if f.code in SHARING_CODES}
    assert found == {
        (FindingCode.DRAWN_DUPLICATE, "a", Severity.ERROR),
        (FindingCode.DRAWN_DUPLICATE, "f", Severity.ERROR),
    }


def test_dossiers_outside_2017_january_to_october_are_named() -> None:
    # 附件1 一（二）“均需为2017年1-10月完成的案卷（指该期间印发处罚决定书、责令改正通知书等法律文书）”:
    # the decision date, not the closing date. Decided 2017-10-31 and closed 2017-12-05 is in; decided
    # 2017-11-02 is out; decided 2016-12-30 is out; no decision date cannot be checked (a warning).
    ds = _prefecture(list("abcdefghi"))
    ds[0] = replace(ds[0], decision_date=date(2017, 10, 31), closing_date=date(2017, 12, 5))
    ds[1] = replace(ds[1], decision_date=date(2017, 11, 2))
    ds[3] = replace(ds[3], decision_date=date(2016, 12, 30))
    ds[4] = replace(ds[4], decision_date=None)
    report = check_composition(
        RULESET, YILI, ds, campaign_start=date(2017, 1, 1), campaign_end=date(2017, 10, 31)
    )
    window = [(f.code, f.dossier_id) for f in report if f.rule.startswith("window")]
    assert window == [
        (FindingCode.OUTSIDE_WINDOW, "b"),
        (FindingCode.OUTSIDE_WINDOW, "d"),
        (FindingCode.WINDOW_DATE_MISSING, "e"),
    ]


def test_the_two_individual_award_lists() -> None:
    # 附件2 “共设70个表现突出个人名额。其中，案件调查表现突出个人20名和现场执法能手50名”. 24 individuals,
    # each two dossiers: individual n has 2 × n points off → indicator 100 − 2n (98, 96, …, 52), except
    # P24 who ties P20 at 60. Ranks 1…19, then P20 and P24 share 20th: both go on the 案件调查 list (21
    # names, over by the tie); the 现场执法能手 list takes the next: P21 (58), P22 (56), P23 (54).
    cands = [CandidateRecord(f"P{n:02d}", f"个人{n}", "individual", "individual") for n in range(1, 25)]
    ds, points = [], {}
    for n, cand in enumerate(cands, start=1):
        for k in (1, 2):
            d = DossierRecord(f"{cand.id}-{k}", f"{cand.id}-{k}", cand.id, "penalty", Source.RECOMMENDED)
            ds.append(d)
            points[d.id] = str(2 * (20 if n == 24 else n))
    panel = ruleset_panels.results(RULESET, cands, ds, points)
    values = ruleset_panels.indicators(panel)
    assert values["P01"] == 98 and values["P20"] == values["P24"] == 60 and values["P23"] == 54
    case, field = panel.awards
    assert (case.code, case.places, field.code, field.places) == (
        "case-investigation",
        20,
        "field-enforcement",
        50,
    )
    assert case.named == (*(f"P{n:02d}" for n in range(1, 21)), "P24") and case.over_by_tie
    assert field.named == ("P21", "P22", "P23") and not field.over_by_tie
    by_id = {c.candidate.id: c for c in panel.candidates}
    assert by_id["P24"].awards == ("case-investigation",) and by_id["P22"].awards == ("field-enforcement",)


def _xinjiang_panel_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "xj.dpanel"
    assert main(["new", str(path), "--ruleset", "xinjiang-2017", "--enable-veto", "not-qualified"]) == 0
    capsys.readouterr()
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["YL", "伊犁州环保局", "地州市级候选集体"]])
    write_csv(
        tmp_path / "d.csv",
        ["code", "case_number", "candidate", "type", "source", "closing_date", "decision_date"],
        [
            ["YL-P1", "伊环罚〔2017〕1号", "YL", "penalty", "推选", "2017-08-01", "2017-07-01"],
            ["YL-T1", "伊环罚〔2017〕1号", "YL", "police-transfer", "推选", "2017-08-01", "2017-07-01"],
            ["YL-G1", "伊环罚〔2017〕5号", "YL", "general", "随机抽选", "2017-12-01", "2017-11-02"],
        ],
    )
    assert main(["add-candidates", str(path), "--manifest", str(tmp_path / "c.csv")]) == 0
    assert main(["add-dossiers", str(path), "--manifest", str(tmp_path / "d.csv")]) == 0
    capsys.readouterr()
    return str(path)


def test_check_names_the_late_dossier_and_the_chair_chooses_the_standing_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _xinjiang_panel_file(tmp_path, capsys)
    with Panel.open(path) as panel:
        assert [v.id for v in panel.ruleset.active_vetoes] == ["not-qualified"]  # enabled by the chair
        assert panel.checklist("inspection-interrogation").veto("not-qualified") is not None
        assert panel.checklist("inspection-interrogation").veto("forged-record") is None
    assert main(["check", path]) == 1
    out = capsys.readouterr().out
    assert "case 伊环罚〔2017〕5号 [window.decision_date]: decision date 2017-11-02 is outside" in out
    assert "this dossier scores 0 (dossier YL-P1 stands: its category comes first in the notice)" in out
    assert main(["keep-copy", path, "YL-G1", "--reason", "x"]) == 2
    assert "no copy to choose" in capsys.readouterr().err
    assert main(["keep-copy", path, "YL-T1", "--reason", "移送材料完整，行政处罚一类另行补报"]) == 0
    capsys.readouterr()
    assert main(["results", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    notes = {d["code"]: d["duplicate"] for d in data["dossiers"]}
    assert notes["YL-P1"]["zeroed"] is True and notes["YL-P1"]["kept"] == "YL-T1"
    assert notes["YL-P1"]["decided_by"] == "chair"
    assert notes["YL-P1"]["chair_reason"] == "移送材料完整，行政处罚一类另行补报"
    assert notes["YL-T1"]["zeroed"] is False and notes["YL-G1"] is None
    with Panel.open(path) as panel:
        entry = panel.audit_entries()[-1]
        assert entry["action"] == "choice.standing_copy" and entry["new"]["value"] == "YL-T1"


def test_an_unknown_optional_veto_is_refused_before_the_panel_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xj.dpanel"
    assert main(["new", str(path), "--ruleset", "xinjiang-2017", "--enable-veto", "dossier-fraud"]) == 2
    assert "offers no optional veto 'dossier-fraud'" in capsys.readouterr().err and not path.exists()


def test_a_decision_date_after_the_closing_date_is_refused(tmp_path: Path) -> None:
    panel = Panel.create(tmp_path / "xj.dpanel", "xinjiang-2017")
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["YL", "伊犁州环保局", "prefecture-unit"]])
    add_candidates(panel, tmp_path / "c.csv")
    write_csv(
        tmp_path / "d.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "结案日期", "处罚决定日期"],
        [["伊环罚〔2017〕1号", "YL", "penalty", "推选", "2017-08-01", "2017-09-01"]],
    )
    with pytest.raises(ManifestError, match=r"row 2, column decision_date.*after the closing date"):
        add_dossiers(panel, tmp_path / "d.csv")
    assert panel.dossiers() == []
    panel.close()
