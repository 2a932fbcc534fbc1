"""Rudong 2024 (通如东环〔2024〕27号): worked examples.

Individuals: 案卷质量 35 points — two drawn dossiers (one general, one supporting-measures) scored on the
whole-process checklist, their mean scaled to 35; a grave defect scores the dossier 0 and takes 1 more
point off the candidate. Units: 执法稽查及案卷评查 — 22 points, adjusted by the year's events, 0…27.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction as F
from typing import Any

from app.review import library
from app.review.composition import FindingCode, check_composition, unsettled_by_candidate
from app.review.entities import CandidateRecord, DossierRecord, Officer
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import CandidateKind, SharingRule, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier
from tests.core import ruleset_panels

RULESET = library.ruleset("rudong-2024")
INDIVIDUAL = RULESET.kind("individual")
UNIT = RULESET.kind("unit")
assert INDIVIDUAL and UNIT
CHECKLIST = library.checklist(RULESET.checklist_for(INDIVIDUAL)).with_vetoes(RULESET.vetoes)
GRAVE = [
    "grave-unqualified-officers",
    "grave-subject-wrong",
    "grave-unlawful-evidence",
    "grave-no-legal-basis",
    "grave-procedure-breach",
]


def off(total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    return ruleset_panels.off(CHECKLIST, total)


def score(*experts: tuple[Deduction, ...], vetoes: tuple[str, ...] = ()) -> DossierResult:
    reviews = [
        ReviewInput(f"expert-{n}", Role.EXPERT, deductions, vetoes if n == 1 else ())
        for n, deductions in enumerate(experts, start=1)
    ]
    return score_dossier(CHECKLIST, RULESET.policy_for(INDIVIDUAL), reviews)


def as_dossier(name: str, type_: str, result: DossierResult) -> CandidateDossier:
    return CandidateDossier(
        name, type_, Source.DRAWN, result.final, result.candidate_penalty, result.indicator_zero
    )


def individual(dossiers: list[CandidateDossier]) -> F:
    return compute_indicator(IndicatorInput(INDIVIDUAL, dossiers, F(CHECKLIST.max_points))).value


def unit_result(grade: F | None, found: int = 0, *, kind: CandidateKind | None = None, **events: int) -> Any:
    """The unit's indicator for the chair's grade (0–22), ``found`` of its two drawn dossiers found in
    the mobile system, and the year's events (keyword names with ``_`` for ``-``)."""
    drawn = [
        CandidateDossier(f"u{n}", "penalty", Source.DRAWN, F(0), checks=_found(n < found)) for n in range(2)
    ]
    data = IndicatorInput(
        kind or UNIT,
        drawn,
        F(100),
        events={k.replace("_", "-"): v for k, v in events.items()},
        grade=grade,
    )
    return compute_indicator(data)


def unit(grade: F | None, found: int = 0, **events: int) -> F:
    return F(unit_result(grade, found, **events).value)


def _found(yes: bool) -> frozenset[str]:
    return frozenset({"mobile-system"}) if yes else frozenset()


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "通如东环〔2024〕27号"
    assert CHECKLIST.id == "jiangxi-whole-process"
    # 35 (“3.案卷质量（35分）”) + 2 × 1.5 (专业技能 1（2）); 27 (“不得超过27分”) + 2 × 0.5 (信息化 3（3）)
    assert INDIVIDUAL.max_points == 38 and UNIT.max_points == 28
    assert INDIVIDUAL.min_points == 0 and UNIT.min_points == 0
    assert [(r.type, r.source, r.count) for r in UNIT.requirements] == [("penalty", Source.DRAWN, 2)]
    assert RULESET.policy.veto_penalty == "per_dossier"
    assert [(r.type, r.source, r.count) for r in INDIVIDUAL.requirements] == [
        ("general", Source.DRAWN, 1),
        ("supporting-measures", Source.DRAWN, 1),
    ]
    # “候选个人不得与候选集体共用同一份案卷，不同候选个人不得共用同一份案卷”
    assert RULESET.sharing.individual_and_unit is SharingRule.FORBID
    assert RULESET.sharing.two_individuals is SharingRule.FORBID
    assert RULESET.policy.unpublicised_scores_zero is False
    for veto_id in GRAVE:
        veto = CHECKLIST.veto(veto_id)
        assert veto is not None
        assert (veto.effect, veto.penalty) == ("dossier_zero_and_penalty", 1)


def test_the_individual_must_be_inspector_questioner_and_on_the_filing_form() -> None:
    # “为笔录中的检查人及调查询问人，且为立案审批表的承办人之一” — all three, not any one.
    assert INDIVIDUAL.officer_roles_match == "all"
    assert INDIVIDUAL.officer_qualifies(["inspector", "questioner", "handler"])
    assert not INDIVIDUAL.officer_qualifies(["inspector", "questioner"])
    assert not INDIVIDUAL.officer_qualifies(["recorder", "handler"])


def test_two_good_dossiers() -> None:
    # general: 80; supporting: 90 → mean 85 → 85 × 35 / 100 = 29.75
    general = score(off("20"))
    supporting = score(off("10"))
    value = individual(
        [as_dossier("g", "general", general), as_dossier("s", "supporting-measures", supporting)]
    )
    assert value == F(119, 4) == F("29.75")


def test_grave_defect_scores_zero_and_takes_one_more_point() -> None:
    # general: experts 84 and 76 → 80.
    # supporting: 95 on the checklist, but a grave defect (⑤违反法定程序) → 0, and −1 for the candidate.
    # indicator = (80 + 0) / 2 × 35 / 100 − 1 = 40 × 0.35 − 1 = 14 − 1 = 13
    general = score(off("16"), off("24"))
    supporting = score(off("5"), vetoes=("grave-procedure-breach",))
    assert general.final == F(80)
    assert supporting.expert_score == F(95)
    assert supporting.final == F(0)
    assert supporting.zero_reasons == (ZeroReason.VETO,)
    assert supporting.candidate_penalty == F(1)
    value = individual(
        [as_dossier("g", "general", general), as_dossier("s", "supporting-measures", supporting)]
    )
    assert value == F(13)


def test_two_grave_defects_in_one_dossier_take_one_point() -> None:
    # Issue 10 item 3: “出现以下5种情形之一的，在该案卷不得分基础上，另扣1分” — per dossier, not per defect.
    # general: 80 → 80.
    # supporting: 95, but ②违法主体不清 and ⑤违反法定程序 → 0, and 1 point off (not 2).
    # indicator = (80 + 0) / 2 × 35 / 100 − 1 = 14 − 1 = 13
    general = score(off("20"))
    supporting = score(off("5"), vetoes=("grave-subject-wrong", "grave-procedure-breach"))
    assert supporting.final == F(0) and supporting.candidate_penalty == F(1)
    value = individual(
        [as_dossier("g", "general", general), as_dossier("s", "supporting-measures", supporting)]
    )
    assert value == F(13)


def test_the_other_reading_takes_a_point_a_defect() -> None:
    # veto_penalty = "per_veto" (the option for the reading "1 point a defect"): 14 − 2 = 12
    policy = RULESET.policy_for(INDIVIDUAL).model_copy(update={"veto_penalty": "per_veto"})
    reviews = [ReviewInput("e1", Role.EXPERT, off("5"), ("grave-subject-wrong", "grave-procedure-breach"))]
    supporting = score_dossier(CHECKLIST, policy, reviews)
    assert supporting.candidate_penalty == F(2)
    general = score(off("20"))
    value = individual(
        [as_dossier("g", "general", general), as_dossier("s", "supporting-measures", supporting)]
    )
    assert value == F(12)


def test_two_grave_dossiers_stop_at_zero() -> None:
    # Both dossiers have a grave defect: 0 + 0 → 0 × 35 / 100 = 0, minus 1 for each dossier = −2;
    # the 35-point item is floored at 0 (min_points = 0): 0, not −2.
    first = score(off("0"), vetoes=("grave-unqualified-officers",))
    second = score(off("0"), vetoes=("grave-subject-wrong",))
    dossiers = [as_dossier("g", "general", first), as_dossier("s", "supporting-measures", second)]
    result = compute_indicator(IndicatorInput(INDIVIDUAL, dossiers, F(CHECKLIST.max_points)))
    assert result.value == F(0)
    assert [s.code for s in result.steps][-3:] == ["penalty", "floored", "dossier_check"]


def test_mobile_system_points_for_the_individual() -> None:
    # 附件4 专业技能 1（2）: “能在移动执法系统中查询到抽查的候选个人2份案卷相关现场检查信息的，每一份案卷得1.5分”
    # general 80, supporting 90 → 85 × 35 / 100 = 29.75; both found → + 2 × 1.5 = 3 → 32.75
    general = as_dossier("g", "general", score(off("20")))
    supporting = as_dossier("s", "supporting-measures", score(off("10")))
    both = [replace(general, checks=_found(True)), replace(supporting, checks=_found(True))]
    assert individual(both) == F(131, 4) == F("32.75")
    # only the general one found: 29.75 + 1.5 = 31.25
    assert individual([both[0], supporting]) == F(125, 4)
    # two grave dossiers (0 − 2 → floored 0), the first found in the system: 0 + 1.5 = 1.5 — the
    # mobile-system points are another row of the notice, not taken by the grave-defect point
    grave = score(off("0"), vetoes=("grave-subject-wrong",))
    dossiers = [
        replace(as_dossier("g", "general", grave), checks=_found(True)),
        as_dossier("s", "supporting-measures", grave),
    ]
    assert individual(dossiers) == F(3, 2)


def test_missing_type_and_mobile_points() -> None:
    # No supporting-measures dossier in the system: (80 + 0) / 2 × 0.35 = 14; the general one found: +1.5
    general = replace(as_dossier("g", "general", score(off("20"))), checks=_found(True))
    assert individual([general]) == F(31, 2)


# ---------------------------------------------------------------- the unit's 执法稽查及案卷评查 (27)


def test_unit_grade_then_deductions_then_bonuses() -> None:
    # The office grades the year's reviews: 20 of 22 (“综合打分”, entered by the chair with a reason).
    # 20 − 3 (province criticised) − 2 (city audit finding unfixed) = 15
    #    + 3 (province excellent) = 18; both drawn dossiers found in the mobile system: + 2 × 0.5 = 1 → 19
    assert unit(F(20), 2, province_criticised=1, audit_unfixed_city=1, excellent_province=1) == F(19)
    assert unit(F(22)) == F(22)
    assert unit(F(0)) == F(0)


def test_unit_events_as_before_with_a_full_grade() -> None:
    # 22 − 5 (province zeroed) − 3 × 2 (province criticised ×2) − 2 (cross-review problem unfixed) = 9
    #    + 5 (ministry excellent) + 3 × 2 (province excellent ×2) = 20
    events = {"province_zeroed": 1, "province_criticised": 2, "cross_review_unfixed": 1}
    assert unit(F(22), excellent_ministry=1, excellent_province=2, **events) == F(20)
    # 22 − 5 (ministry audit) − 2 (city audit) − 3 (disputed finding confirmed) − 5 (missed as host)
    #    − 5 (missed as cross-reviewer) = 2
    assert unit(
        F(22),
        audit_unfixed_ministry=1,
        audit_unfixed_city=1,
        disputed_finding_confirmed=1,
        major_problem_missed_as_host=1,
        major_problem_missed_as_cross_reviewer=1,
    ) == F(2)


def test_unit_floor_comes_before_the_bonuses() -> None:
    # The notice's order: 22 − 5 × 4 (ministry criticised ×4) − 5 × 2 (ministry audit ×2) = −8
    #    → “本项分值直到扣完为止”: 0 → + 5 (ministry excellent) = 5
    events = {"ministry_criticised": 4, "audit_unfixed_ministry": 2, "excellent_ministry": 1}
    result = unit_result(F(22), **events)
    assert result.value == F(5)
    assert [s.code for s in result.steps] == [
        "grade",
        "adjustment",
        "adjustment",
        "floored",
        "adjustment",
        "dossier_check",
    ]
    # the other reading (bounds = "once"): 22 − 20 − 10 + 5 = −3 → 0
    once = UNIT.model_copy(update={"indicator": UNIT.indicator.model_copy(update={"bounds": "once"})})
    assert unit_result(F(22), kind=once, **events).value == F(0)


def test_unit_capped_at_27_then_mobile_points() -> None:
    # 21 − 2 (city audit) = 19 + 5 × 2 (ministry excellent ×2) + 3 (province excellent) = 32 → 27;
    #    both drawn dossiers found: + 1 → 28, the kind's maximum
    assert unit(F(21), 2, audit_unfixed_city=1, excellent_ministry=2, excellent_province=1) == F(28)
    # without the mobile points: 27
    assert unit(F(21), 0, audit_unfixed_city=1, excellent_ministry=2, excellent_province=1) == F(27)


def test_unit_zeroed_by_the_ministry() -> None:
    # A dossier the ministry judged a zero-score dossier: the 27-point item 0, whatever else happened;
    # the mobile-system half point (another row) stays: 0 + 0.5
    assert unit(F(22), 1, ministry_zeroed=1, excellent_ministry=1, excellent_province=1) == F(1, 2)


def test_unit_without_a_grade_is_not_complete() -> None:
    result = unit_result(None, excellent_city=1)
    # no grade yet: counted as 0 (never more than the chair gave), + 2 = 2, and the result is not complete
    assert result.value == F(2)
    assert result.complete is False
    assert result.steps[0].code == "grade_missing"
    assert unit_result(F(10)).complete is True


# ---------------------------------------------------------------- “不得与候选集体共用同一份案卷”

ME = Officer("王五", "32000001", ("inspector", "questioner", "handler"))


def _panel(case_of_unit_dossier: str) -> tuple[list[CandidateRecord], list[DossierRecord]]:
    cands = [
        CandidateRecord("U1", "如东县", "unit", "county"),
        CandidateRecord("P1", "王五", "individual", "individual", officer_certificate="32000001"),
    ]
    day = date(2024, 5, 1)
    dossiers = [
        DossierRecord("u1", case_of_unit_dossier, "U1", "penalty", Source.DRAWN, closing_date=day),
        DossierRecord("u2", "东环罚〔2024〕2号", "U1", "penalty", Source.DRAWN, closing_date=day),
        DossierRecord(
            "p1",
            "东环罚〔2024〕7号",
            "P1",
            "general",
            Source.DRAWN,
            closing_date=day,
            officers=(ME,),
            decision_date=day,  # the individual's draw window (“自2023年11月1日起已下达行政处罚决定”)
        ),
        DossierRecord(
            "p2",
            "东环封〔2024〕1号",
            "P1",
            "supporting-measures",
            Source.DRAWN,
            closing_date=day,
            officers=(ME,),
            decision_date=day,
        ),
    ]
    return cands, dossiers


def test_the_unit_has_two_drawn_dossiers_of_its_own() -> None:
    # 附件3 信息化 3（3）“抽查的候选集体2份案卷”: the unit's dossiers are required, not “not required”
    cands, dossiers = _panel("东环罚〔2024〕1号")
    report = check_composition(RULESET, cands, dossiers, campaign_start=None, campaign_end=None)
    assert report.findings == ()


def test_individual_and_unit_sharing_a_dossier_is_an_error() -> None:
    # “候选个人不得与候选集体共用同一份案卷”: the unit's drawn dossier is the individual's general one
    cands, dossiers = _panel("东环罚（2024）7号")  # the same case number, written with other brackets
    report = check_composition(RULESET, cands, dossiers, campaign_start=None, campaign_end=None)
    shared = [f for f in report if f.code is FindingCode.SHARED_WITH_UNIT]
    assert [(f.candidate_id, f.dossier_id) for f in shared] == [("P1", "p1"), ("U1", "u1")]
    assert not report.ok
    assert unsettled_by_candidate(report) == {"P1": ("shared_with_unit",), "U1": ("shared_with_unit",)}


def test_drawn_dossiers_decided_since_november_2023_and_not_drawn_before() -> None:
    # 附件4 案件办理 3（1）“抽取范围为自2023年11月1日起已下达行政处罚决定或完成查封扣押、移送公安机关，且未被
    # 抽查的案卷” (issue 10 item 10): the decision date, and the 已被抽查 flag, are checked.
    from datetime import date

    from app.review.composition import FindingCode, check_composition
    from app.review.entities import CandidateRecord, DossierRecord

    person = [CandidateRecord("P1", "张三", "individual", "individual")]

    def drawn(did: str, type_: str, decided: date | None, before: bool = False) -> DossierRecord:
        return DossierRecord(did, did, "P1", type_, Source.DRAWN, decision_date=decided, drawn_before=before)

    dossiers = [
        drawn("a", "general", date(2023, 11, 1)),
        drawn("b", "supporting-measures", date(2023, 10, 31)),
        drawn("c", "general", date(2024, 3, 1), before=True),
    ]
    report = check_composition(RULESET, person, dossiers, campaign_start=None, campaign_end=None)
    window = [(f.code, f.dossier_id) for f in report if f.rule.startswith("window")]
    assert window == [(FindingCode.OUTSIDE_WINDOW, "b"), (FindingCode.DRAWN_BEFORE, "c")]
