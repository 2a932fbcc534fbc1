"""Screenshots of the real reviewer window on the demo panel, for docs/screenshots/.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

Builds the demo panel in a temporary folder, then starts the window twice in child processes:
once as a 1366×768 laptop at 125 % (``QT_SCALE_FACTOR=1.25``), scoring a few items through the UI
(mouse and keys, a box drawn on the page, "mark complete"), and once at 1920×1080. Each child has a
fresh settings folder, so the shots show the first-run layout. Writes:

    reviewer-main.png             the whole window at 1366×768, a dossier being scored
    reviewer-checklist.png        the checklist panel alone
    reviewer-anchor.png           a deduction tied to a box drawn on the page, outlined
    reviewer-complete-warning.png "mark complete" with items never looked at
    reviewer-1920.png             the whole window at 1920×1080
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REVIEWER = "E3"  # the demo's E3 has dossiers not yet started


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def settle(seconds: float = 0.4) -> None:
    wait_until(lambda: False, seconds)


def shoot(widget: object, path: Path) -> None:
    settle()
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def child(panel: Path, out: Path, shot: str) -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from app.ui.reviewer.build import build_window
    from app.ui.reviewer.opening import open_for_review
    from app.ui.shared.application import create_application
    from app.ui.shared.settings import UiSettings
    from app.ui.shared.tasks import TaskRunner

    create_application(["screenshots"], language="zh_CN")
    runner = TaskRunner()
    ready: list = []  # type: ignore[type-arg]
    open_for_review(panel, REVIEWER, runner, on_ready=lambda s, o: ready.append((s, o)), on_error=print)
    if not wait_until(lambda: bool(ready)):
        print("the panel did not open", file=sys.stderr)
        return 1
    window = build_window(*ready[0], UiSettings())
    if shot == "large":
        window.resize(1920, 1080)
    else:  # 1366×768 device pixels at 125 %, whatever the virtual screen's size
        scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
        window.resize(round(1366 / scale), round(768 / scale))
    window.default_splitter()
    window.show()
    window.windowHandle().requestActivate()  # no window manager under Xvfb: keys need an active window
    wait_until(window.isActiveWindow, 5)
    window.start()
    pdf = window.pdf
    area = pdf.page_area  # type: ignore[attr-defined]
    wait_until(lambda: window.session.current is not None and pdf.page_count() > 0)  # type: ignore[attr-defined]
    window.default_splitter()
    wait_until(lambda: area.was_painted(pdf.current_page() - 1))  # type: ignore[attr-defined]

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(window, k, modifier)
        wait_until(lambda: not runner.busy, 5)

    # Read page 4 (the inspection record) and score the first items by keyboard and mouse.
    window.go_to_page(4)
    wait_until(lambda: area.was_painted(3))
    window.checklist.cards[0].setFocus()
    key(Qt.Key.Key_1)  # 1.1: reason 1
    key(Qt.Key.Key_J)  # 1.2
    key(Qt.Key.Key_2)
    key(Qt.Key.Key_J)  # 1.3
    key(Qt.Key.Key_J)  # 1.4
    key(Qt.Key.Key_J)  # 1.5 现场情况记载, with a range reason
    card = window.checklist.current
    assert card is not None
    ranged = next((r for r in card.reasons if r.spin is not None), None)
    if ranged is not None and ranged.spin is not None:
        ranged.spin.setValue(float(ranged.spin.maximum()) - 2)
        ranged.check.click()
        wait_until(lambda: not runner.busy, 5)
    if card.editor is not None:
        card.editor.spin.setValue(1.5)
        card.editor.text.insert("未记载现场负责人陈述")
        card.editor.submit()
        wait_until(lambda: not runner.busy, 5)
    card.note.setText("废水排放口位置与平面图不一致，需核实")
    card.note.editingFinished.emit()
    wait_until(lambda: not runner.busy, 5)
    if shot == "large":
        shoot(window, out / "reviewer-1920.png")
        window.close()
        return 0

    key(Qt.Key.Key_K)  # back and forth: the grown card is scrolled into view again
    key(Qt.Key.Key_J)
    shoot(window, out / "reviewer-main.png")
    shoot(window.checklist, out / "reviewer-checklist.png")

    # A box round the evidence: B, then a drag on the page, then a click on the anchor.
    key(Qt.Key.Key_B)
    layout = area.layout_info
    page = pdf.current_page() - 1  # type: ignore[attr-defined]

    def point(x: float, y: float) -> QPoint:
        cx, cy = layout.to_content(page, x, y)
        return QPoint(
            round(cx - area.horizontalScrollBar().value()), round(cy - area.verticalScrollBar().value())
        )

    start, end = point(70, 250), point(520, 330)
    viewport = area.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 9):
        QTest.mouseMove(viewport, start + (end - start) * step / 8)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_until(lambda: not runner.busy, 5)
    latest = card.latest_deduction()
    if latest is not None:
        window.scoring.jump(latest.uid)
    shoot(window, out / "reviewer-anchor.png")

    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # mark complete: items never looked at
    shoot(window, out / "reviewer-complete-warning.png")
    window.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the reviewer window (run under Xvfb).")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--child", choices=("small", "large"), help=argparse.SUPPRESS)
    parser.add_argument("--panel", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.panel, args.out, args.child)

    from app.demo.build import build_demo_panel

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as temp:
        base = Path(temp)
        panel = build_demo_panel(base / "demo", log=lambda *_a: None)
        env = dict(os.environ)
        if not os.environ.get("DISPLAY") or not ctypes.util.find_library("xcb-cursor"):
            env["QT_QPA_PLATFORM"] = "offscreen"  # no X server or no xcb plugin: render offscreen
            print("(no usable X display: rendering offscreen)")
        for shot, scale in (("small", "1.25"), ("large", "1")):
            home = base / f"home-{shot}"
            copy = base / f"panel-{shot}"
            shutil.copytree(panel.parent, copy, symlinks=True)
            child_env = {**env, "DOSSIER_PANEL_HOME": str(home), "QT_SCALE_FACTOR": scale}
            command = [
                sys.executable,
                __file__,
                "--child",
                shot,
                "--panel",
                str(copy / panel.name),
                "--out",
                str(args.out),
            ]
            result = subprocess.run(command, env=child_env, check=False, timeout=300)
            if result.returncode != 0:
                return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
