"""Taian 2021 (泰环境发〔2021〕11号): worked examples of 执法案卷质量.

County units: 3 drawn dossiers worth 4 points each (score / 100 × 4), plus 1 point a self-check held,
at most 3 — 15 in all. Individuals: 2 drawn dossiers worth 10 each — 20 in all.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

from app.review import library
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import CandidateKind, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier

RULESET = library.ruleset("taian-2021")
COUNTY = RULESET.kind("county-unit")
INDIVIDUAL = RULESET.kind("individual")
assert COUNTY and INDIVIDUAL
CHECKLIST = library.checklist(RULESET.checklist).with_vetoes(RULESET.vetoes)


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


def score(
    kind: CandidateKind, points_off: str, *, publicised: bool = True, vetoes: tuple[str, ...] = ()
) -> DossierResult:
    # Taian's scorers are cross-reviewing 分局 officers whose scores ARE the dossier's score: the expert role.
    review = ReviewInput("reviewer-1", Role.EXPERT, off(points_off), vetoes)
    return score_dossier(CHECKLIST, RULESET.policy_for(kind), [review], publicised=publicised)


def value(kind: CandidateKind, results: list[tuple[str, DossierResult]], self_checks: int = 0) -> F:
    dossiers = [
        CandidateDossier(f"d{n}", type_, Source.DRAWN, r.final, r.candidate_penalty, r.indicator_zero)
        for n, (type_, r) in enumerate(results)
    ]
    data = IndicatorInput(
        kind, dossiers, F(CHECKLIST.max_points), attributes={"self_checks": Decimal(self_checks)}
    )
    return compute_indicator(data).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "泰环境发〔2021〕11号"
    assert CHECKLIST.id == "jiangxi-whole-process"
    assert COUNTY.max_points == 15 and INDIVIDUAL.max_points == 20
    assert [(r.type, r.source, r.count) for r in COUNTY.requirements] == [
        ("general", Source.DRAWN, 2),
        ("supporting-measures", Source.DRAWN, 1),
    ]
    assert INDIVIDUAL.officer_qualifies(["questioner"]) and not INDIVIDUAL.officer_qualifies(["handler"])
    veto = CHECKLIST.veto("decision-letter-only")
    assert veto is not None and veto.effect == "dossier_zero"
    # the publication rule is stated for the county unit only
    assert RULESET.policy_for(COUNTY).unpublicised_scores_zero is True
    assert RULESET.policy_for(INDIVIDUAL).unpublicised_scores_zero is False
    assert RULESET.policy_for(COUNTY) is RULESET.policy
    assert RULESET.policy.model_copy(update={"unpublicised_scores_zero": False}) == RULESET.policy_for(
        INDIVIDUAL
    )


def test_not_publicised_scores_zero() -> None:
    # “处罚情况未在门户网站公开的，该案卷按0分计”: 88 on the checklist → 0 for a county's dossier
    result = score(COUNTY, "12", publicised=False)
    assert result.expert_score == F(88)
    assert result.final == F(0)
    assert result.zero_reasons == (ZeroReason.UNPUBLICISED,)


def test_only_the_decision_letter_uploaded_scores_zero() -> None:
    # “仅录入行政处罚决定书…的，该案卷按0分计”: the reviewer marks the rule set's veto.
    result = score(COUNTY, "0", vetoes=("decision-letter-only",))
    assert result.final == F(0)
    assert result.zero_reasons == (ZeroReason.VETO,)
    assert result.candidate_penalty == F(0)


def test_county_four_points_a_dossier_plus_self_checks() -> None:
    # general 90 → 4 × 90 / 100 = 3.6
    # general 75 → 4 × 75 / 100 = 3
    # supporting: only the decision letter uploaded → 0
    # self-checks held: 4 → 1 each, at most 3 → 3
    # indicator = 3.6 + 3 + 0 + 3 = 9.6
    results = [
        ("general", score(COUNTY, "10")),
        ("general", score(COUNTY, "25")),
        ("supporting-measures", score(COUNTY, "0", vetoes=("decision-letter-only",))),
    ]
    assert value(COUNTY, results, self_checks=4) == F(48, 5) == F("9.6")
    # two self-checks: 3.6 + 3 + 0 + 2 = 8.6
    assert value(COUNTY, results, self_checks=2) == F(43, 5)


def test_county_full_marks_are_15() -> None:
    # three perfect dossiers 3 × 4 = 12, three self-checks 3 → 15
    results = [(t, score(COUNTY, "0")) for t in ("general", "general", "supporting-measures")]
    assert value(COUNTY, results, self_checks=3) == F(15)


def test_individual_ten_points_a_dossier() -> None:
    # 85 → 8.5 and 70 → 7: 15.5
    results = [("penalty", score(INDIVIDUAL, "15")), ("penalty", score(INDIVIDUAL, "30"))]
    assert value(INDIVIDUAL, results) == F(31, 2)


def test_individual_dossier_not_publicised_keeps_its_score() -> None:
    # 附件4 states no publication rule: 85 stays 85 → 8.5 (+ 10 for a perfect second dossier) = 18.5
    unpublished = score(INDIVIDUAL, "15", publicised=False)
    assert unpublished.final == F(85)
    assert value(INDIVIDUAL, [("penalty", unpublished), ("penalty", score(INDIVIDUAL, "0"))]) == F(37, 2)
