"""When something goes wrong: the trace goes to the log, a dialog says in Chinese what happened and
where the log is (the trace only in the log), and the program keeps running."""

# ruff: noqa: F811  (the fixtures are imported from reviewer_fixtures and named as arguments)

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logs
from app.ui.shared import crash_handler
from app.ui.shared.crash_handler import Crash, CrashHandler, message_text, what_happened
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixture)


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logs.setup_logging()
    assert path is not None
    yield path
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logs._OurHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def shown(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[list[tuple[Crash, Path | None, bool]]]:
    """The dialogs that would have opened: (crash, log path, on the GUI thread?)."""
    calls: list[tuple[Crash, Path | None, bool]] = []

    def record(crash: Crash, log_path: Path | None, parent: object = None) -> None:
        calls.append((crash, log_path, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(crash_handler, "show_dialog", record)
    yield calls
    crash_handler.uninstall()


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_install_sets_both_hooks_and_uninstall_gives_them_back(shown: list, qapp: QApplication) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = crash_handler.install(qapp)
    assert crash_handler.install(qapp) is handler  # once
    assert sys.excepthook == handler.excepthook and threading.excepthook == handler.thread_excepthook
    crash_handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_an_error_is_logged_with_its_trace_and_said_in_chinese_without_it(
    shown: list, log_file: Path, chinese_ui: None, qapp: QApplication
) -> None:
    handler = crash_handler.install(qapp)
    handler.excepthook(*raised(ValueError("bad value 42")))
    assert len(shown) == 1
    crash, where, on_gui = shown[0]
    assert on_gui and where == log_file
    logs.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "ValueError: bad value 42" in written
    text = message_text(crash, where)
    assert "程序发生意外错误（ValueError）" in text and "评分不受影响" in text and str(log_file) in text
    assert "Traceback" not in text and "bad value 42" not in text  # the trace is for the details only
    assert "Traceback" in crash.trace


def test_the_same_error_is_shown_once_and_none_while_a_dialog_is_open(
    shown: list, qapp: QApplication
) -> None:
    handler = crash_handler.install(qapp)
    error = raised(RuntimeError("paint failed"))
    handler.excepthook(*error)
    handler.excepthook(*error)
    assert len(shown) == 1 and handler.count == 2
    handler.showing = True
    handler.excepthook(*raised(KeyError("other")))
    assert len(shown) == 1


def test_a_worker_threads_error_reaches_the_gui_thread(shown: list, qtbot: Any, qapp: QApplication) -> None:
    crash_handler.install(qapp)

    def work() -> None:
        raise OSError(5, "Input/output error")

    thread = threading.Thread(target=work, name="dossier-worker_0")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    crash, _where, on_gui = shown[0]
    assert on_gui and crash.thread == "dossier-worker_0" and crash.kind is OSError


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_leaves_the_program_running(shown: list, qtbot: Any, qapp: QApplication) -> None:
    crash_handler.install(qapp)
    later: list[str] = []

    def slot() -> None:
        raise ZeroDivisionError("division by zero")

    QTimer.singleShot(0, slot)
    QTimer.singleShot(0, lambda: later.append("still here"))
    qtbot.waitUntil(lambda: len(shown) == 1 and later == ["still here"])
    assert shown[0][0].kind is ZeroDivisionError


def test_what_happened_in_the_reviewers_words(chinese_ui: None) -> None:
    def crash(error: BaseException) -> Crash:
        return Crash(type(error), error, "", "")

    assert "U 盘" in what_happened(crash(OSError(28, "No space left on device")))
    assert "系统不允许" in what_happened(crash(PermissionError(13, "denied", "C:/x.dpanel")))
    assert "C:/x.dpanel" in what_happened(crash(PermissionError(13, "denied", "C:/x.dpanel")))
    assert "内存不足" in what_happened(crash(MemoryError()))
    assert "评查文件" in what_happened(crash(sqlite3.OperationalError("disk I/O error")))


def test_the_real_dialog_names_the_log_and_shows_no_trace(
    monkeypatch: pytest.MonkeyPatch, chinese_ui: None, qapp: QApplication, tmp_path: Path
) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    kind, error, _trace = raised(RuntimeError("boom"))
    crash = Crash(kind, error, "Traceback (most recent call last):\n  ...\nRuntimeError: boom\n", "")
    crash_handler.show_dialog(crash, tmp_path / "dossier-panel.log")
    box = boxes[0]
    assert box.windowTitle() == "程序出错" and "Traceback" not in box.text()
    assert box.detailedText() == "" and str(tmp_path / "dossier-panel.log") in box.text()


def test_keyboard_interrupt_is_not_a_crash(
    shown: list, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = CrashHandler()
    passed: list[object] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: passed.append(args[0]))
    handler.excepthook(*raised(KeyboardInterrupt()))
    assert passed == [KeyboardInterrupt] and not shown
