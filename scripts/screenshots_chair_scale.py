"""The chair's window on the 5,000-dossier bench panel, page by page: a screenshot of each and how long
the window could not react while it came up.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_chair_scale.py

The panel is ``bench/bench_chair_window.py``'s (5,000 dossiers, 200 reviewers, 3 reviews each, 40
items, every reviewed pair assigned; ``BENCH_PANEL=DIR`` keeps it for the next run). The real
``ChairWindow`` with its real worker opens it at 1366×768 and 125 % (``QT_SCALE_FACTOR``, the
common government laptop), then, as a chair would: each page in turn from the left-hand list, the
results table sorted by a column, a dossier's flag dialog, one reviewer's file merged. For each step,
a 1 ms timer on the GUI thread gives the longest gap (the longest the window could not react) and the
time until the step was on screen and the worker idle. One PNG a step, ``scale-*.png`` in ``--out``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

PAGES = ("overview", "dossiers", "reviewers", "packages", "merge", "results", "export")


def shoot_steps(folder: Path, out: Path) -> list[tuple[str, float, float]]:
    import bench_chair_window as bench
    from PySide6.QtCore import Qt

    from app.ui.chair.chair_window import ChairWindow
    from app.ui.shared.application import create_application
    from app.ui.shared.settings import UiSettings
    from app.ui.shared.tasks import TaskRunner

    merge_file = prepare(bench, folder)
    app = create_application(["screenshots"], language="zh_CN")
    heart = bench.Heartbeat()
    runner = TaskRunner()
    window = ChairWindow(UiSettings(folder / "settings.ini"), runner)
    window.setGeometry(
        app.primaryScreen().availableGeometry()
    )  # the whole screen (Xvfb has no window manager)
    window.show()
    context = window.context
    rows: list[tuple[str, float, float]] = []

    def idle() -> bool:
        return not runner.busy and not context.busy and not context.reading

    def step(name: str, do: Callable[[], Any], widget: Any = None) -> None:
        heart.start()
        started = time.perf_counter()
        do()
        bench.wait_until(idle)
        app.processEvents()
        seconds = time.perf_counter() - started
        bench.spin(0.3)  # the paint after the last change
        gaps = heart.stop().summary()
        rows.append((name, seconds * 1000, gaps["max"]))
        (widget or window).grab().save(str(out / f"scale-{name}.png"))

    step("open", lambda: window.open_panel(folder / "bench.dpanel"))
    for row, name in enumerate(PAGES):
        step(name, lambda row=row: window.nav.setCurrentRow(row))
        if name == "dossiers":
            table = _first_table(window.dossiers)
            step("dossiers-end", lambda table=table: table.scrollToBottom())
        if name == "results":
            table = _first_table(window.results)
            step("results-sorted", lambda table=table: table.sortByColumn(3, Qt.SortOrder.AscendingOrder))
    state = context.state
    assert state is not None
    code = state.results.dossiers[len(state.results.dossiers) // 2].dossier.id
    step("flag", lambda: window.open_flag(code, None))
    step("flag-dialog", lambda: None, window.flag_dialog)
    window.flag_dialog.close()
    window.nav.setCurrentRow(PAGES.index("merge"))
    step("merge-done", lambda: window.merge.merge([merge_file]))
    window.close()
    app.processEvents()
    runner.stop()
    return rows


def _first_table(page: Any) -> Any:
    from PySide6.QtWidgets import QAbstractItemView

    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
    return max(views, key=lambda v: v.model().rowCount())


def prepare(bench: Any, folder: Path) -> Path:
    """The bench panel (kept in ``BENCH_PANEL`` if set) and one reviewer's file to merge."""
    import random
    import shutil

    kept = os.environ.get("BENCH_PANEL")
    if kept and (Path(kept) / "pristine.dpanel").exists():
        shutil.copyfile(Path(kept) / "pristine.dpanel", folder / "bench.dpanel")
        return Path(kept) / "V0.dpreview"
    panel = bench.build(folder / "bench.dpanel", random.Random(20261123))
    bench.assign_reviewed_pairs(panel)
    merge_file = bench.reviewer_file(panel, folder, "V0")
    panel.close()
    if kept:
        Path(kept).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / "bench.dpanel", Path(kept) / "pristine.dpanel")
        shutil.copyfile(merge_file, Path(kept) / "V0.dpreview")
        return Path(kept) / "V0.dpreview"
    return Path(merge_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The chair's window at 5,000 dossiers, page by page.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_SCALE_FACTOR", "1.25")
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"  # the bench module would choose offscreen
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="chair-scale-") as temp:
        os.environ["DOSSIER_PANEL_HOME"] = str(Path(temp) / "home")
        rows = shoot_steps(Path(temp), args.out)
    load = Path("/proc/loadavg")
    if load.exists():
        print(f"load average {load.read_text().split()[0]}")
    print("| step | on screen, worker idle (ms) | longest GUI gap (ms) |")
    print("| --- | --- | --- |")
    for name, on_screen, gap in rows:
        print(f"| {name} | {on_screen:,.0f} | {gap:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
