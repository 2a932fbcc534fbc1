"""Starting the chair's window: the application, the log file, and a last word for crashes.

The log is the program's one rotating log (``app.logs.setup_logging``). An exception that escapes a
slot is logged with its trace and shown by the shared crash dialog (``app.ui.shared.crash_handler``), which
says what happened and where the log is; the window keeps running.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.logs import setup_logging
from app.ui.shared.settings import UiSettings


def run(path: str | None = None, argv: Sequence[str] | None = None) -> int:
    """The chair's window, on ``path`` if given; returns the exit status."""
    from app.ui.chair.chair_window import ChairWindow
    from app.ui.shared import crash_handler
    from app.ui.shared.application import create_application
    from app.ui.shared.tasks import TaskRunner

    setup_logging()
    app = create_application(argv)
    settings = UiSettings()
    runner = TaskRunner()
    window = ChairWindow(settings, runner)

    crash_handler.install(app)  # the same dialog as every window: what happened, where the log is
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(1366, screen.width()), min(768, screen.height()))
    if screen.width() <= 1400:
        window.showMaximized()  # a laptop screen: use all of it
    else:
        window.show()
    if path:
        window.open_panel(Path(path))
    code = app.exec()
    runner.shutdown()
    return int(code)
