"""The new-panel dialog: title, where the file goes, campaign window, rule set, how scores combine.

The rule set's summary (what will be computed, in the notice's words) and its checklist are shown
beside the form, read-only, so the chair knows what they choose. The dialog only collects the
answers (``NewPanelRequest``); the window creates the file on the worker.
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
from app.review.ruleset import CrossAggregation, ExpertAggregation, RuleSet
from app.services.panel import PANEL_SUFFIX
from app.ui import look
from app.ui.chair import dialogs
from app.ui.chair.ruleset_view import ChecklistTree, ruleset_html
from app.ui.chair.widgets import fit_to_screen
from app.ui.chair.wording import cross_aggregation_word, expert_aggregation_word


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
        self.checklist_choice.blockSignals(True)
        self.checklist_choice.clear()
        for checklist_id in ruleset.checklist_ids():
            checklist = library.checklist(checklist_id).with_vetoes(ruleset.vetoes)
            self.checklist_choice.addItem(checklist.title, checklist_id)
        self.checklist_choice.blockSignals(False)
        self.checklist_choice.setVisible(self.checklist_choice.count() > 1)
        self._show_checklist()
        self._suggest_path()

    def _show_checklist(self) -> None:
        checklist_id = self.checklist_choice.currentData()
        if checklist_id is None:
            self.checklist.set_checklist(None)
            return
        checklist = library.checklist(str(checklist_id)).with_vetoes(self.current_ruleset().vetoes)
        self.checklist.set_checklist(checklist)

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
