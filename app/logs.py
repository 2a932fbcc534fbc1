"""The log file: one rotating file in the platform's log folder (``app.paths.log_dir``).

``setup_logging()`` is called once by each window's entry; it adds a ``RotatingFileHandler`` (1 MB,
five old files kept) to the root logger and returns the file's path, or ``None`` when the folder cannot
be written (a read-only stick): the program then runs without a log rather than not at all. Calling it
again moves the handler if the folder changed (tests point ``DOSSIER_PANEL_HOME`` elsewhere) and
otherwise does nothing. Qt-free.
"""

from __future__ import annotations

import logging
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import paths

LOG_FILE = "dossier-panel.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)


class _OurHandler(RotatingFileHandler):
    """Marks the handler this module added, so a second call finds it."""


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE


def current_log_file() -> Path | None:
    """The file the log is being written to, if ``setup_logging`` succeeded."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _OurHandler):
            return Path(handler.baseFilename)
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    target = log_file()
    for handler in list(root.handlers):
        if isinstance(handler, _OurHandler):
            if Path(handler.baseFilename) == target.absolute():
                return target
            root.removeHandler(handler)
            handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _OurHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    log.info(
        "started: %s, Python %s on %s%s",
        version_text(),
        platform.python_version(),
        platform.platform(),
        " (bundle)" if paths.is_frozen() else "",
    )
    return target


def version_text() -> str:
    """ "Dossier Panel 0.1.0" """
    return f"Dossier Panel {app_version()}"


def app_version() -> str:
    """The installed version (package metadata; the bundle carries it), else pyproject's."""
    from importlib import metadata

    try:
        return metadata.version("dossier-panel")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "unknown"


def flush() -> None:
    """Write out what is buffered (before a crash dialog or exit)."""
    for handler in logging.getLogger().handlers:
        handler.flush()
