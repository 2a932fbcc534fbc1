"""Closing a window while its worker is busy: the close returns at once, the task is cancelled (or,
for a change being saved, finished) on the worker, and the panel is left whole and closed after it.

The windows here run the real threaded TaskRunner. A task blocks on an event until the test has
closed the window: if the close waited for the task, the task would time out first and say so.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import schema
from app.models.locking import window as lock_holder
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.ui.chair.chair_window import SWITCH_INTERVAL_S, ChairWindow
from app.ui.reviewer.build import build_window
from app.ui.reviewer.opening import open_for_review
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner
from tests.ui.reviewer_fixtures import FakePdfView, chinese_ui, demo_master, demo_panel  # noqa: F401

WAIT = 10.0  # how long a blocked task waits for the test at most (a safety net, not a measurement)
MARK = "test-half-written"


def _marks(path: Path) -> int:
    with Panel.open(path) as panel, panel.engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(schema.meta.c.key == MARK)).scalar_one())


def test_closing_the_chair_window_cancels_the_running_task_without_waiting(
    qtbot: Any, chinese_ui: None, demo_panel: Path
) -> None:
    switch_before = sys.getswitchinterval()
    runner = TaskRunner()
    window = ChairWindow(UiSettings(), runner, FakePdfView)
    qtbot.addWidget(window)
    assert sys.getswitchinterval() == switch_before  # the window alone changes nothing process-wide
    window.show()
    window.open_panel(demo_panel)
    qtbot.waitUntil(lambda: window.context.state is not None and not runner.busy)
    assert _marks(demo_panel) == 0
    assert gc.get_freeze_count() > 0  # the open panel's state is kept out of full collections...

    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def long_task(progress: Progress) -> None:
        panel = window.context.panel
        assert panel is not None
        with panel.transaction() as conn:  # all or nothing, like every service write
            conn.execute(schema.meta.insert().values(key=MARK, value="half"))
            progress.start(2, "merge")
            started.set()
            seen.append("switch interval short" if sys.getswitchinterval() <= SWITCH_INTERVAL_S else "long")
            release.wait(WAIT)
            seen.append("released by the test" if release.is_set() else "timed out: the close waited")
            try:
                progress.advance()
            except Cancelled:
                seen.append("saw cancel")
                raise

    window.context.run_long("合并评查结果", long_task)
    assert started.wait(WAIT)
    window.close()  # returns while the task is still blocked
    release.set()
    runner.shutdown()
    assert seen == ["switch interval short", "released by the test", "saw cancel"]
    assert "合并评查结果" in window.messages.label.text()  # said so
    assert _marks(demo_panel) == 0  # rolled back: nothing half-written
    assert gc.get_freeze_count() == 0  # ...until it is closed
    assert sys.getswitchinterval() == switch_before  # restored once the worker was no longer needed
    with Panel.open(demo_panel, writer=lock_holder("chair")):  # closed on the worker: free again
        pass


def test_closing_the_reviewer_window_finishes_the_save_in_the_background(
    qtbot: Any, chinese_ui: None, demo_panel: Path
) -> None:
    runner = TaskRunner()
    opened: list[Any] = []
    open_for_review(demo_panel, "E1", runner, on_ready=lambda s, o: opened.append((s, o)), on_error=print)
    qtbot.waitUntil(lambda: bool(opened))
    session, what = opened[0]
    window = build_window(session, what, UiSettings(), FakePdfView)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not runner.busy)

    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def save(panel: Panel) -> None:
        with panel.transaction() as conn:
            conn.execute(schema.meta.insert().values(key=MARK, value="a change being saved"))
            started.set()
            release.wait(WAIT)
            seen.append("released by the test" if release.is_set() else "timed out: the close waited")

    runner.run(lambda: save(session.panel))
    assert started.wait(WAIT)
    window.close()
    release.set()
    runner.shutdown()
    assert seen == ["released by the test"]
    assert _marks(demo_panel) == 1  # a change handed in is written, never cut off
    with Panel.open(demo_panel, writer=lock_holder("chair")):  # and the panel was closed after it
        pass
