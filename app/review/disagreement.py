"""Disagreement flags: where a dossier's reviewers disagree enough that the chair should look.

The chair settles a panel by walking these flags, so each one carries the figures behind it (who gave
what) rather than a sentence: the command line and the window word them, the exports print them.
Four kinds:

- ``score_spread``: the experts' totals differ by more than the panel's threshold (highest − lowest);
- ``veto_split``: one expert marked a veto that another expert did not;
- ``item_split``: on one item, one expert deducted and another did not;
- ``counted_twice``: a cross-reviewer deducted on an item the experts already deducted for, so the
  same problem may be taken off twice (final = expert − cross).

A flag is *settled* when the chair has dealt with it: the dossier has a moderation record, or (for
``counted_twice``) every cross deduction behind it was rejected or accepted by the chair.
Pure functions over plain data; the service layer supplies the raw deductions with their decisions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from app.review.checklist import Checklist
from app.review.points import ZERO
from app.review.scoring import DossierResult, Role


class FlagCode(StrEnum):
    SCORE_SPREAD = "score_spread"
    VETO_SPLIT = "veto_split"
    ITEM_SPLIT = "item_split"
    COUNTED_TWICE = "counted_twice"


class Decision(StrEnum):
    """What the chair decided about one cross-review deduction."""

    REJECTED = "rejected"  # left out of the cross deduction
    ACCEPTED = "accepted"  # looked at and kept


@dataclass(frozen=True)
class DeductionRecord:
    """One deduction as entered, with the chair's decision on it (rejected ones included)."""

    uid: str
    dossier_id: str
    reviewer_id: str
    role: Role
    item_id: str
    points: Decimal
    reason_id: str | None = None
    text: str = ""
    page: int | None = None
    decision: Decision | None = None

    @property
    def rejected(self) -> bool:
        return self.decision is Decision.REJECTED


@dataclass(frozen=True)
class Flag:
    """One disagreement. ``by_reviewer`` holds each involved reviewer's figure:

    - ``score_spread``: the expert's dossier total;
    - ``veto_split``: 1 if the expert marked the veto ``veto_id``, 0 if not;
    - ``item_split``: the points the expert took off the item (0: none);
    - ``counted_twice``: the points each expert and each cross-reviewer took off the item (a cross
      deduction the chair rejected still counts here, so the flag stays visible as settled).

    ``figures`` holds the flag's named numbers (see ``dossier_flags``).
    """

    code: FlagCode
    dossier_id: str
    item_id: str | None
    reviewer_ids: tuple[str, ...]
    figures: Mapping[str, Fraction]
    by_reviewer: Mapping[str, Fraction]
    veto_id: str | None = None
    deduction_uids: tuple[str, ...] = ()  # counted_twice: the cross deductions the chair may reject
    settled: bool = False


@dataclass(frozen=True)
class _Expert:
    reviewer_id: str
    total: Fraction
    item_deducted: Mapping[str, Decimal]
    vetoes: tuple[str, ...]


def dossier_flags(
    dossier_id: str,
    checklist: Checklist,
    result: DossierResult,
    threshold: Decimal | Fraction | int,
    *,
    deductions: Sequence[DeductionRecord] | None = None,
) -> list[Flag]:
    """Every flag of one scored dossier, in a stable order (kind, then checklist order).

    ``deductions`` are the dossier's raw deductions with the chair's decisions; without them the
    cross-reviewers' deductions are taken from ``result`` (no uids, nothing rejected).
    Figures: ``score_spread`` {highest, lowest, spread, threshold}; ``veto_split`` {vetoing,
    not_vetoing}; ``item_split`` {deducted_by, not_deducted_by, maximum, spread}; ``counted_twice``
    {expert_points (the most an expert took off), cross_points (all cross deductions on the item),
    rejected_points (the part the chair rejected)}.
    """
    experts = [
        _Expert(r.reviewer_id, r.total, r.item_deducted, r.vetoes)
        for r in result.reviewers
        if r.role is Role.EXPERT
    ]
    moderated = result.moderated
    flags: list[Flag] = []
    if len(experts) >= 2:
        flags += _score_spread(dossier_id, experts, Fraction(threshold), moderated)
        flags += _veto_splits(dossier_id, experts, moderated)
        flags += _item_splits(dossier_id, checklist, experts, moderated)
    flags += _counted_twice(dossier_id, checklist, result, experts, deductions, moderated)
    return flags


def _score_spread(
    dossier_id: str, experts: Sequence[_Expert], threshold: Fraction, settled: bool
) -> list[Flag]:
    totals = {e.reviewer_id: e.total for e in experts}
    highest, lowest = max(totals.values()), min(totals.values())
    if highest - lowest <= threshold:
        return []
    return [
        Flag(
            FlagCode.SCORE_SPREAD,
            dossier_id,
            None,
            tuple(totals),
            {"highest": highest, "lowest": lowest, "spread": highest - lowest, "threshold": threshold},
            totals,
            settled=settled,
        )
    ]


def _veto_splits(dossier_id: str, experts: Sequence[_Expert], settled: bool) -> list[Flag]:
    flags = []
    for veto_id in sorted({v for e in experts for v in e.vetoes}):
        marked = {e.reviewer_id: Fraction(1 if veto_id in e.vetoes else 0) for e in experts}
        vetoing = sum(marked.values(), ZERO)
        if vetoing == len(experts):
            continue  # all experts agree
        flags.append(
            Flag(
                FlagCode.VETO_SPLIT,
                dossier_id,
                None,
                tuple(marked),
                {"vetoing": vetoing, "not_vetoing": len(experts) - vetoing},
                marked,
                veto_id=veto_id,
                settled=settled,
            )
        )
    return flags


@lru_cache(maxsize=4096)
def _exact(points: Decimal | int) -> Fraction:
    """Entered points as a Fraction: few distinct values, so converted once each."""
    return Fraction(points)


@lru_cache(maxsize=4096)
def _spread(highest: Decimal | int, lowest: Decimal | int) -> Fraction:
    """``highest - lowest`` exactly: few distinct pairs, so each is worked out once."""
    return _exact(highest) - _exact(lowest)


def _item_splits(
    dossier_id: str, checklist: Checklist, experts: Sequence[_Expert], settled: bool
) -> list[Flag]:
    flags = []
    count = len(experts)
    # only items some expert deducted can split (walking all items cost most of a panel's flags)
    for item in checklist.in_order(i for e in experts for i in e.item_deducted):
        points = [e.item_deducted.get(item.id, 0) for e in experts]  # entered decimals: compared fast
        deducted_by = sum(1 for p in points if p > 0)
        if deducted_by in (0, count):
            continue
        taken = {e.reviewer_id: _exact(p) for e, p in zip(experts, points, strict=True)}
        flags.append(
            Flag(
                FlagCode.ITEM_SPLIT,
                dossier_id,
                item.id,
                tuple(taken),
                {
                    "deducted_by": _exact(deducted_by),
                    "not_deducted_by": _exact(count - deducted_by),
                    "maximum": _exact(item.max_points),
                    "spread": _spread(max(points), min(points)),
                },
                taken,
                settled=settled,
            )
        )
    return flags


def _counted_twice(
    dossier_id: str,
    checklist: Checklist,
    result: DossierResult,
    experts: Sequence[_Expert],
    deductions: Sequence[DeductionRecord] | None,
    moderated: bool,
) -> list[Flag]:
    cross_by_item: dict[str, list[DeductionRecord]] = defaultdict(list)
    if deductions is None:
        for r in result.reviewers:
            if r.role is Role.CROSS:
                for item_id, points in r.item_deducted.items():
                    cross_by_item[item_id].append(
                        DeductionRecord("", dossier_id, r.reviewer_id, r.role, item_id, points)
                    )
    else:
        for d in deductions:
            if d.role is Role.CROSS and d.dossier_id == dossier_id and d.points > 0:
                cross_by_item[d.item_id].append(d)
    flags = []
    for item in checklist.in_order(cross_by_item):  # only items a cross-reviewer deducted
        cross = [d for d in cross_by_item[item.id] if d.points > 0]
        expert_taken = {
            e.reviewer_id: _exact(e.item_deducted[item.id])
            for e in experts
            if e.item_deducted.get(item.id, Decimal(0)) > 0
        }
        if not cross or not expert_taken:
            continue
        cross_taken: dict[str, Fraction] = defaultdict(Fraction)
        for d in cross:
            cross_taken[d.reviewer_id] += _exact(d.points)
        uids = tuple(d.uid for d in cross if d.uid)
        decided = bool(uids) and len(uids) == len(cross) and all(d.decision is not None for d in cross)
        flags.append(
            Flag(
                FlagCode.COUNTED_TWICE,
                dossier_id,
                item.id,
                tuple(expert_taken) + tuple(sorted(cross_taken)),
                {
                    "expert_points": max(expert_taken.values()),
                    "cross_points": sum(cross_taken.values(), ZERO),
                    "rejected_points": sum((_exact(d.points) for d in cross if d.rejected), ZERO),
                },
                expert_taken | {k: cross_taken[k] for k in sorted(cross_taken)},
                deduction_uids=uids,
                settled=moderated or decided,
            )
        )
    return flags


def panel_flags(
    outcomes: Iterable[tuple[str, Checklist, DossierResult]],
    threshold: Decimal | Fraction | int,
    deductions: Iterable[DeductionRecord] = (),
) -> list[Flag]:
    """Flags of every dossier, dossiers in the order given. ``deductions`` for the whole panel."""
    by_dossier: dict[str, list[DeductionRecord]] = defaultdict(list)
    for d in deductions:
        by_dossier[d.dossier_id].append(d)
    flags: list[Flag] = []
    for dossier_id, checklist, result in outcomes:
        flags += dossier_flags(
            dossier_id, checklist, result, threshold, deductions=by_dossier.get(dossier_id, [])
        )
    return flags


@dataclass(frozen=True)
class FlagSummary:
    total: int
    settled: int
    by_code: Mapping[FlagCode, int] = field(default_factory=dict)

    @property
    def open(self) -> int:
        return self.total - self.settled


def summarise(flags: Sequence[Flag]) -> FlagSummary:
    by_code: dict[FlagCode, int] = {}
    for flag in flags:
        by_code[flag.code] = by_code.get(flag.code, 0) + 1
    return FlagSummary(len(flags), sum(1 for f in flags if f.settled), by_code)
