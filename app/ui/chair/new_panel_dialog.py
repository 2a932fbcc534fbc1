"""The new-panel dialog: title, where the file goes, campaign window, rule set, how scores combine.

The rule set's summary (what will be computed, in the notice's words) and its checklist are shown
beside the form, read-only, so the chair knows what they choose. The chair may import the office's
own 评查表 from an Excel/WPS sheet instead (docs/data-files.md): it replaces the checklist shown and
is stored in the panel like a shipped one. The dialog only collects the answers
(``NewPanelRequest``); the window creates the file on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.review import library
from app.review.checklist import Checklist
from app.review.datafiles import DataFileError
from app.review.points import format_points
from app.review.ruleset import CrossAggregation, ExpertAggregation, RuleSet
from app.services.checklist_cells import ChecklistSheetError
from app.services.panel import PANEL_SUFFIX
from app.ui.chair import dialogs
from app.ui.chair.ruleset_view import ChecklistTree, ruleset_html
from app.ui.chair.widgets import fit_to_screen
from app.ui.chair.wording import cross_aggregation_word, expert_aggregation_word
from app.ui.chair.wording_checklist import checklist_sheet_text
from app.ui.chair.wording_errors import error_text
from app.ui.shared import look


@dataclass(frozen=True)
class NewPanelRequest:
    path: Path
    ruleset_id: str
    title: str
    campaign_start: date | None
    campaign_end: date | None
    blind: bool
    expert_aggregation: ExpertAggregation
    cross_aggregation: CrossAggregation
    disagreement_threshold: Decimal
    checklist: Checklist | None = None  # the office's own checklist, imported from a sheet
    replaces: str | None = None  # which of the rule set's checklists it stands in for


def safe_file_name(text: str) -> str:
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned[:80] or "panel"


class NewPanelDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New panel"))
        self.rulesets: dict[str, RuleSet] = library.rulesets()
        self.folder = folder or dialogs.documents_folder()
        self._path_chosen = False
        self.imported: Checklist | None = None
        self.imported_from: Path | None = None
        self.replaces: str | None = None

        self.title = QLineEdit(self)
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.ruleset = QComboBox(self)
        for ruleset in self.rulesets.values():
            self.ruleset.addItem(ruleset.title, ruleset.id)
        self.limit = QCheckBox(self.tr("Dossiers must be closed within the campaign"), self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.expert = QComboBox(self)
        for expert_how in ExpertAggregation:
            self.expert.addItem(expert_aggregation_word(expert_how), expert_how.value)
        self.cross = QComboBox(self)
        for cross_how in CrossAggregation:
            self.cross.addItem(cross_aggregation_word(cross_how), cross_how.value)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setDecimals(1)
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(self.tr(" pts"))
        self.blind = QCheckBox(self.tr("Hide candidates' names and regions from the reviewers"), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {look.WARNING_BORDER}")

        form = QFormLayout()
        form.addRow(self.tr("Panel title"), self.title)
        form.addRow(self.tr("Save as"), path_row)
        form.addRow(self.tr("Rule set"), self.ruleset)
        form.addRow("", self.limit)
        form.addRow(self.tr("Campaign"), dates)
        form.addRow(self.tr("Expert score"), self.expert)
        form.addRow(self.tr("Cross-review deduction"), self.cross)
        form.addRow(self.tr("Flag experts apart by more than"), self.threshold)
        form.addRow("", self.blind)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The defaults come from the chosen rule set. They are stored in the panel and cannot be changed later."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {look.MUTED}")
        left_layout.addWidget(note)
        left_layout.addWidget(self.problem)
        left_layout.addStretch(1)
        left.setMinimumWidth(380)
        left.setMaximumWidth(520)

        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.checklist = ChecklistTree(self)
        self.checklist_choice = QComboBox(self)
        self.checklist_choice.currentIndexChanged.connect(self._show_checklist)
        checklist_page = QWidget(self)
        checklist_layout = QVBoxLayout(checklist_page)
        checklist_layout.setContentsMargins(4, 4, 4, 4)
        checklist_layout.addWidget(self.checklist_choice)
        self.import_button = QPushButton(self.tr("Import checklist from Excel…"), self)
        self.import_button.setToolTip(
            self.tr("Use the office's own checklist (评查表) from an .xlsx sheet instead of this one")
        )
        self.import_button.clicked.connect(self.choose_checklist_sheet)
        self.drop_import = QPushButton(self.tr("Use the rule set's checklist"), self)
        self.drop_import.clicked.connect(self.drop_imported)
        self.import_note = QLabel(self)
        self.import_note.setWordWrap(True)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addWidget(self.drop_import)
        import_row.addStretch(1)
        checklist_layout.addLayout(import_row)
        checklist_layout.addWidget(self.import_note)
        checklist_layout.addWidget(self.checklist, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.summary, self.tr("What the rule set computes"))
        self.tabs.addTab(checklist_page, self.tr("Checklist (read-only)"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("Create panel"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.ruleset.currentIndexChanged.connect(self._ruleset_changed)
        self.limit.toggled.connect(self._limit_toggled)
        self.title.textChanged.connect(self._suggest_path)
        self._ruleset_changed()
        self.limit.setChecked(True)
        fit_to_screen(self, 1100, 640)

    # ------------------------------------------------------------------ reacting
    def current_ruleset(self) -> RuleSet:
        return self.rulesets[str(self.ruleset.currentData())]

    def _ruleset_changed(self) -> None:
        ruleset = self.current_ruleset()
        self.title.setPlaceholderText(ruleset.title)
        year = ruleset.document.year
        self.start.setDate(QDate(year, 1, 1))
        self.end.setDate(QDate(year, 12, 31))
        self.expert.setCurrentIndex(self.expert.findData(ruleset.policy.expert_aggregation.value))
        self.cross.setCurrentIndex(self.cross.findData(ruleset.policy.cross_aggregation.value))
        self.threshold.setValue(float(ruleset.policy.disagreement_threshold))
        self.summary.setHtml(ruleset_html(ruleset))
        if self.imported is not None and self.replaces not in ruleset.checklist_ids():
            self.replaces = ruleset.checklist  # another rule set: the import stands in for its main one
        self._fill_checklist_choice()
        self._suggest_path()

    def _fill_checklist_choice(self) -> None:
        ruleset = self.current_ruleset()
        current = self.checklist_choice.currentData()
        self.checklist_choice.blockSignals(True)
        self.checklist_choice.clear()
        for checklist_id in ruleset.checklist_ids():
            if self.imported is not None and checklist_id == self.replaces:
                title = self.tr("{title} (imported)").format(title=self.imported.title)
            else:
                title = library.checklist(checklist_id).title
            self.checklist_choice.addItem(title, checklist_id)
        index = self.checklist_choice.findData(current)
        self.checklist_choice.setCurrentIndex(max(index, 0))
        self.checklist_choice.blockSignals(False)
        self.checklist_choice.setVisible(self.checklist_choice.count() > 1)
        self.drop_import.setVisible(self.imported is not None)
        if self.imported is not None and self.imported_from is not None:
            self.import_note.setText(
                self.tr(
                    "Imported from {file}: {items} items, {points} points. It is stored in the panel."
                ).format(
                    file=self.imported_from.name,
                    items=sum(1 for _ in self.imported.items()),
                    points=format_points(self.imported.max_points),
                )
            )
        else:
            self.import_note.setText("")
        self.import_note.setVisible(self.imported is not None)
        self._show_checklist()

    def shown_checklist(self) -> Checklist | None:
        checklist_id = self.checklist_choice.currentData()
        if checklist_id is None:
            return None
        if self.imported is not None and checklist_id == self.replaces:
            base = self.imported
        else:
            base = library.checklist(str(checklist_id))
        return base.with_vetoes(self.current_ruleset().active_vetoes)

    def _show_checklist(self) -> None:
        self.checklist.set_checklist(self.shown_checklist())

    # ------------------------------------------------------------------ the office's own checklist
    def choose_checklist_sheet(self) -> None:
        chosen = dialogs.ask_open_file(
            self, self.tr("Import checklist from Excel"), self.tr("Excel workbooks (*.xlsx)"), self.folder
        )
        if chosen is not None:
            self.import_checklist_sheet(chosen)

    def import_checklist_sheet(self, path: Path) -> bool:
        """Read the sheet (small: on this thread); on a problem say where, and keep what was chosen."""
        from app.services.checklist_import import checklist_sheets, import_checklist

        try:
            sheets = checklist_sheets(path)
            sheet = sheets[0] if len(sheets) == 1 else None
            if len(sheets) > 1:  # e.g. one form for general dossiers, one for supporting-measures ones
                sheet = dialogs.ask_choice(
                    self,
                    self.tr("Import checklist from Excel"),
                    self.tr("{file} holds several checklists. Which sheet?").format(file=path.name),
                    sheets,
                )
                if sheet is None:
                    return False
            checklist = import_checklist(path, sheet=sheet)
        except ChecklistSheetError as exc:
            self.problem.setText(checklist_sheet_text(exc))
            return False
        except (DataFileError, OSError) as exc:
            self.problem.setText(error_text(exc))
            return False
        slot = self.checklist_choice.currentData()
        self.imported, self.imported_from = checklist, path
        self.replaces = str(slot) if slot is not None else self.current_ruleset().checklist
        self.problem.setText("")
        self._fill_checklist_choice()
        self.tabs.setCurrentIndex(1)
        return True

    def drop_imported(self) -> None:
        self.imported = self.imported_from = self.replaces = None
        self._fill_checklist_choice()

    def _limit_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def _suggest_path(self) -> None:
        if self._path_chosen:
            return
        name = safe_file_name(self.title.text().strip() or self.current_ruleset().title)
        self.path.setText(str(Path(self.folder) / f"{name}{PANEL_SUFFIX}"))

    def choose_path(self) -> None:
        chosen = dialogs.ask_save_file(
            self, self.tr("Save the new panel as"), self.path.text(), self.tr("Panels (*.dpanel)")
        )
        if chosen is None:
            return
        if chosen.suffix != PANEL_SUFFIX:
            chosen = chosen.with_name(chosen.name + PANEL_SUFFIX)
        self._path_chosen = True
        self.path.setText(str(chosen))

    # ------------------------------------------------------------------ answer
    def request(self) -> NewPanelRequest:
        ruleset = self.current_ruleset()
        limited = self.limit.isChecked()
        return NewPanelRequest(
            path=Path(self.path.text()),
            ruleset_id=ruleset.id,
            title=self.title.text().strip() or ruleset.title,
            campaign_start=self.start.date().toPython() if limited else None,  # type: ignore[arg-type]
            campaign_end=self.end.date().toPython() if limited else None,  # type: ignore[arg-type]
            blind=self.blind.isChecked(),
            expert_aggregation=ExpertAggregation(self.expert.currentData()),
            cross_aggregation=CrossAggregation(self.cross.currentData()),
            disagreement_threshold=Decimal(str(round(self.threshold.value(), 1))),
            checklist=self.imported,
            replaces=self.replaces if self.imported is not None else None,
        )

    def problem_text(self) -> str:
        request = self.request()
        if not self.path.text():
            return self.tr("Choose where to save the panel.")
        if request.path.exists():
            return self.tr("A file of that name already exists. Choose another name.")
        if not request.path.parent.is_dir():
            return self.tr("The folder does not exist. Choose another place.")
        if request.campaign_start and request.campaign_end and request.campaign_start > request.campaign_end:
            return self.tr("The campaign ends before it starts.")
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()
