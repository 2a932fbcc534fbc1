"""Step 5: results — every dossier's scores, the disagreement flags (each opening the side-by-side
view where the chair settles it), the ranking with its steps, typical problems, reviewers' progress.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.review.disagreement import Flag
from app.review.panel_results import DossierOutcome
from app.review.scoring import Role
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.ui.chair.context import ChairContext
from app.ui.chair.ranking_view import RankingView
from app.ui.chair.results_rows import DossierScoreRows, FlagRows, ProblemRows, ProgressRows
from app.ui.chair.row_cache import rows_of
from app.ui.chair.settle_actions import Action, Settlements, show_menu
from app.ui.chair.table_model import RowsView, changed_dossiers, filter_box
from app.ui.chair.widgets import (
    MOVES_RESULTS,
    ChairPage,
    hint_label,
    names_any,
    shown_areas,
)

OpenFlag = Callable[[str, Flag | None], None]
RANKING_TAB = 2


class ResultsPage(ChairPage):
    shows = MOVES_RESULTS | Area.ASSIGNMENTS  # ASSIGNMENTS: the reviewers' progress
    progress_shows = Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES

    def __init__(self, context: ChairContext, open_flag: OpenFlag, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.open_flag = open_flag
        self.settle = Settlements(context, self)
        self.ranking_stale = True  # the ranking tree waits for its tab to come into view
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._dossiers_tab(), "")
        self.tabs.addTab(self._flags_tab(), "")
        self.tabs.addTab(self._ranking_tab(), self.tr("Ranking"))
        self.tabs.addTab(self._problems_table(), self.tr("Typical problems"))
        self.tabs.addTab(self._progress_table(), self.tr("Reviewers' progress"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_ranking_if_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ building
    def _dossiers_tab(self) -> QWidget:
        self.dossiers = RowsView(
            [
                self.tr("Case number"),
                self.tr("Candidate"),
                self.tr("Experts' scores"),
                self.tr("Expert score"),
                self.tr("Cross deductions"),
                self.tr("Cross"),
                self.tr("Vetoes / scores 0"),
                self.tr("Final"),
                self.tr("Disagreement"),
            ],
            self,
            stretch=2,
        )
        self.dossiers.fit_columns([180, 130, 0, 75, 160, 60, 130, 70, 110])
        self.dossiers.doubleClicked.connect(self._dossier_chosen)
        self.dossiers.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.dossiers.customContextMenuRequested.connect(self._dossier_menu)
        self.dossiers_filter = filter_box(self.dossiers, self.tr("Filter: case number or candidate"), self)
        self.check_button = QPushButton(self.tr("Record a check…"), self)
        self.check_button.setToolTip(
            self.tr("A check outside the review the rule set counts, such as the mobile enforcement system")
        )
        self.check_button.clicked.connect(self._check_chosen)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.dossiers_filter)
        layout.addWidget(self.dossiers, 1)
        row = QHBoxLayout()
        self.dossiers_hint = hint_label(
            self.tr(
                "Double-click a dossier to see its reviews side by side; right-click it to set it aside."
            ),
            page,
        )
        row.addWidget(self.dossiers_hint, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        return page

    def _flags_tab(self) -> QWidget:
        self.flags = RowsView(
            [
                self.tr("Case number"),
                self.tr("Disagreement"),
                self.tr("Item"),
                self.tr("Who gave what"),
                self.tr("Status"),
            ],
            self,
            stretch=3,
        )
        self.flags.fit_columns([180, 170, 200, 0, 100])
        self.flags.doubleClicked.connect(lambda index: self._flag_chosen(self.flags.id_at(index)))
        settle = QPushButton(self.tr("Compare and settle…"), self)
        settle.clicked.connect(lambda: self._flag_chosen(self.flags.chosen_id()))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.flags, 1)
        row = QHBoxLayout()
        row.addWidget(
            hint_label(
                self.tr(
                    "Double-click a disagreement to see the reviewers' item scores side by side, with the PDF, and settle it with a reason."
                ),
                page,
            ),
            1,
        )
        row.addWidget(settle)
        layout.addLayout(row)
        return page

    def _ranking_tab(self) -> QWidget:
        self.ranking = RankingView(self)
        self.ranking.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ranking.customContextMenuRequested.connect(self._ranking_menu)
        self.ranking.currentItemChanged.connect(lambda *_a: self._ranking_buttons())
        self.grade_button = QPushButton(self.tr("Enter the chair's grade…"), self)
        self.grade_button.clicked.connect(self._grade_chosen)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.ranking, 1)
        row = QHBoxLayout()
        self.ranking_hint = hint_label("", page)
        row.addWidget(self.ranking_hint, 1)
        row.addWidget(self.grade_button)
        layout.addLayout(row)
        return page

    def _problems_table(self) -> QWidget:
        self.problems = RowsView(
            [
                self.tr("Item"),
                self.tr("Part"),
                self.tr("Dossiers"),
                self.tr("Reviews"),
                self.tr("Points off"),
                self.tr("Most frequent reasons"),
            ],
            self,
            stretch=5,
        )
        self.problems.fit_columns([280, 150, 70, 70, 80, 0])
        return self.problems

    def _progress_table(self) -> QWidget:
        self.progress = RowsView(
            [
                self.tr("Reviewer"),
                self.tr("Role"),
                self.tr("Assigned"),
                self.tr("Complete"),
                self.tr("In progress"),
                self.tr("Not started"),
                self.tr("Status"),
                self.tr("Last change"),
            ],
            self,
            stretch=6,
        )
        self.progress.fit_columns([190, 90, 70, 70, 70, 70, 0, 140])
        return self.progress

    # ------------------------------------------------------------------ choosing
    @property
    def shown_dossiers(self) -> list[str]:
        """The dossiers' codes in the order the table shows them."""
        model = self.dossiers.rows_model
        return [code for row in range(model.rowCount()) if (code := model.id_at(row)) is not None]

    def _dossier_chosen(self, index: QModelIndex) -> None:
        code = self.dossiers.id_at(index)
        if code is not None:
            self.open_flag(code, self._first_flag_of(code))

    def _first_flag_of(self, code: str) -> Flag | None:
        rows = self.flags.rows_model.rows
        flags = rows.flags if isinstance(rows, FlagRows) else []
        return next((f for f in flags if f.dossier_id == code), None)

    def _flag_chosen(self, flag_key: str | None) -> None:
        rows = self.flags.rows_model.rows
        if flag_key is None or not isinstance(rows, FlagRows):
            return
        row = rows.index.get(flag_key)
        if row is not None:
            flag = rows.flags[row]
            self.open_flag(flag.dossier_id, flag)

    # ------------------------------------------------------------------ settling
    def chosen_dossier(self) -> str | None:
        return self.dossiers.chosen_id()

    def dossier_actions(self, code: str) -> list[Action]:
        return self.settle.dossier_actions(self.state, code) if self.state else []

    def _dossier_menu(self, at: QPoint) -> None:
        code = self.dossiers.id_at(self.dossiers.indexAt(at))
        if code is None:
            return
        self.dossiers.choose(code, scroll=False)
        show_menu(self, self.dossier_actions(code), self.dossiers.viewport().mapToGlobal(at))

    def _check_chosen(self) -> None:
        code = self.chosen_dossier()
        state = self.state
        if code is None or state is None:
            self.context.say("info", self.tr("Choose a dossier in the list first."))
            return
        if not self.settle.checks_of(state, code):
            self.context.say(
                "info", self.tr("The rule set counts no check outside the review for this dossier.")
            )
            return
        actions = self.dossier_actions(code)[1:]  # the checks (the first entry sets aside or back)
        if len(actions) == 1:
            actions[0][1]()
        else:
            show_menu(self, actions, self.check_button.mapToGlobal(QPoint(0, self.check_button.height())))

    def _ranking_menu(self, at: QPoint) -> None:
        item = self.ranking.itemAt(at)
        if item is None or self.state is None:
            return
        self.ranking.setCurrentItem(item)
        candidate = self.ranking.chosen_candidate()
        if candidate is not None:
            actions = self.settle.candidate_actions(self.state, candidate)
            show_menu(self, actions, self.ranking.viewport().mapToGlobal(at))

    def _grade_chosen(self) -> None:
        candidate = self.ranking.chosen_candidate()
        if candidate is None or self.state is None or self.settle.graded_kind(self.state, candidate) is None:
            self.context.say("info", self.tr("Choose a candidate the chair grades in the ranking first."))
            return
        self.settle.grade(candidate)

    def _ranking_buttons(self) -> None:
        state = self.state
        graded = [c for c in state.candidates if self.settle.graded_kind(state, c.id)] if state else []
        self.grade_button.setVisible(bool(graded))
        candidate = self.ranking.chosen_candidate()
        self.grade_button.setEnabled(bool(candidate) and any(c.id == candidate for c in graded))
        if graded:
            missing = sum(1 for c in graded if c.grade is None)
            if not missing:
                self.ranking_hint.setText(
                    self.tr(
                        "The chair grades {count} candidates, all graded: choose one and press the button to change its grade."
                    ).format(count=len(graded))
                )
                return
            self.ranking_hint.setText(
                self.tr(
                    "The chair grades {count} candidates ({missing} not graded yet): choose one and press the button, or right-click it."
                ).format(count=len(graded), missing=missing)
            )
        else:
            self.ranking_hint.setText(self.tr("Expand a candidate to see how its indicator was computed."))

    # ------------------------------------------------------------------ showing
    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        """Show ``state``; ``changes``: what the action that led to it changed, when known (the
        dossier tables then redraw only the rows of the dossiers it names)."""
        if state is None:
            return
        changed = changed_dossiers(changes)
        self.dossiers.show_rows(rows_of(state, DossierScoreRows), changed)
        flags = rows_of(state, FlagRows)
        self.flags.show_rows(flags)
        self.problems.show_rows(rows_of(state, ProblemRows))
        if names_any(changes, self.progress_shows):
            self.progress.show_rows(rows_of(state, ProgressRows))
        if names_any(changes, shown_areas(self.ranking)):
            self.ranking_stale = True
        self._fill_ranking_if_shown(state)
        has_checks = any(kind.dossier_checks for kind in state.ruleset.candidate_kinds)
        self.check_button.setVisible(has_checks)
        self.tabs.setTabText(0, self.tr("Dossier scores ({count})").format(count=len(state.dossiers)))
        self.tabs.setTabText(
            1,
            self.tr("Disagreements ({open} open of {count})").format(open=flags.open_count, count=len(flags)),
        )

    def _fill_ranking_if_shown(self, state: ChairState | None = None) -> None:
        """The ranking tree is filled when its tab is in view (a tree of every candidate's steps)."""
        state = state or self.state
        if state is None or not self.ranking_stale or self.tabs.currentIndex() != RANKING_TAB:
            return
        self.ranking_stale = False
        self.ranking.set_state(state)
        self._ranking_buttons()

    def experts_of(self, outcome: DossierOutcome) -> list[str]:
        return [r.reviewer_id for r in outcome.result.reviewers if r.role is Role.EXPERT]
