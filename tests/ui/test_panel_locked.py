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
from typing import Any

from app.models.locking import PanelLock, window
from app.ui.reviewer.opening import open_for_review
from app.ui.reviewer.window import ReviewerWindow
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner
from app.ui.start.launcher import Launcher
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    FakePdfView,
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


def test_a_package_for_a_workspace_open_in_its_window_is_refused_in_words(
    qtbot: Any, chinese_ui: None, demo_panel: Path, tmp_path: Path
) -> None:
    """The reviewer double-clicks the package again while its workspace is open: nothing is replaced."""
    from app.services.packages import build_packages
    from app.services.panel import Panel

    launcher = Launcher(
        UiSettings(), runner_factory=lambda: TaskRunner(synchronous=True), pdf_factory=FakePdfView
    )
    from app.services.panel_keys import passphrases

    with Panel.open(demo_panel) as panel:
        package = build_packages(panel, tmp_path / "packages", reviewer_ids=["E2"])[0][1]
        with panel.engine.connect() as conn:
            slip = passphrases(conn)["E2"]
    launcher.ask_passphrase = lambda _parent, _what, _problem: slip  # typed from the slip
    try:
        launcher.open_path(Path(package))
        window = launcher.windows[-1]
        assert isinstance(window, ReviewerWindow)
        before = window.source.read_bytes()
        launcher.windows.clear()  # a second window, not the first brought forward
        launcher._by_path.clear()
        with qtbot.waitSignal(launcher.failed) as failed:
            launcher.open_package(Path(package))
        assert "另一个窗口" in failed.args[0] and "评审人窗口" in failed.args[0], failed.args[0]
        assert window.source.read_bytes() == before
        window.close()
    finally:
        launcher.shutdown()
