"""The chair's open panel and its one background worker, shared by every page.

Pages never call a service on the GUI thread: they hand the work to ``run_quick`` (short writes and
reads) or ``run_long`` (imports, packages, merges, exports, printing: progress and cancel), and get
the result back on the GUI thread. After a change the whole ``ChairState`` is read again on the
worker and ``state_changed`` tells every page. A failure or a crash in a task is said in the window
(Chinese, in the message bar) and written to the log; the services leave the panel as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.services.chair_state import ChairState, RunInfo, load_state
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.ui.chair.wording_errors import error_text, is_expected
from app.ui.look import translate
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Say = Callable[[str, str], None]  # kind ("info" | "warning"), text


class ChairContext(QObject):
    state_changed = Signal(object)  # ChairState, or None when the panel was closed
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
        runner.progressed.connect(self._progressed)

    # ------------------------------------------------------------------ the panel
    def set_panel(self, panel: Panel | None, state: ChairState | None = None) -> None:
        if self.panel is not None and self.panel is not panel:
            old = self.panel
            self.runner.run(old.close)
        self.panel = panel
        self.run_info = state.last_run if state is not None else None
        self.state = state
        self.state_changed.emit(state)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the state again on the worker; pages update when it arrives."""
        panel = self.panel
        if panel is None:
            return

        def loaded(state: ChairState) -> None:
            if panel is not self.panel:
                return  # another panel was opened meanwhile
            self.state = state
            self.run_info = state.last_run
            self.state_changed.emit(state)
            if then is not None:
                then()

        self.runner.run(
            lambda: load_state(panel),
            loaded,
            lambda exc: self.fail(translate("Context", "Reading the panel"), exc, writes=False),
        )

    # ------------------------------------------------------------------ running work
    @property
    def busy(self) -> bool:
        return bool(self.long_task)

    def run_quick(
        self,
        what: str,
        work: Callable[[Panel], T],
        on_done: Callable[[T], None] | None = None,
        *,
        changes: bool = True,
    ) -> None:
        """A short service call on the worker; ``changes``: the panel is read again afterwards."""
        panel = self.panel
        if panel is None:
            return

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            if changes:
                self._changed()

        self.runner.run(lambda: work(panel), done, lambda exc: self.fail(what, exc))

    def run_long(
        self,
        what: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        *,
        changes: bool = True,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Progress | None:
        """Long work with a progress bar and a cancel button; one at a time."""
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

        def done(result: T) -> None:
            finish()
            if on_done is not None:
                on_done(result)
            if changes:
                self._changed()

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            self.fail(what, exc)

        self.progress = self.runner.run_with_progress(work, done, failed)
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
    def _changed(self) -> None:
        self.changed_at.emit(datetime.now())
        self.refresh()

    def _progressed(self, done: int, total: int, stage: str) -> None:
        if self.long_task:
            self.task_progress.emit(done, total, stage)


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
