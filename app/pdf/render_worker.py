"""The render process: owns open documents, renders pages and extracts text, one job at a time.

Why a process: PyMuPDF does not support threads and holds the interpreter lock for a whole render (a 2x
scan page stalls every other thread ~137 ms), so the GUI process never calls it. This process is
started by ``RenderClient`` with the 'spawn' method (the only one on Windows, and safe next to Qt's
threads on Linux) and talks to it over two one-way pipes.

Scheduling, after draining every command that has arrived:

1. requests superseded by a newer generation for the same document are dropped (answered
   ``cancelled``) - the user scrolled on and no longer needs them;
2. the most urgent request is rendered: lowest ``priority`` (0 = visible), then newest generation, then
   oldest;
3. only when no render is waiting, the pages of a document opened with ``first_page`` are measured,
   ``SIZE_CHUNK`` at a time (see below);
4. only when there is nothing else to do, one page of background text extraction runs.

Opening with ``first_page`` answers ``opened`` after measuring that one page (every page is given its
size), and measures the others only once that page has been rendered (or after ``SIZES_WAIT``, for a
caller that never asks), then answers ``sizes``: a 300-page scan takes 10-35 ms to measure, which used
to come before the first page's render.

Renders cannot be interrupted, so the worst wait for a visible page is one page render.

Pixels travel through shared memory, not the pipe: reading a 6 MB message from a pipe costs the GUI
process's listener thread many small copies under the interpreter lock (ticker stalls of 12-22 ms were
measured), while copying out of a shared segment is one ``memcpy``. The worker owns a few reusable
segments ("slots"); the client copies a page out and releases the slot at once.

MuPDF's store (decoded images, fonts) may grow to 256 MB, a limit Python cannot change, and its size
cannot be read either (``store_budget`` is sized in ``memory_budget``: two decoded scans). A decoded scan is 4-17 MB, and each page of an OCR'd scan can bring its own copy
of a CJK font, so left alone the store fills up within 30 pages. After every job the worker therefore
checks its own resident size and empties the store when it is more than ``store_budget`` above what it
was at start (or, where the resident size cannot be read, every few jobs). Re-rendering one page at a
new zoom then decodes its image again - one cold render, which the page cache mostly avoids anyway.

Protocol (tuples; the client sends lists of commands, the worker answers one message per event):

* to the worker: ``("open", doc_key, path, password, text_pages, first_page | None)``,
  ``("close", doc_key)``,
  ``("release", slot_name)``,
  ``("render", request_id, doc_key, page, scale, rotation, generation, priority)``,
  ``("retag", request_id, generation, priority)``, ``("cancel_stale", generation, doc_key | None)``,
  ``("debug", action, argument)`` (tests only), ``("shutdown",)``;
* from the worker: ``("ready", pid)``, ``("opened", doc_key, PdfInfo | None, PdfProblem | None)``,
  ``("rendered", request_id, width, height, stride, render_ms, slot_name, nbytes)``,
  ``("slot_dropped", slot_name)``, ``("failed", request_id, PdfProblem)``,
  ``("cancelled", [request_id, ...])``, ``("text", doc_key, PageText)``,
  ``("sizes", doc_key, page_sizes)``.

PyMuPDF is imported inside ``worker_main`` only, so importing this module in the GUI process is cheap.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.shared_memory import SharedMemory
from typing import Any

from app.pdf.records import DocKey, PdfProblem, ProblemCode

TEXT_START_DELAY = 0.3
"""Seconds after opening before text extraction starts, so it never delays the first page's render."""
SIZES_WAIT = 1.0
"""Seconds a document opened with ``first_page`` waits for that page's render before measuring."""
SIZE_CHUNK = 32
"""Pages measured between looks at the command pipe (~2 ms): a render request waits at most that."""

DEFAULT_MAX_PIXELS = 60_000_000
"""Refuse renders above this many pixels (180 MB of RGB): a typo in a zoom factor must not kill us."""


DEFAULT_STORE_BUDGET = 32 << 20  # the client passes memory_budget.store_budget() (machine-sized)
TRIM_EVERY_JOBS = 4  # where the resident size is unknown
MAX_SLOTS = 3
MIN_SLOT_BYTES = 8 << 20


class _Shutdown(BaseException):  # not an Exception: must pass the per-job error handling
    """Raised inside a wait for a free slot when the client asks the worker to stop."""


class _SlotPool:
    """Reusable shared-memory segments for pixel data; a slot is busy until the client releases it."""

    def __init__(self) -> None:
        self._slots: dict[str, SharedMemory] = {}
        self._free: set[str] = set()

    def acquire(self, nbytes: int) -> tuple[SharedMemory | None, str | None]:
        """A free slot of at least ``nbytes`` (or None: all busy) and the name of a slot dropped for it."""
        fitting = [self._slots[name] for name in self._free if self._slots[name].size >= nbytes]
        if fitting:
            slot = min(fitting, key=lambda item: item.size)
            self._free.discard(slot.name)
            return slot, None
        dropped = None
        if len(self._slots) >= MAX_SLOTS:
            if not self._free:
                return None, None
            dropped = self._free.pop()  # free but too small: replace it by a bigger one
            self._remove(dropped)
        size = max(MIN_SLOT_BYTES, (nbytes + (1 << 20) - 1) & ~((1 << 20) - 1))
        slot = SharedMemory(create=True, size=size)
        self._slots[slot.name] = slot
        return slot, dropped

    def release(self, name: str) -> None:
        if name in self._slots:
            self._free.add(name)

    def _remove(self, name: str) -> None:
        slot = self._slots.pop(name)
        slot.close()
        slot.unlink()

    def close(self) -> None:
        for name in list(self._slots):
            self._remove(name)
        self._free.clear()


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    alpha: bool = False
    bgra: bool = False  # opaque B G R 255 pixels, painted by Qt as they are (pixels.py)
    max_pixels: int = DEFAULT_MAX_PIXELS
    store_budget: int = DEFAULT_STORE_BUDGET


def resident_bytes() -> int | None:
    """This process's current resident set size, or None where it cannot be read cheaply."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/statm", "rb") as handle:
                return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return None
    if sys.platform == "win32":
        return _windows_working_set()
    return None


def _windows_working_set() -> int | None:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        process = kernel32.GetCurrentProcess()
        if not kernel32.K32GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
            return None
    except (OSError, AttributeError):
        return None
    return int(counters.WorkingSetSize)


@dataclass(slots=True)
class _Sizing:
    """A document's pages still to be measured, after its ``opened`` gave the first page's size."""

    sizes: list[tuple[float, float]]
    not_before: float  # monotonic time; 0 once the first page has been rendered
    done: int = 0


@dataclass(slots=True)
class _Job:
    request_id: int
    doc_key: DocKey
    page: int
    scale: float
    rotation: int
    generation: int
    priority: int
    sequence: int


class _Worker:
    def __init__(self, commands: Connection, results: Connection, options: WorkerOptions) -> None:
        from app.pdf import document_info, pixels, text_index
        from app.pdf._pymupdf import pymupdf

        self._pymupdf = pymupdf
        self._pixels = pixels
        self._info = document_info
        self._text = text_index
        self._commands = commands
        self._results = results
        self._options = options
        self._docs: dict[DocKey, Any] = {}
        self._open_problems: dict[DocKey, PdfProblem] = {}
        self._pending: dict[int, _Job] = {}
        self._text_jobs: dict[DocKey, deque[int]] = {}
        self._sizing: dict[DocKey, _Sizing] = {}
        self._sequence = 0
        self._text_not_before = 0.0
        self._slots = _SlotPool()
        self._jobs_since_trim = 0
        start = resident_bytes()
        self._resident_limit = None if start is None else start + options.store_budget
        document_info.quiet_mupdf()

    # -- main loop ---------------------------------------------------------------------------------

    def run(self) -> None:
        try:
            self._loop()
        except _Shutdown:
            pass
        finally:
            self._slots.close()
            for doc in self._docs.values():
                doc.close()

    def _loop(self) -> None:
        self._results.send(("ready", os.getpid()))
        while self._drain(self._idle_timeout()):
            if self._pending:
                self._render_next()
            elif self._measure_next():
                continue
            elif self._text_jobs and time.monotonic() >= self._text_not_before:
                self._extract_next()

    def _idle_timeout(self) -> float | None:
        """How long to wait for a command: 0 with renders waiting, None (for ever) with nothing to do."""
        if self._pending:
            return 0.0
        waits = [sizing.not_before for sizing in self._sizing.values()]
        if self._text_jobs:
            waits.append(self._text_not_before)
        if not waits:
            return None
        return max(0.0, min(waits) - time.monotonic())

    def _drain(self, timeout: float | None) -> bool:
        """Handle every command that has arrived, waiting up to ``timeout`` for the first. False = stop."""
        try:
            if (
                timeout != 0.0
                and self._commands.poll(timeout)
                and not self._handle_batch(self._commands.recv())
            ):
                return False
            while self._commands.poll(0):
                if not self._handle_batch(self._commands.recv()):
                    return False
        except (EOFError, OSError):
            return False  # the client is gone: never outlive it
        return True

    def _handle_batch(self, batch: list[tuple[Any, ...]]) -> bool:
        return all(self._handle(command) for command in batch)

    def _handle(self, command: tuple[Any, ...]) -> bool:
        kind = command[0]
        if kind == "render":
            _, request_id, doc_key, page, scale, rotation, generation, priority = command
            self._sequence += 1
            self._pending[request_id] = _Job(
                request_id, doc_key, page, scale, rotation, generation, priority, self._sequence
            )
        elif kind == "release":
            self._slots.release(command[1])
        elif kind == "retag":
            _, request_id, generation, priority = command
            job = self._pending.get(request_id)
            if job is not None:  # unknown ids are being rendered right now or are done: nothing to do
                job.generation, job.priority = generation, priority
        elif kind == "cancel_stale":
            _, generation, doc_key = command
            self._cancel(
                [
                    job
                    for job in self._pending.values()
                    if job.generation < generation and (doc_key is None or job.doc_key == doc_key)
                ]
            )
        elif kind == "open":
            _, doc_key, path, password, text_pages, *rest = command
            self._open(doc_key, path, password, text_pages, rest[0] if rest else None)
        elif kind == "close":
            self._close(command[1])
        elif kind == "debug":
            self._debug(command[1], command[2])
        elif kind == "shutdown":
            return False
        return True

    # -- documents -----------------------------------------------------------------------------------

    def _open(
        self,
        doc_key: DocKey,
        path: str,
        password: str | None,
        text_pages: bool | list[int],
        first_page: int | None,
    ) -> None:
        self._close_document(doc_key)
        try:
            doc, needs_password = self._info.open_document(path, password)
        except Exception as exc:  # PdfProblem, or anything MuPDF let through: the worker carries on
            self._refuse(doc_key, path, exc)
            return
        try:
            info = self._info.describe_document(doc, path, needs_password, first_page=first_page)
        except Exception as exc:
            doc.close()
            self._refuse(doc_key, path, exc)
            return
        self._docs[doc_key] = doc
        self._results.send(("opened", doc_key, info, None))
        if not info.sizes_final:
            self._sizing[doc_key] = _Sizing(list(info.page_sizes), time.monotonic() + SIZES_WAIT)
        pages = range(info.page_count) if text_pages is True else (text_pages or [])
        wanted = deque(page for page in pages if 0 <= page < info.page_count)
        if wanted:
            self._text_jobs[doc_key] = wanted
            self._text_not_before = time.monotonic() + TEXT_START_DELAY

    def _refuse(self, doc_key: DocKey, path: str, exc: Exception) -> None:
        problem = exc if isinstance(exc, PdfProblem) else PdfProblem(ProblemCode.DAMAGED, path, repr(exc))
        self._open_problems[doc_key] = problem
        self._results.send(("opened", doc_key, None, problem))

    def _close_document(self, doc_key: DocKey) -> None:
        self._open_problems.pop(doc_key, None)
        self._text_jobs.pop(doc_key, None)
        self._sizing.pop(doc_key, None)
        doc = self._docs.pop(doc_key, None)
        if doc is not None:
            doc.close()
            # Decoded images of the closed file would otherwise stay in MuPDF's store (256 MB cap).
            self._pymupdf.TOOLS.store_shrink(100)

    def _close(self, doc_key: DocKey) -> None:
        self._cancel([job for job in self._pending.values() if job.doc_key == doc_key])
        self._close_document(doc_key)

    # -- rendering -----------------------------------------------------------------------------------

    def _cancel(self, jobs: list[_Job]) -> None:
        if not jobs:
            return
        for job in jobs:
            del self._pending[job.request_id]
        self._results.send(("cancelled", [job.request_id for job in jobs]))

    def _render_next(self) -> None:
        newest: dict[DocKey, int] = {}
        for job in self._pending.values():
            newest[job.doc_key] = max(newest.get(job.doc_key, job.generation), job.generation)
        self._cancel([job for job in self._pending.values() if job.generation < newest[job.doc_key]])
        if not self._pending:
            return
        job = min(self._pending.values(), key=lambda item: (item.priority, -item.generation, item.sequence))
        del self._pending[job.request_id]
        try:
            self._render(job)
            sizing = self._sizing.get(job.doc_key)
            if sizing is not None:
                sizing.not_before = 0.0  # the page the reader waits for is out: measure the rest now
        except PdfProblem as problem:
            self._results.send(("failed", job.request_id, problem))
        except Exception as exc:  # MuPDF may raise anything on a damaged page; the worker carries on
            doc = self._docs.get(job.doc_key)
            path = getattr(doc, "name", None)
            detail = f"page {job.page}: {exc or type(exc).__name__}"
            self._results.send(
                ("failed", job.request_id, PdfProblem(ProblemCode.RENDER_FAILED, path, detail))
            )
        self._trim_store()

    def _document(self, doc_key: DocKey) -> Any:
        doc = self._docs.get(doc_key)
        if doc is None:
            raise self._open_problems.get(doc_key) or PdfProblem(ProblemCode.NOT_OPEN, None, doc_key)
        return doc

    def _render(self, job: _Job) -> None:
        doc = self._document(job.doc_key)
        if not 0 <= job.page < doc.page_count:
            raise PdfProblem(ProblemCode.PAGE_OUT_OF_RANGE, doc.name, f"page {job.page} of {doc.page_count}")
        started = time.perf_counter()
        page = doc.load_page(job.page)
        rect = page.rect
        # a page larger than MAX_PAGE_POINTS (/UserUnit) is listed reduced: render it reduced alike
        scale = job.scale * self._info.display_factor(rect.width, rect.height)
        pixels = rect.width * scale * rect.height * scale
        if not pixels <= self._options.max_pixels:
            raise PdfProblem(ProblemCode.TOO_LARGE, doc.name, f"{pixels:.0f} pixels at scale {job.scale}")
        matrix = self._pymupdf.Matrix(scale, scale).prerotate(job.rotation)
        if self._options.bgra:
            pixmap = self._pixels.render_bgra(page, matrix)
        else:
            pixmap = page.get_pixmap(matrix=matrix, alpha=self._options.alpha)
        render_ms = (time.perf_counter() - started) * 1000.0
        del page
        samples = pixmap.samples_mv
        nbytes = len(samples)
        slot, dropped = self._slots.acquire(nbytes)
        while slot is None:  # every slot is still being copied by the client: wait for a release
            if not self._drain(None):
                raise _Shutdown
            slot, dropped = self._slots.acquire(nbytes)
        if dropped is not None:
            self._results.send(("slot_dropped", dropped))
        buffer = slot.buf
        assert buffer is not None  # None only after close()
        buffer[:nbytes] = samples
        self._results.send(
            (
                "rendered",
                job.request_id,
                pixmap.width,
                pixmap.height,
                pixmap.stride,
                render_ms,
                slot.name,
                nbytes,
            )
        )

    # -- page sizes ----------------------------------------------------------------------------------

    def _measure_next(self) -> bool:
        """Measure the next chunk of one document's pages; False if no document is due."""
        now = time.monotonic()
        due = [doc_key for doc_key, sizing in self._sizing.items() if sizing.not_before <= now]
        if not due:
            return False
        doc_key = due[0]
        sizing, doc = self._sizing[doc_key], self._docs[doc_key]
        end = min(len(sizing.sizes), sizing.done + SIZE_CHUNK)
        try:
            for number in range(sizing.done, end):
                sizing.sizes[number] = self._info.page_size(doc, number)
        except Exception as exc:  # the page tree is damaged: the file is, as if found on opening
            path = doc.name
            self._close(doc_key)
            self._refuse(doc_key, path, PdfProblem(ProblemCode.DAMAGED, path, f"page tree: {exc}"))
            return True
        sizing.done = end
        if end == len(sizing.sizes):
            del self._sizing[doc_key]
            self._results.send(("sizes", doc_key, tuple(sizing.sizes)))
        return True

    # -- text ----------------------------------------------------------------------------------------

    def _extract_next(self) -> None:
        doc_key, pages = next(iter(self._text_jobs.items()))
        page_number = pages.popleft()
        if not pages:
            del self._text_jobs[doc_key]
        doc = self._docs[doc_key]
        try:
            page_text = self._text.extract_page_text(doc.load_page(page_number), page_number)
        except Exception:  # a page whose text cannot be read is simply not searchable
            page_text = self._text.PageText.empty(page_number)
        self._results.send(("text", doc_key, page_text))
        self._trim_store()

    def _trim_store(self) -> None:
        """Empty MuPDF's store when this process has grown past its budget (see the module notes)."""
        if self._resident_limit is None:
            self._jobs_since_trim += 1
            if self._jobs_since_trim < TRIM_EVERY_JOBS:
                return
            self._jobs_since_trim = 0
        else:
            resident = resident_bytes()
            if resident is None or resident <= self._resident_limit:
                return
        self._pymupdf.TOOLS.store_shrink(100)

    # -- tests ---------------------------------------------------------------------------------------

    def _debug(self, action: str, argument: float) -> None:
        """Simulate failures in tests: a hang (``sleep``) or a crash (``exit``)."""
        if action == "sleep":
            time.sleep(argument)
        elif action == "exit":
            os._exit(int(argument))


def worker_main(commands: Connection, results: Connection, options: WorkerOptions) -> None:
    """Entry point of the render process (the target given to ``multiprocessing``)."""
    # Ctrl+C in a terminal reaches the whole process group; the client decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _Worker(commands, results, options).run()
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass  # the client went away while we were answering
    finally:
        commands.close()
        results.close()
