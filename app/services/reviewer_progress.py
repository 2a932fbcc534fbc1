"""Each reviewer's progress: one rule, read set-wise, for the chair's window and the export alike.

A reviewer's work is every dossier assigned to them plus every dossier they reviewed without an
assignment (paper sheets entered by the chair, a file merged before an assignment was changed): each is
complete, in progress or not started by the status of their review (none: not started). ``assigned``
counts the assignments only; the last change is the newest of their reviews. One query for all pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, literal_column, select, union

from app.models import schema
from app.services.panel import Panel, ReviewerRecord


@dataclass(frozen=True)
class ReviewerProgress:
    reviewer: ReviewerRecord
    assigned: int  # dossiers assigned to the reviewer
    complete: int  # of their work (assigned or reviewed): reviews marked complete
    in_progress: int
    not_started: int  # work without a review yet, or with a review still marked not started
    last_change: datetime | None

    @property
    def work(self) -> int:
        """Dossiers assigned to or reviewed by the reviewer."""
        return self.complete + self.in_progress + self.not_started

    @property
    def all_complete(self) -> bool:
        return self.work > 0 and self.complete == self.work


def reviewer_progress(panel: Panel, reviewers: list[ReviewerRecord] | None = None) -> list[ReviewerProgress]:
    """Every reviewer's progress (``reviewers``: the panel's, when already read), in their order."""
    a, r = schema.assignments, schema.reviews
    work = union(select(a.c.reviewer_id, a.c.dossier_id), select(r.c.reviewer_id, r.c.dossier_id)).subquery()
    pair = (r.c.reviewer_id == work.c.reviewer_id) & (r.c.dossier_id == work.c.dossier_id)
    assigned = (a.c.reviewer_id == work.c.reviewer_id) & (a.c.dossier_id == work.c.dossier_id)
    query = (
        select(
            work.c.reviewer_id,
            func.count(a.c.dossier_id),
            func.coalesce(func.sum(case((r.c.status == "complete", 1), else_=0)), 0),
            func.coalesce(func.sum(case((r.c.status == "in_progress", 1), else_=0)), 0),
            func.count(literal_column("*")),
            func.max(r.c.updated_at),
        )
        .select_from(work)
        .outerjoin(a, assigned)
        .outerjoin(r, pair)
        .group_by(work.c.reviewer_id)
    )
    with panel.connect() as conn:
        rows = {row[0]: row[1:] for row in conn.execute(query).all()}
    found = []
    for reviewer in panel.reviewers() if reviewers is None else reviewers:
        n_assigned, complete, in_progress, total, last = rows.get(reviewer.id, (0, 0, 0, 0, None))
        found.append(
            ReviewerProgress(
                reviewer, n_assigned, complete, in_progress, total - complete - in_progress, last
            )
        )
    return found
