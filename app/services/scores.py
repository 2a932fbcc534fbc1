"""Writing reviews: a reviewer's deductions and vetoes for one dossier, with the audit trail.

``replace_review`` is the one place a whole review is written (paper sheets now, merged reviewer
files later); it replaces that reviewer's review of that dossier in the caller's transaction.
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

from sqlalchemy import Connection, delete, select

from app.models import schema
from app.review.validation import check_deduction, check_veto
from app.services.clock import utc_now
from app.services.manifests import read_manifest
from app.services.panel import Panel, audit, inserted_id

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
    ded = conn.execute(
        select(
            schema.deductions.c.item_id,
            schema.deductions.c.points,
            schema.deductions.c.reason_id,
            schema.deductions.c.text,
            schema.deductions.c.page,
        )
        .where(schema.deductions.c.review_id == review_id)
        .order_by(schema.deductions.c.item_id, schema.deductions.c.id)
    ).all()
    vet = conn.execute(
        select(schema.review_vetoes.c.veto_id, schema.review_vetoes.c.reason).where(
            schema.review_vetoes.c.review_id == review_id
        )
    ).all()
    return {
        "deductions": [[i, str(p), r, t, pg] for i, p, r, t, pg in ded],
        "vetoes": [[v, r] for v, r in vet],
    }


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
    now = utc_now()
    existing = conn.execute(
        select(schema.reviews.c.id).where(
            schema.reviews.c.reviewer_id == reviewer_id, schema.reviews.c.dossier_id == dossier_db_id
        )
    ).scalar_one_or_none()
    old: dict[str, Any] | None = None
    values = {
        "status": status,
        "note": note,
        "origin": origin,
        "file_sequence": file_sequence,
        "checklist_hash": checklist_hash,
        "updated_at": now,
        "completed_at": (completed_at or now) if status == "complete" else None,
    }
    if existing is None:
        review_id = inserted_id(
            conn.execute(
                schema.reviews.insert().values(reviewer_id=reviewer_id, dossier_id=dossier_db_id, **values)
            )
        )
    else:
        review_id = int(existing)
        old = review_snapshot(conn, review_id)
        conn.execute(delete(schema.deductions).where(schema.deductions.c.review_id == review_id))
        conn.execute(delete(schema.review_vetoes).where(schema.review_vetoes.c.review_id == review_id))
        conn.execute(schema.reviews.update().where(schema.reviews.c.id == review_id).values(**values))
    if deductions:
        conn.execute(
            schema.deductions.insert(),
            [
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
                for d in deductions
            ],
        )
    if vetoes:
        conn.execute(
            schema.review_vetoes.insert(),
            [
                {
                    "review_id": review_id,
                    "veto_id": v.veto_id,
                    "reason": v.reason,
                    "page": v.page,
                    "created_at": v.created_at or now,
                }
                for v in vetoes
            ],
        )
    new = review_snapshot(conn, review_id)
    if new != old:
        audit(conn, actor, f"review.{origin}", "review", f"{reviewer_id}/{dossier_code}", old, new)
    return review_id


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
            raise row.error("reviewer", f"unknown reviewer {reviewer_id!r}")
        key = row.required("dossier")
        dossier = by_code.get(key)
        if dossier is None:
            matches = by_case.get(key, [])
            if not matches:
                raise row.error("dossier", f"unknown dossier {key!r}")
            if len(matches) > 1:
                raise row.error(
                    "dossier", f"case number {key!r} names {len(matches)} dossiers; give the dossier code"
                )
            dossier = matches[0]
        if assigned.get(dossier.id) and reviewer_id not in assigned[dossier.id]:
            raise row.error("reviewer", f"reviewer {reviewer_id!r} is not assigned dossier {dossier.code!r}")
        checklist = panel.checklist(dossier.checklist_id)
        entry = grouped.setdefault(
            (reviewer_id, dossier.id),
            {"dossier": dossier, "checklist": checklist, "deductions": [], "vetoes": []},
        )
        veto_id = row.get("veto")
        item_id = row.get("item")
        if veto_id:
            if item_id:
                raise row.error("veto", "a row is either a deduction (item) or a veto, not both")
            problem = check_veto(checklist, veto_id, row.get("reason"))
            if problem is not None:
                raise row.error("veto" if problem.value == "unknown_veto" else "reason", problem.value)
            entry["vetoes"].append(VetoIn(veto_id, row.get("reason"), row.integer("page")))
        elif item_id:
            reason_id = row.get("reason_id") or None
            item = checklist.item(item_id)
            reason = item.reason(reason_id) if item and reason_id else None
            if not row.get("points") and reason is not None and reason.points is not None:
                points = reason.points  # a listed reason with fixed points needs no figure on the sheet
            else:
                points = row.points("points")
            page = row.integer("page")
            problem = check_deduction(
                checklist, item_id, points, reason_id, row.get("reason"), page, dossier.page_count
            )
            if problem is not None:
                column = {
                    "unknown_item": "item",
                    "unknown_reason": "reason_id",
                    "reason_text_required": "reason",
                    "page_out_of_range": "page",
                }.get(problem.value, "points")
                raise row.error(column, f"{problem.value} (item {item_id!r})")
            text = row.get("reason") or (reason.text if reason else "")
            entry["deductions"].append(DeductionIn(item_id, points, reason_id, text, page))
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
