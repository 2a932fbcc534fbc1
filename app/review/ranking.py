"""Ranks within a level: ties share a rank (1, 2, 2, 4); a rule set's tie-breaks order equals
(each in the levels it names, or in every level when it names none).

Candidates are ranked on their indicator as published, rounded half-up to two places, so two
candidates that show the same figure never get different ranks without a tie-break that says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.review.points import round_half_up
from app.review.ruleset import AwardList, TieBreak


@dataclass(frozen=True)
class RankEntry:
    candidate_id: str
    level: str
    value: Fraction
    attributes: Mapping[str, Decimal]


def rank_within_levels(entries: Sequence[RankEntry], tie_breaks: Sequence[TieBreak] = ()) -> dict[str, int]:
    """Competition ranking per level. Returns candidate id -> rank (1 is best)."""

    def key(entry: RankEntry) -> tuple[Decimal, ...]:
        parts = [round_half_up(entry.value)]
        for tb in tie_breaks:
            if tb.levels and entry.level not in tb.levels:
                continue  # stated for other levels only (Jiangsu: 先进集体, not individuals)
            raw = entry.attributes.get(tb.attribute, Decimal(0))
            parts.append(raw if tb.descending else -raw)
        return tuple(parts)

    ranks: dict[str, int] = {}
    levels = sorted({e.level for e in entries})
    for level in levels:
        ordered = sorted(
            (e for e in entries if e.level == level), key=lambda e: (key(e), e.candidate_id), reverse=True
        )
        previous: tuple[Decimal, ...] | None = None
        rank = 0
        for position, entry in enumerate(ordered, start=1):
            k = key(entry)
            if k != previous:
                rank = position
                previous = k
            ranks[entry.candidate_id] = rank
    return ranks


@dataclass(frozen=True)
class AwardEntry:
    candidate_id: str
    kind: str
    rank: int  # within the candidate's level


@dataclass(frozen=True)
class AwardResult:
    code: str
    name: str
    places: int
    named: tuple[str, ...]  # candidate ids in rank order
    over_by_tie: bool  # candidates tied at the last place are all named, so more than ``places``


def fill_award_lists(lists: Sequence[AwardList], entries: Sequence[AwardEntry]) -> tuple[AwardResult, ...]:
    """Each list names the best-ranked candidates of its kinds, skipping those named on its ``after``
    lists, up to its places; candidates tied at the last place are all named (``over_by_tie``)."""
    results: dict[str, AwardResult] = {}
    for award in lists:
        skipped = {cid for code in award.after for cid in results[code].named}
        eligible = sorted(
            (e for e in entries if e.kind in award.kinds and e.candidate_id not in skipped),
            key=lambda e: (e.rank, e.candidate_id),
        )
        named: list[AwardEntry] = []
        for entry in eligible:
            if len(named) < award.places or entry.rank == named[-1].rank:
                named.append(entry)
            else:
                break
        results[award.code] = AwardResult(
            award.code,
            award.name,
            award.places,
            tuple(e.candidate_id for e in named),
            len(named) > award.places,
        )
    return tuple(results.values())
