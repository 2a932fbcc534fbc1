"""Rudong 2024 (通如东环〔2024〕27号): worked examples.

Individuals: 案卷质量 35 points — two drawn dossiers (one general, one supporting-measures) scored on the
whole-process checklist, their mean scaled to 35; a grave defect scores the dossier 0 and takes 1 more
point off the candidate. Units: 执法稽查及案卷评查 — 22 points, adjusted by the year's events, 0…27.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

from app.review import library
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import SharingRule, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier

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
    left, taken = Decimal(total), []
    for item in CHECKLIST.items():
        if left <= 0:
            break
        part = min(left, item.max_points)
        taken.append(Deduction(item.id, part, None, "评查意见"))
        left -= part
    return tuple(taken)


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


def unit(**events: int) -> F:
    data = IndicatorInput(UNIT, [], F(100), events={k.replace("_", "-"): v for k, v in events.items()})
    return compute_indicator(data).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "通如东环〔2024〕27号"
    assert CHECKLIST.id == "jiangxi-whole-process"
    assert INDIVIDUAL.max_points == 35 and UNIT.max_points == 27
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


def test_two_grave_defects_take_two_points() -> None:
    # Both dossiers have a grave defect: 0 + 0, minus 1 for each → −2 (“另扣1分” per dossier)
    first = score(off("0"), vetoes=("grave-unqualified-officers",))
    second = score(off("0"), vetoes=("grave-subject-wrong",))
    value = individual([as_dossier("g", "general", first), as_dossier("s", "supporting-measures", second)])
    assert value == F(-2)


def test_missing_type_scores_zero() -> None:
    # “系统中无候选个人办理对应类型案卷的，该案卷不得分”: no supporting-measures dossier in the system.
    # (80 + 0) / 2 × 35 / 100 = 14, and no penalty point (not a grave defect)
    general = score(off("20"))
    assert individual([as_dossier("g", "general", general)]) == F(14)


def test_unit_base_22_with_events() -> None:
    # 22 − 5 (province zeroed ×1) − 3 × 2 (province criticised ×2) − 2 (cross-review problem unfixed)
    #    + 5 (ministry excellent) + 3 × 2 (province excellent ×2) = 22 − 5 − 6 − 2 + 5 + 6 = 20
    assert unit(
        province_zeroed=1,
        province_criticised=2,
        cross_review_unfixed=1,
        excellent_ministry=1,
        excellent_province=2,
    ) == F(20)
    assert unit() == F(22)


def test_unit_audit_and_missed_problem_deductions() -> None:
    # 22 − 5 (ministry audit finding unfixed) − 2 (city audit finding unfixed) − 3 (disputed finding
    #    confirmed higher up) − 5 (grave problem missed as host) − 5 (missed as cross-reviewer) = 2
    assert unit(
        audit_unfixed_ministry=1,
        audit_unfixed_city=1,
        disputed_finding_confirmed=1,
        major_problem_missed_as_host=1,
        major_problem_missed_as_cross_reviewer=1,
    ) == F(2)


def test_unit_capped_at_27() -> None:
    # 22 + 5 × 2 (ministry excellent ×2) + 2 (city excellent) = 34 → capped at 27
    assert unit(excellent_ministry=2, excellent_city=1) == F(27)


def test_unit_floored_at_0() -> None:
    # 22 − 5 × 4 (ministry criticised ×4) − 3 (province audit unfixed) = −1 → “直到扣完为止”: 0
    assert unit(ministry_criticised=4, audit_unfixed_province=1) == F(0)


def test_unit_zeroed_by_the_ministry() -> None:
    # A dossier the ministry judged a zero-score dossier: the whole item 0, whatever else happened.
    assert unit(ministry_zeroed=1, excellent_ministry=1, excellent_province=1) == F(0)
