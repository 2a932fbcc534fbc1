"""The dossier-level rules: item floors, expert/cross aggregation, final = max(0, expert − cross), vetoes."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.review.checklist import Checklist
from app.review.ruleset import CrossAggregation, ExpertAggregation, ScoringPolicy
from app.review.scoring import (
    Deduction,
    Moderation,
    ReviewInput,
    Role,
    ZeroReason,
    aggregate_cross,
    aggregate_experts,
    item_scores,
    score_dossier,
)

CHECKLIST = Checklist.model_validate(
    {
        "id": "mini",
        "title": "小表",
        "version": "1",
        "sections": [
            {
                "id": "a",
                "title": "甲",
                "items": [
                    {
                        "id": "a.1",
                        "text": "一",
                        "max_points": 10,
                        "reasons": [{"id": "r", "text": "缺", "points": 4}],
                    },
                    {"id": "a.2", "text": "二", "max_points": "5.5"},
                ],
            },
            {"id": "b", "title": "乙", "items": [{"id": "b.1", "text": "三", "max_points": "4.5"}]},
        ],
        "vetoes": [
            {"id": "zero", "text": "否决", "effect": "dossier_zero"},
            {"id": "grave", "text": "重大问题", "effect": "dossier_zero_and_penalty", "penalty": 1},
            {"id": "fraud", "text": "造假", "effect": "indicator_zero"},
        ],
    }
)
ITEMS = ["a.1", "a.2", "b.1"]


def d(item: str, points: str) -> Deduction:
    return Deduction(item, Decimal(points), None, "理由")


def test_item_score_never_below_zero() -> None:
    scores = item_scores(CHECKLIST, [d("a.2", "4"), d("a.2", "3")])
    assert scores["a.2"] == 0
    assert scores["a.1"] == 10


def test_expert_minus_cross_worked_example() -> None:
    # Experts: 20 − 2.5 = 17.5 and 20 − 4 = 16 → mean 16.75.
    # Cross-reviewers: 1.5 and 0.5 taken off → mean 1. Final 16.75 − 1 = 15.75.
    reviews = [
        ReviewInput("e1", Role.EXPERT, (d("a.1", "2.5"),)),
        ReviewInput("e2", Role.EXPERT, (d("a.1", "4"),)),
        ReviewInput("c1", Role.CROSS, (d("b.1", "1.5"),)),
        ReviewInput("c2", Role.CROSS, (d("a.2", "0.5"),)),
    ]
    result = score_dossier(CHECKLIST, ScoringPolicy(), reviews)
    assert result.expert_score == Fraction(67, 4)
    assert result.cross_deduction == 1
    assert result.final == Fraction(63, 4)


def test_final_never_below_zero() -> None:
    reviews = [
        ReviewInput("e1", Role.EXPERT, (d("a.1", "10"), d("a.2", "5.5"))),  # 4.5 left
        ReviewInput("c1", Role.CROSS, (d("a.1", "10"),)),  # takes 10
    ]
    assert score_dossier(CHECKLIST, ScoringPolicy(), reviews).final == 0


def test_cross_policy_max_and_sum() -> None:
    assert aggregate_cross([Fraction(1), Fraction(3)], CrossAggregation.MAX) == 3
    assert aggregate_cross([Fraction(1), Fraction(3)], CrossAggregation.SUM) == 4
    assert aggregate_cross([Fraction(1), Fraction(3)], CrossAggregation.MEAN) == 2
    assert aggregate_cross([], CrossAggregation.MEAN) == 0


def test_expert_policies() -> None:
    values = [Fraction(90), Fraction(70), Fraction(80), Fraction(85)]
    assert aggregate_experts(values, ExpertAggregation.MEAN) == Fraction(325, 4)
    assert aggregate_experts(values, ExpertAggregation.MEDIAN) == Fraction(165, 2)
    assert aggregate_experts(values, ExpertAggregation.TRIMMED_MEAN) == Fraction(165, 2)  # (80 + 85) / 2
    # With two experts a trimmed mean has nothing to trim: plain mean.
    assert aggregate_experts(values[:2], ExpertAggregation.TRIMMED_MEAN) == 80


def test_unpublicised_scores_zero_only_where_the_policy_says() -> None:
    reviews = [ReviewInput("e1", Role.EXPERT)]
    strict = ScoringPolicy(unpublicised_scores_zero=True)
    result = score_dossier(CHECKLIST, strict, reviews, publicised=False)
    assert result.final == 0 and result.zero_reasons == (ZeroReason.UNPUBLICISED,)
    assert score_dossier(CHECKLIST, ScoringPolicy(), reviews, publicised=False).final == 20


def test_veto_effects() -> None:
    grave = score_dossier(CHECKLIST, ScoringPolicy(), [ReviewInput("e1", Role.EXPERT, vetoes=("grave",))])
    assert grave.final == 0 and grave.candidate_penalty == 1
    fraud = score_dossier(CHECKLIST, ScoringPolicy(), [ReviewInput("e1", Role.EXPERT, vetoes=("fraud",))])
    assert fraud.indicator_zero and fraud.final == 20  # the dossier keeps its points; the indicator goes


def test_moderation_dismisses_a_veto_and_sets_the_expert_score() -> None:
    reviews = [ReviewInput("e1", Role.EXPERT, vetoes=("zero",)), ReviewInput("e2", Role.EXPERT)]
    settled = score_dossier(
        CHECKLIST,
        ScoringPolicy(),
        reviews,
        moderation=Moderation(expert_score=Fraction(18), dismissed_vetoes=frozenset({"zero"}), reason="复核"),
    )
    assert settled.final == 18 and settled.moderated and not settled.vetoes


def test_unscored_dossier_has_no_final() -> None:
    assert score_dossier(CHECKLIST, ScoringPolicy(), []).final is None


def test_unknown_item_is_refused() -> None:
    with pytest.raises(KeyError):
        item_scores(CHECKLIST, [d("zz", "1")])


# ---------------------------------------------------------------------- properties
points = st.decimals(min_value=0, max_value=12, places=1)
deduction = st.builds(lambda i, p: Deduction(i, p, None, "x"), st.sampled_from(ITEMS), points)
review = st.builds(
    lambda n, role, ds, vs: ReviewInput(f"r{n}", role, tuple(ds), tuple(vs)),
    st.integers(0, 1000),
    st.sampled_from(list(Role)),
    st.lists(deduction, max_size=6),
    st.lists(st.sampled_from(["zero", "grave", "fraud"]), max_size=1),
)
reviews = st.lists(review, max_size=6, unique_by=lambda r: r.reviewer_id)
policies = st.builds(
    ScoringPolicy,
    expert_aggregation=st.sampled_from(list(ExpertAggregation)),
    cross_aggregation=st.sampled_from(list(CrossAggregation)),
    unpublicised_scores_zero=st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(reviews, policies, st.booleans(), st.randoms())
def test_invariants(rs: list[ReviewInput], policy: ScoringPolicy, publicised: bool, rnd: object) -> None:
    result = score_dossier(CHECKLIST, policy, rs, publicised=publicised)
    maximum = Fraction(CHECKLIST.max_points)
    if result.final is not None:
        assert 0 <= result.final <= maximum  # never negative, never above the maximum
    for score in result.reviewers:
        assert all(v >= 0 for v in score.item_scores.values())
        assert 0 <= score.total <= maximum
    # the order of reviewers does not matter
    shuffled = list(rs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    again = score_dossier(CHECKLIST, policy, shuffled, publicised=publicised)
    assert (again.final, again.expert_score, again.cross_deduction) == (
        result.final,
        result.expert_score,
        result.cross_deduction,
    )
    # a dossier veto always wins
    if any(v in ("zero", "grave") for r in rs for v in r.vetoes):
        assert result.final == 0


@settings(max_examples=100, deadline=None)
@given(reviews)
def test_adding_a_veto_always_zeroes(rs: list[ReviewInput]) -> None:
    vetoed = [*rs, ReviewInput("vetoer", Role.EXPERT, (), ("zero",))]
    assert score_dossier(CHECKLIST, ScoringPolicy(), vetoed).final == 0
