"""The chair's open panel and its one background worker, shared by every page.

Pages never call a service on the GUI thread: they hand an operation of ``app.services.chair_ops``
to ``run_quick`` (short writes and reads) or ``run_long`` (imports, packages, merges, exports,
printing: progress and cancel), and get its value back on the GUI thread. The operation also says
which areas it wrote (``Changes``): only those are read again on the worker, and ``state_changed``
carries the new state with those changes so each page redraws only if it shows one of them. A failure or a crash in a task is said in the window
(Chinese, in the message bar) and written to the log; the services leave the panel as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.services.chair_ops import OpResult
from app.services.chair_state import ChairState, RunInfo, load_state
from app.services.changes import EVERYTHING, NOTHING, Changes
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.services.switches import collector_paused, keep_frozen
from app.ui.chair import row_cache
from app.ui.chair.wording_errors import error_text, is_expected
from app.ui.shared.look import translate
from app.ui.shared.tasks import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Say = Callable[[str, str], None]  # kind ("info" | "warning"), text


class ChairContext(QObject):
    state_changed = Signal(object, object)  # ChairState (None when the panel was closed), Changes
    task_started = Signal(str, bool)  # what is being done, whether it can be cancelled
    task_progress = Signal(int, int, str)  # done, total, stage
    task_finished = Signal()
    changed_at = Signal(object)  # datetime of the last change written

    def __init__(self, runner: TaskRunner, say: Say, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.say = say
        self.panel: Panel | None = None
        self.state: ChairState | None = None
        self.run_info: RunInfo | None = None
        self.progress: Progress | None = None
        self.long_task = ""
        self.reading = False  # a read of the state is on the worker
        self.queued: Changes = NOTHING  # changes made since that read began: read next, together
        self._after_read: list[Callable[[], None]] = []
        self._generation = 0  # a new panel (or none) makes any read under way stale
        runner.progressed.connect(self._progressed)

    # ------------------------------------------------------------------ the panel
    def set_panel(self, panel: Panel | None, state: ChairState | None = None) -> None:
        if self.panel is not None and self.panel is not panel:
            old = self.panel
            self.runner.run(old.close)
        self._generation += 1
        self.reading = False
        self.queued = NOTHING
        self._after_read = []
        self.panel = panel
        self.run_info = state.last_run if state is not None else None
        self.state = state
        self.state_changed.emit(state, EVERYTHING)

    def refresh(self, changes: Changes = EVERYTHING, then: Callable[[], None] | None = None) -> None:
        """Read again what ``changes`` names, on the worker; pages update when it arrives.

        One read at a time: changes that come while a read is under way are queued and read
        together once it is back, so several changes cost one read and a state never replaces a
        newer one. ``then`` runs on the GUI thread once the state shows ``changes``."""
        if self.panel is None:
            return
        self.queued = self.queued | changes
        if then is not None:
            self._after_read.append(then)
        if not self.reading:
            self._read_queued()

    def _read_queued(self) -> None:
        panel, changes = self.panel, self.queued
        inputs = [self.state]  # the previous state, taken by the read (no closure keeps it after)
        if panel is None or not changes:
            return
        self.queued = NOTHING
        self.reading = True
        generation = self._generation
        waiting, self._after_read = self._after_read, []

        def loaded(state: ChairState) -> None:
            if generation != self._generation:
                return  # another panel was opened (or this one closed) meanwhile
            self.reading = False
            retired = [self.state]  # the state before: the worker lets it go (retire)
            self.state = state
            self.run_info = state.last_run
            self.state_changed.emit(state, changes)
            self.runner.run(lambda: retire(retired))
            for then in waiting:
                then()
            self._read_queued()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.reading = False
            newer = self.queued
            self.queued = changes | newer  # the next read also reads what this one could not
            self.fail(translate("Context", "Reading the panel"), exc, writes=False)
            if newer:
                self._read_queued()

        self.runner.run(lambda: read_state(panel, inputs.pop(), changes), loaded, failed)

    # ------------------------------------------------------------------ running work
    @property
    def busy(self) -> bool:
        return bool(self.long_task)

    def run_quick(
        self,
        what: str,
        op: Callable[[Panel], OpResult[T]],
        on_done: Callable[[T], None] | None = None,
    ) -> None:
        """A short operation (``app.services.chair_ops``) on the worker; what it names is read again."""
        panel = self.panel
        if panel is None:
            return

        def done(result: OpResult[T]) -> None:
            if on_done is not None:
                on_done(result.value)
            self._changed(result.changes)

        self.runner.run(lambda: op(panel), done, lambda exc: self.fail(what, exc))

    def run_long(
        self,
        what: str,
        op: Callable[[Progress], OpResult[T]],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Progress | None:
        """A long operation with a progress bar and a cancel button; one at a time."""
        if self.long_task:
            self.say(
                "warning",
                translate("Context", "Please wait: {task} is still running.").format(task=self.long_task),
            )
            return None
        self.long_task = what
        self.task_started.emit(what, True)

        def finish() -> None:
            self.long_task = ""
            self.progress = None
            self.task_finished.emit()

        def done(result: OpResult[T]) -> None:
            finish()
            if on_done is not None:
                on_done(result.value)
            self._changed(result.changes)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            self.fail(what, exc)

        self.progress = self.runner.run_with_progress(op, done, failed)
        return self.progress

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def fail(self, what: str, exc: BaseException, *, writes: bool = True) -> None:
        """Say what did not work and why; a program error goes to the log with its trace.
        ``writes``: the task would have changed the panel (so say that it did not)."""
        if isinstance(exc, Cancelled):
            text = translate("Context", "{task}: cancelled. Nothing in the panel was changed.").format(
                task=what
            )
            self.say("info", text)
            return
        if is_expected(exc):
            log.info("%s refused: %s", what, exc)
        else:
            log.error("%s failed", what, exc_info=exc)
        if writes:
            text = translate("Context", "{task} did not succeed: {reason}. Nothing in the panel was changed.")
        else:
            text = translate("Context", "{task} did not succeed: {reason}.")
        text = text.format(task=what, reason=error_text(exc))
        self.say("warning", text)

    # ------------------------------------------------------------------ internals
    def _changed(self, changes: Changes) -> None:
        if not changes:
            return  # a read, or a file written outside the panel
        self.changed_at.emit(datetime.now())
        self.refresh(changes)

    def _progressed(self, done: int, total: int, stage: str) -> None:
        if self.long_task:
            self.task_progress.emit(done, total, stage)


def read_state(panel: Panel, previous: ChairState | None, changes: Changes) -> ChairState:
    """The state after ``changes`` (worker thread): only the areas they name are read again; the
    pages' table rows are built for it here too (``row_cache``), off the GUI thread."""
    with collector_paused():  # the new state goes into the frozen heap unscanned (switches.keep_frozen)
        state = load_state(panel, previous, changes)
        row_cache.prepare(state, previous)
        keep_frozen()
    return state


def retire(states: list[ChairState | None]) -> None:
    """Let go of a state a newer one replaced (worker thread): what only it held is freed here, not
    on the GUI thread (after a merge, 10^6 objects), and its cached rows no longer point back at it."""
    for state in states:
        if state is not None:
            row_cache.forget(state)
    states.clear()


def stage_word(stage: str) -> str:
    """What the worker is doing, for the progress strip."""
    words: dict[str, Any] = {
        "pdf": translate("Context", "checking the PDFs (fingerprint, pages)"),
        "package": translate("Context", "writing the packages"),
        "check": translate("Context", "checking the reviewer files"),
        "merge": translate("Context", "writing the scores"),
        "export": translate("Context", "gathering the results"),
        "layout": translate("Context", "laying out the pages"),
        "render": translate("Context", "preparing the pages"),
        "print": translate("Context", "sending the pages to the printer"),
    }
    return str(words.get(stage, stage))
