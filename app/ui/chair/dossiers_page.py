"""Step 1: candidates and dossiers — import the lists and PDFs, see the composition check, draw.

The composition check is shown per candidate in plain words (what is missing, extra or forbidden),
each problem marked "must fix" or "check" by shape and word. Dossier details come from the lists and
are read-only here: the services offer no editing of an imported dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.review.composition import Finding, Severity
from app.services.chair_state import ChairState
from app.services.draws import DrawReport, draw
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.draw_dialog import DrawsView, ask_draw
from app.ui.chair.importing import ImportFlow, ImportOutcome, outcome_lines
from app.ui.chair.settle_actions import Action, Settlements, show_menu
from app.ui.chair.widgets import (
    TONE_BACKGROUNDS,
    TONE_COLOURS,
    ChairPage,
    DropArea,
    Tone,
    fill_table,
    fit_columns,
    hint_label,
    make_table,
    status_item,
    text_item,
    tone_icon,
)
from app.ui.chair.wording import finding_text, join, kind_name, level_name, source_word, type_name


class DossiersPage(ChairPage):
    def __init__(
        self, context: ChairContext, print_report: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.print_report = print_report
        self.importer = ImportFlow(context, self.show_import, self.start_draw)
        self.settle = Settlements(context, self)

        self.drop = DropArea(
            self.tr(
                "Drop the candidates' and dossiers' lists (CSV or XLSX) here, with the folder of PDFs beside the dossiers' list. Import the candidates first; the PDFs are checked and copied into the panel."
            ),
            self.tr("Choose lists…"),
            self,
        )
        self.drop.files_dropped.connect(self.importer.start)
        self.drop.choose_clicked.connect(self.choose_lists)
        self.draw_button = QPushButton(self.tr("Random draw…"), self)
        self.draw_button.setToolTip(
            self.tr("Draw the randomly drawn dossiers from the national system's pool")
        )
        self.draw_button.clicked.connect(lambda: self.start_draw(None))
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.hide()

        self.composition = QTreeWidget(self)
        self.composition.setColumnCount(4)
        self.composition.setHeaderLabels(
            [
                self.tr("Candidate / case number"),
                self.tr("Kind"),
                self.tr("Dossiers"),
                self.tr("Composition check"),
            ]
        )
        self.composition.setWordWrap(True)
        self.composition.setUniformRowHeights(False)
        self.composition.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.composition.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((250, 230, 70)):
            self.composition.setColumnWidth(column, width)
        self.composition.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.composition.customContextMenuRequested.connect(self._composition_menu)
        self.composition.itemDoubleClicked.connect(lambda item, _c: self._settle_first(item))
        self.settle_button = QPushButton(self.tr("Settle the chosen problem…"), self)
        self.settle_button.setToolTip(
            self.tr(
                "Set an extra or shared dossier aside, choose the copy that stands or the pooled member candidates"
            )
        )
        self.settle_button.clicked.connect(self._settle_chosen)
        composition_page = QWidget(self)
        composition_layout = QVBoxLayout(composition_page)
        composition_layout.setContentsMargins(4, 4, 4, 4)
        composition_layout.addWidget(self.composition, 1)
        composition_row = QHBoxLayout()
        composition_row.addWidget(
            hint_label(
                self.tr(
                    "Right-click a problem (or choose it and press the button) to settle it; each settlement asks for a reason and is kept in the records."
                ),
                composition_page,
            ),
            1,
        )
        composition_row.addWidget(self.settle_button)
        composition_layout.addLayout(composition_row)

        self.table = make_table(
            [
                self.tr("Case number"),
                self.tr("Candidate"),
                self.tr("Type"),
                self.tr("Source"),
                self.tr("Title"),
                self.tr("Closed"),
                self.tr("Published"),
                self.tr("Pages"),
                self.tr("PDF"),
                self.tr("Counted"),
            ],
            self,
            stretch=4,
        )
        fit_columns(self.table, [190, 150, 170, 80, 0, 95, 60, 55, 90, 110])
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._dossier_menu)
        self.table.itemSelectionChanged.connect(self._dossier_buttons)
        self.set_aside_button = QPushButton(self.tr("Set aside (not counted)…"), self)
        self.set_aside_button.clicked.connect(lambda: self._on_chosen_dossier(self.settle.set_aside))
        self.restore_button = QPushButton(self.tr("Count it again…"), self)
        self.restore_button.clicked.connect(lambda: self._on_chosen_dossier(self.settle.restore))
        self.draws = DrawsView(self)
        print_draws = QPushButton(self.tr("Print the draw records…"), self)
        print_draws.setToolTip(self.tr("The records are part 4 of the panel's printed report"))
        print_draws.clicked.connect(self.print_report)
        draws_page = QWidget(self)
        draws_layout = QVBoxLayout(draws_page)
        draws_layout.setContentsMargins(4, 4, 4, 4)
        draws_layout.addWidget(self.draws, 1)
        draws_row = QHBoxLayout()
        draws_row.addWidget(
            hint_label(
                self.tr(
                    "Each record keeps the pool and the seed: the draw can be repeated and checked by anyone."
                ),
                draws_page,
            ),
            1,
        )
        draws_row.addWidget(print_draws)
        draws_layout.addLayout(draws_row)
        dossiers_page = QWidget(self)
        dossiers_layout = QVBoxLayout(dossiers_page)
        dossiers_layout.setContentsMargins(4, 4, 4, 4)
        dossiers_layout.addWidget(self.table, 1)
        dossiers_row = QHBoxLayout()
        dossiers_row.addWidget(
            hint_label(
                self.tr(
                    "Dossier details come from the list and are read-only here. To correct one, correct the list and build the panel again before reviewing starts."
                ),
                dossiers_page,
            ),
            1,
        )
        dossiers_row.addWidget(self.set_aside_button)
        dossiers_row.addWidget(self.restore_button)
        dossiers_layout.addLayout(dossiers_row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(composition_page, "")
        self.tabs.addTab(dossiers_page, "")
        self.tabs.addTab(draws_page, "")
        top = QHBoxLayout()
        top.addWidget(self.drop, 1)
        top.addWidget(self.draw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(self.tabs, 1)
        self._titles(None)

    # ------------------------------------------------------------------ actions
    def choose_lists(self) -> None:
        paths = dialogs.ask_open_files(
            self, self.tr("Choose the candidates' and dossiers' lists"), dialogs.manifest_filter()
        )
        if paths:
            self.importer.start(paths)

    def show_import(self, outcome: ImportOutcome) -> None:
        lines = outcome_lines(outcome)
        if not lines:
            self.report.hide()
            return
        html = []
        for problem, line in lines:
            colour = TONE_COLOURS[Tone.FIX] if problem else TONE_COLOURS[Tone.GOOD]
            mark = "▲ " if problem else "● "
            html.append(f"<div style='color:{colour}'>{mark}{_escape(line)}</div>")
        self.report.setText("".join(html))
        self.report.setStyleSheet(f"background: {TONE_BACKGROUNDS[Tone.NEUTRAL]}; padding: 4px;")
        self.report.show()
        bad = sum(1 for problem, _ in lines if problem)
        if bad:
            self.context.say(
                "warning",
                self.tr("The import is done, but some rows were left out; see the list above the tables."),
            )
        else:
            self.context.say("info", self.tr("The lists were imported."))

    def start_draw(self, pool: Path | None) -> None:
        if self.context.panel is None:
            return
        request = ask_draw(self, pool, drawn_before=bool(self.state and self.state.draws))
        if request is None:
            return

        def done(report: DrawReport) -> None:
            short = sum(len(r.result.shortfalls) for r in report.records)
            text = self.tr("Drawn for {count} candidates with the seed {seed}.").format(
                count=len(report.records), seed=report.seed
            )
            if short:
                text += " " + self.tr("{short} pools were too small; see the records.").format(short=short)
            if report.not_in_pool:
                names = self.state.candidate_names if self.state else {}
                text += " " + self.tr("Not in this pool: {names}.").format(
                    names=join(names.get(c, c) for c in report.not_in_pool)
                )
            self.context.say("warning" if short or report.not_in_pool else "info", text)
            self.tabs.setCurrentIndex(2)

        self.context.run_quick(
            self.tr("The random draw"),
            lambda panel: draw(panel, request.pool, seed=request.seed, redraw_reason=request.redraw_reason),
            done,
        )

    # ------------------------------------------------------------------ settling
    def composition_actions(self, item: QTreeWidgetItem | None) -> list[Action]:
        """What the chosen row offers: a problem's settling actions, or the candidate's own (its pool)."""
        state = self.state
        if state is None or item is None:
            return []
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            return self.settle.finding_actions(state, finding)
        candidate_id = item.data(1, Qt.ItemDataRole.UserRole)
        if isinstance(candidate_id, str):
            return self.settle.candidate_actions(state, candidate_id)
        return []

    def _composition_menu(self, at: QPoint) -> None:
        item = self.composition.itemAt(at)
        show_menu(self, self.composition_actions(item), self.composition.viewport().mapToGlobal(at))

    def _settle_first(self, item: QTreeWidgetItem) -> None:
        actions = self.composition_actions(item)
        if len(actions) == 1:
            actions[0][1]()

    def _settle_chosen(self) -> None:
        item = self.composition.currentItem()
        actions = self.composition_actions(item)
        if not actions:
            self.context.say(
                "info",
                self.tr(
                    "Choose a problem in the list first: one marked “must fix” that a settlement solves."
                ),
            )
            return
        if len(actions) == 1:
            actions[0][1]()
            return
        button = self.settle_button
        show_menu(self, actions, button.mapToGlobal(QPoint(0, button.height())))

    def chosen_dossier(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return code if isinstance(code, str) else None

    def _on_chosen_dossier(self, action: Callable[[str], None]) -> None:
        code = self.chosen_dossier()
        if code is None:
            self.context.say("info", self.tr("Choose a dossier in the list first."))
            return
        action(code)

    def _dossier_buttons(self) -> None:
        state, code = self.state, self.chosen_dossier()
        dossier = state.dossier(code) if state and code else None
        self.set_aside_button.setEnabled(dossier is not None and dossier.set_aside_reason is None)
        self.restore_button.setEnabled(dossier is not None and dossier.set_aside_reason is not None)

    def _dossier_menu(self, at: QPoint) -> None:
        item = self.table.itemAt(at)
        if item is None or self.state is None:
            return
        self.table.selectRow(item.row())
        code = self.chosen_dossier()
        if code is not None:
            actions = self.settle.dossier_actions(self.state, code)
            show_menu(self, actions, self.table.viewport().mapToGlobal(at))

    # ------------------------------------------------------------------ showing
    def set_state(self, state: ChairState | None) -> None:
        self._titles(state)
        if state is None:
            return
        self._fill_composition(state)
        self._fill_dossiers(state)
        self.draws.set_state(state)

    def _titles(self, state: ChairState | None) -> None:
        candidates = len(state.candidates) if state else 0
        dossiers = len(state.dossiers) if state else 0
        problems = len({f.candidate_id for f in state.results.composition}) if state else 0
        self.tabs.setTabText(
            0,
            self.tr("Candidates and composition check ({problems} of {count} need a look)").format(
                problems=problems, count=candidates
            ),
        )
        self.tabs.setTabText(1, self.tr("Dossiers ({count})").format(count=dossiers))
        self.tabs.setTabText(
            2, self.tr("Random draws ({count})").format(count=len(state.draws) if state else 0)
        )

    def _fill_composition(self, state: ChairState) -> None:
        tree = self.composition
        tree.clear()
        owned: dict[str, int] = {}
        for d in state.dossiers:
            owned[d.candidate_id] = owned.get(d.candidate_id, 0) + 1
        names = state.candidate_names
        cases = state.case_numbers
        for candidate in state.candidates:
            findings = state.findings_of(candidate.id)
            kind = state.ruleset.kind(candidate.kind)
            required = kind.required_count if kind else 0
            errors = sum(1 for f in findings if f.severity is Severity.ERROR)
            warnings = len(findings) - errors
            if errors:
                tone, word = Tone.FIX, self.tr("{count} to fix").format(count=errors)
                if warnings:
                    word += self.tr(", {count} to check").format(count=warnings)
            elif warnings:
                tone, word = Tone.CHECK, self.tr("{count} to check").format(count=warnings)
            else:
                tone, word = Tone.GOOD, self.tr("Complete")
            top = QTreeWidgetItem(
                tree,
                [
                    f"{candidate.name}（{candidate.id}）",
                    kind_name(state.ruleset, candidate.kind),
                    self.tr("{handed} of {required}").format(
                        handed=owned.get(candidate.id, 0), required=required
                    ),
                    word,
                ],
            )
            top.setToolTip(
                1, self.tr("Ranked at: {level}").format(level=level_name(state.ruleset, candidate.level))
            )
            top.setData(1, Qt.ItemDataRole.UserRole, candidate.id)
            top.setIcon(3, tone_icon(tone))
            top.setForeground(3, QColor(TONE_COLOURS[tone]))
            for finding in findings:
                self._finding_row(top, finding, state, names, cases)
            top.setExpanded(bool(findings))

    def _finding_row(
        self,
        top: QTreeWidgetItem,
        finding: Finding,
        state: ChairState,
        names: dict[str, str],
        cases: dict[str, str],
    ) -> None:
        where = (
            cases.get(finding.dossier_id, finding.dossier_id or "")
            if finding.dossier_id
            else self.tr("(the candidate)")
        )
        tone = Tone.FIX if finding.severity is Severity.ERROR else Tone.CHECK
        word = self.tr("Must fix") if tone is Tone.FIX else self.tr("Check")
        text = finding_text(finding, state.ruleset, names)
        child = QTreeWidgetItem(top, [where, word, "", text])
        child.setIcon(1, tone_icon(tone))
        child.setForeground(1, QColor(TONE_COLOURS[tone]))
        child.setToolTip(3, text)
        child.setData(0, Qt.ItemDataRole.UserRole, finding)
        if self.settle.finding_actions(state, finding):
            child.setToolTip(0, self.tr("Right-click to settle this problem"))

    def _fill_dossiers(self, state: ChairState) -> None:
        names = state.candidate_names
        rows = []
        for d in state.dossiers:
            file = state.files.get(d.id)
            officers = join(f"{o.name} {o.certificate}".strip() for o in d.officers)
            pdf = (
                status_item(Tone.GOOD, self.tr("Imported"), str(file.pdf_path))
                if file and file.pdf_path
                else status_item(Tone.FIX, self.tr("No PDF"))
            )
            counted = (
                status_item(
                    Tone.CHECK,
                    self.tr("Set aside"),
                    self.tr("Set aside by the chair, not counted: {reason}").format(
                        reason=d.set_aside_reason
                    ),
                )
                if d.set_aside_reason is not None
                else text_item(self.tr("Counted"))
            )
            rows.append(
                [
                    text_item(
                        d.case_number, self.tr("Officers: {officers}").format(officers=officers or "—")
                    ),
                    text_item(names.get(d.candidate_id, d.candidate_id)),
                    text_item(type_name(state.ruleset, d.type)),
                    text_item(source_word(d.source)),
                    text_item(d.title),
                    text_item(d.closing_date.isoformat() if d.closing_date else ""),
                    status_item(Tone.GOOD, self.tr("Yes"))
                    if d.publicised
                    else status_item(Tone.CHECK, self.tr("No")),
                    text_item(file.page_count if file and file.page_count else "", number=True),
                    pdf,
                    counted,
                ]
            )
            rows[-1][0].setData(Qt.ItemDataRole.UserRole, d.id)
        fill_table(self.table, rows)
        self.table.setSortingEnabled(True)
        self._dossier_buttons()

    def set_busy(self, busy: bool) -> None:
        self.drop.setEnabled(not busy)
        self.draw_button.setEnabled(not busy)
        self.settle_button.setEnabled(not busy)


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
