"""The reviewer's door into the core: every scoring action, each written durably at once.

Each method is one transaction with its audit entry (the change history a reviewer file carries),
so a crash or a kill at any moment loses nothing that a method has returned from. Widgets call
these from a background worker and show "saved at" when they return.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, delete, select

from app.errors import AppError
from app.models import schema
from app.models.transactions import write_transaction
from app.review.checklist import Checklist
from app.review.field_values import FieldError, clean_text
from app.review.scoring import Deduction, ReviewerScore, ReviewInput, Role, reviewer_score
from app.review.validation import Problem, check_deduction, check_veto, page_fits
from app.services.clock import utc_now
from app.services.panel import Panel, audit, inserted_id


class ReviewStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class ReviewError(AppError):
    """A scoring action that was refused (an ``AppError``); nothing was written. ``problem`` is a
    validation code (``app.review.validation.Problem``) or ``not_assigned``, ``unknown_deduction``,
    ``unprotected_workspace``; the code is ``review.<problem>``, the fields ``dossier`` and ``item``
    (``deduction`` for ``unknown_deduction``)."""

    def __init__(self, problem: Problem | str, dossier: str, item: str | None = None) -> None:
        self.problem = str(problem)
        self.dossier = dossier
        self.item = item
        where = {"deduction": item} if self.problem == "unknown_deduction" else {"item": item}
        message = f"{dossier}{'/' + item if item else ''}: {self.problem}"
        super().__init__(f"review.{self.problem}", message, dossier=dossier, **where)


@dataclass(frozen=True)
class DeductionView:
    uid: str
    item_id: str
    points: Decimal
    reason_id: str | None = None
    text: str = ""
    page: int | None = None
    rect: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class VetoView:
    veto_id: str
    reason: str
    page: int | None = None


@dataclass(frozen=True)
class ReviewState:
    dossier: str
    status: ReviewStatus
    note: str = ""
    deductions: tuple[DeductionView, ...] = ()
    vetoes: tuple[VetoView, ...] = ()
    visited: frozenset[str] = frozenset()
    item_notes: dict[str, str] = field(default_factory=dict)
    updated_at: datetime | None = None
    completed_at: datetime | None = None  # when it was marked complete (None while it is not)


@dataclass(frozen=True)
class DossierEntry:
    code: str
    case_number: str
    type_name: str
    candidate_name: str  # empty in blind mode
    status: ReviewStatus
    total: Decimal | None  # this reviewer's current score; None before anything is entered
    page_count: int | None


@dataclass(frozen=True)
class CompletionProblem:
    code: str  # unvisited | reason_text_required | anchor_required | …
    item_id: str | None
    blocking: bool  # False: a warning the reviewer may accept


class ReviewService:
    def __init__(self, panel: Panel, reviewer_id: str) -> None:
        self.panel = panel
        self.reviewer_id = reviewer_id
        reviewer = next((r for r in panel.reviewers() if r.id == reviewer_id), None)
        if reviewer is None:
            raise KeyError(f"unknown reviewer {reviewer_id!r}")
        self.role: Role = reviewer.role
        self.last_saved_at: datetime | None = None
        self._dossier_ids: dict[str, tuple[int, str, int | None]] = {}
        with panel.engine.connect() as conn:
            meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
            # a workspace from an old, unprotected package: read, never score (docs/security.md)
            self.read_only = meta.get("role") == "reviewer" and "signing_key" not in meta
            query = select(
                schema.dossiers.c.code,
                schema.dossiers.c.id,
                schema.dossiers.c.checklist_id,
                schema.dossiers.c.page_count,
            )
            assigned = set(
                conn.execute(
                    select(schema.assignments.c.dossier_id).where(
                        schema.assignments.c.reviewer_id == reviewer_id
                    )
                ).scalars()
            )
            for code, db_id, checklist_id, pages in conn.execute(query):
                if not assigned or db_id in assigned:
                    self._dossier_ids[code] = (db_id, checklist_id, pages)

    # ------------------------------------------------------------------ reading
    def dossier_codes(self) -> list[str]:
        return sorted(self._dossier_ids)

    def checklist(self, dossier: str) -> Checklist:
        return self.panel.checklist(self._dossier(dossier)[1])

    def entries(self) -> list[DossierEntry]:
        blind = self.panel.info.blind
        ruleset = self.panel.ruleset
        candidates = {c.id: c.name for c in self.panel.candidates()}
        entries = []
        for record in self.panel.dossiers():
            if record.id not in self._dossier_ids:
                continue
            state = self.state(record.id)
            total = None
            if state.status is not ReviewStatus.NOT_STARTED:
                score = self.score(record.id, state).total  # a sum of decimals: exact as a Decimal
                total = Decimal(score.numerator) / Decimal(score.denominator)
            type_name = getattr(ruleset.dossier_type(record.type), "name", record.type)
            entries.append(
                DossierEntry(
                    record.id,
                    record.case_number,
                    type_name,
                    "" if blind else candidates.get(record.candidate_id, ""),
                    state.status,
                    total,
                    self._dossier_ids[record.id][2],
                )
            )
        return entries

    def state(self, dossier: str) -> ReviewState:
        db_id = self._dossier(dossier)[0]
        with self.panel.engine.connect() as conn:
            review = (
                conn.execute(
                    select(schema.reviews).where(
                        schema.reviews.c.reviewer_id == self.reviewer_id, schema.reviews.c.dossier_id == db_id
                    )
                )
                .mappings()
                .first()
            )
            if review is None:
                return ReviewState(dossier, ReviewStatus.NOT_STARTED)
            rid = review["id"]
            deductions = tuple(
                DeductionView(
                    r.uid, r.item_id, r.points, r.reason_id, r.text, r.page, tuple(r.rect) if r.rect else None
                )
                for r in conn.execute(
                    select(schema.deductions)
                    .where(schema.deductions.c.review_id == rid)
                    .order_by(schema.deductions.c.id)
                )
            )
            vetoes = tuple(
                VetoView(r.veto_id, r.reason, r.page)
                for r in conn.execute(
                    select(schema.review_vetoes)
                    .where(schema.review_vetoes.c.review_id == rid)
                    .order_by(schema.review_vetoes.c.veto_id)
                )
            )
            marks = conn.execute(select(schema.item_marks).where(schema.item_marks.c.review_id == rid)).all()
        return ReviewState(
            dossier,
            ReviewStatus(review["status"]),
            review["note"],
            deductions,
            vetoes,
            frozenset(m.item_id for m in marks if m.visited),
            {m.item_id: m.note for m in marks if m.note},
            review["updated_at"],
            review["completed_at"],
        )

    def score(self, dossier: str, state: ReviewState | None = None) -> ReviewerScore:
        state = state or self.state(dossier)
        review = ReviewInput(
            self.reviewer_id,
            self.role,
            tuple(Deduction(d.item_id, d.points, d.reason_id, d.text) for d in state.deductions),
            tuple(v.veto_id for v in state.vetoes),
        )
        return reviewer_score(self.checklist(dossier), review)

    # ------------------------------------------------------------------ writing
    def add_deduction(
        self,
        dossier: str,
        item_id: str,
        points: Decimal,
        *,
        reason_id: str | None = None,
        text: str = "",
        page: int | None = None,
        rect: tuple[float, float, float, float] | None = None,
        uid: str | None = None,
    ) -> DeductionView:
        checklist = self.checklist(dossier)
        text = _entered_text(text, dossier, item_id)
        if reason_id and not text:
            item = checklist.item(item_id)
            reason = item.reason(reason_id) if item else None
            text = reason.text if reason else ""
        problem = check_deduction(
            checklist, item_id, points, reason_id, text, page, self._dossier(dossier)[2]
        )
        if problem is not None:
            raise ReviewError(problem, dossier, item_id)
        view = DeductionView(uid or str(uuid.uuid4()), item_id, points, reason_id, text, page, rect)
        with self._write(dossier) as (conn, review_id):
            conn.execute(
                schema.deductions.insert().values(
                    uid=view.uid,
                    review_id=review_id,
                    item_id=item_id,
                    reason_id=reason_id,
                    points=points,
                    text=text,
                    page=page,
                    rect=list(rect) if rect else None,
                    created_at=utc_now(),
                )
            )
            self._mark(conn, review_id, item_id)
            self._audit(conn, "deduction.add", dossier, None, _plain(view))
        return view

    def update_deduction(self, dossier: str, uid: str, **changes: Any) -> DeductionView:
        old = self._deduction(dossier, uid)
        if "text" in changes:
            changes["text"] = _entered_text(changes["text"], dossier, old.item_id)
        new = DeductionView(**{**old.__dict__, **changes})
        problem = check_deduction(
            self.checklist(dossier),
            new.item_id,
            new.points,
            new.reason_id,
            new.text,
            new.page,
            self._dossier(dossier)[2],
        )
        if problem is not None:
            raise ReviewError(problem, dossier, new.item_id)
        with self._write(dossier) as (conn, _review_id):
            conn.execute(
                schema.deductions.update()
                .where(schema.deductions.c.uid == uid)
                .values(
                    points=new.points,
                    reason_id=new.reason_id,
                    text=new.text,
                    page=new.page,
                    rect=list(new.rect) if new.rect else None,
                )
            )
            self._audit(conn, "deduction.update", dossier, _plain(old), _plain(new))
        return new

    def remove_deduction(self, dossier: str, uid: str) -> DeductionView:
        old = self._deduction(dossier, uid)
        with self._write(dossier) as (conn, _review_id):
            conn.execute(delete(schema.deductions).where(schema.deductions.c.uid == uid))
            self._audit(conn, "deduction.remove", dossier, _plain(old), None)
        return old

    def restore_deduction(self, dossier: str, view: DeductionView) -> DeductionView:
        """Undo of a removal: the same deduction back, with its uid."""
        return self.add_deduction(
            dossier,
            view.item_id,
            view.points,
            reason_id=view.reason_id,
            text=view.text,
            page=view.page,
            rect=view.rect,
            uid=view.uid,
        )

    def set_veto(self, dossier: str, veto_id: str, reason: str, page: int | None = None) -> None:
        reason = _entered_text(reason, dossier, veto_id)
        problem = check_veto(self.checklist(dossier), veto_id, reason)
        if problem is None and not page_fits(page, self._dossier(dossier)[2]):
            problem = Problem.PAGE_OUT_OF_RANGE
        if problem is not None:
            raise ReviewError(problem, dossier, veto_id)
        with self._write(dossier) as (conn, review_id):
            old = conn.execute(
                select(schema.review_vetoes.c.reason).where(
                    schema.review_vetoes.c.review_id == review_id, schema.review_vetoes.c.veto_id == veto_id
                )
            ).scalar_one_or_none()
            conn.execute(
                delete(schema.review_vetoes).where(
                    schema.review_vetoes.c.review_id == review_id, schema.review_vetoes.c.veto_id == veto_id
                )
            )
            conn.execute(
                schema.review_vetoes.insert().values(
                    review_id=review_id, veto_id=veto_id, reason=reason, page=page, created_at=utc_now()
                )
            )
            self._audit(
                conn,
                "veto.set",
                dossier,
                None if old is None else {"veto": veto_id, "reason": old},
                {"veto": veto_id, "reason": reason, "page": page},
            )

    def clear_veto(self, dossier: str, veto_id: str) -> None:
        with self._write(dossier) as (conn, review_id):
            old = conn.execute(
                select(schema.review_vetoes.c.reason, schema.review_vetoes.c.page).where(
                    schema.review_vetoes.c.review_id == review_id, schema.review_vetoes.c.veto_id == veto_id
                )
            ).first()
            if old is None:
                return
            conn.execute(
                delete(schema.review_vetoes).where(
                    schema.review_vetoes.c.review_id == review_id, schema.review_vetoes.c.veto_id == veto_id
                )
            )
            self._audit(
                conn, "veto.clear", dossier, {"veto": veto_id, "reason": old[0], "page": old[1]}, None
            )

    def set_note(self, dossier: str, note: str) -> None:
        note = _entered_text(note, dossier)
        with self._write(dossier) as (conn, review_id):
            old = conn.execute(
                select(schema.reviews.c.note).where(schema.reviews.c.id == review_id)
            ).scalar_one()
            if old == note:
                return
            conn.execute(schema.reviews.update().where(schema.reviews.c.id == review_id).values(note=note))
            self._audit(conn, "note.set", dossier, old, note)

    def set_item_note(self, dossier: str, item_id: str, note: str) -> None:
        if self.checklist(dossier).item(item_id) is None:
            raise ReviewError(Problem.UNKNOWN_ITEM, dossier, item_id)
        note = _entered_text(note, dossier, item_id)
        with self._write(dossier) as (conn, review_id):
            self._mark(conn, review_id, item_id, note=note)
            self._audit(conn, "item_note.set", dossier, None, {"item": item_id, "note": note})

    def mark_visited(self, dossier: str, item_id: str) -> None:
        """The reviewer looked at this item (no audit entry: it is not a score)."""
        if self.checklist(dossier).item(item_id) is None:
            raise ReviewError(Problem.UNKNOWN_ITEM, dossier, item_id)
        if self.read_only:
            return  # a read-only workspace keeps no marks: looking is all it allows
        with self._write(dossier, touch=False) as (conn, review_id):
            self._mark(conn, review_id, item_id)

    def completion_problems(self, dossier: str) -> list[CompletionProblem]:
        checklist = self.checklist(dossier)
        state = self.state(dossier)
        problems: list[CompletionProblem] = []
        touched = state.visited | {d.item_id for d in state.deductions}
        for item in checklist.items():
            if item.id not in touched:
                problems.append(CompletionProblem("unvisited", item.id, blocking=False))
        for d in state.deductions:
            problem = check_deduction(
                checklist,
                d.item_id,
                d.points,
                d.reason_id,
                d.text,
                d.page,
                self._dossier(dossier)[2],
                enforce_anchor=True,
            )
            if problem is not None:
                problems.append(CompletionProblem(problem.value, d.item_id, blocking=True))
        for v in state.vetoes:
            if not v.reason.strip():
                problems.append(CompletionProblem("reason_text_required", v.veto_id, blocking=True))
        return problems

    def complete(self, dossier: str, *, accept_warnings: bool = False) -> list[CompletionProblem]:
        """Mark complete. Returns the problems that stopped it (empty when it is complete)."""
        problems = self.completion_problems(dossier)
        stopping = [p for p in problems if p.blocking or not accept_warnings]
        if stopping:
            return stopping
        self._set_status(dossier, ReviewStatus.COMPLETE)
        return []

    def reopen(self, dossier: str) -> None:
        self._set_status(dossier, ReviewStatus.IN_PROGRESS)

    # ------------------------------------------------------------------ internals
    def _dossier(self, dossier: str) -> tuple[int, str, int | None]:
        try:
            return self._dossier_ids[dossier]
        except KeyError:
            raise ReviewError("not_assigned", dossier) from None

    def _deduction(self, dossier: str, uid: str) -> DeductionView:
        for d in self.state(dossier).deductions:
            if d.uid == uid:
                return d
        raise ReviewError("unknown_deduction", dossier, uid)

    def _set_status(self, dossier: str, status: ReviewStatus) -> None:
        with self._write(dossier) as (conn, review_id):
            old = conn.execute(
                select(schema.reviews.c.status).where(schema.reviews.c.id == review_id)
            ).scalar_one()
            conn.execute(
                schema.reviews.update()
                .where(schema.reviews.c.id == review_id)
                .values(
                    status=status.value, completed_at=utc_now() if status is ReviewStatus.COMPLETE else None
                )
            )
            self._audit(conn, "status.set", dossier, old, status.value)

    class _Writer:
        def __init__(self, service: ReviewService, dossier: str, touch: bool) -> None:
            self.service, self.dossier, self.touch = service, dossier, touch

        def __enter__(self) -> tuple[Connection, int]:
            self._ctx = write_transaction(self.service.panel.engine)
            conn = self._ctx.__enter__()
            self.conn = conn
            return conn, self.service._review_id(conn, self.dossier, self.touch)

        def __exit__(self, *exc: Any) -> None:
            self._ctx.__exit__(*exc)
            if exc[0] is None:
                self.service.last_saved_at = utc_now()

    def _write(self, dossier: str, touch: bool = True) -> ReviewService._Writer:
        self._dossier(dossier)
        if self.read_only:
            raise ReviewError("unprotected_workspace", dossier)
        return ReviewService._Writer(self, dossier, touch)

    def _review_id(self, conn: Connection, dossier: str, touch: bool) -> int:
        db_id, checklist_id, _pages = self._dossier(dossier)
        now = utc_now()
        existing = conn.execute(
            select(schema.reviews.c.id, schema.reviews.c.status).where(
                schema.reviews.c.reviewer_id == self.reviewer_id, schema.reviews.c.dossier_id == db_id
            )
        ).first()
        if existing is None:
            return inserted_id(
                conn.execute(
                    schema.reviews.insert().values(
                        reviewer_id=self.reviewer_id,
                        dossier_id=db_id,
                        status=ReviewStatus.IN_PROGRESS.value,
                        origin="local",
                        checklist_hash=self.panel.checklist(checklist_id).content_hash,
                        updated_at=now,
                    )
                )
            )
        if touch:
            conn.execute(
                schema.reviews.update().where(schema.reviews.c.id == existing[0]).values(updated_at=now)
            )
        return int(existing[0])

    def _mark(self, conn: Connection, review_id: int, item_id: str, note: str | None = None) -> None:
        found = conn.execute(
            select(schema.item_marks.c.note).where(
                schema.item_marks.c.review_id == review_id, schema.item_marks.c.item_id == item_id
            )
        ).first()
        if found is None:
            conn.execute(
                schema.item_marks.insert().values(
                    review_id=review_id, item_id=item_id, visited=True, note=note or ""
                )
            )
        elif note is not None:
            conn.execute(
                schema.item_marks.update()
                .where(schema.item_marks.c.review_id == review_id, schema.item_marks.c.item_id == item_id)
                .values(note=note, visited=True)
            )

    def _audit(self, conn: Connection, action: str, dossier: str, old: object, new: object) -> None:
        audit(conn, self.reviewer_id, action, "review", f"{self.reviewer_id}/{dossier}", old, new)


def _entered_text(text: str, dossier: str, item: str | None = None) -> str:
    """A reason or note as stored: ``field_values.clean_text`` (line breaks and tabs kept)."""
    try:
        return clean_text(text, multiline=True)
    except FieldError:
        raise ReviewError(Problem.TEXT_TOO_LONG, dossier, item) from None


def _plain(view: DeductionView) -> dict[str, Any]:
    return {
        "uid": view.uid,
        "item": view.item_id,
        "points": str(view.points),
        "reason_id": view.reason_id,
        "text": view.text,
        "page": view.page,
        "rect": list(view.rect) if view.rect else None,
    }
