"""One background worker for the window: service calls run there, results come back by signal.

Like Anki's ``CollectionOp`` and Picard's ``run_task``: the GUI thread hands a function to ``run``; it
runs on a single worker thread (so database writes keep their order), and ``on_done`` or ``on_error``
is then called on the GUI thread. ``TaskRunner(synchronous=True)`` runs everything at once on the
caller's thread — what the tests use (Picard's ``FakeThreadPool`` idea).

Long work gets a Qt-free ``app.services.progress.Progress``; ``run_with_progress`` forwards its
callback to the ``progressed`` signal so a bar can follow it, and ``Progress.cancel`` stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.services.progress import Progress

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job:
    __slots__ = ("error", "failed", "on_done", "on_error", "result", "work")

    def __init__(self, work: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.failed = False

    def execute(self) -> None:
        try:
            self.result = self.work()
        except Exception as exc:  # handed to on_error on the GUI thread
            self.error = exc
            self.failed = True


class TaskRunner(QObject):
    """A single-thread executor whose callbacks run on the thread that owns the runner."""

    busy_changed = Signal(bool)
    progressed = Signal(int, int, str)  # done, total, stage — from run_with_progress
    _job_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor: ThreadPoolExecutor | None = (
            None if synchronous else ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-worker")
        )
        self._pending = 0
        self._idle: list[Callable[[], None]] = []
        self._job_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ running
    def run(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``work()`` on the worker; then ``on_done(result)`` or ``on_error(exception)`` here."""
        job = _Job(work, on_done, on_error)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self._executor is None:
            job.execute()
            self._deliver(job)
        else:
            self._executor.submit(self._execute, job)

    def run_with_progress(
        self,
        work: Callable[[Progress], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> Progress:
        """Like ``run`` for long work: ``work`` gets a Progress; cancel it to stop the work."""
        progress = Progress(lambda done, total, stage: self.progressed.emit(done, total, stage))
        self.run(lambda: work(progress), on_done, on_error)
        return progress

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once every task handed in so far has finished (at once if none is)."""
        if self._pending == 0:
            callback()
        else:
            self._idle.append(callback)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Wait for the work already handed in (a score being written is never cut off)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # ------------------------------------------------------------------ internals
    def _execute(self, job: _Job) -> None:
        job.execute()
        self._job_finished.emit(job)

    def _deliver(self, job: _Job) -> None:
        try:
            if job.failed:
                assert job.error is not None
                if job.on_error is not None:
                    job.on_error(job.error)
                else:
                    log.error("background task failed", exc_info=job.error)
            elif job.on_done is not None:
                job.on_done(job.result)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
                while self._idle and self._pending == 0:
                    self._idle.pop(0)()
