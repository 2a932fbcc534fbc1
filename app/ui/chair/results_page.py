"""Step 5: results — every dossier's scores, the disagreement flags (each opening the side-by-side
view where the chair settles it), the ranking with its steps, typical problems, reviewers' progress.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from app.review.disagreement import Flag
from app.review.panel_results import DossierOutcome
from app.review.points import format_points
from app.review.scoring import Role
from app.services.chair_state import ChairState
from app.ui.chair.context import ChairContext
from app.ui.chair.ranking_view import RankingView
from app.ui.chair.settle_actions import Action, Settlements, show_menu
from app.ui.chair.widgets import (
    ChairPage,
    Tone,
    fill_table,
    fit_columns,
    hint_label,
    make_table,
    status_item,
    text_item,
)
from app.ui.chair.wording import (
    flag_text,
    flag_word,
    join,
    local_time,
    role_word,
    settled_word,
    zero_reason_word,
)
from app.ui.messages import item_name

OpenFlag = Callable[[str, Flag | None], None]


class ResultsPage(ChairPage):
    def __init__(self, context: ChairContext, open_flag: OpenFlag, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.open_flag = open_flag
        self.shown_flags: list[Flag] = []
        self.shown_dossiers: list[str] = []
        self.settle = Settlements(context, self)

        self.dossiers = make_table(
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
        fit_columns(self.dossiers, [180, 130, 0, 75, 160, 60, 130, 70, 110])
        self.dossiers.cellDoubleClicked.connect(self._dossier_chosen)
        self.dossiers.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.dossiers.customContextMenuRequested.connect(self._dossier_menu)
        self.check_button = QPushButton(self.tr("Record a check…"), self)
        self.check_button.setToolTip(
            self.tr("A check outside the review the rule set counts, such as the mobile enforcement system")
        )
        self.check_button.clicked.connect(self._check_chosen)
        dossiers_page = QWidget(self)
        dossiers_layout = QVBoxLayout(dossiers_page)
        dossiers_layout.setContentsMargins(4, 4, 4, 4)
        dossiers_layout.addWidget(self.dossiers, 1)
        dossiers_row = QHBoxLayout()
        self.dossiers_hint = hint_label(
            self.tr(
                "Double-click a dossier to see its reviews side by side; right-click it to set it aside."
            ),
            dossiers_page,
        )
        dossiers_row.addWidget(self.dossiers_hint, 1)
        dossiers_row.addWidget(self.check_button)
        dossiers_layout.addLayout(dossiers_row)
        self.flags = make_table(
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
        fit_columns(self.flags, [180, 170, 200, 0, 100])
        self.flags.cellDoubleClicked.connect(lambda row, _c: self._flag_chosen(row))
        settle = QPushButton(self.tr("Compare and settle…"), self)
        settle.clicked.connect(lambda: self._flag_chosen(self.flags.currentRow()))
        flags_page = QWidget(self)
        flags_layout = QVBoxLayout(flags_page)
        flags_layout.setContentsMargins(4, 4, 4, 4)
        flags_layout.addWidget(self.flags, 1)
        flags_row = QHBoxLayout()
        flags_row.addWidget(
            hint_label(
                self.tr(
                    "Double-click a disagreement to see the reviewers' item scores side by side, with the PDF, and settle it with a reason."
                ),
                flags_page,
            ),
            1,
        )
        flags_row.addWidget(settle)
        flags_layout.addLayout(flags_row)
        self.ranking = RankingView(self)
        self.ranking.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ranking.customContextMenuRequested.connect(self._ranking_menu)
        self.ranking.currentItemChanged.connect(lambda *_a: self._ranking_buttons())
        self.grade_button = QPushButton(self.tr("Enter the chair's grade…"), self)
        self.grade_button.clicked.connect(self._grade_chosen)
        ranking_page = QWidget(self)
        ranking_layout = QVBoxLayout(ranking_page)
        ranking_layout.setContentsMargins(4, 4, 4, 4)
        ranking_layout.addWidget(self.ranking, 1)
        ranking_row = QHBoxLayout()
        self.ranking_hint = hint_label("", ranking_page)
        ranking_row.addWidget(self.ranking_hint, 1)
        ranking_row.addWidget(self.grade_button)
        ranking_layout.addLayout(ranking_row)
        self.problems = make_table(
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
        fit_columns(self.problems, [280, 150, 70, 70, 80, 0])
        self.progress = make_table(
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
        fit_columns(self.progress, [190, 90, 70, 70, 70, 70, 0, 140])

        self.tabs = QTabWidget(self)
        self.tabs.addTab(dossiers_page, "")
        self.tabs.addTab(flags_page, "")
        self.tabs.addTab(ranking_page, self.tr("Ranking"))
        self.tabs.addTab(self.problems, self.tr("Typical problems"))
        self.tabs.addTab(self.progress, self.tr("Reviewers' progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ choosing
    def _dossier_chosen(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.shown_dossiers):
            code = self.shown_dossiers[row]
            flag = next((f for f in self.shown_flags if f.dossier_id == code), None)
            self.open_flag(code, flag)

    def _flag_chosen(self, row: int) -> None:
        if 0 <= row < len(self.shown_flags):
            flag = self.shown_flags[row]
            self.open_flag(flag.dossier_id, flag)

    # ------------------------------------------------------------------ settling
    def chosen_dossier(self) -> str | None:
        row = self.dossiers.currentRow()
        return self.shown_dossiers[row] if 0 <= row < len(self.shown_dossiers) else None

    def dossier_actions(self, code: str) -> list[Action]:
        return self.settle.dossier_actions(self.state, code) if self.state else []

    def _dossier_menu(self, at: QPoint) -> None:
        item = self.dossiers.itemAt(at)
        if item is None:
            return
        self.dossiers.selectRow(item.row())
        code = self.chosen_dossier()
        if code is not None:
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
    def set_state(self, state: ChairState | None) -> None:
        if state is None:
            return
        self._fill_dossiers(state)
        self._fill_flags(state)
        self.ranking.set_state(state)
        self._ranking_buttons()
        has_checks = any(kind.dossier_checks for kind in state.ruleset.candidate_kinds)
        self.check_button.setVisible(has_checks)
        self._fill_problems(state)
        self._fill_progress(state)
        self.tabs.setTabText(0, self.tr("Dossier scores ({count})").format(count=len(state.dossiers)))
        self.tabs.setTabText(
            1,
            self.tr("Disagreements ({open} open of {count})").format(
                open=state.open_flags, count=len(state.flags)
            ),
        )

    def _fill_dossiers(self, state: ChairState) -> None:
        names = state.candidate_names
        reviewers = state.reviewer_names
        open_by_dossier: dict[str, int] = {}
        all_by_dossier: dict[str, int] = {}
        for flag in state.flags:
            all_by_dossier[flag.dossier_id] = all_by_dossier.get(flag.dossier_id, 0) + 1
            if not flag.settled:
                open_by_dossier[flag.dossier_id] = open_by_dossier.get(flag.dossier_id, 0) + 1
        rows = []
        self.shown_dossiers = []
        for outcome in state.results.dossiers:
            code = outcome.dossier.id
            self.shown_dossiers.append(code)
            rows.append(
                self._dossier_row(
                    outcome, names, reviewers, open_by_dossier.get(code, 0), all_by_dossier.get(code, 0)
                )
            )
        fill_table(self.dossiers, rows)

    def _dossier_row(
        self,
        outcome: DossierOutcome,
        names: dict[str, str],
        reviewers: dict[str, str],
        open_flags: int,
        flags: int,
    ) -> list[QTableWidgetItem]:
        r = outcome.result
        experts = join(f"{reviewers.get(k, k)} {format_points(v)}" for k, v in r.expert_scores.items())
        cross = join(
            f"{reviewers.get(k, k)} {'−' if v else ''}{format_points(v)}"
            for k, v in r.cross_deductions.items()
        )
        zero = join(zero_reason_word(z) for z in r.zero_reasons)
        if r.final is None:
            final = status_item(Tone.WAITING, self.tr("not yet"), self.tr("No expert score yet"))
        else:
            final = text_item(
                format_points(r.final) + ("*" if r.moderated else ""),
                self.tr("* settled by the chair") if r.moderated else "",
                number=True,
            )
        if open_flags:
            flag = status_item(Tone.CHECK, self.tr("{count} open").format(count=open_flags))
        elif flags or r.moderated:
            flag = status_item(Tone.GOOD, self.tr("Settled"))
        else:
            flag = text_item("")
        return [
            text_item(outcome.dossier.case_number),
            text_item(names.get(outcome.dossier.candidate_id, outcome.dossier.candidate_id)),
            text_item(experts or self.tr("(no expert score yet)")),
            text_item(format_points(r.expert_score) if r.expert_score is not None else "", number=True),
            text_item(cross),
            text_item(
                format_points(r.cross_deduction) if r.cross_deductions or r.moderated else "", number=True
            ),
            status_item(Tone.FIX, zero) if zero else text_item(""),
            final,
            flag,
        ]

    def _fill_flags(self, state: ChairState) -> None:
        names = state.reviewer_names
        cases = state.case_numbers
        flags = sorted(state.flags, key=lambda f: (f.settled, f.dossier_id))
        self.shown_flags = flags
        rows = []
        for flag in flags:
            file = state.files.get(flag.dossier_id)
            checklist = state.checklists.get(file.checklist_id) if file else None
            item = (
                item_name(checklist, flag.item_id)
                if flag.item_id
                else (item_name(checklist, flag.veto_id) if flag.veto_id else self.tr("(whole dossier)"))
            )
            status = status_item(Tone.GOOD if flag.settled else Tone.CHECK, settled_word(flag.settled))
            rows.append(
                [
                    text_item(cases.get(flag.dossier_id, flag.dossier_id)),
                    text_item(flag_word(flag.code)),
                    text_item(item),
                    text_item(flag_text(flag, names)),
                    status,
                ]
            )
        fill_table(self.flags, rows)

    def _fill_problems(self, state: ChairState) -> None:
        rows = []
        for p in state.statistics.problems:
            checklist = state.checklists.get(p.checklist_id)
            reasons = join(self.tr("{text} ×{count}").format(text=t, count=n) for t, n in p.reasons)
            rows.append(
                [
                    text_item(item_name(checklist, p.item_id)),
                    text_item(p.section_title),
                    text_item(
                        self.tr("{count} of {of}").format(count=p.dossiers, of=p.dossiers_reviewed),
                        number=True,
                    ),
                    text_item(p.reviews, number=True),
                    text_item(format_points(p.points), number=True),
                    text_item(reasons),
                ]
            )
        fill_table(self.problems, rows)

    def _fill_progress(self, state: ChairState) -> None:
        rows = []
        for p in state.progress:
            if not p.assigned:
                status = status_item(Tone.WAITING, self.tr("Nothing assigned"))
            elif p.complete == p.assigned:
                status = status_item(Tone.GOOD, self.tr("All complete"))
            elif p.complete or p.in_progress:
                status = status_item(
                    Tone.CHECK, self.tr("{done} of {all} complete").format(done=p.complete, all=p.assigned)
                )
            else:
                status = status_item(Tone.WAITING, self.tr("Not started (or file not merged)"))
            rows.append(
                [
                    text_item(f"{p.reviewer.name}（{p.reviewer.id}）"),
                    text_item(role_word(p.reviewer.role)),
                    text_item(p.assigned, number=True),
                    text_item(p.complete, number=True),
                    text_item(p.in_progress, number=True),
                    text_item(p.not_started, number=True),
                    status,
                    text_item(local_time(p.last_change)),
                ]
            )
        fill_table(self.progress, rows)

    def experts_of(self, outcome: DossierOutcome) -> list[str]:
        return [r.reviewer_id for r in outcome.result.reviewers if r.role is Role.EXPERT]
