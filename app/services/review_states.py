"""Every stored review at once, as ``ReviewService.state`` reads one: for reports over many reviews.

``ReviewService.state(dossier)`` is the rule for what a review holds (its status, note, deductions in
the order entered, vetoes by id, the items visited and their notes, when it changed and when it was
completed). Reading it pair by pair costs ~5 queries a review, too many for a 500-sheet print or a
provincial panel's progress; ``review_states`` gives the same ``ReviewState`` for every stored
review in four queries (three without the item marks, which reports do not need). A test holds
the two to each other.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.models import schema
from app.services.panel import Panel
from app.services.review_service import DeductionView, ReviewState, ReviewStatus, VetoView


@dataclass(frozen=True)
class StoredReview:
    """One reviewer's review of one dossier (by code), as stored."""

    reviewer_id: str
    state: ReviewState

    @property
    def dossier(self) -> str:
        return self.state.dossier


def review_states(panel: Panel, *, marks: bool = False) -> list[StoredReview]:
    """Every stored review, ordered by reviewer id then dossier code.

    A reviewer's assigned dossier without a stored review is not in the list (``state`` calls it
    ``not_started``). ``marks``: also read the items visited and their notes.
    """
    r, d = schema.reviews, schema.dossiers
    ded, vet, mark = schema.deductions, schema.review_vetoes, schema.item_marks
    with panel.engine.connect() as conn:
        rows = conn.execute(
            select(
                r.c.id, r.c.reviewer_id, d.c.code, r.c.status, r.c.note, r.c.updated_at, r.c.completed_at
            ).join(d, d.c.id == r.c.dossier_id)
        ).all()
        deductions: dict[int, list[DeductionView]] = defaultdict(list)
        for row in conn.execute(
            select(
                ded.c.review_id,
                ded.c.uid,
                ded.c.item_id,
                ded.c.points,
                ded.c.reason_id,
                ded.c.text,
                ded.c.page,
                ded.c.rect,
            ).order_by(ded.c.review_id, ded.c.id)
        ):
            rect = tuple(row.rect) if row.rect else None
            deductions[row.review_id].append(
                DeductionView(row.uid, row.item_id, row.points, row.reason_id, row.text, row.page, rect)
            )
        vetoes: dict[int, list[VetoView]] = defaultdict(list)
        for review_id, veto_id, reason, page in conn.execute(
            select(vet.c.review_id, vet.c.veto_id, vet.c.reason, vet.c.page).order_by(
                vet.c.review_id, vet.c.veto_id
            )
        ):
            vetoes[review_id].append(VetoView(veto_id, reason, page))
        visited: dict[int, set[str]] = defaultdict(set)
        notes: dict[int, dict[str, str]] = defaultdict(dict)
        if marks:
            for review_id, item_id, was_visited, note in conn.execute(
                select(mark.c.review_id, mark.c.item_id, mark.c.visited, mark.c.note)
            ):
                if was_visited:
                    visited[review_id].add(item_id)
                if note:
                    notes[review_id][item_id] = note
    found = [
        StoredReview(
            row.reviewer_id,
            ReviewState(
                row.code,
                ReviewStatus(row.status),
                row.note,
                tuple(deductions.get(row.id, ())),
                tuple(vetoes.get(row.id, ())),
                frozenset(visited.get(row.id, ())),
                notes.get(row.id, {}),
                row.updated_at,
                row.completed_at,
            ),
        )
        for row in rows
    ]
    return sorted(found, key=lambda x: (x.reviewer_id, x.dossier))
