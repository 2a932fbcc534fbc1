"""The PDF view in a real (offscreen) window, each figure beside bare PyMuPDF measured in the same run.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_viewer.py`` (the first run writes 300- and
500-page scanned dossiers to bench/out/ with ``app.demo.pdf_maker.make_scanned_dossier_pdf``, ~40 s).
Prints a markdown table for docs/benchmarks.md.

What is measured (the page column is 900 px wide, as in bench_render.py):

* open to first page on screen: ``PdfView.open_document`` until page 1's sharp render has been painted
  (render process already running) - vs ``pymupdf.open`` + rendering page 1 in-process;
* page to page: a reader going to the next page every 0.3 s (``go_to``); time until that page is painted
  from the prefetched render - vs rendering that page in-process;
* GUI stall: the longest gap between ticks of a 1 ms QTimer on the GUI thread while the view scrolls
  through 100 pages (about one page per 100 ms, like holding the scroll bar) - vs rendering one of those
  pages on the GUI thread, which is the stall an in-process renderer would cause;
* peak memory of all the program's processes (GUI, render process, multiprocessing's resource tracker)
  with the 500-page dossier open, its text indexed and 100 pages read, each in a fresh process - vs one
  process rendering the same pages and extracting the text with PyMuPDF directly.

Qt is imported inside functions only: the render process is started with 'spawn', which re-imports
this script, and must not load Qt.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import bare_first_page, bare_page_renders, peak_mib, run_script_phase

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
COLUMN_WIDTH = 900  # page width in logical pixels at fit width
READING_PAUSE = 0.3
TRIALS = 7


def dossier(pages: int) -> Path:
    """A cached scanned dossier of ``pages`` pages of 2000x2800 JPEG scans."""
    path = OUT / f"viewer-scanned-{pages}p.pdf"
    if not path.exists():
        from app.demo.pdf_maker import make_scanned_dossier_pdf

        OUT.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        print(f"generating {path.name} ...", flush=True)
        make_scanned_dossier_pdf(partial, pages)
        partial.replace(path)
    return path


# -- bare PyMuPDF, in this process -------------------------------------------------------------------


# -- the view --------------------------------------------------------------------------------------


class Harness:
    """A shown PdfView sized so its page column is COLUMN_WIDTH wide, plus event-loop helpers."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from app.ui.pdf.view import PdfView

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.view = PdfView()
        self.view.resize(1200, 800)
        self.view.show()
        self.app.processEvents()
        area = self.view.page_area
        # fit width leaves PAGE_MARGIN on each side of the column
        extra = COLUMN_WIDTH + 20 - area.viewport().width()
        self.view.resize(self.view.width() + extra, 800)
        self.app.processEvents()
        self.view.bridge.client.wait_ready(60)

    def run_until(self, done: Callable[[], bool], timeout: float = 60.0) -> None:
        """Run the real event loop until ``done()`` holds (checked after every event batch)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        deadline = time.monotonic() + timeout
        check = QTimer()
        check.setInterval(0)

        def poll() -> None:
            if done() or time.monotonic() > deadline:
                loop.quit()

        check.timeout.connect(poll)
        check.start()
        loop.exec()
        check.stop()
        if not done():
            raise TimeoutError("condition not met in time")

    def wait_painted(self, page: int) -> float:
        """Seconds until page (0-based) is painted sharp; ends inside the paint that shows it."""
        from PySide6.QtCore import QEventLoop

        area = self.view.page_area
        if area.was_painted(page):
            return 0.0
        loop = QEventLoop()
        shown: list[float] = []

        def painted(number: int) -> None:
            if number == page and not shown:
                shown.append(time.perf_counter())
                loop.quit()

        area.page_painted.connect(painted)
        loop.exec()
        area.page_painted.disconnect(painted)
        return shown[0]

    def pause(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        self.run_until(lambda: time.monotonic() >= end, seconds + 5)

    def open(self, path: Path) -> float:
        started = time.perf_counter()
        self.view.open_document(path)
        return self.wait_painted(0) - started


def first_page(harness: Harness, path: Path) -> tuple[list[float], list[float]]:
    """(ours, bare), interleaved trial by trial so both see the same machine load."""
    ours, bare = [], []
    for _ in range(TRIALS):
        bare.append(bare_first_page(path, COLUMN_WIDTH))
        harness.pause(0.2)
        ours.append(harness.open(path))
        harness.view.close_document()
        harness.pause(0.3)
    return ours, bare


def view_page_to_page(harness: Harness, path: Path, pages: range) -> list[float]:
    harness.open(path)
    harness.view.go_to(pages[0])  # 1-based
    harness.pause(1.0)
    turns = []
    for number in pages[1:]:
        started = time.perf_counter()
        harness.view.go_to(number)
        turns.append(harness.wait_painted(number - 1) - started)
        harness.pause(READING_PAUSE)
    return turns


def view_scroll_stall(
    harness: Harness, first: int, count: int
) -> tuple[tuple[float, float], tuple[float, float], int]:
    """((max gap, GUI CPU in it) scrolling, the same idle, pages painted sharp on the way)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    view = harness.view
    view.go_to(first + 1)
    harness.pause(1.0)
    area = view.page_area
    layout = area.layout_info
    assert layout is not None
    bar = area.verticalScrollBar()
    end_value = layout.slots[first + count].y
    step = max(1, layout.slots[first].height // 6)  # ~6 frames of 16 ms per page: 100 ms a page

    def measure(action: Callable[[], bool]) -> tuple[float, float]:
        """(longest wall-clock gap between ticks, GUI-thread CPU time spent inside that gap), in ms.

        The CPU time tells our own work from waiting: on a loaded machine the GUI thread also waits
        for a core or for the interpreter lock held by another thread.
        """
        worst = [0.0, 0.0]
        last = [time.perf_counter(), time.thread_time()]

        def tick() -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            gap = now - last[0]
            if gap > worst[0]:
                worst[:] = [gap, cpu - last[1]]
            last[:] = [now, cpu]

        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(1)
        ticker.timeout.connect(tick)
        driver = QTimer()
        driver.setTimerType(Qt.TimerType.PreciseTimer)
        driver.setInterval(16)
        loop = QEventLoop()

        def frame() -> None:
            if not action():
                loop.quit()

        driver.timeout.connect(frame)
        ticker.start()
        driver.start()
        loop.exec()
        ticker.stop()
        driver.stop()
        return worst[0] * 1000.0, worst[1] * 1000.0

    painted: set[int] = set()
    area.page_painted.connect(painted.add)
    idle_frames = [0]

    def idle() -> bool:
        idle_frames[0] += 1
        return idle_frames[0] < 120  # ~2 s

    def scroll() -> bool:
        bar.setValue(min(end_value, bar.value() + step))
        return bar.value() < end_value

    idle_gap = measure(idle)
    scroll_gap = measure(scroll)
    area.page_painted.disconnect(painted.add)
    return scroll_gap, idle_gap, len([page for page in painted if first <= page < first + count])


def memory_phase_view(path: Path) -> dict[str, Any]:
    """In a fresh process: the 500-page dossier open, text indexed, 100 pages read one by one."""
    import psutil

    harness = Harness()
    started = time.perf_counter()
    harness.open(path)
    client = harness.view.bridge.client
    for number in range(1, 101):
        harness.view.go_to(number)
        harness.wait_painted(number - 1)
    key = harness.view.page_area.doc_key

    def indexed() -> bool:
        index = client.text_index(key)
        return index is not None and index.complete

    harness.run_until(indexed, 300)
    text_seconds = time.perf_counter() - started
    me = psutil.Process()
    processes = {"GUI": os.getpid()}
    for child in me.children(recursive=True):
        name = "render" if child.pid == client.worker_pid else "helper"
        processes[f"{name} {child.pid}"] = child.pid
    peaks = {name: peak_mib(pid) for name, pid in processes.items()}
    result = {
        "peaks": peaks,
        "total": sum(peaks.values()),
        "cache_mib": client.cache.bytes_used / 2**20,
        "text_s": text_seconds,
    }
    harness.view.shutdown()
    return result


def memory_phase_bare(path: Path) -> dict[str, Any]:
    import pymupdf

    doc = pymupdf.open(path)
    for number in range(100):
        page = doc[number]
        scale = COLUMN_WIDTH / page.rect.width
        page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
    for number in range(doc.page_count):
        doc[number].get_text("rawdict")
    return {"total": peak_mib(os.getpid())}


def run_phase(name: str, path: Path) -> dict[str, Any]:
    return run_script_phase(__file__, name, path)


# -- report ----------------------------------------------------------------------------------------


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000.0


def row(name: str, ours: float, bare: float | None, target: str, met: bool | None, unit: str = "ms") -> str:
    bare_text = "-" if bare is None else f"{bare:.1f} {unit}"
    ratio = "-" if not bare else f"{ours / bare:.2f}x"
    verdict = "-" if met is None else ("yes" if met else "**no**")
    return f"| {name} | {ours:.1f} {unit} | {bare_text} | {ratio} | {target} | {verdict} |"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    small, big = dossier(300), dossier(500)
    rows: list[str] = []
    harness = Harness()

    ours_first, bare_first = first_page(harness, small)
    ours_ms, bare_ms = ms(ours_first), ms(bare_first)
    rows.append(
        row(f"open 300-page scan dossier -> first page painted (median of {TRIALS})", ours_ms, bare_ms,
            "<= 1.3x bare + 30 ms", ours_ms <= 1.3 * bare_ms + 30)
    )  # fmt: skip

    turns = view_page_to_page(harness, small, range(1, 42))
    bare_turns = bare_page_renders(small, range(1, 41), COLUMN_WIDTH)
    rows.append(
        row("page to page (go_to next every 0.3 s, prefetched), median", ms(turns), ms(bare_turns),
            "< 16 ms", ms(turns) < 16)
    )  # fmt: skip
    rows.append(row("page to page, max", max(turns) * 1000, max(bare_turns) * 1000, "-", None))

    (scroll_gap, scroll_cpu), (idle_gap, _), painted = view_scroll_stall(harness, 100, 100)
    bare_stall = bare_page_renders(small, range(100, 200), COLUMN_WIDTH)
    rows.append(
        row("1 ms GUI timer, longest gap with nothing to do (noise floor)", idle_gap, None, "-", None)
    )
    rows.append(
        row(f"longest GUI-thread stall scrolling 100 pages ({painted} painted sharp on the way;"
            f" GUI thread busy {scroll_cpu:.1f} ms of it)", scroll_gap, max(bare_stall) * 1000, "< 16 ms",
            scroll_gap < 16)
    )  # fmt: skip
    harness.view.shutdown()

    ours_memory = run_phase("view", big)
    bare_memory = run_phase("bare", big)
    parts = " + ".join(f"{name.split()[0]} {mib:.0f}" for name, mib in ours_memory["peaks"].items())
    rows.append(
        row(f"peak memory, 500-page dossier, all processes ({parts}; page cache {ours_memory['cache_mib']:.0f})",
            ours_memory["total"], bare_memory["total"], "< 400 MiB", ours_memory["total"] < 400, "MiB")
    )  # fmt: skip
    print()
    print(f"PdfView, offscreen; 2000x2800 px JPEG scan pages; page column {COLUMN_WIDTH} px; "
          f"Python {sys.version.split()[0]}")  # fmt: skip
    print()
    print("| Measure | Dossier Panel | Bare PyMuPDF | Ratio | Target | Met |")
    print("|---|---|---|---|---|---|")
    for line in rows:
        print(line)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phase":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        phase = memory_phase_view if sys.argv[2] == "view" else memory_phase_bare
        print(json.dumps(phase(Path(sys.argv[3]))))
    else:
        main()
