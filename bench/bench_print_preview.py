"""The GUI thread while the chair previews and prints a printout: how long can the window not react?

A 1 ms ``QTimer`` (precise) ticks on the GUI thread through every phase; the longest gap between two
ticks is the longest the window could not react (target: under 50 ms). Phases, one run:

* ``idle``: the bare figure - the same event loop and timer with nothing else to do;
* ``old preview``: what the print preview did before issue 12, for comparison - a page rendered by
  PyMuPDF in the GUI process at 300 dpi and round-tripped through PNG (on the worker thread, which
  holds the interpreter lock while MuPDF runs);
* ``preview``: the print preview as it is - ``PrintPreviewDialog`` on the real ``PdfView`` and
  ``RenderBridge``, stepping through pages (each waited for until painted);
* ``print``: printing pages at 300 dpi to a PDF-file ``QPrinter`` through the threaded
  ``TaskRunner`` (pages from a render process, painted on the worker), and the render process's
  own MuPDF time for the same pages (the bare cost of the pages).

The printout is 500 filled-in reviewer sheets from ``bench_printing`` (1,000 pages).
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print_preview.py [--pages 30]``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_printing import build

STALL_LIMIT_MS = 50.0


class Heartbeat:
    """A 1 ms precise timer on the GUI thread; ``measure`` returns the gaps while ``work`` runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(self.clock.nsecsElapsed() / 1e6))

    def measure(self, start: Callable[[], None], done: Callable[[], bool]) -> dict[str, float]:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        self.ticks = [self.clock.nsecsElapsed() / 1e6]
        began = time.perf_counter()
        self.timer.start()
        start()
        poll.start(2)
        loop.exec()
        poll.stop()
        self.timer.stop()
        wall = time.perf_counter() - began
        gaps = [b - a for a, b in itertools.pairwise(self.ticks)] or [0.0]
        return {
            "wall_s": wall,
            "max_gap_ms": max(gaps),
            "p99_gap_ms": statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else max(gaps),
            "over_limit": sum(1 for g in gaps if g > STALL_LIMIT_MS),
        }


def idle(beat: Heartbeat, seconds: float) -> dict[str, float]:
    until = time.perf_counter() + seconds
    return beat.measure(lambda: None, lambda: time.perf_counter() > until)


def old_preview(beat: Heartbeat, pdf: Path, pages: int) -> dict[str, float]:
    """The preview before issue 12: PyMuPDF at 300 dpi in this process, PNG bytes, QImage.fromData."""
    from PySide6.QtGui import QImage

    from app.pdf._pymupdf import pymupdf

    finished = threading.Event()

    def render() -> None:
        with pymupdf.open(pdf) as doc:
            for number in range(pages):
                png = doc[number].get_pixmap(dpi=300, alpha=False).tobytes("png")
                QImage.fromData(png)
        finished.set()

    return beat.measure(lambda: threading.Thread(target=render).start(), finished.is_set)


def preview(beat: Heartbeat, pdf: Path, pages: int) -> dict[str, float]:
    from app.ui.chair.print_preview import PrintPreviewDialog
    from app.ui.pdf.view import PdfView
    from app.ui.shared.qt_bridge import RenderBridge
    from app.ui.shared.tasks import TaskRunner

    bridge = RenderBridge()
    bridge.client.wait_ready(30)
    views: list[PdfView] = []

    def factory(parent: Any) -> PdfView:
        views.append(PdfView(parent, bridge=bridge))
        return views[-1]

    runner = TaskRunner()
    dialog = PrintPreviewDialog(pdf, "bench", runner, factory)
    dialog.resize(1000, 800)
    dialog.show()
    beat.measure(lambda: None, lambda: dialog.pages > 0 and views[0].page_area.was_painted(0))
    state = {"page": 1}

    def done() -> bool:
        if not views[0].page_area.was_painted(state["page"] - 1):
            return False
        if state["page"] >= pages:
            return True
        state["page"] += 1
        dialog.show_page(state["page"])
        return False

    result = beat.measure(lambda: None, done)
    result["per_page_ms"] = result["wall_s"] * 1000 / max(1, pages - 1)
    dialog.close()
    runner.stop()
    runner.shutdown()
    bridge.shutdown()
    return result


def printing(beat: Heartbeat, pdf: Path, pages: int, folder: Path) -> dict[str, float]:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.switches import switch_interval
    from app.ui.chair.chair_window import SWITCH_INTERVAL_S
    from app.ui.chair.print_job import print_pdf
    from app.ui.shared.tasks import TaskRunner

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printed.pdf"))
    printer.setResolution(300)
    runner = TaskRunner()
    outcome: list[object] = []
    with switch_interval(SWITCH_INTERVAL_S):  # what the chair's window sets while its worker runs
        result = beat.measure(
            lambda: runner.run_with_progress(
                lambda p: print_pdf(pdf, printer, 1, pages, p), outcome.append, outcome.append
            ),
            lambda: bool(outcome),
        )
    runner.stop()
    runner.shutdown()
    if outcome[0] != pages:
        raise SystemExit(f"printing failed: {outcome[0]!r}")
    result["per_page_ms"] = result["wall_s"] * 1000 / pages
    return result


def render_alone(pdf: Path, pages: int) -> float:
    """Milliseconds MuPDF spends on the same pages at 300 dpi in a render process (the bare cost)."""
    from app.pdf.records import OpenResult, RenderResult
    from app.pdf.render_client import RenderClient

    total = 0.0
    with RenderClient(cache_bytes=64 << 20) as client:
        client.wait_ready(30)
        client.open("bench", str(pdf), extract_text=False)
        while not isinstance(client.events.get(timeout=30), OpenResult):
            pass
        for number in range(pages):
            client.request("bench", number, 300 / 72)
            while not isinstance(event := client.events.get(timeout=60), RenderResult):
                pass
            total += event.render_ms
    return total / pages


def row(name: str, result: dict[str, float]) -> str:
    per_page = f"{result['per_page_ms']:.0f}" if "per_page_ms" in result else "—"
    return (
        f"| {name} | {result['max_gap_ms']:.1f} | {result['p99_gap_ms']:.1f} | "
        f"{int(result['over_limit'])} | {result['wall_s']:.2f} | {per_page} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=30)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from app.printing.documents import print_review_sheets
    from app.services.progress import Progress

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-preview-") as temp:
        folder = Path(temp)
        panel = build(folder / "bench.dpanel", random.Random(6))
        printed = print_review_sheets(panel, folder / "sheets.pdf", progress=Progress())
        panel.close()
        pdf = printed.path
        print(
            f"printout: {printed.sheets} sheets, {printed.pages} pages; {args.pages} pages previewed/printed"
        )
        beat = Heartbeat()
        results = {
            "idle (bare: the timer alone)": idle(beat, 2.0),
            "old preview: PyMuPDF 300 dpi + PNG in the GUI process": old_preview(beat, pdf, 5),
            "preview: PdfView on the render process": preview(beat, pdf, args.pages),
            "print 300 dpi: render process + QPrinter on the worker": printing(beat, pdf, args.pages, folder),
        }
        alone = render_alone(pdf, args.pages)
    app.processEvents()
    print("| phase | longest GUI gap (ms) | p99 gap (ms) | gaps > 50 ms | wall (s) | per page (ms) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, result in results.items():
        print(row(name, result))
    print(f"MuPDF alone in the render process, same pages at 300 dpi: {alone:.0f} ms a page")
    worst = max(r["max_gap_ms"] for n, r in results.items() if n.startswith(("preview", "print")))
    print(
        f"target: no GUI gap over {STALL_LIMIT_MS:.0f} ms while previewing or printing — "
        f"{'met' if worst < STALL_LIMIT_MS else 'NOT met'} ({worst:.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
