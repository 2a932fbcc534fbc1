"""A panel open in one window is refused by the next, in words that say where it is open.

The lock is taken here by a second holder in this process: the operating system's lock conflicts
between two openings in one process as between two processes (tests/core/test_concurrency.py runs
the processes).
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

import os
import socket
from pathlib import Path

from app.models.locking import PanelLock, window
from app.ui.opening import open_for_review
from app.ui.tasks import TaskRunner
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    WindowFactory,
    chinese_ui,
    demo_master,
    demo_panel,
    make_window,
)


def test_the_chair_window_says_the_panel_is_open_in_another_window(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    with PanelLock.acquire(demo_panel, window("reviewer")):
        chair = make_chair()
        chair.open_panel(demo_panel)
        text = chair.messages.label.text()
        assert chair.context.panel is None
        assert "另一个窗口" in text and "评审人窗口" in text, text
        assert str(os.getpid()) in text and socket.gethostname() in text
    chair.open_panel(demo_panel)  # closed there: it opens here
    assert chair.context.panel is not None and chair.context.panel.lock is not None


def test_the_reviewer_window_says_the_panel_is_open_in_another_window(
    make_chair: ChairFactory, demo_panel: Path, chinese_ui: None
) -> None:
    chair = make_chair()
    chair.open_panel(demo_panel)
    assert chair.context.panel is not None
    errors: list[str] = []
    open_for_review(
        demo_panel, "E1", TaskRunner(synchronous=True), on_ready=lambda *_: None, on_error=errors.append
    )
    assert len(errors) == 1 and "另一个窗口" in errors[0] and "评审组长窗口" in errors[0], errors


def test_a_closed_reviewer_window_lets_the_panel_go(make_window: WindowFactory, demo_panel: Path) -> None:
    reviewer = make_window(demo_panel)
    assert reviewer.session.panel.lock is not None and reviewer.session.panel.lock.held
    reviewer.close()
    PanelLock.acquire(demo_panel, window("chair")).release()
