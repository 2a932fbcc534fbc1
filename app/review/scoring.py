"""Scoring a dossier: item scores, a reviewer's total, experts and cross-reviewers combined, vetoes.

Everything here is a pure function over plain data so that the rule "final = expert − cross-review
deduction, never below 0, a veto always wins" lives in exactly one place (``score_dossier``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from statistics import median

from app.review.checklist import Checklist, VetoEffect
from app.review.points import ZERO, clamp
from app.review.ruleset import CrossAggregation, ExpertAggregation, ScoringPolicy


class Role(StrEnum):
    EXPERT = "expert"  # 专家评审
    CROSS = "cross"  # 交叉评审


class ZeroReason(StrEnum):
    """Why a dossier's final score is 0 regardless of its points (codes; the UI words them)."""

    VETO = "veto"
    UNPUBLICISED = "unpublicised"
    DUPLICATE_CATEGORY = "duplicate_category"
    NOT_HANDED_IN = "not_handed_in"


@dataclass(frozen=True)
class Deduction:
    item_id: str
    points: Decimal
    reason_id: str | None = None  # one of the item's reasons, or None for a free deduction
    text: str = ""


@dataclass(frozen=True)
class ReviewInput:
    reviewer_id: str
    role: Role
    deductions: tuple[Deduction, ...] = ()
    vetoes: tuple[str, ...] = ()  # veto ids of the checklist


@dataclass(frozen=True)
class ReviewerScore:
    reviewer_id: str
    role: Role
    total: Fraction  # the dossier score this reviewer gives (vetoes not applied)
    deducted: Fraction  # what they took off, each item capped at its maximum
    item_deducted: Mapping[str, Decimal]  # items with deductions -> points off, capped at the maximum
    item_maxima: Mapping[str, Decimal]
    vetoes: tuple[str, ...]

    @property
    def item_scores(self) -> dict[str, Fraction]:
        return {
            item: Fraction(maximum - self.item_deducted.get(item, Decimal(0)))
            for item, maximum in self.item_maxima.items()
        }


@dataclass(frozen=True)
class Moderation:
    """The chair's settlement of a dossier. Any field left None keeps the computed value."""

    expert_score: Fraction | None = None
    cross_deduction: Fraction | None = None
    dismissed_vetoes: frozenset[str] = frozenset()  # veto ids the chair overruled
    reason: str = ""


@dataclass(frozen=True)
class AppliedVeto:
    veto_id: str
    effect: VetoEffect
    penalty: Fraction
    reviewer_ids: tuple[str, ...]


@dataclass(frozen=True)
class DossierResult:
    expert_scores: Mapping[str, Fraction]
    expert_score: Fraction | None  # None: no expert has scored it yet
    cross_deductions: Mapping[str, Fraction]
    cross_deduction: Fraction
    vetoes: tuple[AppliedVeto, ...]
    zero_reasons: tuple[ZeroReason, ...]
    final: Fraction | None
    candidate_penalty: Fraction = ZERO  # from dossier_zero_and_penalty vetoes
    indicator_zero: bool = False
    moderated: bool = False
    reviewers: tuple[ReviewerScore, ...] = field(default=())

    @property
    def scored(self) -> bool:
        return self.final is not None


def _taken(checklist: Checklist, deductions: Iterable[Deduction]) -> dict[str, Decimal]:
    """Points off per item, capped at the item's maximum (so an item never scores below 0).

    Entered points are decimals with at most two places, so decimal sums here are exact.
    """
    maxima = checklist.item_maxima
    taken: dict[str, Decimal] = {}
    for deduction in deductions:
        if deduction.item_id not in maxima:
            raise KeyError(f"unknown item {deduction.item_id!r} in checklist {checklist.id!r}")
        taken[deduction.item_id] = taken.get(deduction.item_id, Decimal(0)) + deduction.points
    return {item: min(points, maxima[item]) for item, points in taken.items()}


def item_scores(checklist: Checklist, deductions: Iterable[Deduction]) -> dict[str, Fraction]:
    """Each item's score: its maximum minus its deductions, never below 0."""
    taken = _taken(checklist, deductions)
    return {
        item: Fraction(maximum - taken.get(item, Decimal(0)))
        for item, maximum in checklist.item_maxima.items()
    }


def reviewer_score(checklist: Checklist, review: ReviewInput) -> ReviewerScore:
    taken = _taken(checklist, review.deductions)
    deducted = sum(taken.values(), Decimal(0))
    return ReviewerScore(
        reviewer_id=review.reviewer_id,
        role=review.role,
        total=Fraction(checklist.max_points - deducted),
        deducted=Fraction(deducted),
        item_deducted=taken,
        item_maxima=checklist.item_maxima,
        vetoes=tuple(sorted(set(review.vetoes))),
    )


def aggregate_experts(values: Sequence[Fraction], how: ExpertAggregation) -> Fraction:
    if not values:
        raise ValueError("no expert scores to combine")
    ordered = sorted(values)
    if how is ExpertAggregation.MEDIAN:
        return Fraction(median(ordered))
    if how is ExpertAggregation.TRIMMED_MEAN and len(ordered) >= 3:
        ordered = ordered[1:-1]
    return sum(ordered, ZERO) / len(ordered)


def aggregate_cross(values: Sequence[Fraction], how: CrossAggregation) -> Fraction:
    if not values:
        return ZERO
    if how is CrossAggregation.MAX:
        return max(values)
    total = sum(values, ZERO)
    return total if how is CrossAggregation.SUM else total / len(values)


def score_dossier(
    checklist: Checklist,
    policy: ScoringPolicy,
    reviews: Iterable[ReviewInput],
    *,
    publicised: bool = True,
    forced_zero: Iterable[ZeroReason] = (),
    moderation: Moderation | None = None,
) -> DossierResult:
    """The dossier's final score: max(0, expert − cross-review deduction), with vetoes and zero rules.

    The order of ``reviews`` never matters. A veto marked by any reviewer applies unless the chair
    dismissed it in ``moderation``.
    """
    scored = sorted((reviewer_score(checklist, r) for r in reviews), key=lambda s: (s.role, s.reviewer_id))
    experts = {s.reviewer_id: s.total for s in scored if s.role is Role.EXPERT}
    crosses = {s.reviewer_id: s.deducted for s in scored if s.role is Role.CROSS}
    moderation = moderation or Moderation()

    expert_score: Fraction | None = None
    if moderation.expert_score is not None:
        expert_score = moderation.expert_score
    elif experts:
        expert_score = aggregate_experts(list(experts.values()), policy.expert_aggregation)
    cross = (
        moderation.cross_deduction
        if moderation.cross_deduction is not None
        else aggregate_cross(list(crosses.values()), policy.cross_aggregation)
    )

    vetoes = _applied_vetoes(checklist, scored, moderation.dismissed_vetoes)
    zero_reasons = list(dict.fromkeys(forced_zero))
    if any(v.effect in (VetoEffect.DOSSIER_ZERO, VetoEffect.DOSSIER_ZERO_AND_PENALTY) for v in vetoes):
        zero_reasons.append(ZeroReason.VETO)
    if policy.unpublicised_scores_zero and not publicised:
        zero_reasons.append(ZeroReason.UNPUBLICISED)

    final: Fraction | None
    if zero_reasons:
        final = ZERO
    elif expert_score is None:
        final = None
    else:
        final = clamp(expert_score - cross, low=ZERO)
    return DossierResult(
        expert_scores=experts,
        expert_score=expert_score,
        cross_deductions=crosses,
        cross_deduction=cross,
        vetoes=vetoes,
        zero_reasons=tuple(zero_reasons),
        final=final,
        candidate_penalty=_penalty(vetoes, policy),
        indicator_zero=any(v.effect is VetoEffect.INDICATOR_ZERO for v in vetoes),
        moderated=moderation != Moderation(),
        reviewers=tuple(scored),
    )


def _penalty(vetoes: Sequence[AppliedVeto], policy: ScoringPolicy) -> Fraction:
    """What the dossier's vetoes take off the candidate: the largest penalty once per dossier
    (“出现以下5种情形之一的…另扣1分”), or every veto's penalty under ``veto_penalty = "per_veto"``."""
    penalties = [v.penalty for v in vetoes]
    if not penalties:
        return ZERO
    return sum(penalties, ZERO) if policy.veto_penalty == "per_veto" else max(penalties)


def _applied_vetoes(
    checklist: Checklist, scored: Sequence[ReviewerScore], dismissed: frozenset[str]
) -> tuple[AppliedVeto, ...]:
    by_veto: dict[str, list[str]] = defaultdict(list)
    for score in scored:
        for veto_id in score.vetoes:
            by_veto[veto_id].append(score.reviewer_id)
    applied = []
    for veto_id in sorted(by_veto):
        if veto_id in dismissed:
            continue
        veto = checklist.veto(veto_id)
        if veto is None:
            raise KeyError(f"unknown veto {veto_id!r} in checklist {checklist.id!r}")
        applied.append(
            AppliedVeto(veto_id, veto.effect, Fraction(veto.penalty), tuple(sorted(by_veto[veto_id])))
        )
    return tuple(applied)
