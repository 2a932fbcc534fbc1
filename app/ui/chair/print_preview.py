"""Print preview of a produced PDF, and printing it through the system's print dialog.

Reusable by any window: ``PrintPreviewDialog(pdf_path, title, runner, view_factory)``. The pages are
shown by the PDF viewer component (``view_factory``: the window's ``PdfView`` on its shared
``RenderBridge``), so they are rendered in the render process, at the size shown, the visible page
first and its neighbours prefetched - nothing is rendered in the GUI process. Printing asks
``QPrintDialog`` for the printer and hands the job to ``print_job.print_pdf`` on the worker (pages
from a render process, painted on the ``QPrinter`` there), with progress and cancel; a cancel aborts
the print run. "Save as PDF" copies the file.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.progress import Cancelled, Progress
from app.ui.chair.print_job import print_pdf
from app.ui.shared import look
from app.ui.shared.tasks import TaskRunner

log = logging.getLogger(__name__)
ViewFactory = Callable[[QWidget | None], QWidget]
PREVIEW_ZOOM = "fit_page"  # a whole sheet at a time, as it will come out of the printer


def ask_printer(parent: QWidget | None, pages: int) -> QPrinter | None:
    """The system's print dialog; the chosen printer, or None if cancelled (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class _DialogClosed(Exception):
    """The preview was closed while its print job ran."""


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: Path,
        title: str,
        runner: TaskRunner,
        view_factory: ViewFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.runner = runner
        self.pages = 0
        self.current = 0
        self.progress: Progress | None = None
        self.closed = False
        self.printing = False  # a print job is running (its progress is connected)
        self.setWindowTitle(title)

        view: Any = view_factory(self)  # PdfView (or a stand-in): page_changed, document_problem, ...
        view.page_changed.connect(self._page_changed)
        view.document_problem.connect(self._problem)
        self.view = view
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
        self.status.setText(self.tr("Preparing the preview…"))
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel printing"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.bar)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        self.resize(900, 720)
        self._enable(False)
        view.open_document(self.pdf, zoom=PREVIEW_ZOOM)
        self.finished.connect(lambda _result: self._close_view())

    # ------------------------------------------------------------------ pages
    def _page_changed(self, page: int, count: int) -> None:
        first_time = bool(count) and not self.pages
        self.current, self.pages = page, count
        if first_time:
            self._enable(True)
            self.status.setText(self.tr("{name}: {pages} pages").format(name=self.pdf.name, pages=count))

    def _problem(self, _kind: str) -> None:
        self._enable(False)
        self.status.setText(self.tr("The printout could not be shown. Details are in the log."))
        self.status.setStyleSheet(f"color: {look.WARNING_BORDER}")
        log.error("print preview of %s: the PDF viewer could not open it (%s)", self.pdf, _kind)

    def _enable(self, on: bool) -> None:
        for widget in (self.print_button, self.save_button):
            widget.setEnabled(on)

    def show_page(self, number: int) -> None:
        if 1 <= number <= self.pages:
            self.view.go_to(number)

    def _close_view(self) -> None:
        self.closed = True
        if self.printing:
            self.printing = False
            self.runner.progressed.disconnect(self._progressed)
        if self.progress is not None:
            self.progress.cancel()  # a print still running stops: the dialog that shows it is gone
        close = getattr(self.view, "close_document", None)
        if close is not None:
            close()  # its renders are dropped in the (shared) render process

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
        self.printing = True

        def finish() -> None:
            if self.closed:
                raise _DialogClosed  # closed meanwhile: its widgets are gone, nobody to tell
            self.printing = False
            self.runner.progressed.disconnect(self._progressed)
            self.bar.hide()
            self.cancel_button.hide()
            self._enable(True)

        def done(sent: int) -> None:
            try:
                finish()
            except _DialogClosed:
                log.info("printing %s: %d pages sent after its preview was closed", pdf, sent)
                return
            self.status.setText(self.tr("{sent} pages sent to the printer.").format(sent=sent))

        def failed(exc: BaseException) -> None:
            try:
                finish()
            except _DialogClosed:
                if not isinstance(exc, Cancelled):
                    log.error("printing %s failed after its preview was closed", pdf, exc_info=exc)
                return
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Printing was cancelled."))
            else:
                self._failed(exc)

        self.progress = self.runner.run_with_progress(
            lambda p: print_pdf(pdf, printer, first, last, p), done, failed
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
