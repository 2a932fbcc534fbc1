"""Page rendering through the render process, each figure beside bare PyMuPDF measured in the same run.

Run: ``.venv/bin/python bench/bench_render.py`` (first run generates ~720 MiB of scanned dossiers in
bench/out/, about a minute). Prints a markdown table for docs/benchmarks.md.

What is measured, and the bare PyMuPDF baseline for each:

* open to first page: ``client.open`` until page 1's buffer is in the GUI process, at the fit-width
  scale of a 900 px wide view (worker already running) - vs ``pymupdf.open`` + render in-process;
* page to page: a reader turning a page every 0.3 s with ``request_view(prefetch=2)``; time until the
  next page's buffer is available - vs rendering the next page in-process;
* main-thread stall: longest gap seen by a 1 ms ticker thread in the GUI process while 100 pages are
  rendered - vs the same 100 pages rendered by PyMuPDF in a Python thread;
* peak RSS with the 500-page dossier open (text indexed, 100 pages rendered, cache full), GUI process
  plus render process, each measured in a fresh child process - vs one process using PyMuPDF directly.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import bare_first_page, bare_page_renders  # noqa: E402

from app.pdf.records import OpenResult, PdfEvent, RenderResult, TextProgress  # noqa: E402
from app.pdf.render_client import RenderClient  # noqa: E402
from app.pdf.worker_handle import COPY_CHUNK, WorkerHandle  # noqa: E402

VIEW_WIDTH = 900
READING_PAUSE = 0.3
TRIALS = 5


def wait_for(client: RenderClient, predicate: Callable[[PdfEvent], bool], timeout: float = 120.0) -> PdfEvent:
    deadline = time.monotonic() + timeout
    while True:
        event = client.events.get(timeout=max(0.01, deadline - time.monotonic()))
        if predicate(event):
            return event


def page_done(page: int) -> Callable[[PdfEvent], bool]:
    return lambda event: isinstance(event, RenderResult) and event.page == page and event.ok


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000.0


class Ticker(threading.Thread):
    """Wakes every millisecond and records the longest gap: how long any Python thread was starved.

    Where the system allows it (Linux, enough privileges) the ticker runs at real-time priority, so that
    other programs competing for the CPUs do not delay its wake-ups: what remains is time spent waiting
    for the interpreter lock, plus the machine's own jitter (measured as the noise floor).
    """

    realtime_used = False

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.max_gap = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        try:
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))  # type: ignore[attr-defined,unused-ignore]
            Ticker.realtime_used = True
        except (AttributeError, OSError):
            pass
        last = time.perf_counter()
        while not self._stop_event.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            self.max_gap = max(self.max_gap, now - last)
            last = now

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.max_gap * 1000.0


# -- bare PyMuPDF ---------------------------------------------------------------------------------


def bare_stall(path: Path, pages: range, scale: float | None) -> float:
    from app.pdf._pymupdf import pymupdf

    doc = pymupdf.open(path)

    def render_all() -> None:
        for number in pages:
            page = doc[number]
            factor = scale or VIEW_WIDTH / page.rect.width
            page.get_pixmap(matrix=pymupdf.Matrix(factor, factor))

    ticker = Ticker()
    ticker.start()
    worker = threading.Thread(target=render_all)
    worker.start()
    worker.join()
    gap = ticker.stop()
    doc.close()
    return gap


# -- through the render process -------------------------------------------------------------------


def open_doc(client: RenderClient, key: str, path: Path, *, extract_text: bool = False) -> OpenResult:
    client.open(key, str(path), extract_text=extract_text)
    event = wait_for(client, lambda e: isinstance(e, OpenResult) and e.doc_key == key)
    assert isinstance(event, OpenResult) and event.info is not None, event
    return event


def ours_first_page(client: RenderClient, path: Path, trial: int) -> float:
    key = f"first-{trial}"
    started = time.perf_counter()
    opened = open_doc(client, key, path, extract_text=True)  # as the viewer does; text starts later
    assert opened.info is not None
    scale = VIEW_WIDTH / opened.info.page_sizes[0][0]
    if client.request(key, 0, scale) is None:
        wait_for(client, page_done(0))
    elapsed = time.perf_counter() - started
    client.close_document(key)
    return elapsed


def ours_page_to_page(client: RenderClient, path: Path, pages: range) -> tuple[list[float], list[float]]:
    """Returns (all page turns, turns whose page had been prefetched)."""
    key = "reader"
    opened = open_doc(client, key, path)
    assert opened.info is not None
    scale = VIEW_WIDTH / opened.info.page_sizes[0][0]
    all_turns: list[float] = []
    prefetched: list[float] = []
    for number in pages:
        started = time.perf_counter()
        found = client.request_view(key, [number], scale, prefetch=2)
        if number in found:
            elapsed = time.perf_counter() - started
            prefetched.append(elapsed)
        else:
            wait_for(client, page_done(number))
            elapsed = time.perf_counter() - started
        all_turns.append(elapsed)
        pause_until = time.monotonic() + READING_PAUSE
        while time.monotonic() < pause_until:  # the reader reads; results keep arriving
            try:
                client.events.get(timeout=max(0.0, pause_until - time.monotonic()))
            except Exception:
                break
    client.close_document(key)
    return all_turns, prefetched


class CopyMeter:
    """Thread CPU time the listener spends taking each page in: work done holding the GIL.

    Unlike the ticker's gaps, this does not depend on how busy the rest of the machine is.
    """

    def __init__(self) -> None:
        self.per_page: list[float] = []
        self.per_chunk: list[float] = []
        self._original = WorkerHandle.copy_pixels

    def __enter__(self) -> CopyMeter:
        original = self._original

        def measured(handle: WorkerHandle, slot_name: str, nbytes: int) -> bytearray:
            started = time.thread_time()
            data = original(handle, slot_name, nbytes)
            spent = time.thread_time() - started
            self.per_page.append(spent)
            self.per_chunk.append(spent / max(1, -(-nbytes // COPY_CHUNK)))
            return data

        WorkerHandle.copy_pixels = measured  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc_info: object) -> None:
        WorkerHandle.copy_pixels = self._original  # type: ignore[method-assign]


def ours_stall(
    client: RenderClient, path: Path, pages: range, scale: float | None
) -> tuple[float, CopyMeter]:
    key = f"stall-{scale}"
    opened = open_doc(client, key, path)
    assert opened.info is not None
    factor = scale or VIEW_WIDTH / opened.info.page_sizes[0][0]
    client.cache.discard()
    meter = CopyMeter().__enter__()
    ticker = Ticker()
    ticker.start()
    generation = client.next_generation()
    for number in pages:
        client.request(key, number, factor, generation=generation, priority=number)
    remaining = set(pages)
    while remaining:
        event = wait_for(client, lambda e: isinstance(e, RenderResult))
        assert isinstance(event, RenderResult)
        remaining.discard(event.page)
    gap = ticker.stop()
    meter.__exit__()
    client.close_document(key)
    return gap, meter


# -- memory, each in a fresh process --------------------------------------------------------------


def peak_rss_kib(pid: int | str = "self") -> int:
    """VmHWM (peak resident set) from /proc; 0 where /proc is not available."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_phase_ours(path: Path) -> dict[str, float]:
    client = RenderClient()
    client.wait_ready(60)
    key = "big"
    opened = open_doc(client, key, path, extract_text=True)
    assert opened.info is not None
    scale = VIEW_WIDTH / opened.info.page_sizes[0][0]
    generation = client.next_generation()
    for number in range(100):
        client.request(key, number, scale, generation=generation, priority=number)
    rendered = 0
    text_done = False
    started = time.perf_counter()
    text_seconds = 0.0
    while rendered < 100 or not text_done:
        event = wait_for(client, lambda e: isinstance(e, RenderResult | TextProgress))
        if isinstance(event, RenderResult):
            rendered += 1
        elif isinstance(event, TextProgress) and event.complete:
            text_done = True
            text_seconds = time.perf_counter() - started
    searches = []
    for _ in range(5):
        t0 = time.perf_counter()
        hits = client.search(key, "行政处罚决定书")
        searches.append(time.perf_counter() - t0)
    worker_kib = peak_rss_kib(client.worker_pid or 0)
    main_kib = peak_rss_kib()
    result = {
        "main_mib": main_kib / 1024,
        "worker_mib": worker_kib / 1024,
        "search_ms": median_ms(searches),
        "hits": len(hits),
        "text_s": text_seconds,
        "cache_mib": client.cache.bytes_used / 2**20,
    }
    client.close()
    return result


def rss_phase_bare(path: Path) -> dict[str, float]:
    from app.pdf._pymupdf import pymupdf

    doc = pymupdf.open(path)
    for number in range(100):
        page = doc[number]
        scale = VIEW_WIDTH / page.rect.width
        page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
    searches = []
    for _ in range(1):
        t0 = time.perf_counter()
        for number in range(doc.page_count):
            doc[number].search_for("行政处罚决定书")
        searches.append(time.perf_counter() - t0)
    return {"main_mib": peak_rss_kib() / 1024, "search_ms": median_ms(searches)}


def run_phase(name: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--phase", name, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


# -- report ---------------------------------------------------------------------------------------


def row(name: str, ours: float, bare: float | None, target: str, met: bool | None, unit: str = "ms") -> str:
    bare_text = "-" if bare is None else f"{bare:.1f} {unit}"
    ratio = "-" if not bare else f"{ours / bare:.2f}x"
    verdict = "-" if met is None else ("yes" if met else "**no**")
    return f"| {name} | {ours:.1f} {unit} | {bare_text} | {ratio} | {target} | {verdict} |"


def _spin(seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        pass


def noise_floor(busy: bool) -> float:
    """The ticker's longest gap with no Python thread competing: the machine's own scheduling jitter.

    With ``busy``, another process keeps one CPU busy meanwhile, as the render process does during the
    stall measurements; on a small or shared machine that alone delays the ticker's wake-ups.
    """
    import multiprocessing

    spinner = multiprocessing.get_context("spawn").Process(target=_spin, args=(4.0,)) if busy else None
    if spinner is not None:
        spinner.start()
        time.sleep(0.5)
    ticker = Ticker()
    ticker.start()
    time.sleep(3.0)
    gap = ticker.stop()
    if spinner is not None:
        spinner.join()
    return gap


def main() -> None:
    from _scan_pdf import scanned_dossier  # imports PyMuPDF, which the memory phase must not load

    small = scanned_dossier(300)
    big = scanned_dossier(500)
    rows: list[str] = []
    rows.append(row("ticker jitter, idle (noise floor)", noise_floor(busy=False), None, "-", None))
    rows.append(
        row("ticker jitter, one CPU busy in another process", noise_floor(busy=True), None, "-", None)
    )

    started = time.perf_counter()
    client = RenderClient()
    client.wait_ready(60)
    spawn_ms = (time.perf_counter() - started) * 1000
    rows.append(row("render process start (once per session)", spawn_ms, None, "-", None))

    ours_first, bare_first = [], []
    for trial in range(TRIALS):
        bare_first.append(bare_first_page(small, VIEW_WIDTH))
        ours_first.append(ours_first_page(client, small, trial))
    ours_ms, bare_ms = median_ms(ours_first), median_ms(bare_first)
    rows.append(
        row("open 300-page scan dossier -> first page buffer (median of 5)", ours_ms, bare_ms,
            "<= 1.3x bare + 30 ms", ours_ms <= 1.3 * bare_ms + 30)
    )  # fmt: skip

    turns, prefetched = ours_page_to_page(client, small, range(1, 41))
    bare_turns = bare_page_renders(small, range(41, 81), VIEW_WIDTH)
    hit_ms = median_ms(prefetched) if prefetched else float("nan")
    rows.append(
        row(f"page to page, prefetched ({len(prefetched)}/{len(turns)} turns), median", hit_ms,
            median_ms(bare_turns), "< 16 ms", hit_ms < 16)
    )  # fmt: skip
    rows.append(row("page to page, all turns, median", median_ms(turns), median_ms(bare_turns), "-", None))
    rows.append(row("page to page, all turns, max", max(turns) * 1000, max(bare_turns) * 1000, "-", None))

    for scale, label in ((None, "fit width"), (2.0, "2x")):
        ours_gap, meter = ours_stall(client, small, range(100, 200), scale)
        bare_gap = bare_stall(small, range(200, 300), scale)
        rows.append(
            row(f"max main-process stall, 100 pages at {label}", ours_gap, bare_gap, "< 16 ms", ours_gap < 16)
        )
        page_cpu = f"{median_ms(meter.per_page):.1f} ms / {max(meter.per_page) * 1000:.1f} ms"
        chunk_cpu = max(meter.per_chunk) * 1000
        rows.append(
            f"| GUI-process CPU to take in a page at {label} (median / max) | {page_cpu} | - | - | - | - |"
        )
        rows.append(
            f"| same, per {COPY_CHUNK // 1024} KiB chunk (GIL released between chunks), worst page"
            f" | {chunk_cpu:.2f} ms | - | - | - | - |"
        )
    client.close()

    ours_rss = run_phase("ours", big)
    bare_rss = run_phase("bare", big)
    total = ours_rss["main_mib"] + ours_rss["worker_mib"]
    rows.append(
        row(f"peak RSS, 500-page dossier (GUI {ours_rss['main_mib']:.0f} + render {ours_rss['worker_mib']:.0f};"
            f" cache {ours_rss['cache_mib']:.0f})", total, bare_rss["main_mib"], "< 400 MiB", total < 400, "MiB")
    )  # fmt: skip
    rows.append(
        row(f"search 500 pages in memory ({ours_rss['hits']:.0f} hits) vs page.search_for",
            ours_rss["search_ms"], bare_rss["search_ms"], "a few ms", ours_rss["search_ms"] < 10)
    )  # fmt: skip
    rows.append(row("background text extraction, 500 pages", ours_rss["text_s"], None, "-", None, "s"))

    print()
    print(f"Scanned dossiers: {IMAGE_NOTE}; view {VIEW_WIDTH} px wide; Python {sys.version.split()[0]};")
    cpus = os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    ticker = "real-time" if Ticker.realtime_used else "normal"
    print(f"{cpus} CPUs, load average {load:.1f} at the end; ticker thread at {ticker} priority.")
    print()
    print("| Measure | Dossier Panel | Bare PyMuPDF | Ratio | Target | Met |")
    print("|---|---|---|---|---|---|")
    for line in rows:
        print(line)


IMAGE_NOTE = "2000x2800 px noisy JPEG per page (~0.9 MB) with an invisible OCR text layer"


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phase":
        phase = rss_phase_ours if sys.argv[2] == "ours" else rss_phase_bare
        print(json.dumps(phase(Path(sys.argv[3]))))
    else:
        main()
