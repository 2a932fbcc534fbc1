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
from app.services import chair_ops
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.services.draws import DrawReport
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.dossier_rows import CompositionLookups, DossierRows
from app.ui.chair.draw_dialog import DrawsView, ask_draw
from app.ui.chair.importing import ImportFlow, ImportOutcome, outcome_lines
from app.ui.chair.row_cache import rows_of
from app.ui.chair.settle_actions import Action, Settlements, show_menu
from app.ui.chair.table_model import RowsView, changed_dossiers, filter_box
from app.ui.chair.widgets import (
    TONE_BACKGROUNDS,
    TONE_COLOURS,
    ChairPage,
    DropArea,
    Tone,
    names_any,
    shown_areas,
    tab_page,
    tone_icon,
)
from app.ui.chair.wording import finding_text, join, kind_name, level_name

COMPOSITION_TAB = 0


class DossiersPage(ChairPage):
    shows = Area.PANEL | Area.ROSTER | Area.CHOICES  # candidates, dossiers, composition, draws

    def __init__(
        self, context: ChairContext, print_report: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.print_report = print_report
        self.importer = ImportFlow(context, self.show_import, self.start_draw)
        self.settle = Settlements(context, self)
        top = self._import_row()
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._composition_tab(), "")
        self.tabs.addTab(self._dossiers_tab(), "")
        self.tabs.addTab(self._draws_tab(), "")
        self.composition_stale = False
        self.tabs.currentChanged.connect(lambda _i: self._fill_composition_if_shown())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(self.tabs, 1)
        self._titles(None)

    # ------------------------------------------------------------------ building
    def _import_row(self) -> QHBoxLayout:
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
        top = QHBoxLayout()
        top.addWidget(self.drop, 1)
        top.addWidget(self.draw_button)
        return top

    def _composition_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(4)
        tree.setHeaderLabels(
            [
                self.tr("Candidate / case number"),
                self.tr("Kind"),
                self.tr("Dossiers"),
                self.tr("Composition check"),
            ]
        )
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((250, 230, 70)):
            tree.setColumnWidth(column, width)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._composition_menu)
        tree.itemDoubleClicked.connect(lambda item, _c: self._settle_first(item))
        return tree

    def _composition_tab(self) -> QWidget:
        self.composition = self._composition_tree()
        self.settle_button = QPushButton(self.tr("Settle the chosen problem…"), self)
        self.settle_button.setToolTip(
            self.tr(
                "Set an extra or shared dossier aside, choose the copy that stands or the pooled member candidates"
            )
        )
        self.settle_button.clicked.connect(self._settle_chosen)
        hint = self.tr(
            "Right-click a problem (or choose it and press the button) to settle it; each settlement asks for a reason and is kept in the records."
        )
        return tab_page(self, self.composition, hint, [self.settle_button])

    def _dossiers_tab(self) -> QWidget:
        self.table = RowsView(
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
        self.table.fit_columns([190, 150, 170, 80, 0, 95, 60, 55, 90, 110])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._dossier_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._dossier_buttons())
        self.table_filter = filter_box(self.table, self.tr("Filter: case number, candidate or title"), self)
        self.set_aside_button = QPushButton(self.tr("Set aside (not counted)…"), self)
        self.set_aside_button.clicked.connect(lambda: self._on_chosen_dossier(self.settle.set_aside))
        self.restore_button = QPushButton(self.tr("Count it again…"), self)
        self.restore_button.clicked.connect(lambda: self._on_chosen_dossier(self.settle.restore))
        hint = self.tr(
            "Dossier details come from the list and are read-only here. To correct one, correct the list and build the panel again before reviewing starts."
        )
        buttons = [self.set_aside_button, self.restore_button]
        return tab_page(self, self.table, hint, buttons, above=self.table_filter)

    def _draws_tab(self) -> QWidget:
        self.draws = DrawsView(self)
        print_draws = QPushButton(self.tr("Print the draw records…"), self)
        print_draws.setToolTip(self.tr("The records are part 4 of the panel's printed report"))
        print_draws.clicked.connect(self.print_report)
        hint = self.tr(
            "Each record keeps the pool and the seed: the draw can be repeated and checked by anyone."
        )
        return tab_page(self, self.draws, hint, [print_draws])

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
        if outcome.cancelled is not None:
            self.context.say(
                "info",
                self.tr(
                    "The import was cancelled; the lists before it were imported (see the list above the tables)."
                ),
            )
        elif bad:
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
            lambda panel: chair_ops.draw(
                panel, request.pool, seed=request.seed, redraw_reason=request.redraw_reason
            ),
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
        return self.table.chosen_id()

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
        code = self.table.id_at(self.table.indexAt(at))
        if code is None or self.state is None:
            return
        self.table.choose(code, scroll=False)
        actions = self.settle.dossier_actions(self.state, code)
        show_menu(self, actions, self.table.viewport().mapToGlobal(at))

    # ------------------------------------------------------------------ showing
    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        """Show ``state``; ``changes``: what the action that led to it changed, when known."""
        self._titles(state)
        if state is None:
            return
        self.composition_stale = True
        self._fill_composition_if_shown()
        self._fill_dossiers(state, changes)
        if names_any(changes, shown_areas(self.draws)):
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

    def _fill_composition_if_shown(self) -> None:
        """The composition tree (every candidate and its problems) is filled when its tab is in view."""
        state = self.state
        if state is None or not self.composition_stale or self.tabs.currentIndex() != COMPOSITION_TAB:
            return
        self.composition_stale = False
        self._fill_composition(state)

    def _fill_composition(self, state: ChairState) -> None:
        tree = self.composition
        tree.clear()
        lookups = rows_of(state, CompositionLookups)
        owned, names, cases = lookups.owned, lookups.names, lookups.cases
        for candidate in state.candidates:
            findings = lookups.findings.get(candidate.id, [])
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

    def _fill_dossiers(self, state: ChairState, changes: Changes | None) -> None:
        self.table.show_rows(rows_of(state, DossierRows), changed_dossiers(changes))
        self._dossier_buttons()

    def set_busy(self, busy: bool) -> None:
        self.drop.setEnabled(not busy)
        self.draw_button.setEnabled(not busy)
        self.settle_button.setEnabled(not busy)


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
