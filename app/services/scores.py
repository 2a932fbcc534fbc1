"""Writing reviews: a reviewer's deductions and vetoes for one dossier, with the audit trail.

``replace_review`` is the one place a whole review is written (paper sheets, merged reviewer files);
it replaces that reviewer's review of that dossier in the caller's transaction. ``replace_reviews``
is the same for many reviews at once, in a fixed number of statements (``replace_review`` calls it).
``import_scores`` reads a sheet typed in from paper: every row is checked first and any bad row
refuses the whole file, naming the row.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from app.models import schema
from app.review.field_values import shown
from app.review.validation import check_deduction, check_veto
from app.services.clock import utc_now
from app.services.manifests import read_manifest
from app.services.panel import Panel

SCORE_COLUMNS: dict[str, tuple[str, ...]] = {
    "reviewer": ("评审人", "评审人编号"),
    "dossier": ("案卷", "案卷编号", "case_number"),
    "item": ("评查项目", "项目编号"),
    "points": ("扣分",),
    "reason_id": ("扣分情形",),
    "reason": ("扣分理由", "理由"),
    "page": ("页码",),
    "veto": ("否决", "否决项"),
}


@dataclass(frozen=True)
class DeductionIn:
    item_id: str
    points: Decimal
    reason_id: str | None = None
    text: str = ""
    page: int | None = None
    rect: tuple[float, float, float, float] | None = None
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: datetime | None = None  # None: now; a merged reviewer file keeps the reviewer's time


@dataclass(frozen=True)
class VetoIn:
    veto_id: str
    reason: str
    page: int | None = None
    created_at: datetime | None = None  # None: now


@dataclass
class ScoresReport:
    reviews: list[tuple[str, str]] = field(default_factory=list)  # (reviewer, dossier code)
    deductions: int = 0
    vetoes: int = 0


def review_snapshot(conn: Connection, review_id: int) -> dict[str, Any]:
    """What a review holds, for the audit log's old → new."""
    return review_snapshots(conn, [review_id])[review_id]


def _deduction_entry(
    item_id: str, points: Decimal, reason_id: str | None, text: str, page: int | None
) -> list[Any]:
    return [item_id, str(Decimal(format(points, "f"))), reason_id, text, page]  # points as stored


def review_snapshots(conn: Connection, review_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """``review_snapshot`` of many reviews in a few queries (deductions by item, vetoes by id)."""
    found: dict[int, dict[str, Any]] = {rid: {"deductions": [], "vetoes": []} for rid in review_ids}
    ded, vet = schema.deductions, schema.review_vetoes
    for chunk in _chunks(list(found)):
        for rid, i, p, r, t, pg in conn.execute(
            select(ded.c.review_id, ded.c.item_id, ded.c.points, ded.c.reason_id, ded.c.text, ded.c.page)
            .where(ded.c.review_id.in_(chunk))
            .order_by(ded.c.review_id, ded.c.item_id, ded.c.id)
        ):
            found[rid]["deductions"].append(_deduction_entry(i, p, r, t, pg))
        for rid, v, reason in conn.execute(
            select(vet.c.review_id, vet.c.veto_id, vet.c.reason)
            .where(vet.c.review_id.in_(chunk))
            .order_by(vet.c.review_id, vet.c.veto_id)
        ):
            found[rid]["vetoes"].append([v, reason])
    return found


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


@dataclass(frozen=True)
class ReviewWrite:
    """One whole review, as ``replace_review`` takes it, for writing many in one go."""

    reviewer_id: str
    dossier_db_id: int
    dossier_code: str
    checklist_hash: str
    deductions: Sequence[DeductionIn]
    vetoes: Sequence[VetoIn]
    status: str
    note: str = ""
    file_sequence: int | None = None
    completed_at: datetime | None = None


def replace_review(
    conn: Connection,
    *,
    reviewer_id: str,
    dossier_db_id: int,
    dossier_code: str,
    checklist_hash: str,
    deductions: Sequence[DeductionIn],
    vetoes: Sequence[VetoIn],
    status: str,
    origin: str,
    actor: str,
    note: str = "",
    file_sequence: int | None = None,
    completed_at: datetime | None = None,
) -> int:
    write = ReviewWrite(
        reviewer_id,
        dossier_db_id,
        dossier_code,
        checklist_hash,
        deductions,
        vetoes,
        status,
        note,
        file_sequence,
        completed_at,
    )
    return replace_reviews(conn, [write], origin=origin, actor=actor)[0]


def replace_reviews(conn: Connection, writes: Sequence[ReviewWrite], *, origin: str, actor: str) -> list[int]:
    """Replace each (reviewer, dossier)'s whole review, in the caller's transaction; returns the review ids.

    The same as ``replace_review`` once per write, in a fixed number of statements (a merged reviewer
    file writes thousands of deductions): an audit entry old → new for every review that changed.
    """
    if not writes:
        return []
    now = utc_now()
    r = schema.reviews
    pairs = [(w.reviewer_id, w.dossier_db_id) for w in writes]
    if len(set(pairs)) != len(pairs):
        raise ValueError("the same reviewer and dossier twice in one write")

    def ids_of(wanted: set[tuple[str, int]]) -> dict[tuple[str, int], int]:
        rows = conn.execute(
            select(r.c.id, r.c.reviewer_id, r.c.dossier_id).where(r.c.reviewer_id.in_({p[0] for p in wanted}))
        )
        return {(rid, did): int(i) for i, rid, did in rows if (rid, did) in wanted}

    existing = ids_of(set(pairs))
    old = review_snapshots(conn, list(existing.values()))

    def values(w: ReviewWrite) -> dict[str, Any]:
        return {
            "status": w.status,
            "note": w.note,
            "origin": origin,
            "file_sequence": w.file_sequence,
            "checklist_hash": w.checklist_hash,
            "updated_at": now,
            "completed_at": (w.completed_at or now) if w.status == "complete" else None,
        }

    if existing:
        for chunk in _chunks(list(existing.values())):
            conn.execute(delete(schema.deductions).where(schema.deductions.c.review_id.in_(chunk)))
            conn.execute(delete(schema.review_vetoes).where(schema.review_vetoes.c.review_id.in_(chunk)))
        conn.execute(
            r.update().where(r.c.id == bindparam("review_key")),
            [
                values(w) | {"review_key": existing[p]}
                for w, p in zip(writes, pairs, strict=True)
                if p in existing
            ],
        )
    fresh = [(w, p) for w, p in zip(writes, pairs, strict=True) if p not in existing]
    if fresh:
        conn.execute(r.insert(), [values(w) | {"reviewer_id": p[0], "dossier_id": p[1]} for w, p in fresh])
        existing |= ids_of({p for _w, p in fresh})
    review_ids = [existing[p] for p in pairs]
    deduction_rows = [
        {
            "uid": d.uid,
            "review_id": review_id,
            "item_id": d.item_id,
            "reason_id": d.reason_id,
            "points": d.points,
            "text": d.text,
            "page": d.page,
            "rect": list(d.rect) if d.rect else None,
            "created_at": d.created_at or now,
        }
        for w, review_id in zip(writes, review_ids, strict=True)
        for d in w.deductions
    ]
    if deduction_rows:
        conn.execute(schema.deductions.insert(), deduction_rows)
    veto_rows = [
        {
            "review_id": review_id,
            "veto_id": v.veto_id,
            "reason": v.reason,
            "page": v.page,
            "created_at": v.created_at or now,
        }
        for w, review_id in zip(writes, review_ids, strict=True)
        for v in w.vetoes
    ]
    if veto_rows:
        conn.execute(schema.review_vetoes.insert(), veto_rows)
    audit_rows = []
    for w, review_id in zip(writes, review_ids, strict=True):
        before = old.get(review_id)
        after = {
            "deductions": [
                _deduction_entry(d.item_id, d.points, d.reason_id, d.text, d.page)
                for d in sorted(w.deductions, key=lambda d: d.item_id)  # stable: as the ids order them
            ],
            "vetoes": [[v.veto_id, v.reason] for v in sorted(w.vetoes, key=lambda v: v.veto_id)],
        }
        if after != before:
            audit_rows.append(
                {
                    "at": now,
                    "actor": actor,
                    "action": f"review.{origin}",
                    "entity": "review",
                    "entity_id": f"{w.reviewer_id}/{w.dossier_code}",
                    "old": before,
                    "new": after,
                }
            )
    if audit_rows:
        conn.execute(schema.audit_log.insert(), audit_rows)
    return review_ids


def import_scores(panel: Panel, path: str | Path, *, actor: str = "chair") -> ScoresReport:
    """Scores typed in from signed paper sheets: each (reviewer, dossier) in the file is one whole review."""
    rows = read_manifest(path, SCORE_COLUMNS, ("reviewer", "dossier"))
    reviewers = {r.id: r for r in panel.reviewers()}
    with panel.engine.connect() as conn:
        dossier_rows = conn.execute(
            select(
                schema.dossiers.c.id,
                schema.dossiers.c.code,
                schema.dossiers.c.case_number,
                schema.dossiers.c.checklist_id,
                schema.dossiers.c.page_count,
            )
        ).all()
        assigned = defaultdict(set)
        for reviewer_id, dossier_id in conn.execute(
            select(schema.assignments.c.reviewer_id, schema.assignments.c.dossier_id)
        ):
            assigned[dossier_id].add(reviewer_id)
    by_code = {r.code: r for r in dossier_rows}
    by_case: dict[str, list[Any]] = defaultdict(list)
    for r in dossier_rows:
        by_case[r.case_number].append(r)

    grouped: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        reviewer_id = row.required("reviewer")
        if reviewer_id not in reviewers:
            raise row.error("reviewer", f"unknown reviewer {shown(reviewer_id)}")
        key = row.required("dossier")
        dossier = by_code.get(key)
        if dossier is None:
            matches = by_case.get(key, [])
            if not matches:
                raise row.error("dossier", f"unknown dossier {shown(key)}")
            if len(matches) > 1:
                raise row.error(
                    "dossier",
                    f"case number {shown(key)} names {len(matches)} dossiers; give the dossier code",
                )
            dossier = matches[0]
        if assigned.get(dossier.id) and reviewer_id not in assigned[dossier.id]:
            raise row.error(
                "reviewer", f"reviewer {shown(reviewer_id)} is not assigned dossier {dossier.code!r}"
            )
        checklist = panel.checklist(dossier.checklist_id)
        entry = grouped.setdefault(
            (reviewer_id, dossier.id),
            {"dossier": dossier, "checklist": checklist, "deductions": [], "vetoes": []},
        )
        veto_id = row.get("veto")
        item_id = row.get("item")
        reason_text = row.get("reason", multiline=True)
        if veto_id:
            if item_id:
                raise row.error("veto", "a row is either a deduction (item) or a veto, not both")
            problem = check_veto(checklist, veto_id, reason_text)
            if problem is not None:
                raise row.error("veto" if problem.value == "unknown_veto" else "reason", problem.value)
            entry["vetoes"].append(VetoIn(veto_id, reason_text, row.page("page", dossier.page_count)))
        elif item_id:
            reason_id = row.get("reason_id") or None
            item = checklist.item(item_id)
            if item is None:
                raise row.error("item", f"unknown_item (item {shown(item_id)})")
            reason = item.reason(reason_id) if reason_id else None
            if not row.get("points") and reason is not None and reason.points is not None:
                points = reason.points  # a listed reason with fixed points needs no figure on the sheet
            else:
                points = row.points("points", maximum=item.max_points, positive=True)
            page = row.page("page", dossier.page_count)
            problem = check_deduction(
                checklist, item_id, points, reason_id, reason_text, page, dossier.page_count
            )
            if problem is not None:
                column = {
                    "unknown_item": "item",
                    "unknown_reason": "reason_id",
                    "reason_text_required": "reason",
                    "page_out_of_range": "page",
                }.get(problem.value, "points")
                raise row.error(column, f"{problem.value} (item {item_id!r})")
            text = reason_text or (reason.text if reason else "")
            entry["deductions"].append(DeductionIn(item_id, points, reason_id, text, page))
        else:
            filled = next((c for c in ("points", "reason_id", "reason", "page") if row.get(c)), None)
            if filled is not None:  # never a figure dropped because the item was left out
                raise row.error("item", f"is empty, but the row has {filled}; a deduction needs its item")
    report = ScoresReport()
    with panel.transaction() as conn:
        for (reviewer_id, dossier_id), entry in grouped.items():
            replace_review(
                conn,
                reviewer_id=reviewer_id,
                dossier_db_id=dossier_id,
                dossier_code=entry["dossier"].code,
                checklist_hash=entry["checklist"].content_hash,
                deductions=entry["deductions"],
                vetoes=entry["vetoes"],
                status="complete",
                origin="paper",
                actor=actor,
            )
            report.reviews.append((reviewer_id, entry["dossier"].code))
            report.deductions += len(entry["deductions"])
            report.vetoes += len(entry["vetoes"])
    return report
