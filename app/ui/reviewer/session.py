"""The window's one door into the core: a reviewer's ``ReviewService`` driven through the worker.

Every read and write runs on the ``TaskRunner``'s single worker thread, in order. After each write
the worker reads the dossier back (state, score), so what the window shows is always what the
database holds: a refused or failed write is answered by ``write_failed`` and a fresh read
(``state_changed``), which rolls the screen back.

Undo: each dossier has its own ``QUndoStack`` in ``undo_group`` (Ctrl+Z acts on the dossier in view).
A command is pushed only after its write succeeded; undoing or redoing calls the service again, and if
that fails the dossier's stack is cleared, since it no longer matches the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from sqlalchemy.exc import DBAPIError

from app.review.checklist import Checklist
from app.review.scoring import ReviewerScore
from app.services.panel import Panel, ReviewerRecord
from app.services.review_service import (
    CompletionProblem,
    DossierEntry,
    ReviewError,
    ReviewService,
    ReviewState,
    ReviewStatus,
)
from app.ui.shared.tasks import TaskRunner


@dataclass(frozen=True)
class DossierSnapshot:
    """One dossier as the database holds it for this reviewer."""

    entry: DossierEntry
    checklist: Checklist
    state: ReviewState
    score: ReviewerScore
    pdf_path: Path | None

    @property
    def code(self) -> str:
        return self.entry.code

    @property
    def complete(self) -> bool:
        return self.state.status is ReviewStatus.COMPLETE


@dataclass(frozen=True)
class WriteFailure:
    """Why a change was not saved: ``code`` is a validation problem or one of disk_full, read_only,
    locked, io_error, write_failed, read_failed."""

    code: str
    dossier: str | None = None
    item: str | None = None
    detail: str = ""


def failure_of(exc: BaseException, dossier: str | None) -> WriteFailure:
    if isinstance(exc, ReviewError):
        return WriteFailure(exc.problem, exc.dossier, exc.item, str(exc))
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, DBAPIError | sqlite3.Error):
        if "full" in text:
            return WriteFailure("disk_full", dossier, detail=text)
        if "readonly" in text or "read-only" in text or "read only" in text:
            return WriteFailure("read_only", dossier, detail=text)
        if "locked" in text or "busy" in text:
            return WriteFailure("locked", dossier, detail=text)
    if isinstance(exc, OSError):
        if getattr(exc, "errno", None) == 28:
            return WriteFailure("disk_full", dossier, detail=text)
        if getattr(exc, "errno", None) in (13, 30):
            return WriteFailure("read_only", dossier, detail=text)
        return WriteFailure("io_error", dossier, detail=text)
    return WriteFailure("write_failed", dossier, detail=f"{type(exc).__name__}: {exc}")


def entry_total(state: ReviewState, score: ReviewerScore) -> Decimal | None:
    if state.status is ReviewStatus.NOT_STARTED:
        return None
    return Decimal(score.total.numerator) / Decimal(score.total.denominator)


class ReviewSession(QObject):
    entries_loaded = Signal(list)  # list[DossierEntry]
    entry_changed = Signal(object)  # DossierEntry
    dossier_opened = Signal(object)  # DossierSnapshot — a different dossier is in view
    state_changed = Signal(object)  # DossierSnapshot — the dossier in view, re-read after a change
    saving = Signal()  # a write was handed to the worker
    saved = Signal(object)  # datetime (UTC) of the last durable write
    write_failed = Signal(object)  # WriteFailure
    completion_checked = Signal(list)  # list[CompletionProblem]; empty when it was marked complete

    def __init__(
        self,
        panel: Panel,
        service: ReviewService,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        reviewers: list[ReviewerRecord] | None = None,
    ) -> None:
        """``reviewers`` as read on the worker (else they are read here); ``panel.info`` is best
        read there first too, so that nothing touches the file on the GUI thread."""
        super().__init__(parent)
        self.panel = panel
        self.service = service
        self.runner = runner
        known = reviewers if reviewers is not None else panel.reviewers()
        self.reviewer: ReviewerRecord = next(r for r in known if r.id == service.reviewer_id)
        self.title = panel.info.title
        self.blind = panel.info.blind
        self.entries: dict[str, DossierEntry] = {}
        self.files: dict[str, Path | None] = {}
        self.current: DossierSnapshot | None = None
        self.last_saved_at: datetime | None = service.last_saved_at
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}

    # ------------------------------------------------------------------ reading
    def load_entries(self, then: Callable[[], None] | None = None) -> None:
        service, panel = self.service, self.panel

        def work() -> tuple[list[DossierEntry], dict[str, Path | None]]:
            files = {code: f.pdf_path for code, f in panel.dossier_files().items()}
            return service.entries(), files

        def done(result: tuple[list[DossierEntry], dict[str, Path | None]]) -> None:
            entries, self.files = result
            self.entries = {e.code: e for e in entries}
            self.entries_loaded.emit(entries)
            if then is not None:
                then()

        self.runner.run(work, done, self._read_failed)

    def open_dossier(self, code: str) -> None:
        if code not in self.entries:
            return
        self.runner.run(lambda: self._snapshot(code), self._opened, self._read_failed)

    def reload(self) -> None:
        """Read the dossier in view again (after a failure: the screen shows what is saved)."""
        if self.current is not None:
            code = self.current.code
            self.runner.run(lambda: self._snapshot(code), self._apply, self._read_failed)

    def stack(self, code: str) -> QUndoStack:
        if code not in self._stacks:
            self._stacks[code] = QUndoStack(self.undo_group)
        return self._stacks[code]

    # ------------------------------------------------------------------ writing
    def write(
        self,
        action: Callable[[ReviewService, str], Any],
        *,
        command: Callable[[Any], QUndoCommand] | None = None,
        on_done: Callable[[Any], None] | None = None,
        dossier: str | None = None,
        replaying: bool = False,
    ) -> None:
        """Run ``action(service, dossier)`` on ``dossier`` (the one in view by default), then re-read it.

        ``command(result)`` makes the undo command pushed once the write is saved. ``replaying`` is
        for undo/redo themselves: if one fails, the dossier's undo history is dropped.
        """
        code = dossier or (self.current.code if self.current else None)
        if code is None:
            return
        service = self.service

        def work() -> tuple[Any, DossierSnapshot, datetime | None]:
            result = action(service, code)
            return result, self._snapshot(code), service.last_saved_at

        def done(out: tuple[Any, DossierSnapshot, datetime | None]) -> None:
            result, snapshot, saved_at = out
            if command is not None:
                self.stack(code).push(command(result))
            self._apply(snapshot)
            if saved_at is not None:
                self.last_saved_at = saved_at
                self.saved.emit(saved_at)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if replaying:  # not inside QUndoStack.undo()/redo(), which may still be running
                QTimer.singleShot(0, self.stack(code).clear)
            self.write_failed.emit(failure_of(exc, code))
            self.runner.run(lambda: self._snapshot(code), self._apply, self._read_failed)

        self.saving.emit()
        self.runner.run(work, done, failed)

    def mark_visited(self, item_id: str) -> None:
        if (
            self.current is not None
            and not self.current.complete
            and item_id not in self.current.state.visited
        ):
            self.write(lambda s, d: s.mark_visited(d, item_id))

    def complete(self, *, accept_warnings: bool = False) -> None:
        def after(problems: list[CompletionProblem]) -> None:
            self.completion_checked.emit(list(problems))

        self.write(lambda s, d: s.complete(d, accept_warnings=accept_warnings), on_done=after)

    def reopen(self) -> None:
        self.write(lambda s, d: s.reopen(d))

    # ------------------------------------------------------------------ internals
    def _snapshot(self, code: str) -> DossierSnapshot:
        """Runs on the worker."""
        state = self.service.state(code)
        score = self.service.score(code, state)
        entry = replace(self.entries[code], status=state.status, total=entry_total(state, score))
        return DossierSnapshot(entry, self.service.checklist(code), state, score, self.files.get(code))

    def _opened(self, snapshot: DossierSnapshot) -> None:
        self.current = snapshot
        self.entries[snapshot.code] = snapshot.entry
        self.undo_group.setActiveStack(self.stack(snapshot.code))
        self.dossier_opened.emit(snapshot)

    def _apply(self, snapshot: DossierSnapshot) -> None:
        old = self.entries.get(snapshot.code)
        self.entries[snapshot.code] = snapshot.entry
        if old != snapshot.entry:
            self.entry_changed.emit(snapshot.entry)
        if self.current is not None and self.current.code == snapshot.code:
            self.current = snapshot
            self.state_changed.emit(snapshot)

    def _read_failed(self, exc: BaseException) -> None:
        failure = failure_of(exc, self.current.code if self.current else None)
        self.write_failed.emit(
            replace(failure, code="read_failed") if failure.code == "write_failed" else failure
        )
