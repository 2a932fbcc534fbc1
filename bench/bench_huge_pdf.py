"""A PDF with far too many pages in the real (offscreen) PDF view, beside bare PyMuPDF in the same run.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_huge_pdf.py`` (writes the PDFs to
bench/out/ first, ~1 s). Prints a markdown table for docs/benchmarks.md. To measure another checkout
of the program (e.g. the commit before a change), set ``DOSSIER_PANEL_ROOT`` to its folder.

For a 300-page dossier (typical), a 5,000-page one (``MAX_PAGES``, the most accepted) and a
200,000-page one (issue 11: it froze the window 1.7 s and took 341 MB), each in a fresh process:

* open -> outcome: ``PdfView.open_document`` until page 1 is painted or the refusal is shown;
* GUI stall: the longest gap between ticks of a 1 ms QTimer on the GUI thread meanwhile;
* peak memory of the program's processes (GUI, render process, resource tracker);

beside bare PyMuPDF in one process: ``open`` + ``page_count`` + rendering page 1 (time and peak
memory), which is what the window cannot do faster than.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("DOSSIER_PANEL_ROOT") or HERE.parent)
sys.path.insert(0, str(ROOT))

from _common import peak_mib, run_script_phase  # noqa: E402  (this checkout's bench/, beside the script)

OUT = HERE / "out"
SIZES = (300, 5_000, 200_000)
COLUMN_WIDTH = 900


def pdf(pages: int) -> Path:
    import importlib.util

    # this checkout's generator, whichever program is measured
    spec = importlib.util.spec_from_file_location("hostile_pdfs", HERE.parent / "tests" / "hostile_pdfs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = OUT / f"pages-{pages}.pdf"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        module.many_pages_pdf(path, pages)
    return path


def phase_view(path: Path) -> dict[str, Any]:
    import psutil
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.pdf.view import PdfView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = PdfView()
    view.resize(COLUMN_WIDTH + 300, 800)
    view.show()
    app.processEvents()
    view.bridge.client.wait_ready(60)
    worst = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    loop = QEventLoop()
    outcome: list[str] = []

    def painted(page: int) -> None:
        if page == 0 and not outcome:
            outcome.append("page 1 shown")
            loop.quit()

    def refused(code: str) -> None:
        if not outcome:
            outcome.append(f"refused ({code})")
            loop.quit()

    view.page_area.page_painted.connect(painted)
    view.document_problem.connect(refused)
    QTimer.singleShot(120_000, loop.quit)
    ticker.start()
    started = last[0] = time.perf_counter()
    view.open_document(path)
    loop.exec()
    elapsed = time.perf_counter() - started
    ticker.stop()
    processes = [os.getpid()] + [child.pid for child in psutil.Process().children(recursive=True)]
    memory = sum(peak_mib(pid) for pid in processes)
    view.shutdown()
    return {
        "s": elapsed,
        "stall_ms": worst[0] * 1000,
        "mib": memory,
        "outcome": outcome[0] if outcome else "?",
    }


def phase_bare(path: Path) -> dict[str, Any]:
    from app.pdf._pymupdf import pymupdf

    started = time.perf_counter()
    doc = pymupdf.open(path)
    count = doc.page_count
    page = doc[0]
    scale = COLUMN_WIDTH / page.rect.width
    page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
    return {"s": time.perf_counter() - started, "mib": peak_mib(os.getpid()), "pages": count}


def run_phase(name: str, path: Path) -> dict[str, Any]:
    return run_script_phase(__file__, name, path)


def main() -> None:
    print(f"program: {ROOT}")
    print("| pages | window: open -> outcome | outcome | GUI stall | memory (all processes) "
          "| bare PyMuPDF: open + page 1 | bare memory |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for pages in SIZES:
        path = pdf(pages)
        view, bare = run_phase("view", path), run_phase("bare", path)
        print(
            f"| {pages:,} | {view['s']:.2f} s | {view['outcome']} | {view['stall_ms']:.0f} ms "
            f"| {view['mib']:.0f} MiB | {bare['s']:.2f} s | {bare['mib']:.0f} MiB |"
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phase":
        phase = {"view": phase_view, "bare": phase_bare}[sys.argv[2]]
        print(json.dumps(phase(Path(sys.argv[3]))))
    else:
        main()
