"""Sending a produced PDF to a printer: pages rendered in the render process, painted on the worker.

``print_pdf`` runs on the window's worker thread. MuPDF never runs in the GUI process: the pages are
rendered by a render process of their own (``app.pdf.render_client.RenderClient``, the one the
reviewer's PDF viewer uses), one page ahead of the one being painted, and arrive as raw pixels that
are wrapped as a ``QImage`` without a copy (no PNG round trip). While the worker waits for a page it
holds no interpreter lock, and each page is drawn in bands of rows (``draw_in_strips``), so no call
into the printer's paint engine keeps the window from reacting for long.

Cancelling (``Progress.cancel``, from the GUI thread) is seen at the next step: the worker calls
``QPrinter.abort()`` and no page is started, drawn or spooled after that - not even the one whose
render was on its way.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.pdf.records import OpenResult, PageImage, PdfEvent, RenderResult, WorkerLost
from app.pdf.render_client import RenderClient
from app.services.progress import Progress
from app.ui.shared.qt_bridge import page_image_to_qimage

log = logging.getLogger(__name__)

MIN_PRINT_DPI = 150
MAX_PRINT_DPI = 300
PRINT_CACHE_BYTES = 96 * 1024 * 1024  # the page being painted and the next one, at 300 dpi
STRIP_ROWS = 32  # rows of a page image drawn in one call (~2-5 ms on the PDF engine at 300 dpi)
_POLL_SECONDS = 0.05  # how often a wait for the render process looks at the cancel flag
_DOC = "print"


class PrintingFailed(OSError):
    """The printer could not be started, or a page could not be rendered or started."""


class PageSource(Protocol):
    """Where the printed pages come from (the render process; tests give their own)."""

    def page(self, number: int, dpi: int, progress: Progress) -> QImage:
        """Page ``number`` (1-based) at ``dpi``; may wait, checking ``progress`` for a cancel."""
        ...

    def prefetch(self, number: int, dpi: int) -> None:
        """Start rendering page ``number`` now: it is wanted next."""
        ...


class RenderProcessPages:
    """Pages of one PDF rendered by a render process of its own; ``close()`` stops it."""

    def __init__(self, pdf: Path, progress: Progress) -> None:
        self.client = RenderClient(callback=None, cache_bytes=PRINT_CACHE_BYTES)
        self._arrived: dict[int, RenderResult] = {}
        self._held: PageImage | None = None  # the pixels the last QImage shares
        self._done = -1  # the last page (0-based) handed out
        try:
            self.client.open(_DOC, str(pdf), extract_text=False)
            opened = self._wait(lambda e: isinstance(e, OpenResult), progress)
            assert isinstance(opened, OpenResult)
            if opened.info is None:
                detail = opened.problem.code.value if opened.problem else "unknown"
                raise PrintingFailed(f"{pdf.name} cannot be opened for printing ({detail})")
            self.page_count = opened.info.page_count
        except BaseException:
            self.close()
            raise

    def prefetch(self, number: int, dpi: int) -> None:
        if 1 <= number <= self.page_count:
            self.client.request(_DOC, number - 1, dpi / 72)

    def page(self, number: int, dpi: int, progress: Progress) -> QImage:
        index = number - 1
        result = self._arrived.pop(index, None)  # prefetched, and its answer already read
        image = None if result is not None else self.client.request(_DOC, index, dpi / 72)
        if image is None:
            if result is None:
                found = self._wait(lambda e: isinstance(e, RenderResult) and e.page >= index, progress)
                assert isinstance(found, RenderResult)
                while found.page != index:  # the next page's prefetch answered first: keep it
                    self._arrived[found.page] = found
                    found = self._wait(lambda e: isinstance(e, RenderResult) and e.page >= index, progress)
                    assert isinstance(found, RenderResult)
                result = found
            if not result.ok or result.image is None:
                detail = result.problem.code.value if result.problem else result.status.value
                raise PrintingFailed(f"page {number} could not be rendered ({detail})")
            image = result.image
        self._held = image
        self._done = index
        return page_image_to_qimage(image)

    def close(self) -> None:
        self.client.close()

    def _wait(self, wanted: Callable[[PdfEvent], bool], progress: Progress) -> PdfEvent:
        """The next event ``wanted`` accepts, checking for a cancel while the render process works.

        Answers for pages already printed (a prefetch answered after its page came from the cache)
        are dropped, so no page's pixels stay behind.
        """
        while True:
            progress.check()
            try:
                event = self.client.events.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            if isinstance(event, WorkerLost):
                raise PrintingFailed(f"the render process ended (exit code {event.exitcode})")
            if wanted(event):
                return event
            if isinstance(event, RenderResult) and event.page > self._done:
                self._arrived[event.page] = event


def print_dpi(printer: QPrinter) -> int:
    return min(max(printer.resolution(), MIN_PRINT_DPI), MAX_PRINT_DPI)


def print_pages(source: PageSource, printer: QPrinter, first: int, last: int, progress: Progress) -> int:
    """Paint pages ``first``-``last`` from ``source`` onto ``printer``; returns the pages sent.

    On a cancel (or any failure) the print run is aborted with ``QPrinter.abort()`` and nothing
    more is drawn or spooled.
    """
    dpi = print_dpi(printer)
    progress.start(last - first + 1, "print")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingFailed("the printer could not be started")
    sent = 0
    try:
        for number in range(first, last + 1):
            progress.check()
            image = source.page(number, dpi, progress)
            if number < last:
                source.prefetch(number + 1, dpi)  # rendered while this one is painted
            progress.check()
            if sent and not printer.newPage():
                raise PrintingFailed(f"the printer refused page {number}")
            draw_in_strips(painter, _centred(QRectF(painter.viewport()), image), image)
            sent += 1
            progress.advance()
        progress.check()  # a cancel after the last page still stops the job being spooled
    except BaseException:
        if not printer.abort():
            log.info("the print run could not be aborted (already sent, or a file printer)")
        painter.end()
        raise
    painter.end()
    return sent


def print_pdf(pdf: Path, printer: QPrinter, first: int, last: int, progress: Progress) -> int:
    """Print pages ``first``-``last`` of ``pdf`` (worker thread); returns the pages sent."""
    source = RenderProcessPages(pdf, progress)
    try:
        return print_pages(source, printer, first, min(last, source.page_count), progress)
    finally:
        source.close()


def draw_in_strips(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` a band of rows at a time.

    Why: a printer's paint engine spends ~0.6 s on one 300 dpi page image (the PDF engine compresses
    it; a spooler converts it) inside one call that holds the interpreter lock, so the GUI thread
    would freeze that long per page (bench/bench_print_preview.py). Bands of ``STRIP_ROWS`` rows keep
    each call to a few milliseconds, and the GUI thread gets the lock back between them. Adjacent
    bands share their edge exactly: nothing shows on paper.
    """
    scale = target.height() / image.height()
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, image.height() - top)
        band = QRectF(target.left(), target.top() + top * scale, target.width(), rows * scale)
        painter.drawImage(band, image, QRectF(0, top, image.width(), rows))


def _centred(area: QRectF, image: QImage) -> QRectF:
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        area.left() + (area.width() - width) / 2, area.top() + (area.height() - height) / 2, width, height
    )
