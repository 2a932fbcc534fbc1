"""Step 6: export and print — the results as XLSX, CSV or JSON, and the four printed documents
(filled-in review sheets, blank sheets, summary sheets per dossier, the panel's report) with a
preview and printing.

Exports and print layouts run on the worker with progress and cancel; a document is written into the
``<panel>-打印稿`` (``<panel>-printouts``) folder beside the panel, then shown in ``PrintPreviewDialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.exchange.safe_names import file_name_part
from app.printing.documents import (
    PrintedDocument,
)
from app.services import chair_ops
from app.services.chair_ops import ExportKind, OpResult, PrintKind
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.services.progress import Progress
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.widgets import ChairPage, heading_label, hint_label

Preview = Callable[[Path, str], None]


class ExportPage(ChairPage):
    shows = Area.ROSTER  # the reviewers to print sheets for

    def __init__(self, context: ChairContext, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.preview = preview
        self.buttons: list[QPushButton] = []

        exports = self._exports_box()
        prints = self._prints_box()
        self.folder_button = QPushButton(self.tr("Open the folder of the last export"), self)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.last_folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Export and print"), self))
        layout.addWidget(exports)
        layout.addWidget(prints)
        layout.addWidget(self.folder_button)
        layout.addStretch(1)

    def _exports_box(self) -> QGroupBox:
        """The three exports, each a button with what it writes."""
        exports = QGroupBox(self.tr("Export the results"), self)
        grid = QGridLayout(exports)
        for row, (title, text, action) in enumerate(
            (
                (
                    self.tr("Excel workbook (XLSX)…"),
                    self.tr(
                        "One sheet per table: dossier scores, deductions, ranking, disagreements and decisions, reviewers' progress, merge log, typical problems. Opens in WPS and Excel."
                    ),
                    self.export_xlsx,
                ),
                (
                    self.tr("CSV files…"),
                    self.tr(
                        "The same tables, one UTF-8 file each (with BOM, so Excel on Chinese Windows reads them), into a folder."
                    ),
                    self.export_csv,
                ),
                (
                    self.tr("JSON…"),
                    self.tr("Every figure with its codes, for other programs and for archiving."),
                    self.export_json,
                ),
            )
        ):
            button = QPushButton(title, exports)
            button.clicked.connect(action)
            button.setMinimumWidth(210)
            self.buttons.append(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(hint_label(text, exports), row, 1)
        grid.setColumnStretch(1, 1)
        return exports

    def _prints_box(self) -> QGroupBox:
        """The four printed documents, each a button with what it is, and whose sheets."""
        prints = QGroupBox(self.tr("Print (preview first)"), self)
        pgrid = QGridLayout(prints)
        self.reviewer = QComboBox(prints)
        self.reviewer.setMinimumWidth(200)
        documents = (
            (
                self.tr("Review sheets…"),
                self.tr("Each review as the reviewer filled it in, for their signature."),
                "review",
            ),
            (
                self.tr("Blank review sheets…"),
                self.tr("Empty forms for a review on paper, with the reviewer's name when one is chosen."),
                "blank",
            ),
            (
                self.tr("Summary sheets…"),
                self.tr(
                    "Per dossier: every reviewer's score, the combined result, the chair's decision and signature lines."
                ),
                "merged",
            ),
            (
                self.tr("The panel's report…"),
                self.tr(
                    "Title page, rankings and how they were computed, dossier scores, typical problems, the random draw records and a signature page."
                ),
                "report",
            ),
        )
        for row, (title, text, kind) in enumerate(documents):
            button = QPushButton(title, prints)
            button.setMinimumWidth(210)
            button.clicked.connect(lambda _=False, k=kind: self.print_document(k))
            self.buttons.append(button)
            pgrid.addWidget(button, row, 0)
            pgrid.addWidget(hint_label(text, prints), row, 1)
        pgrid.addWidget(QLabel(self.tr("Review and blank sheets for"), prints), len(documents), 0)
        pgrid.addWidget(self.reviewer, len(documents), 1)
        pgrid.setColumnStretch(1, 1)
        return prints

    # ------------------------------------------------------------------ exports
    def _suggested(self, suffix: str) -> str:
        state = self.state
        if state is None:
            return ""
        name = self.tr("{title} results").format(title=state.info.title)
        return str(state.path.parent / f"{name}{suffix}")

    def export_xlsx(self) -> None:
        target = dialogs.ask_save_file(
            self, self.tr("Export to Excel"), self._suggested(".xlsx"), self.tr("Excel workbooks (*.xlsx)")
        )
        if target is not None:
            self._export(
                target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx"),
                "xlsx",
            )

    def export_csv(self) -> None:
        state = self.state
        folder = dialogs.ask_folder(
            self, self.tr("Export CSV files into"), str(state.path.parent) if state else ""
        )
        if folder is not None:
            self._export(folder, "csv")

    def export_json(self) -> None:
        target = dialogs.ask_save_file(
            self, self.tr("Export to JSON"), self._suggested(".json"), self.tr("JSON files (*.json)")
        )
        if target is not None:
            self._export(
                target if target.suffix.lower() == ".json" else target.with_name(target.name + ".json"),
                "json",
            )

    def _export(self, target: Path, kind: ExportKind) -> None:
        panel = self.context.panel
        if panel is None:
            return

        def work(progress: Progress) -> OpResult[Path]:
            return chair_ops.export_results(panel, target, kind, progress)

        def done(path: Path) -> None:
            self.last_folder = path if path.is_dir() else path.parent
            self.folder_button.setEnabled(True)
            self.context.say("info", self.tr("Exported to {path}.").format(path=path))

        self.context.run_long(self.tr("Exporting"), work, done)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    # ------------------------------------------------------------------ printing
    def document_name(self, kind: str) -> str:
        return {
            "review": self.tr("Review sheets"),
            "blank": self.tr("Blank review sheets"),
            "merged": self.tr("Summary sheets"),
            "report": self.tr("Panel report"),
        }[kind]

    def print_document(self, kind: PrintKind) -> None:
        panel, state = self.context.panel, self.state
        if panel is None or state is None:
            return
        reviewer = self.reviewer.currentData()
        name = self.document_name(kind)
        if reviewer and kind in ("review", "blank"):
            person = state.reviewer(str(reviewer))
            name = (
                f"{name}-{file_name_part(person.name if person else str(reviewer))}"  # names come from files
            )
        folder = state.path.parent / self.tr("{name}-printouts").format(name=state.path.stem)
        target = folder / f"{name}.pdf"
        who = str(reviewer) if reviewer and kind in ("review", "blank") else None

        def work(progress: Progress) -> OpResult[PrintedDocument]:
            return chair_ops.print_document(panel, kind, target, who, progress)

        def done(document: PrintedDocument) -> None:
            self.context.say(
                "info",
                self.tr("{name}: {pages} pages, saved as {path}.").format(
                    name=name, pages=document.pages, path=document.path
                ),
            )
            self.preview(document.path, name)

        self.context.run_long(self.tr("Laying out: {name}").format(name=name), work, done)

    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        if state is None:
            return
        chosen = self.reviewer.currentData()
        self.reviewer.clear()
        self.reviewer.addItem(self.tr("every reviewer"), None)
        for r in state.reviewers:
            self.reviewer.addItem(f"{r.name}（{r.id}）", r.id)
        index = self.reviewer.findData(chosen)
        self.reviewer.setCurrentIndex(max(0, index))

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy)
