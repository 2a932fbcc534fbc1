"""Print preview of a produced PDF, and printing it through the system's print dialog.

Reusable by any window: ``PrintPreviewDialog(pdf_path, title, runner)``. Pages are rendered with
``app.printing.documents.render_page_png`` on the window's worker, one page at a time (the page shown
first, its neighbours next); printing asks ``QPrintDialog`` for the printer and then paints each page
image onto the ``QPrinter`` on the worker (Qt allows painting on a QPrinter outside the GUI thread),
with progress and cancel. "Save as PDF" copies the file.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.printing.documents import page_count, render_page_png
from app.services.progress import Cancelled, Progress
from app.ui import look
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
PREVIEW_DPI = 110
MAX_PRINT_DPI = 300


def ask_printer(parent: QWidget | None, pages: int) -> QPrinter | None:
    """The system's print dialog; the chosen printer, or None if cancelled (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pages(pdf: Path, printer: QPrinter, first: int, last: int, progress: Progress) -> int:
    """Paint pages ``first``–``last`` of ``pdf`` onto ``printer`` (worker thread); returns pages sent."""
    dpi = min(max(printer.resolution(), 150), MAX_PRINT_DPI)
    progress.start(last - first + 1, "print")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    sent = 0
    try:
        for number in range(first, last + 1):
            progress.check()
            if number > first:
                printer.newPage()
            image = QImage.fromData(render_page_png(pdf, number, dpi))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                area.left() + (area.width() - width) / 2,
                area.top() + (area.height() - height) / 2,
                width,
                height,
            )
            painter.drawImage(target, image)
            sent += 1
            progress.advance()
    finally:
        painter.end()
    return sent


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: Path, title: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.runner = runner
        self.pages = 0
        self.current = 1
        self.cache: dict[int, QImage] = {}
        self.wanted: list[int] = []
        self.rendering = False
        self.progress: Progress | None = None
        self.setWindowTitle(title)

        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setText(self.tr("Preparing the preview…"))
        self.area = QScrollArea(self)
        self.area.setWidget(self.page_label)
        self.area.setWidgetResizable(True)
        self.area.setStyleSheet("QScrollArea { background: #e2e8f0; }")
        self.previous = QPushButton(self.tr("Previous page"), self)
        self.next = QPushButton(self.tr("Next page"), self)
        self.number = QSpinBox(self)
        self.number.setMinimum(1)
        self.of = QLabel(self)
        self.previous.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next.clicked.connect(lambda: self.show_page(self.current + 1))
        self.number.valueChanged.connect(self.show_page)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {look.MUTED}")
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel printing"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.number)
        navigation.addWidget(self.of)
        navigation.addWidget(self.next)
        navigation.addStretch(1)
        navigation.addWidget(self.save_button)
        navigation.addWidget(self.print_button)
        navigation.addWidget(self.close_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.bar)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.area, 1)
        layout.addLayout(bottom)
        self.resize(900, 720)
        self._enable(False)
        self.runner.run(lambda: page_count(self.pdf), self._counted, self._failed)

    # ------------------------------------------------------------------ pages
    def _counted(self, pages: int) -> None:
        self.pages = pages
        self.number.setMaximum(max(1, pages))
        self.of.setText(self.tr("of {pages}").format(pages=pages))
        self._enable(pages > 0)
        self.status.setText(self.tr("{name}: {pages} pages").format(name=self.pdf.name, pages=pages))
        self.show_page(1)

    def _enable(self, on: bool) -> None:
        for widget in (self.previous, self.next, self.number, self.print_button, self.save_button):
            widget.setEnabled(on)

    def show_page(self, number: int) -> None:
        if not 1 <= number <= self.pages:
            return
        self.current = number
        self.number.blockSignals(True)
        self.number.setValue(number)
        self.number.blockSignals(False)
        self.previous.setEnabled(number > 1)
        self.next.setEnabled(number < self.pages)
        if number in self.cache:
            self._display()
        else:
            self.page_label.setText(self.tr("Preparing page {number}…").format(number=number))
        self.wanted = [
            n for n in (number, number + 1, number - 1) if 1 <= n <= self.pages and n not in self.cache
        ]
        self._render_next()

    def _render_next(self) -> None:
        if self.rendering or not self.wanted:
            return
        number = self.wanted.pop(0)
        self.rendering = True
        pdf = self.pdf

        def done(data: bytes) -> None:
            self.rendering = False
            self.cache[number] = QImage.fromData(data)
            if number == self.current:
                self._display()
            self._render_next()

        def failed(exc: BaseException) -> None:
            self.rendering = False
            self._failed(exc)

        self.runner.run(lambda: render_page_png(pdf, number, PREVIEW_DPI), done, failed)

    def _display(self) -> None:
        image = self.cache.get(self.current)
        if image is None or image.isNull():
            return
        width = max(200, self.area.viewport().width() - 24)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.page_label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._display()

    # ------------------------------------------------------------------ printing and saving
    def print_document(self) -> None:
        printer = ask_printer(self, self.pages)
        if printer is None:
            return
        first = printer.fromPage() or 1
        last = printer.toPage() or self.pages
        pdf = self.pdf
        self.bar.setRange(0, last - first + 1)
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._enable(False)
        self.runner.progressed.connect(self._progressed)

        def finish() -> None:
            self.runner.progressed.disconnect(self._progressed)
            self.bar.hide()
            self.cancel_button.hide()
            self._enable(True)
            self.show_page(self.current)

        def done(sent: int) -> None:
            finish()
            self.status.setText(self.tr("{sent} pages sent to the printer.").format(sent=sent))

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Printing was cancelled."))
            else:
                self._failed(exc)

        self.progress = self.runner.run_with_progress(
            lambda p: print_pages(pdf, printer, first, last, p), done, failed
        )

    def _progressed(self, done: int, total: int, _stage: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)

    def save_copy(self) -> None:
        from app.ui.chair import dialogs

        target = dialogs.ask_save_file(
            self, self.tr("Save the PDF as"), str(self.pdf), self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        source = self.pdf

        def copy() -> Path:
            if target.resolve() != source.resolve():
                shutil.copyfile(source, target)
            return target

        self.runner.run(
            copy,
            lambda path: self.status.setText(self.tr("Saved as {path}").format(path=path)),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        log.error("print preview of %s failed", self.pdf, exc_info=exc)
        self.status.setText(
            self.tr("Something went wrong: {error}. Details are in the log.").format(error=type(exc).__name__)
        )
        self.status.setStyleSheet(f"color: {look.WARNING_BORDER}")
