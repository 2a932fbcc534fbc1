"""The chair's window: a start page, then the panel's steps down the left and the current step's page.

Steps: overview, (1) dossiers and candidates, (2) reviewers and assignment, (3) packages, (4) merge,
(5) results and disagreements, (6) export and print. Each step's entry says where it stands in a word
and a shape. Messages appear in the quiet bar above the pages (never a dialog for routine work);
long work shows a progress strip with a cancel button. The title and the status bar say the panel,
"chair", and when the last change was written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.database import PanelFileError
from app.models.locking import PanelLocked, window
from app.review import library
from app.review.disagreement import Flag
from app.services.chair_state import ChairState
from app.services.changes import EVERYTHING, NOTHING, Area, Changes
from app.services.checklist_files import panel_checklists, ruleset_with_checklist
from app.services.panel import Panel
from app.services.switches import heap_frozen, switch_interval
from app.services.workspace_info import panel_file, workspace_reviewer
from app.ui.chair import dialogs, row_cache
from app.ui.chair.context import ChairContext, read_state
from app.ui.chair.dossiers_page import DossiersPage
from app.ui.chair.export_page import ExportPage
from app.ui.chair.flag_dialog import FlagDialog
from app.ui.chair.merge_page import MergePage
from app.ui.chair.new_panel_dialog import NewPanelDialog, NewPanelRequest
from app.ui.chair.overview_page import STEP_AREAS, OverviewPage, StartPage, StepWords
from app.ui.chair.packages_page import PackagesPage
from app.ui.chair.print_preview import PrintPreviewDialog
from app.ui.chair.recent import RecentPanels
from app.ui.chair.results_page import ResultsPage
from app.ui.chair.reviewers_page import ReviewersPage
from app.ui.chair.widgets import ProgressStrip, Tone, fit_to_screen, shown_areas, tone_icon
from app.ui.shared.message_bar import MessageBar
from app.ui.shared.messages import panel_locked_text
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner

log = logging.getLogger(__name__)
PdfFactory = Callable[[QWidget | None], QWidget]


# While the worker runs, the GUI thread must get the interpreter lock back quickly: every event that
# reaches a widget made in Python needs it (bench/bench_import_responsiveness.py). Only while busy.
SWITCH_INTERVAL_S = 0.001


class ChairWindow(QMainWindow):
    def __init__(
        self, settings: UiSettings, runner: TaskRunner, pdf_factory: PdfFactory | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.runner = runner
        self._busy_span = ExitStack()  # a short switch interval while the worker runs
        self._panel_span = ExitStack()  # the open panel's state kept out of full collections
        runner.busy_changed.connect(self._worker_busy)
        self.recent = RecentPanels(settings)
        self._bridge: object | None = None
        self.pdf_factory = pdf_factory or self._real_pdf_view
        self.messages = MessageBar(self)
        self.context = ChairContext(runner, self.say, self)
        self.progress = ProgressStrip(self.context, self)
        self.flag_dialog: FlagDialog | None = None
        self.preview_dialog: PrintPreviewDialog | None = None

        self.start_page = StartPage(self)
        self.start_page.new_requested.connect(self.new_panel)
        self.start_page.open_requested.connect(self.choose_panel)
        self.start_page.recent_chosen.connect(self.open_panel)
        row_cache.register(StepWords)
        self.overview = OverviewPage(self, self._steps)
        self.dossiers = DossiersPage(self.context, lambda: self.export.print_document("report"), self)
        self.reviewers = ReviewersPage(self.context, self)
        self.packages = PackagesPage(self.context, self)
        self.merge = MergePage(self.context, self)
        self.results = ResultsPage(self.context, self.open_flag, self)
        self.export = ExportPage(self.context, self.show_preview, self)
        self.pages: list[QWidget] = [
            self.overview,
            self.dossiers,
            self.reviewers,
            self.packages,
            self.merge,
            self.results,
            self.export,
        ]
        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(230)
        self.nav.setSpacing(2)
        for _ in self.pages:
            self.nav.addItem(QListWidgetItem())
        self.page_stack = QStackedWidget(self)
        for page in self.pages:
            self.page_stack.addWidget(page)
        self.stale: dict[int, Changes] = {}  # pages to redraw when they come into view, and why
        self.nav.currentRowChanged.connect(self._show_page)
        self.overview.step_chosen.connect(self.nav.setCurrentRow)
        work = QWidget(self)
        work_layout = QHBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.nav)
        work_layout.addWidget(self.page_stack, 1)
        self.outer = QStackedWidget(self)
        self.outer.addWidget(self.start_page)
        self.outer.addWidget(work)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.messages)
        layout.addWidget(self.progress)
        layout.addWidget(self.outer, 1)
        self.setCentralWidget(central)

        self.where = {name: QLabel(self) for name in ("panel", "who", "saved")}
        self.statusBar().addPermanentWidget(self.where["panel"], 1)
        self.statusBar().addPermanentWidget(self.where["who"])
        self.statusBar().addPermanentWidget(self.where["saved"])
        self.where["who"].setText(self.tr("Chair"))
        self._menus()

        self.context.state_changed.connect(self._state_changed)
        self.context.task_started.connect(lambda *_: self._busy(True))
        self.context.task_finished.connect(lambda: self._busy(False))
        self.context.changed_at.connect(self._changed_at)
        self._nav_titles(None)
        self._show_start()
        self.resize(1280, 760)

    # ------------------------------------------------------------------ menus
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Panel"))
        self.new_action = QAction(self.tr("&New panel…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_panel)
        self.open_action = QAction(self.tr("&Open panel…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_panel)
        self.recent_menu = QMenu(self.tr("Opened &lately"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.close_action = QAction(self.tr("&Close panel"), self)
        self.close_action.triggered.connect(self.close_panel)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        language = help_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)
            language.addAction(action)
        steps = QAction(self.tr("How a panel runs"), self)
        steps.setShortcut(QKeySequence.StandardKey.HelpContents)
        steps.triggered.connect(self._show_steps_help)
        help_menu.addAction(steps)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(f"{path.stem}  —  {path.parent}")
            action.triggered.connect(lambda _=False, p=path: self.open_panel(p))

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self.say("info", self.tr("The language changes the next time the program starts."))

    def _show_steps_help(self) -> None:
        self.say(
            "info",
            self.tr(
                "1 import the candidates' and dossiers' lists with the PDFs · 2 import the reviewers and assign · 3 make the packages and hand them out · 4 merge the files the reviewers bring back · 5 settle the disagreements · 6 export and print."
            ),
        )

    # ------------------------------------------------------------------ opening and creating
    def choose_panel(self) -> None:
        path = dialogs.ask_open_file(
            self, self.tr("Open a panel"), self.tr("Panels (*.dpanel)"), self.recent.last_folder()
        )
        if path is not None:
            self.open_panel(path)

    def open_panel(self, path: Path) -> None:
        file = panel_file(path)
        current = self.context.panel
        if current is not None and current.path.resolve() == file.resolve():
            self.say("info", self.tr("{name} is open here already.").format(name=file.name))
            return

        def work() -> tuple[Panel, ChairState]:
            panel = Panel.open(file, writer=window("chair"))  # held while the window has it open
            try:
                if workspace_reviewer(panel) is not None:
                    raise PanelFileError("workspace", file)
                return panel, read_state(panel, None, EVERYTHING)
            except BaseException:
                panel.close()
                raise

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PanelLocked):  # open in another window: say who, in a whole sentence
                self.say("warning", panel_locked_text(exc))
            else:
                self.context.fail(self.tr("Opening the panel"), exc, writes=False)

        self.say("info", self.tr("Opening {name}…").format(name=file.name))
        self._freeze_what_is_read()
        self.runner.run(work, self._opened, failed)

    def new_panel(self) -> None:
        dialog = NewPanelDialog(self, folder=self.recent.last_folder())
        if not dialogs.exec_dialog(dialog):
            return
        request = dialog.request()

        def work() -> tuple[Panel, ChairState]:
            panel = create_panel(request)
            return panel, read_state(panel, None, EVERYTHING)

        self._freeze_what_is_read()
        self.runner.run(work, self._opened, lambda exc: self.context.fail(self.tr("Creating the panel"), exc))

    def _freeze_what_is_read(self) -> None:
        """Enter the panel's frozen-heap span before the first read, not after: the read then moves the
        state it made out of the collector's scans (``context.read_state``) while the collector is still
        paused. Entered only once the state had arrived, the first collection after the read walked its
        10^6 objects holding the interpreter lock (a 290 ms freeze of the window at 5,000 dossiers)."""
        self._panel_span.close()
        self._panel_span.enter_context(heap_frozen())  # what is loaded now lives as long as the panel

    def _opened(self, opened: tuple[Panel, ChairState]) -> None:
        panel, state = opened
        self.context.set_panel(panel, state)
        self.recent.add(panel.path)
        self.messages.dismiss()
        self.outer.setCurrentIndex(1)
        self.nav.setCurrentRow(0 if state.dossiers else 1)
        self.say("info", self.tr("{title} is open.").format(title=state.info.title))

    def close_panel(self) -> None:
        if self.context.busy:
            self.say("warning", self.tr("Please wait until the current task has finished."))
            return
        self.context.set_panel(None)
        self._panel_span.close()
        self._show_start()

    def _show_start(self) -> None:
        self.start_page.set_recent(self.recent.paths())
        self.outer.setCurrentIndex(0)
        self.close_action.setEnabled(False)
        self.where["panel"].setText(self.tr("No panel open"))
        self.setWindowTitle(self.tr("Dossier review — chair"))

    # ------------------------------------------------------------------ state
    def _show_page(self, row: int) -> None:
        changes = self.stale.pop(row, None)
        if changes is not None:
            self._fill(row, self.context.state, changes)
        self.page_stack.setCurrentIndex(row)

    def _fill(self, row: int, state: ChairState | None, changes: Changes) -> None:
        setter = getattr(self.pages[row], "set_state", None)
        if setter is not None:
            setter(state, changes)

    def _state_changed(self, state: ChairState | None, changes: Changes) -> None:
        """Redraw only the pages that show an area ``changes`` names: the page in view now, the
        others when they come into view (what each still has to redraw adds up until then)."""
        if state is None:
            changes = EVERYTHING
        for row, page in enumerate(self.pages):
            if changes.touches(shown_areas(page)):
                self.stale[row] = self.stale.get(row, NOTHING) | changes
        current = self.nav.currentRow()
        if current in self.stale:
            self._fill(current, state, self.stale.pop(current))
        if changes.touches(STEP_AREAS):
            self._nav_titles(state)
        if state is None or not changes.touches(Area.PANEL):
            return
        self.close_action.setEnabled(True)
        self.where["panel"].setText(f"{state.info.title}  ·  {state.path}")
        self.setWindowTitle(self.tr("{title} — chair — Dossier review").format(title=state.info.title))

    def _nav_titles(self, state: ChairState | None) -> None:
        titles = [
            self.tr("Overview"),
            self.tr("1 Dossiers"),
            self.tr("2 Reviewers"),
            self.tr("3 Packages"),
            self.tr("4 Merge"),
            self.tr("5 Results"),
            self.tr("6 Export & print"),
        ]
        statuses = self._steps(state) if state is not None else None
        for row, title in enumerate(titles):
            item = self.nav.item(row)
            item.setText(title)
            if statuses is not None and row > 0:
                _title, text, tone = statuses[row - 1]
                item.setIcon(tone_icon(tone))
                item.setToolTip(text)

    def _steps(self, state: ChairState) -> list[tuple[str, str, Tone]]:
        """Where each step stands (worked out on the worker with the read)."""
        return row_cache.rows_of(state, StepWords).steps

    def _changed_at(self, moment: datetime) -> None:
        self.where["saved"].setText(self.tr("Last change {time}").format(time=moment.strftime("%H:%M:%S")))

    def _worker_busy(self, busy: bool) -> None:
        if busy:
            self._busy_span.enter_context(switch_interval(SWITCH_INTERVAL_S))
        else:
            self._busy_span.close()

    def _busy(self, busy: bool) -> None:
        for page in self.pages:
            setter = getattr(page, "set_busy", None)
            if setter is not None:
                setter(busy)
        self.new_action.setEnabled(not busy)
        self.open_action.setEnabled(not busy)

    def say(self, kind: str, text: str) -> None:
        self.messages.show_message(kind, text)

    # ------------------------------------------------------------------ dialogs
    def open_flag(self, code: str, flag: Flag | None) -> None:
        if self.flag_dialog is not None:
            self.flag_dialog.close()
        dialog = FlagDialog(self.context, code, flag, self.pdf_factory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(dialog, max(900, self.width() - 30), max(600, self.height() - 30))
        dialog.finished.connect(lambda _r: setattr(self, "flag_dialog", None))
        self.flag_dialog = dialog
        dialog.open()

    def show_preview(self, pdf: Path, title: str) -> None:
        dialog = PrintPreviewDialog(pdf, title, self.runner, self.pdf_factory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(dialog, min(1100, self.width() - 30), max(600, self.height() - 30))
        dialog.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    def _real_pdf_view(self, parent: QWidget | None) -> QWidget:
        from app.ui.pdf.view import PdfView
        from app.ui.shared.qt_bridge import RenderBridge

        if self._bridge is None:
            self._bridge = RenderBridge(self)
        view = PdfView(parent, bridge=self._bridge)  # type: ignore[arg-type]
        return view

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Close at once, never waiting for the worker: a running task is cancelled and said so.

        The task stops at its next check and rolls back (every service write is all-or-nothing);
        work already handed in finishes on the worker, and the panel is closed there after it.
        """
        if self.context.busy:
            task = self.context.long_task
            self.context.cancel()
            log.info("window closed while %s was running: cancelled, the panel stays as it was", task)
            self.say(
                "info",
                self.tr("{task} was stopped. The panel stays as it was before the task.").format(task=task),
            )
        panel, self.context.panel = self.context.panel, None
        self.runner.stop(after=panel.close if panel is not None else None)
        self._busy_span.close()
        self._panel_span.close()
        shutdown = getattr(self._bridge, "shutdown", None)
        if shutdown is not None:
            shutdown()
        super().closeEvent(event)


def create_panel(request: NewPanelRequest) -> Panel:
    """Create the panel file (worker thread), with the office's own checklist if one was imported."""
    ruleset = library.ruleset(request.ruleset_id)
    checklists = None
    if request.checklist is not None:
        ruleset = ruleset_with_checklist(ruleset, request.checklist, request.replaces)
        checklists = panel_checklists(ruleset, request.checklist)
    return Panel.create(
        request.path,
        ruleset,
        checklists=checklists,
        writer=window("chair"),
        title=request.title,
        campaign_start=request.campaign_start,
        campaign_end=request.campaign_end,
        blind=request.blind,
        expert_aggregation=request.expert_aggregation,
        cross_aggregation=request.cross_aggregation,
        disagreement_threshold=request.disagreement_threshold,
    )
