"""Random draws of dossiers (随机抽选) that anyone can repeat from the pool and the seed.

The organiser exports each candidate's closed cases from the national penalty system (the pool) and
draws the rule set's number of ``drawn`` dossiers of each type. The method, ``sample-v1``:

1. the candidate's pool entries of the type, sorted by case number (Unicode code points), so the
   order of the spreadsheet never matters;
2. ``random.Random(f"{seed}:{candidate}:{type}").sample(entries, count)`` — Python seeds a string
   through SHA-512, so every Python 3 gives the same numbers.

A pool with fewer entries of a type than required draws all of them and reports a shortfall
(Rudong 2024: the missing dossier scores 0 — the scoring decides that, the draw only reports it).
``verify_draw`` repeats a stored or exported draw record and says whether it still matches.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from app.review.ruleset import CandidateKind, Source

METHOD = "sample-v1"


@dataclass(frozen=True)
class PoolEntry:
    """One case of a candidate's pool, as the national system exports it."""

    type: str  # dossier type code
    case_number: str
    closing_date: date | None = None
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "type": self.type,
            "closing_date": self.closing_date.isoformat() if self.closing_date else None,
            "title": self.title,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PoolEntry:
        closing = data.get("closing_date")
        return cls(
            type=str(data["type"]),
            case_number=str(data["case_number"]),
            closing_date=date.fromisoformat(closing) if closing else None,
            title=str(data.get("title") or ""),
        )


@dataclass(frozen=True)
class DrawShortfall:
    """The pool holds fewer cases of ``type`` than the candidate must have drawn."""

    type: str
    required: int
    available: int

    code: ClassVar[str] = "pool_too_small"

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "type": self.type, "required": self.required, "available": self.available}


@dataclass(frozen=True)
class DrawResult:
    candidate_id: str
    seed: str
    required: Mapping[str, int]  # type -> count
    drawn: Mapping[str, tuple[str, ...]]  # type -> case numbers, in the order drawn
    shortfalls: tuple[DrawShortfall, ...] = ()
    method: str = METHOD

    def result_json(self) -> dict[str, Any]:
        """What the ``draws.result`` column holds."""
        return {
            "method": self.method,
            "required": dict(sorted(self.required.items())),
            "drawn": {t: list(cases) for t, cases in sorted(self.drawn.items())},
            "shortfalls": [s.to_json() for s in self.shortfalls],
        }


@dataclass(frozen=True)
class DrawRecord:
    """A draw as stored in the panel and exported: enough to repeat it anywhere."""

    candidate_id: str
    seed: str
    pool: tuple[PoolEntry, ...]
    result: DrawResult
    at: datetime | None = None
    actor: str = ""
    id: int | None = None
    note: str = ""  # why a candidate was drawn again, when it was

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "candidate": self.candidate_id,
            "seed": self.seed,
            "at": self.at.isoformat(timespec="seconds") if self.at else None,
            "actor": self.actor,
            "note": self.note,
            "pool": [e.to_json() for e in self.pool],
            "result": self.result.result_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DrawRecord:
        """Read an exported record (``draws --json``) back, e.g. to verify it elsewhere."""
        result = data["result"]
        at = data.get("at")
        return cls(
            candidate_id=str(data["candidate"]),
            seed=str(data["seed"]),
            pool=tuple(PoolEntry.from_json(e) for e in data["pool"]),
            result=DrawResult(
                candidate_id=str(data["candidate"]),
                seed=str(data["seed"]),
                required={str(t): int(n) for t, n in result["required"].items()},
                drawn={str(t): tuple(str(c) for c in cases) for t, cases in result["drawn"].items()},
                shortfalls=tuple(
                    DrawShortfall(str(s["type"]), int(s["required"]), int(s["available"]))
                    for s in result.get("shortfalls", ())
                ),
                method=str(result.get("method", METHOD)),
            ),
            at=datetime.fromisoformat(at) if at else None,
            actor=str(data.get("actor") or ""),
            id=data.get("id"),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True)
class DrawVerification:
    matches: bool
    repeated: DrawResult
    problem: str = ""  # "unknown_method" when the record was made by a method this program lacks


def drawn_requirements(kind: CandidateKind) -> dict[str, int]:
    """How many dossiers of each type the rule set has drawn for a candidate of ``kind``."""
    counts: dict[str, int] = {}
    for req in kind.requirements:
        if req.source is Source.DRAWN:
            counts[req.type] = counts.get(req.type, 0) + req.count
    return counts


def canonical_pool(entries: Iterable[PoolEntry]) -> tuple[PoolEntry, ...]:
    """The pool in its one canonical order (type, then case number): the draw never sees file order."""
    return tuple(sorted(entries, key=lambda e: (e.type, e.case_number, e.closing_date or date.min, e.title)))


def draw_candidate(
    candidate_id: str, pool: Iterable[PoolEntry], required: Mapping[str, int], seed: str
) -> DrawResult:
    """Draw ``required[type]`` case numbers of each type from ``pool`` (one candidate's entries)."""
    entries = canonical_pool(pool)
    drawn: dict[str, tuple[str, ...]] = {}
    shortfalls: list[DrawShortfall] = []
    for type_code, count in sorted(required.items()):
        population = sorted({e.case_number for e in entries if e.type == type_code})
        take = min(count, len(population))
        rng = random.Random(f"{seed}:{candidate_id}:{type_code}")
        drawn[type_code] = tuple(rng.sample(population, take))
        if take < count:
            shortfalls.append(DrawShortfall(type_code, count, len(population)))
    return DrawResult(candidate_id, seed, dict(sorted(required.items())), drawn, tuple(shortfalls))


def verify_draw(record: DrawRecord | Mapping[str, Any]) -> DrawVerification:
    """Repeat a draw from its record's pool, seed and requirements; ``matches`` if the result is the same."""
    if not isinstance(record, DrawRecord):
        record = DrawRecord.from_json(record)
    stored = record.result
    repeated = draw_candidate(record.candidate_id, record.pool, stored.required, record.seed)
    if stored.method != METHOD:
        return DrawVerification(False, repeated, "unknown_method")
    matches = {t: tuple(c) for t, c in stored.drawn.items()} == dict(repeated.drawn) and tuple(
        stored.shortfalls
    ) == repeated.shortfalls
    return DrawVerification(matches, repeated)
