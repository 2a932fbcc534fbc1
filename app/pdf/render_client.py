"""The GUI-side handle on the render process: non-blocking requests, results by queue or callback.

Nothing in here waits on MuPDF. ``request`` and ``open`` put a command on an outgoing queue and return
at once; a sender thread writes commands to the pipe (so a busy worker whose pipe is full can never block
the caller), and a listener thread reads answers, stores pages in the ``PageCache``, fills each document's
``TextIndex`` and hands events to the caller:

* with ``callback=None`` events go to ``client.events`` (a ``queue.Queue``) for polling;
* with a callback, it is called on the listener thread for every event and the queue stays empty (so
  pixel buffers nobody reads cannot pile up). The Qt side passes a function that emits a signal; Qt
  delivers it to the GUI thread by a queued connection.

Generations make scrolling cheap: each view update uses a newer generation, and the worker drops the
requests of older generations for that document that it has not started (answered ``cancelled``).
``request_view`` does this for you: visible pages first, then neighbours within the cache budget.

If the worker dies (crash in MuPDF, killed, or stuck longer than ``hang_timeout`` with work pending),
every unanswered request fails with ``worker_died``, a ``WorkerLost`` event follows, and ``restart()``
starts a new process and reopens the documents.

Process start: 'spawn' re-imports the main script of the program in the child (as ``__mp_main__``), so the
entry script must keep Qt imports inside functions, not at module level, or every render process loads
Qt. Frozen builds must call ``multiprocessing.freeze_support()`` first thing in ``main``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from app.pdf import memory_budget
from app.pdf.page_cache import DEFAULT_BUDGET_BYTES, PageCache
from app.pdf.records import (
    DocKey,
    OpenResult,
    PageImage,
    PageSizes,
    PdfEvent,
    PdfInfo,
    PdfProblem,
    PixelFormat,
    ProblemCode,
    RenderKey,
    RenderResult,
    RenderStatus,
    TextProgress,
    WorkerLost,
    normalize_rotation,
    normalize_scale,
)
from app.pdf.render_worker import DEFAULT_MAX_PIXELS, WorkerOptions
from app.pdf.text_index import PageText, SearchHit, TextIndex
from app.pdf.worker_handle import WorkerHandle

log = logging.getLogger(__name__)

PRIORITY_VISIBLE = 0
PRIORITY_PREFETCH = 10
TEXT_PROGRESS_EVERY = 25  # pages between TextProgress events (plus one at the end)
_WATCHDOG_TICK = 0.25
_MAX_MESSAGES_PER_WAKE = 64  # then deliver local events and run the watchdog before reading more


@dataclass(slots=True)
class _Pending:
    request_id: int
    key: RenderKey
    generation: int
    priority: int


@dataclass(slots=True)
class _OpenDoc:
    path: str
    password: str | None
    extract_text: bool
    info: PdfInfo | None = None
    index: TextIndex | None = None


class RenderClient:
    """Renders pages of open PDFs in a separate process. Create once, share, ``close()`` at exit."""

    def __init__(
        self,
        *,
        callback: Callable[[PdfEvent], None] | None = None,
        cache_bytes: int = DEFAULT_BUDGET_BYTES,
        pixel_format: PixelFormat = PixelFormat.RGB888,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        hang_timeout: float = 30.0,
        store_budget: int | None = None,
    ) -> None:
        self.events: queue.Queue[PdfEvent] = queue.Queue()
        self.cache = PageCache(cache_bytes)
        self.pixel_format = pixel_format
        self.hang_timeout = hang_timeout
        self._callback = callback
        self._options = WorkerOptions(
            alpha=pixel_format is PixelFormat.RGBA8888,
            bgra=pixel_format is PixelFormat.BGRA8888,
            max_pixels=max_pixels,
            store_budget=memory_budget.store_budget() if store_budget is None else store_budget,
        )
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._generations = itertools.count(1)
        self._docs: dict[DocKey, _OpenDoc] = {}
        self._pending: dict[int, _Pending] = {}
        self._inflight: dict[RenderKey, _Pending] = {}
        self._latest_generation: dict[DocKey, int] = {}
        self._stale_floor = 0
        self._busy_since = 0.0
        self._last_message = 0.0
        self._closed = False
        self._local: queue.SimpleQueue[PdfEvent] = queue.SimpleQueue()
        self._wake_reader, self._wake_writer = self._context.Pipe(duplex=False)
        self._wake_sent = threading.Event()
        self._retired: list[WorkerHandle] = []
        self._worker = WorkerHandle(self._context, self._options)
        self._listener = threading.Thread(target=self._listen, name="pdf-render-listener", daemon=True)
        self._listener.start()

    # -- public API ----------------------------------------------------------------------------------

    @property
    def worker_pid(self) -> int | None:
        return self._worker.process.pid

    @property
    def worker_alive(self) -> bool:
        return not self._worker.lost and self._worker.process.is_alive()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the render process has imported MuPDF (only benchmarks and tests need this)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        worker = self._worker
        while not worker.ready.wait(0.05):
            if worker.lost or not worker.process.is_alive():
                return False
            if deadline is not None and time.monotonic() > deadline:
                return False
        return True

    def open(
        self,
        doc_key: DocKey,
        path: str,
        password: str | None = None,
        *,
        extract_text: bool = True,
        first_page: int | None = None,
    ) -> None:
        """Open (or reopen) a document in the render process; an ``OpenResult`` answers.

        With ``extract_text`` the worker fills the document's ``TextIndex`` in the background, after
        all renders, and ``TextProgress`` events report how far it got.

        With ``first_page`` the answer comes as soon as that page is measured: every page is given its
        size (``PdfInfo.sizes_final`` is False), the worker measures the others once that page has
        been rendered, and a ``PageSizes`` event brings the real sizes.
        """
        with self._lock:
            self._check_open()
            self.cache.discard(doc_key)
            self._docs[doc_key] = _OpenDoc(str(path), password, extract_text)
            if self._worker.lost:
                problem = PdfProblem(
                    ProblemCode.WORKER_DIED, str(path), "render process not running; restart()"
                )
                self._post(OpenResult(doc_key, None, problem))
                return
            self._worker.send(("open", doc_key, str(path), password, extract_text, first_page))

    def close_document(self, doc_key: DocKey) -> None:
        """Close a document in the worker; its unanswered requests are cancelled, its pages dropped."""
        with self._lock:
            if self._docs.pop(doc_key, None) is None:
                return
            self.cache.discard(doc_key)
            if not self._closed:
                self._worker.send(("close", doc_key))

    def info(self, doc_key: DocKey) -> PdfInfo | None:
        """The document's ``PdfInfo`` once its ``OpenResult`` has arrived."""
        doc = self._docs.get(doc_key)
        return None if doc is None else doc.info

    def text_index(self, doc_key: DocKey) -> TextIndex | None:
        doc = self._docs.get(doc_key)
        return None if doc is None else doc.index

    def search(self, doc_key: DocKey, query: str, *, max_hits: int = 2000) -> list[SearchHit]:
        """Search the pages extracted so far (in memory, in the caller's thread; milliseconds)."""
        index = self.text_index(doc_key)
        return [] if index is None else index.search(query, max_hits=max_hits)

    def next_generation(self) -> int:
        """A generation number newer than any handed out before (thread-safe)."""
        return next(self._generations)

    def cached(self, doc_key: DocKey, page: int, scale: float, rotation: int = 0) -> PageImage | None:
        key = RenderKey(doc_key, page, normalize_scale(scale), normalize_rotation(rotation))
        return self.cache.get(key)

    def request(
        self,
        doc_key: DocKey,
        page: int,
        scale: float,
        rotation: int = 0,
        *,
        generation: int = 0,
        priority: int = PRIORITY_VISIBLE,
    ) -> PageImage | None:
        """Ask for a page; returns the cached image at once if there is one (and sends nothing).

        Otherwise returns None and exactly one ``RenderResult`` for this page will arrive later (a
        repeated request for a page already on its way is merged into the first, with the newer
        generation and priority). A request with a newer ``generation`` supersedes unstarted requests
        of older generations for the same document.
        """
        key = RenderKey(doc_key, page, normalize_scale(scale), normalize_rotation(rotation))
        image = self.cache.get(key)
        if image is not None:
            return image
        with self._lock:
            self._check_open()
            if generation > self._latest_generation.get(doc_key, 0):
                self._latest_generation[doc_key] = generation
            pending = self._inflight.get(key)
            if pending is not None:
                if (pending.generation, pending.priority) != (generation, priority):
                    pending.generation = max(pending.generation, generation)
                    pending.priority = priority
                    self._worker.send(("retag", pending.request_id, pending.generation, priority))
                return None
            pending = _Pending(next(self._ids), key, generation, priority)
            if self._worker.lost:
                problem = PdfProblem(ProblemCode.WORKER_DIED, None, "render process not running; restart()")
                self._post(self._result(pending, RenderStatus.FAILED, problem=problem))
                return None
            if not self._pending:
                self._busy_since = time.monotonic()
            self._pending[pending.request_id] = pending
            self._inflight[key] = pending
            self._send_render(pending)
        return None

    def request_view(
        self,
        doc_key: DocKey,
        visible_pages: Iterable[int],
        scale: float,
        rotation: int = 0,
        *,
        prefetch: int = 2,
    ) -> dict[int, PageImage]:
        """One view update: a new generation, visible pages first, then neighbours in the byte budget.

        Returns the visible pages already in the cache; the others arrive as ``RenderResult`` events.
        Prefetching is limited so that visible and prefetched pages fit in half the cache budget,
        leaving the rest for pages the user is likely to scroll back to.
        """
        visible = sorted(set(visible_pages))
        info = self.info(doc_key)
        if not visible or info is None:
            return {}
        generation = self.next_generation()
        found: dict[int, PageImage] = {}
        for page in visible:
            image = self.request(doc_key, page, scale, rotation, generation=generation)
            if image is not None:
                found[page] = image
        budget = self.cache.max_bytes // 2 - sum(self._estimate_bytes(info, page, scale) for page in visible)
        for distance in range(1, prefetch + 1):
            for page in (visible[-1] + distance, visible[0] - distance):
                if not 0 <= page < info.page_count:
                    continue
                budget -= self._estimate_bytes(info, page, scale)
                if budget < 0:
                    return found
                self.request(
                    doc_key,
                    page,
                    scale,
                    rotation,
                    generation=generation,
                    priority=PRIORITY_PREFETCH + distance,
                )
        return found

    def cancel_stale(self, generation: int, doc_key: DocKey | None = None) -> None:
        """Drop unstarted requests older than ``generation`` (for one document or all)."""
        with self._lock:
            if doc_key is None:
                self._stale_floor = max(self._stale_floor, generation)
            else:
                self._latest_generation[doc_key] = max(self._latest_generation.get(doc_key, 0), generation)
            if not self._closed:
                self._worker.send(("cancel_stale", generation, doc_key))

    def restart(self) -> None:
        """Replace the render process (after ``WorkerLost``, or to recover from a stuck one).

        Unanswered requests fail with ``worker_died``; open documents are reopened (new ``OpenResult``
        events follow) and text extraction resumes where it stopped.
        """
        with self._lock:
            self._check_open()
            old = self._worker
            old.lost = True
            self._retired.append(old)
            self._fail_pending("render process restarted")
            self._worker = WorkerHandle(self._context, self._options)
            for doc_key, doc in self._docs.items():
                text_pages: bool | list[int] = False
                if doc.extract_text:
                    text_pages = True if doc.index is None else doc.index.missing_pages()
                self._worker.send(("open", doc_key, doc.path, doc.password, text_pages))
        old.kill()
        self._wake()

    def close(self, timeout: float = 3.0) -> None:
        """Stop the render process and the threads; unanswered requests are dropped silently."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._pending.clear()
            self._inflight.clear()
            worker = self._worker
            worker.lost = True
        worker.stop(timeout)
        self._wake()
        self._listener.join(timeout)
        for connection in (worker.results, self._wake_writer, self._wake_reader):
            connection.close()
        worker.detach()
        self.cache.discard()

    def __enter__(self) -> RenderClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- testing hooks -------------------------------------------------------------------------------

    def _debug(self, action: str, argument: float = 0.0) -> None:
        """Make the worker hang (``"sleep"``) or crash (``"exit"``); for tests only."""
        self._worker.send(("debug", action, argument))

    # -- internals -----------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("RenderClient is closed")

    @staticmethod
    def _estimate_bytes(info: PdfInfo, page: int, scale: float) -> int:
        width, height = info.page_sizes[page]
        return int(width * scale + 1) * int(height * scale + 1) * 4  # RGBA at worst

    def _send_render(self, pending: _Pending) -> None:
        key = pending.key
        self._worker.send(
            (
                "render",
                pending.request_id,
                key.doc_key,
                key.page,
                key.scale,
                key.rotation,
                pending.generation,
                pending.priority,
            )
        )

    def _result(
        self,
        pending: _Pending,
        status: RenderStatus,
        *,
        image: PageImage | None = None,
        problem: PdfProblem | None = None,
        render_ms: float = 0.0,
    ) -> RenderResult:
        key = pending.key
        return RenderResult(
            doc_key=key.doc_key,
            page=key.page,
            scale=key.scale,
            rotation=key.rotation,
            generation=pending.generation,
            priority=pending.priority,
            status=status,
            image=image,
            problem=problem,
            render_ms=render_ms,
        )

    def _post(self, event: PdfEvent) -> None:
        """Deliver an event created outside the listener thread through the listener thread."""
        self._local.put(event)
        self._wake()

    def _wake(self) -> None:
        """Wake the listener; at most one wake-up is in the pipe, so writing it can never block."""
        if self._wake_sent.is_set():
            return
        self._wake_sent.set()
        with contextlib.suppress(OSError, ValueError):
            self._wake_writer.send_bytes(b"")

    def _deliver(self, event: PdfEvent) -> None:
        callback = self._callback
        if callback is None:
            self.events.put(event)
            return
        try:
            callback(event)
        except Exception:  # a faulty slot must not kill the listener
            log.exception("PDF event callback failed")

    def _take(self, request_id: int) -> _Pending | None:
        pending = self._pending.pop(request_id, None)
        if pending is not None and self._inflight.get(pending.key) is pending:
            del self._inflight[pending.key]
        return pending

    def _fail_pending(self, detail: str) -> None:
        """Fail every unanswered request (the worker is gone); called with the lock held."""
        problem = PdfProblem(ProblemCode.WORKER_DIED, None, detail)
        for pending in list(self._pending.values()):
            self._take(pending.request_id)
            self._post(self._result(pending, RenderStatus.FAILED, problem=problem))

    def _listen(self) -> None:
        """Listener thread: read worker messages, deliver events, watch for a dead or stuck worker."""
        while True:
            with self._lock:
                if self._closed and self._local.empty():
                    return
                worker = self._worker
                retired, self._retired = self._retired, []
            for old in retired:
                old.results.close()  # only this thread reads results, so only it may close them
                old.detach()
            sources: list[Any] = [self._wake_reader]
            if not worker.lost:
                sources.append(worker.results)
            ready = wait(sources, timeout=_WATCHDOG_TICK)
            if self._wake_reader in ready:
                # Clear the flag before draining local events: a wake-up requested from now on is
                # written again, and an event posted before now is drained below.
                self._wake_sent.clear()
                with contextlib.suppress(EOFError, OSError):
                    while self._wake_reader.poll():
                        self._wake_reader.recv_bytes()
            while True:
                try:
                    self._deliver(self._local.get_nowait())
                except queue.Empty:
                    break
            if worker.results in ready:
                self._read_worker(worker)
            self._watchdog(worker)

    def _read_worker(self, worker: WorkerHandle) -> None:
        """Read everything the worker has sent so far (a burst of answers costs one wake-up)."""
        try:
            for _ in range(_MAX_MESSAGES_PER_WAKE):
                if not worker.results.poll():
                    break
                message = worker.results.recv()
                self._last_message = time.monotonic()
                self._handle(worker, message)
        except (EOFError, OSError):
            self._worker_gone(worker)

    def _worker_gone(self, worker: WorkerHandle) -> None:
        worker.process.join(1.0)
        exitcode = worker.process.exitcode
        with self._lock:
            was_current = worker is self._worker and not worker.lost
            worker.lost = True
            if was_current and not self._closed:
                self._fail_pending(f"render process ended (exit code {exitcode})")
                self._post(WorkerLost(exitcode, "render process ended"))
        worker.results.close()
        worker.detach()

    def _watchdog(self, worker: WorkerHandle) -> None:
        """Kill a worker that has had work for ``hang_timeout`` seconds without saying anything."""
        if worker.lost or not self._pending:
            return
        quiet_since = max(self._busy_since, self._last_message)
        if time.monotonic() - quiet_since > self.hang_timeout:
            log.warning("render process silent for %.1f s with work pending; killing it", self.hang_timeout)
            worker.process.kill()

    def _handle(self, worker: WorkerHandle, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "rendered":
            _, request_id, width, height, stride, render_ms, slot_name, nbytes = message
            with self._lock:
                pending = self._take(request_id)
            if pending is None:  # the client was closed or restarted meanwhile
                worker.send(("release", slot_name))
                return
            pixels = worker.copy_pixels(slot_name, nbytes)
            image = PageImage(width, height, stride, self.pixel_format, pixels)
            if pending.key.doc_key in self._docs:
                self.cache.put(pending.key, image)
            self._deliver(self._result(pending, RenderStatus.OK, image=image, render_ms=render_ms))
        elif kind == "failed":
            with self._lock:
                pending = self._take(message[1])
            if pending is not None:
                self._deliver(self._result(pending, RenderStatus.FAILED, problem=message[2]))
        elif kind == "cancelled":
            self._handle_cancelled(message[1])
        elif kind == "text":
            self._handle_text(message[1], message[2])
        elif kind == "opened":
            self._handle_opened(message[1], message[2], message[3])
        elif kind == "sizes":
            self._handle_sizes(message[1], message[2])
        elif kind == "slot_dropped":
            worker.drop_slot(message[1])
        elif kind == "ready":
            worker.ready.set()

    def _handle_cancelled(self, request_ids: list[int]) -> None:
        to_deliver: list[RenderResult] = []
        with self._lock:
            for request_id in request_ids:
                pending = self._pending.get(request_id)
                if pending is None:
                    continue
                doc_key = pending.key.doc_key
                current = max(self._latest_generation.get(doc_key, 0), self._stale_floor)
                if pending.generation >= current and doc_key in self._docs and not self._closed:
                    # A retag raised this request to the current generation after the worker had
                    # already dropped it: the caller still wants it, so send it again.
                    self._send_render(pending)
                    continue
                self._take(request_id)
                to_deliver.append(self._result(pending, RenderStatus.CANCELLED))
        for result in to_deliver:
            self._deliver(result)

    def _handle_opened(self, doc_key: DocKey, info: PdfInfo | None, problem: PdfProblem | None) -> None:
        with self._lock:
            doc = self._docs.get(doc_key)
            if doc is None:
                return  # closed before the answer came
            doc.info = info
            if (
                info is not None
                and doc.extract_text
                and (doc.index is None or doc.index.page_count != info.page_count)
            ):
                doc.index = TextIndex(info.page_count)
        self._deliver(OpenResult(doc_key, info, problem))

    def _handle_sizes(self, doc_key: DocKey, sizes: tuple[tuple[float, float], ...]) -> None:
        with self._lock:
            doc = self._docs.get(doc_key)
            if doc is None or doc.info is None or len(sizes) != doc.info.page_count:
                return  # closed, refused or reopened meanwhile
            info = doc.info = dataclasses.replace(doc.info, page_sizes=sizes, sizes_final=True)
        self._deliver(PageSizes(doc_key, info))

    def _handle_text(self, doc_key: DocKey, page_text: PageText) -> None:
        doc = self._docs.get(doc_key)
        if doc is None or doc.index is None:
            return
        index = doc.index
        index.add(page_text)
        done = index.pages_done
        if done % TEXT_PROGRESS_EVERY == 0 or index.complete:
            self._deliver(TextProgress(doc_key, done, index.page_count))
