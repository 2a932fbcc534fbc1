"""Starting the chair's window: the application, the log file, and a last word for crashes.

The log is the program's one rotating log (``app.logs.setup_logging``). An exception that escapes a
slot on the GUI thread is logged with its trace and said in the window's message bar, so nothing
stops silently.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from app.logs import setup_logging
from app.ui.settings import UiSettings

log = logging.getLogger(__name__)


def run(path: str | None = None, argv: Sequence[str] | None = None) -> int:
    """The chair's window, on ``path`` if given; returns the exit status."""
    from app.ui.app import create_application
    from app.ui.chair.chair_window import ChairWindow
    from app.ui.tasks import TaskRunner

    where = setup_logging()
    app = create_application(argv)
    settings = UiSettings()
    runner = TaskRunner()
    window = ChairWindow(settings, runner)

    def crashed(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.error("unhandled error in the chair's window", exc_info=(kind, value, trace))
        window.say(
            "warning",
            app.translate(
                "ChairApp",
                "Something went wrong in the window ({kind}). The panel is safe; details are in {log}.",
            ).format(kind=kind.__name__, log=where or "—"),
        )

    sys.excepthook = crashed
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
