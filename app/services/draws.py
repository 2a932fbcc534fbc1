"""Random draws (随机抽选) in the panel file: read the pool manifest, draw, store, export, verify.

The drawing itself is ``app.review.draw`` (pure, repeatable anywhere from the record); this module
checks the pool manifest row by row (a bad row is named and nothing is drawn), stores one ``draws``
row per candidate with its pool, seed and result, and audits it, all in one transaction. A candidate
drawn before is drawn again only with a written reason. Formats: docs/assignment.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, select

from app.models import schema
from app.review.assignment import AssignmentError, ErrorCode, check_seed, new_seed
from app.review.draw import (
    DrawRecord,
    DrawVerification,
    PoolEntry,
    canonical_pool,
    draw_candidate,
    drawn_requirements,
    verify_draw,
)
from app.services.clock import utc_now
from app.services.manifests import Row, read_manifest
from app.services.panel import Panel, audit, inserted_id

POOL_COLUMNS: dict[str, tuple[str, ...]] = {
    "candidate": ("候选对象编号", "候选对象", "执法证号"),
    "case_number": ("案卷编号", "案件编号", "案号"),
    "type": ("案卷类型", "案件类型"),
    "closing_date": ("结案日期",),
    "title": ("案由", "案卷名称", "案件名称"),
}


@dataclass(frozen=True)
class DrawReport:
    seed: str
    records: tuple[DrawRecord, ...]  # one per candidate in the pool
    not_in_pool: tuple[str, ...]  # candidates with drawn requirements the pool did not mention


def read_pool(panel: Panel, path: str | Path) -> dict[str, list[PoolEntry]]:
    """A pool manifest checked row by row: candidate id → its pool entries (ManifestError names the row)."""
    rows = read_manifest(path, POOL_COLUMNS, ("candidate", "case_number", "type"))
    ruleset = panel.ruleset
    candidates = panel.candidates()
    by_id = {c.id: c for c in candidates}
    types = {t.code: t.code for t in ruleset.dossier_types} | {t.name: t.code for t in ruleset.dossier_types}

    def find_candidate(row: Row) -> str:
        key = row.required("candidate")
        if key in by_id:
            return key
        for attribute in ("name", "officer_certificate"):
            matches = [c.id for c in candidates if getattr(c, attribute) == key]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise row.error(
                    "candidate", f"{key!r} names {len(matches)} candidates; give the candidate id"
                )
        raise row.error("candidate", f"unknown candidate {key!r}")

    pools: dict[str, list[PoolEntry]] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:
        candidate_id = find_candidate(row)
        kind = ruleset.kind(by_id[candidate_id].kind)
        if kind is None or not drawn_requirements(kind):
            raise row.error("candidate", f"candidate {candidate_id!r} has no randomly drawn dossiers")
        type_text = row.required("type")
        if type_text not in types:
            raise row.error("type", f"unknown dossier type {type_text!r}; known: {', '.join(sorted(types))}")
        case_number = row.required("case_number")
        key = (candidate_id, types[type_text], case_number)
        if key in seen:
            raise row.error("case_number", f"case {case_number!r} repeats row {seen[key]}")
        seen[key] = row.number
        entry = PoolEntry(types[type_text], case_number, row.date("closing_date"), row.get("title"))
        pools.setdefault(candidate_id, []).append(entry)
    return pools


def draw(
    panel: Panel,
    pool_path: str | Path,
    *,
    seed: str | None = None,
    actor: str = "chair",
    redraw_reason: str | None = None,
) -> DrawReport:
    """Draw every pool candidate's ``drawn`` dossiers; stored and audited in one transaction. A
    candidate drawn before is refused unless a ``redraw_reason`` is given (a re-draw must be explained)."""
    pools = read_pool(panel, pool_path)
    seed = new_seed() if seed is None else check_seed(seed)
    note = (redraw_reason or "").strip()
    ruleset = panel.ruleset
    candidates = {c.id: c for c in panel.candidates()}
    records: list[DrawRecord] = []
    with panel.transaction() as conn:
        query = select(schema.draws.c.candidate_id, schema.draws.c.id).order_by(schema.draws.c.id)
        earlier = {candidate_id: draw_id for candidate_id, draw_id in conn.execute(query)}  # the latest
        for candidate_id in sorted(pools):
            if candidate_id in earlier and not note:
                raise AssignmentError(
                    ErrorCode.ALREADY_DRAWN, candidate=candidate_id, draw=earlier[candidate_id]
                )
        now = utc_now()
        for candidate_id in sorted(pools):
            kind = ruleset.kind(candidates[candidate_id].kind)
            assert kind is not None
            pool = canonical_pool(pools[candidate_id])
            result = draw_candidate(candidate_id, pool, drawn_requirements(kind), seed)
            stored = result.result_json() | ({"note": note} if candidate_id in earlier else {})
            draw_id = inserted_id(
                conn.execute(
                    schema.draws.insert().values(
                        candidate_id=candidate_id,
                        seed=seed,
                        pool=[e.to_json() for e in pool],
                        result=stored,
                        at=now,
                        actor=actor,
                    )
                )
            )
            record = DrawRecord(candidate_id, seed, pool, result, now, actor, draw_id, stored.get("note", ""))
            audit(conn, actor, "draw.add", "draw", str(draw_id), None, {"candidate": candidate_id} | stored)
            records.append(record)
    not_in_pool = tuple(
        c.id
        for c in candidates.values()
        if c.id not in pools and (k := ruleset.kind(c.kind)) is not None and drawn_requirements(k)
    )
    return DrawReport(seed, tuple(records), not_in_pool)


def _record_from_row(row: RowMapping) -> DrawRecord:
    result = dict(row["result"])
    data = {
        "id": row["id"],
        "candidate": row["candidate_id"],
        "seed": row["seed"],
        "at": row["at"].isoformat(timespec="seconds"),
        "actor": row["actor"],
        "note": result.pop("note", ""),
        "pool": row["pool"],
        "result": result,
    }
    return DrawRecord.from_json(data)


def draws(panel: Panel) -> list[DrawRecord]:
    with panel.connect() as conn:
        rows = conn.execute(select(schema.draws).order_by(schema.draws.c.id)).mappings().all()
    return [_record_from_row(r) for r in rows]


def draw_records(panel: Panel) -> list[dict[str, Any]]:
    """Every draw as plain JSON-ready data (docs/assignment.md), oldest first."""
    names = {c.id: c.name for c in panel.candidates()}
    return [r.to_json() | {"candidate_name": names.get(r.candidate_id, "")} for r in draws(panel)]


def verify_draws(panel: Panel) -> list[tuple[DrawRecord, DrawVerification]]:
    """Every stored draw repeated from its pool and seed."""
    return [(r, verify_draw(r)) for r in draws(panel)]
