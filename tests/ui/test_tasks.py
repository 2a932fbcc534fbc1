"""The threaded TaskRunner (the one the windows use), not only its synchronous test mode.

Results come back on the GUI thread in the order handed in, an exception reaches the error
callback, progress and cancel travel through the Qt-free Progress, ``shutdown`` waits for a running
task, and ``stop`` (a window's close) returns while a task still runs, cancels long work, finishes
quick work and runs its closing step last, without calling back into the closed window.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from app.services.progress import Cancelled, Progress
from app.ui.shared.tasks import TaskRunner

WAIT = 10.0  # seconds a blocked test task waits at most (a safety net, not a measurement)


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.stop()
    made.shutdown()


def test_results_arrive_on_the_gui_thread_in_order(qtbot: Any, runner: TaskRunner) -> None:
    gui = threading.current_thread()
    workers: set[str] = set()
    delivered: list[tuple[int, bool]] = []

    def work(number: int) -> int:
        workers.add(threading.current_thread().name)
        return number * number

    for number in range(30):
        runner.run(
            lambda n=number: work(n),
            lambda result: delivered.append((result, threading.current_thread() is gui)),
        )
    qtbot.waitUntil(lambda: len(delivered) == 30)
    assert delivered == [(n * n, True) for n in range(30)]
    assert workers and gui.name not in workers  # the work itself ran on the worker
    assert not runner.busy


def test_an_exception_reaches_the_error_callback_and_the_next_task_still_runs(
    qtbot: Any, runner: TaskRunner
) -> None:
    gui = threading.current_thread()
    errors: list[tuple[BaseException, bool]] = []
    after: list[str] = []

    def broken() -> None:
        raise ValueError("bad row 7")

    runner.run(broken, lambda _r: after.append("wrongly done"), lambda e: errors.append((e, _on(gui))))
    runner.run(lambda: "next", after.append)
    qtbot.waitUntil(lambda: after == ["next"])
    assert len(errors) == 1
    error, on_gui = errors[0]
    assert isinstance(error, ValueError) and str(error) == "bad row 7" and on_gui


def _on(thread: threading.Thread) -> bool:
    return threading.current_thread() is thread


def test_progress_reaches_the_gui_thread_and_cancel_stops_the_work(qtbot: Any, runner: TaskRunner) -> None:
    gui = threading.current_thread()
    reported: list[tuple[int, int, str, bool]] = []
    runner.progressed.connect(lambda d, t, s: reported.append((d, t, s, _on(gui))))
    halfway, release = threading.Event(), threading.Event()
    steps: list[int] = []
    outcome: list[object] = []

    def work(progress: Progress) -> str:
        progress.start(10, "pdf")
        for step in range(10):
            if step == 5:
                halfway.set()
                release.wait(WAIT)
            progress.advance()
            steps.append(step)
        return "finished"

    progress = runner.run_with_progress(work, outcome.append, outcome.append)
    assert halfway.wait(WAIT)
    progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled) and steps == [0, 1, 2, 3, 4]
    qtbot.waitUntil(lambda: len(reported) >= 6)
    assert reported[0] == (0, 10, "pdf", True)
    assert [r[0] for r in reported[:6]] == [0, 1, 2, 3, 4, 5]
    assert all(r[3] for r in reported)


def test_shutdown_waits_for_the_running_task(qapp: Any) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    finished: list[str] = []

    def work() -> None:
        started.set()
        release.wait(WAIT)
        finished.append("written" if release.is_set() else "timed out")

    runner.run(work)
    assert started.wait(WAIT)
    threading.Timer(0.05, release.set).start()
    runner.shutdown()
    assert finished == ["written"]  # shutdown returned only after the task ran to its end


def test_stop_returns_at_once_cancels_long_work_and_closes_last(qtbot: Any, runner: TaskRunner) -> None:
    started, release = threading.Event(), threading.Event()
    order: list[str] = []
    callbacks: list[object] = []

    def long_work(progress: Progress) -> None:
        progress.start(2, "merge")
        started.set()
        release.wait(WAIT)
        order.append("long: released" if release.is_set() else "long: timed out")
        progress.advance()  # raises Cancelled: stop cancelled it
        order.append("long: went on after cancel")

    progress = runner.run_with_progress(long_work, callbacks.append, callbacks.append)
    runner.run(lambda: order.append("quick write"), callbacks.append, callbacks.append)
    assert started.wait(WAIT)
    runner.stop(after=lambda: order.append("panel closed"))
    assert progress.cancelled and order == []  # stop did not wait for the blocked task
    release.set()
    runner.shutdown()
    assert order == ["long: released", "quick write", "panel closed"]
    qtbot.wait(10)  # let any queued delivery arrive (none may)
    assert callbacks == []  # nothing called back into the closed window
    runner.run(lambda: order.append("late"))  # a late timer's work is not run on a closed panel
    assert order[-1] == "panel closed"


def test_stop_on_a_synchronous_runner_closes_at_once(qapp: Any) -> None:
    runner = TaskRunner(synchronous=True)
    closed: list[str] = []
    runner.stop(after=lambda: closed.append("closed"))
    assert closed == ["closed"] and runner.stopped
