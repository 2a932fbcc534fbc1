"""Step 2: reviewers and assignment — import the reviewers, assign automatically (seed shown), look
at the matrix, change a pair by hand with the reason the engine requires, see each reviewer's load.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.review.assignment import Conflict
from app.review.scoring import Role
from app.services import chair_ops
from app.services.assignment import AssignReport, OverrideResult
from app.services.chair_state import ChairState, RunInfo, reviewers_by_role
from app.services.changes import Area, Changes
from app.ui.chair import dialogs
from app.ui.chair.assignment_matrix import AssignmentMatrix
from app.ui.chair.context import ChairContext
from app.ui.chair.importing import ImportFlow, ImportOutcome, outcome_lines
from app.ui.chair.row_cache import register, rows_of
from app.ui.chair.settle_actions import Settlements, show_menu
from app.ui.chair.table_model import Cell, RowsView, TableRows, status_cell, text_cell
from app.ui.chair.widgets import ChairPage, DropArea, Tone, hint_label, names_any, shown_areas, tab_page
from app.ui.chair.wording import bar_word, join, local_time, role_word, shortfall_text
from app.ui.shared.look import translate


class ReviewerRows(TableRows):
    """One row per reviewer: id, name, role, region, unit, load, and whether the region rule holds."""

    def __init__(self, state: ChairState) -> None:
        self.reviewers = state.reviewers
        self.ids = tuple(r.id for r in self.reviewers)
        self.load = state.load
        self.conflicts: dict[str, int] = {}
        for conflict in state.conflicts:
            self.conflicts[conflict.reviewer_id] = self.conflicts.get(conflict.reviewer_id, 0) + 1

    def cells(self, row: int) -> Sequence[Cell]:
        reviewer = self.reviewers[row]
        if reviewer.role is Role.EXPERT:
            rule = status_cell(Tone.NEUTRAL, translate("ReviewersPage", "not bound (expert)"))
        elif not reviewer.region:
            rule = status_cell(Tone.CHECK, translate("ReviewersPage", "no region: cannot be checked"))
        elif self.conflicts.get(reviewer.id):
            rule = status_cell(
                Tone.FIX,
                translate("ReviewersPage", "{count} conflicts").format(count=self.conflicts[reviewer.id]),
            )
        else:
            rule = status_cell(Tone.GOOD, translate("ReviewersPage", "kept"))
        return (
            text_cell(reviewer.id),
            text_cell(reviewer.name),
            text_cell(role_word(reviewer.role)),
            text_cell(reviewer.region),
            text_cell(reviewer.unit),
            text_cell(self.load.get(reviewer.id, 0), number=True),
            rule,
        )

    def sort_key(self, row: int, column: int) -> Any:
        reviewer = self.reviewers[row]
        if column == 5:
            return self.load.get(reviewer.id, 0)
        if column == 6:
            return self.conflicts.get(reviewer.id, 0)
        return super().sort_key(row, column)

    def search_text(self, row: int) -> str:
        r = self.reviewers[row]
        return f"{r.id}\n{r.name}\n{r.region or ''}\n{r.unit or ''}"


register(ReviewerRows)


class ReviewersPage(ChairPage):
    shows = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES  # SCORES: the matrix's "started"
    table_shows = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS

    def __init__(self, context: ChairContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shortfalls: list[str] = []
        self.shown_run = ""
        self.importer = ImportFlow(context, self.show_import, lambda _path: None)
        self.settle = Settlements(context, self)
        self.drop = DropArea(
            self.tr(
                "Drop the reviewers' list (CSV or XLSX) here: ID, name, role (专家 or 交叉), region, unit."
            ),
            self.tr("Choose list…"),
            self,
        )
        self.drop.files_dropped.connect(self.importer.start)
        self.drop.choose_clicked.connect(self.choose_list)
        form = self._assignment_form()
        self.run_label = QLabel(self)
        self.run_label.setWordWrap(True)
        self.shortfall_label = QLabel(self)
        self.shortfall_label.setWordWrap(True)
        self.shortfall_label.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._matrix_tab(), self.tr("Assignment matrix"))
        self.tabs.addTab(self._reviewers_tab(), self.tr("Reviewers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addLayout(form)
        layout.addWidget(self.run_label)
        layout.addWidget(self.shortfall_label)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ building
    def _assignment_form(self) -> QHBoxLayout:
        self.experts = QSpinBox(self)
        self.experts.setRange(0, 50)
        self.experts.setSpecialValueText(self.tr("all experts"))
        self.cross = QSpinBox(self)
        self.cross.setRange(0, 20)
        self.cross.setValue(1)
        self.seed = QLineEdit(self)
        self.seed.setPlaceholderText(self.tr("empty: a new random seed"))
        self.seed.setMaxLength(64)
        self.seed.setMinimumWidth(150)
        self.assign_button = QPushButton(self.tr("Assign automatically"), self)
        self.assign_button.clicked.connect(self.run_assignment)
        form = QHBoxLayout()
        settings = QFormLayout()
        settings.addRow(self.tr("Experts per dossier"), self.experts)
        settings.addRow(self.tr("Cross-reviewers per dossier"), self.cross)
        seed_form = QFormLayout()
        seed_form.addRow(self.tr("Seed"), self.seed)
        form.addLayout(settings)
        form.addSpacing(16)
        form.addLayout(seed_form)
        form.addSpacing(16)
        form.addWidget(self.assign_button)
        form.addStretch(1)
        return form

    def _matrix_tab(self) -> QWidget:
        self.matrix = AssignmentMatrix(self)
        self.matrix.add_requested.connect(self.add_pair)
        self.matrix.remove_requested.connect(self.remove_pair)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(hint_label(self.matrix.legend(), page))
        return page

    def _reviewers_tab(self) -> QWidget:
        self.table = RowsView(
            [
                self.tr("ID"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Region"),
                self.tr("Unit"),
                self.tr("Dossiers"),
                self.tr("Region rule"),
            ],
            self,
            stretch=4,
        )
        self.table.fit_columns([70, 130, 90, 110, 0, 70, 200])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._reviewer_menu)
        self.reset_button = QPushButton(self.tr("Reset the sequence…"), self)
        self.reset_button.setToolTip(
            self.tr(
                "When a reviewer's files are refused as older than one merged before (a new laptop, a workspace begun anew)"
            )
        )
        self.reset_button.clicked.connect(self._reset_chosen)
        hint = self.tr(
            "A reviewer who starts again on another laptop sends files numbered from 1: reset their sequence so the next file is accepted."
        )
        return tab_page(self, self.table, hint, [self.reset_button])

    # ------------------------------------------------------------------ import
    def choose_list(self) -> None:
        paths = dialogs.ask_open_files(self, self.tr("Choose the reviewers' list"), dialogs.manifest_filter())
        if paths:
            self.importer.start(paths)

    def show_import(self, outcome: ImportOutcome) -> None:
        lines = outcome_lines(outcome)
        problems = [line.strip() for problem, line in lines if problem]
        if problems:
            self.context.say("warning", join(problems))
        elif lines:
            self.context.say("info", join(line.strip() for _, line in lines))

    # ------------------------------------------------------------------ assignment
    def run_assignment(self) -> None:
        state = self.state
        if state is None or self.context.panel is None:
            return
        if not state.reviewers or not state.dossiers:
            self.context.say("warning", self.tr("Import the dossiers and the reviewers first."))
            return
        if state.assignments and not dialogs.confirm(
            self,
            self.tr("Assign again"),
            self.tr(
                "Assigning again replaces the automatic pairs. Pairs made by hand and reviews already started are kept. Go on?"
            ),
        ):
            return
        experts = self.experts.value() or None
        cross = self.cross.value()
        seed = self.seed.text().strip() or None

        def done(report: AssignReport) -> None:
            plan = report.plan
            self.context.run_info = RunInfo(plan.seed, None, experts, cross)
            self.seed.clear()
            names = state.reviewer_names
            self.shortfalls = [shortfall_text(s, state.case_numbers, names) for s in plan.shortfalls]
            warnings = []
            if plan.cross_without_region:
                warnings.append(
                    self.tr(
                        "Reviewers bound by the region rule but without a region (it cannot be checked): {names}"
                    ).format(names=join(names.get(r, r) for r in plan.cross_without_region))
                )
            self.shortfalls += warnings
            text = self.tr("Assigned with the seed {seed}: {added} pairs made, {kept} kept.").format(
                seed=plan.seed, added=len(report.added), kept=len(report.kept)
            )
            if self.shortfalls:
                text += " " + self.tr(
                    "{count} dossiers are short of reviewers; see above the matrix."
                ).format(count=len(plan.shortfalls))
            self.context.say("warning" if self.shortfalls else "info", text)

        self.context.run_quick(
            self.tr("The assignment"),
            lambda panel: chair_ops.run_assignment(
                panel, seed=seed, experts_per_dossier=experts, cross_per_dossier=cross
            ),
            done,
        )

    def add_pair(self, reviewer_id: str, dossier_id: str, barred: tuple[Conflict, ...]) -> None:
        state = self.state
        if state is None:
            return
        reviewer = state.reviewer(reviewer_id)
        dossier = state.dossier(dossier_id)
        who = reviewer.name if reviewer else reviewer_id
        case = dossier.case_number if dossier else dossier_id
        if barred:
            prompt = self.tr(
                "{reviewer} may not review {case}: {why}. Write why they should all the same."
            ).format(reviewer=who, case=case, why=join(f"{bar_word(c.code)} {c.value}" for c in barred))
        else:
            prompt = self.tr("Give {case} to {reviewer}. Why (optional)?").format(case=case, reviewer=who)
        reason = dialogs.ask_reason(self, self.tr("Assign by hand"), prompt, required=bool(barred))
        if reason is None:
            return

        def done(result: OverrideResult) -> None:
            self.context.say(
                "info",
                self.tr("{case} is now assigned to {reviewer} by hand.").format(case=case, reviewer=who),
            )

        self.context.run_quick(
            self.tr("Assigning by hand"),
            lambda panel: chair_ops.override_pair(panel, reviewer_id, dossier_id, "add", reason or None),
            done,
        )

    def remove_pair(self, reviewer_id: str, dossier_id: str) -> None:
        state = self.state
        if state is None:
            return
        reviewer = state.reviewer(reviewer_id)
        dossier = state.dossier(dossier_id)
        who = reviewer.name if reviewer else reviewer_id
        case = dossier.case_number if dossier else dossier_id
        reason = dialogs.ask_reason(
            self,
            self.tr("Take a dossier away"),
            self.tr(
                "Take {case} away from {reviewer}? The automatic assignment will not give it back. Why (optional)?"
            ).format(case=case, reviewer=who),
            required=False,
        )
        if reason is None:
            return
        self.context.run_quick(
            self.tr("Taking the dossier away"),
            lambda panel: chair_ops.override_pair(panel, reviewer_id, dossier_id, "remove", reason or None),
            lambda _r: self.context.say(
                "info", self.tr("{case} was taken away from {reviewer}.").format(case=case, reviewer=who)
            ),
        )

    # ------------------------------------------------------------------ sequence reset
    def chosen_reviewer(self) -> str | None:
        return self.table.chosen_id()

    def _reset_chosen(self) -> None:
        reviewer = self.chosen_reviewer()
        if reviewer is None:
            self.context.say("info", self.tr("Choose a reviewer in the list first."))
            return
        self.settle.reset_sequence(reviewer)

    def _reviewer_menu(self, at: QPoint) -> None:
        reviewer = self.table.id_at(self.table.indexAt(at))
        if reviewer is None:
            return
        self.table.choose(reviewer, scroll=False)
        actions = [(self.tr("Reset the sequence…"), lambda: self.settle.reset_sequence(reviewer))]
        show_menu(self, actions, self.table.viewport().mapToGlobal(at))

    # ------------------------------------------------------------------ showing
    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        if state is None:
            return
        experts, cross = reviewers_by_role(state)
        self.experts.setMaximum(max(self.experts.value(), len(experts), 1))
        self.cross.setMaximum(max(self.cross.value(), len(cross), 1))
        run = state.last_run or self.context.run_info
        if run is not None and run.seed != self.shown_run:
            self.shown_run = run.seed  # the last run's settings, so the same seed repeats it
            self.experts.setValue(run.experts_per_dossier or 0)
            self.cross.setValue(run.cross_per_dossier)
        if run is not None:
            when = local_time(run.at) if run.at else self.tr("just now")
            self.run_label.setText(
                self.tr(
                    "Last automatic assignment: seed {seed} ({when}). Enter the same seed to repeat it. Cross-reviewers never get dossiers of their own region or unit."
                ).format(seed=run.seed, when=when)
            )
        else:
            self.run_label.setText(
                self.tr("Not assigned yet. Cross-reviewers never get dossiers of their own region or unit.")
            )
        if self.shortfalls:
            self.shortfall_label.setText(
                self.tr("Short of reviewers: {list}").format(list="；".join(self.shortfalls))
            )
            self.shortfall_label.setStyleSheet("color: #9c4221")
            self.shortfall_label.show()
        else:
            self.shortfall_label.hide()
        if names_any(changes, shown_areas(self.matrix)):
            self.matrix.set_state(state)
        if not names_any(changes, self.table_shows):
            return
        self.table.show_rows(rows_of(state, ReviewerRows))
        self.tabs.setTabText(1, self.tr("Reviewers ({count})").format(count=len(state.reviewers)))

    def set_busy(self, busy: bool) -> None:
        self.drop.setEnabled(not busy)
        self.assign_button.setEnabled(not busy)
