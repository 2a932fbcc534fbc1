"""The last word when something goes wrong: a dialog in plain words, the trace in the log, and on we go.

``install()`` (called by the start screen's entry once the QApplication exists) sets ``sys.excepthook``
and ``threading.excepthook``. An exception nobody caught — in a slot on the GUI thread, or in a worker
thread — is written to the log with its traceback, and a dialog says in the reviewer's words what
happened, that the scores are safe (every database write is all or nothing) and where the log is; the
traceback goes to the log only, never into the dialog. The program keeps running.

A thread's error reaches the GUI thread by a queued signal. While a dialog is open, further errors are
only logged; the same error is shown once per run (a failing paint would otherwise repeat for ever).
Tests replace ``show_dialog`` so nothing modal opens.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logs, paths
from app.ui.shared.look import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Crash:
    kind: type[BaseException]
    error: BaseException
    trace: str
    thread: str  # "" on the GUI thread

    @property
    def key(self) -> tuple[str, str, str]:
        last = self.trace.strip().splitlines()[-3:-1] if self.trace else []
        return (self.kind.__name__, str(self.error)[:200], "".join(last))


def what_happened(crash: Crash) -> str:
    """One sentence a reviewer understands; the technical detail stays in the log."""
    error = crash.error
    if isinstance(error, MemoryError):
        return translate("CrashHandler", "The computer ran out of memory.")
    if isinstance(error, PermissionError):
        return translate(
            "CrashHandler", "A file could not be opened: the system did not allow it ({file})."
        ).format(file=getattr(error, "filename", None) or "?")
    if isinstance(error, FileNotFoundError):
        return translate("CrashHandler", "A file the program needed was not found ({file}).").format(
            file=getattr(error, "filename", None) or "?"
        )
    if isinstance(error, OSError):
        return translate(
            "CrashHandler", "A file could not be read or written (a full disk or a removed USB stick?)."
        )
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("sqlalchemy"):
        return translate("CrashHandler", "The panel file could not be read or written.")
    return translate("CrashHandler", "An unexpected error occurred in the program ({kind}).").format(
        kind=crash.kind.__name__
    )


def message_text(crash: Crash, log_path: Path | None) -> str:
    parts = [
        what_happened(crash),
        translate(
            "CrashHandler",
            "Your scores are safe: every change is saved whole or not at all. You can go on working; if something looks wrong, close the program and start it again.",
        ),
    ]
    if log_path is not None:
        parts.append(
            translate(
                "CrashHandler", "The details are in the log file {path} — please give it to the panel chair."
            ).format(path=log_path)
        )
    return "\n\n".join(parts)


def show_dialog(crash: Crash, log_path: Path | None, parent: QWidget | None = None) -> None:
    """The modal dialog (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CrashHandler", "Something went wrong"))
    box.setText(message_text(crash, log_path))
    # No traceback in the dialog (the house rule): it is in the log, which the dialog names and opens.
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    folder = box.addButton(
        translate("CrashHandler", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.exec()
    if box.clickedButton() is folder and log_path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))


class CrashHandler(QObject):
    """Receives uncaught exceptions from any thread; shows them on the GUI thread."""

    crashed = Signal(object)  # Crash, delivered on the GUI thread (queued from other threads)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: set[tuple[str, str, str]] = set()
        self.showing = False
        self.count = 0
        self.previous_hooks: tuple[Any, Any] = (sys.excepthook, threading.excepthook)
        self.crashed.connect(self._show)

    # ------------------------------------------------------------------ hooks
    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        thread = threading.current_thread()
        self.report(kind, error, trace, "" if thread is threading.main_thread() else thread.name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None, thread: str
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught error%s:\n%s", f" in thread {thread}" if thread else "", text.rstrip())
        logs.flush()
        stream = sys.__stderr__
        if stream is not None:  # a console run sees it too (a windowed Windows build has no stderr)
            with contextlib.suppress(OSError, ValueError):
                stream.write(text)
        self.count += 1
        self.crashed.emit(Crash(kind, error, text, thread))

    # ------------------------------------------------------------------ the dialog
    def _show(self, crash: Crash) -> None:
        if self.showing or crash.key in self.shown:
            return
        self.shown.add(crash.key)
        self.showing = True
        try:
            parent = QApplication.activeWindow()
            show_dialog(crash, logs.current_log_file() or logs.log_file(), parent)
        except Exception:  # the handler itself must never be what brings the program down
            log.exception("the error dialog could not be shown")
        finally:
            self.showing = False

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self.previous_hooks


_installed: CrashHandler | None = None


def install(app: QApplication | None = None) -> CrashHandler:
    """Set the hooks (once; a second call returns the same handler)."""
    global _installed
    if _installed is not None:
        return _installed
    application = app or QApplication.instance()
    handler = CrashHandler(application)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.thread_excepthook
    _installed = handler
    log.info("error dialog installed; data in %s", paths.data_dir())
    return handler


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None
