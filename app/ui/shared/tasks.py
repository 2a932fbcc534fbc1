"""One background worker for the window: service calls run there, results come back by signal.

Like Anki's ``CollectionOp`` and Picard's ``run_task``: the GUI thread hands a function to ``run``; it
runs on a single worker thread (so database writes keep their order), and ``on_done`` or ``on_error``
is then called on the GUI thread. ``TaskRunner(synchronous=True)`` runs everything at once on the
caller's thread — what the tests use (Picard's ``FakeThreadPool`` idea).

Long work gets a Qt-free ``app.services.progress.Progress``; ``run_with_progress`` forwards its
callback to the ``progressed`` signal so a bar can follow it, and ``Progress.cancel`` stops it.

A window that closes calls ``stop``: it never waits. Long work is cancelled (its transaction rolls
back), work already handed in still runs to the end on the worker (a score being written is never
cut off), then an ``after`` step (closing the panel); nothing is called back on the GUI thread any
more. ``shutdown`` (at exit, after the event loop) waits for all of it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.services.progress import Cancelled, Progress

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
        self._running_progress: list[Progress] = []
        self._stopped = False
        self._job_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ running
    def run(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``work()`` on the worker; then ``on_done(result)`` or ``on_error(exception)`` here."""
        if self._stopped:  # e.g. a timer of a closed window; its panel is closed or closing
            log.warning("work handed to a stopped task runner was not run: %r", work)
            return
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
        progress = Progress(self._emit_progress)
        self._running_progress.append(progress)

        def forget() -> None:
            if progress in self._running_progress:
                self._running_progress.remove(progress)

        def done(result: Any) -> None:
            forget()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            forget()
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)

        self.run(lambda: work(progress), done, failed)
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

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self, after: Callable[[], None] | None = None) -> None:
        """Close without waiting (a window's close): cancel long work, finish the rest, then ``after``.

        Returns at once. Every ``Progress`` handed out by ``run_with_progress`` is cancelled, so long
        work stops at its next check and rolls back; quick work already handed in still runs, in
        order, on the worker, and ``after()`` runs there last (e.g. closing the panel, once nothing
        uses it). No callback reaches the GUI thread any more, and ``run`` takes no new work.
        """
        if self._stopped:
            return
        self._stopped = True
        self._idle.clear()
        for progress in self._running_progress:
            progress.cancel()
        if after is None:
            return
        if self._executor is None:
            after()
        else:
            self._executor.submit(_quietly, after)

    def shutdown(self) -> None:
        """Wait for the work already handed in (a score being written is never cut off).

        For the end of the program, after the event loop; a window that closes calls ``stop``.
        """
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # ------------------------------------------------------------------ internals
    def _emit_progress(self, done: int, total: int, stage: str) -> None:
        if not self._stopped:
            with contextlib.suppress(RuntimeError):  # the runner's Qt object is gone (window closed)
                self.progressed.emit(done, total, stage)

    def _execute(self, job: _Job) -> None:
        job.execute()
        with contextlib.suppress(RuntimeError):  # the runner's Qt object is gone: nobody to tell
            self._job_finished.emit(job)

    def _deliver(self, job: _Job) -> None:
        try:
            if self._stopped:
                if job.failed and not isinstance(job.error, Cancelled):
                    log.error("background task failed after its window closed", exc_info=job.error)
            elif job.failed:
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


def _quietly(step: Callable[[], None]) -> None:
    """Run a closing step on the worker; its failure goes to the log (nobody is left to tell)."""
    try:
        step()
    except Exception:
        log.exception("closing step after the window closed failed")
