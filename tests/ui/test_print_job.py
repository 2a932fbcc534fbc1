"""Printing a produced PDF: pages come from the render process, and a cancel aborts the print run
and never lets another page start, be drawn or be spooled - even the one whose render was on its way.

The print preview shows the printout in the PDF viewer component, so its pages are rendered in the
render process at the size shown (not in the GUI process, not through PNG).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app.services.progress import Cancelled, Progress
from app.ui.chair.print_job import PrintingFailed, print_pages, print_pdf
from app.ui.chair.print_preview import PrintPreviewDialog
from app.ui.pdf.view import PdfView
from app.ui.shared.qt_bridge import RenderBridge
from app.ui.shared.tasks import TaskRunner

PAGES = 5


class RecordingPrinter(QPrinter):
    """A real (PDF file) printer that notes every page started and every abort."""

    def __init__(self, target: Path) -> None:
        super().__init__()
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(target))
        self.events: list[str] = []

    def newPage(self) -> bool:
        self.events.append("new page")
        return super().newPage()

    def abort(self) -> bool:
        self.events.append("abort")
        return super().abort()


class FakePages:
    """Pages as plain images; ``cancel_on`` presses cancel while that page is being rendered."""

    def __init__(self, cancel_on: int | None = None) -> None:
        self.cancel_on = cancel_on
        self.asked: list[int] = []

    def page(self, number: int, dpi: int, progress: Progress) -> QImage:
        self.asked.append(number)
        if number == self.cancel_on:
            progress.cancel()  # the user clicks cancel while the render process works on this page
        image = QImage(120, 170, QImage.Format.Format_RGB888)
        image.fill(0xFFFFFF)
        return image

    def prefetch(self, number: int, dpi: int) -> None:
        pass


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    for number in range(1, PAGES + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 100), f"第{number}页 评查表", fontname="china-s", fontsize=16)
    path = tmp_path / "printout.pdf"
    doc.save(path)
    doc.close()
    return path


def test_a_cancel_while_a_page_renders_aborts_and_spools_nothing_more(qapp: Any, tmp_path: Path) -> None:
    printer = RecordingPrinter(tmp_path / "out.pdf")
    progress = Progress()
    pages = FakePages(cancel_on=3)
    with pytest.raises(Cancelled):
        print_pages(pages, printer, 1, PAGES, progress)
    assert pages.asked == [1, 2, 3]
    assert printer.events == ["new page", "abort"]  # page 2 started; page 3 never was
    assert progress.done == 2  # pages drawn


def test_a_cancel_after_the_last_page_still_aborts_the_run(qapp: Any, tmp_path: Path) -> None:
    printer = RecordingPrinter(tmp_path / "out.pdf")

    def cancel_at_the_end(done: int, total: int, _stage: str) -> None:
        if total and done == total:
            progress.cancel()

    progress = Progress(cancel_at_the_end)
    with pytest.raises(Cancelled):
        print_pages(FakePages(), printer, 1, 3, progress)
    assert printer.events == ["new page", "new page", "abort"]


def test_pages_are_rendered_by_the_render_process_and_printed(
    qapp: Any, tmp_path: Path, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.printing.documents as documents

    monkeypatch.setattr(pymupdf, "open", _no_mupdf_here)  # nothing is rendered in this process
    monkeypatch.setattr(documents, "page_count", _no_mupdf_here, raising=False)
    target = tmp_path / "printed.pdf"
    printer = RecordingPrinter(target)
    printer.setResolution(150)
    assert print_pdf(sample_pdf, printer, 2, PAGES, Progress()) == PAGES - 1
    assert printer.events == ["new page"] * (PAGES - 2)
    monkeypatch.undo()
    with pymupdf.open(target) as printed:
        assert printed.page_count == PAGES - 1


def test_a_pdf_that_cannot_be_opened_says_so(qapp: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    with pytest.raises(PrintingFailed, match=r"broken\.pdf"):
        print_pdf(broken, RecordingPrinter(tmp_path / "out.pdf"), 1, 1, Progress())


def _no_mupdf_here(*_args: Any, **_kwargs: Any) -> None:
    raise AssertionError("MuPDF was called in the GUI process")


@pytest.fixture
def bridge(qapp: Any) -> Iterator[RenderBridge]:
    shared = RenderBridge()
    yield shared
    shared.shutdown()


def test_the_preview_shows_the_printout_through_the_render_process(
    qtbot: Any, sample_pdf: Path, bridge: RenderBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pymupdf, "open", _no_mupdf_here)
    views: list[PdfView] = []

    def factory(parent: Any) -> PdfView:
        views.append(PdfView(parent, bridge=bridge))
        return views[-1]

    dialog = PrintPreviewDialog(sample_pdf, "评查表", TaskRunner(synchronous=True), factory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages == PAGES, timeout=10_000)
    area = views[0].page_area
    qtbot.waitUntil(lambda: area.was_painted(0), timeout=10_000)
    layout = area.layout_info
    assert layout is not None
    shown = area._renders.images[0] if area._renders is not None else None
    assert shown is not None  # rendered at the size shown: the zoom of the view, not a fixed dpi
    assert shown.image.width() == pytest.approx(595 * layout.scale * area.devicePixelRatioF(), abs=2)
    assert dialog.print_button.isEnabled()
    dialog.show_page(4)
    assert views[0].current_page() == 4
    dialog.close()


def test_a_page_drawn_in_bands_has_no_seams(qapp: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter

    from app.ui.chair.print_job import STRIP_ROWS, draw_in_strips

    page = QImage(90, STRIP_ROWS * 5 + 7, QImage.Format.Format_RGB888)  # bands and a short last one
    page.fill(QColor("black"))
    sheet = QImage(413, 777, QImage.Format.Format_RGB888)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    draw_in_strips(painter, QRectF(10.5, 20.25, 390.3, 740.6), page)
    painter.end()
    white = [y for y in range(22, 759) if sheet.pixelColor(200, y).lightness() > 128]
    assert white == []  # every band met the next: no white line between them
    assert sheet.pixelColor(200, 10).lightness() > 128 and sheet.pixelColor(200, 770).lightness() > 128


def test_closing_the_preview_while_printing_cancels_the_print(
    qtbot: Any, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import threading

    from PySide6.QtCore import Qt

    from app.ui.chair import print_preview
    from tests.ui.reviewer_fixtures import FakePdfView

    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow_print(_pdf: Path, _printer: Any, _first: int, _last: int, progress: Progress) -> int:
        progress.start(3, "print")
        started.set()
        release.wait(10)
        seen.append("cancelled" if progress.cancelled else "not cancelled")
        progress.check()
        return 3

    monkeypatch.setattr(print_preview, "print_pdf", slow_print)
    monkeypatch.setattr(print_preview, "ask_printer", lambda *_a: RecordingPrinter(tmp_path / "o.pdf"))
    runner = TaskRunner()
    dialog = PrintPreviewDialog(sample_pdf, "评查表", runner, FakePdfView)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the chair's window opens it
    dialog.show()
    dialog.print_document()
    assert started.wait(10)
    dialog.close()  # the chair closes the preview while the pages are going out
    release.set()
    runner.shutdown()
    qtbot.wait(20)  # the failure callback arrives on a closed dialog: nothing may break
    assert seen == ["cancelled"]
