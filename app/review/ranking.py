"""Ranks within a level: ties share a rank (1, 2, 2, 4); a rule set's tie-breaks order equals.

Candidates are ranked on their indicator as published, rounded half-up to two places, so two
candidates that show the same figure never get different ranks without a tie-break that says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.review.points import round_half_up
from app.review.ruleset import TieBreak


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
