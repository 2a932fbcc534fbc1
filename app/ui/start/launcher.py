"""Opening a file in the right role — from the start screen, ``dossier-panel open FILE`` or a double-click.

    .dppkg     a reviewer's package: unpacked into the workspaces folder, then the reviewer's window
    .dpanel    a reviewer's workspace: the reviewer's window; a chair's panel: the chair's window
    a folder   a reviewer's workspace folder: the reviewer's window
    .dpreview  a reviewer file: the chair's window on the panel opened last, at its merge step, merging it
    the demo   built in the data folder on first use, then the reviewer's window as expert E1

Slow work (unpacking, building the demo, finding out what a panel file is) runs on the launcher's own
worker; each window gets a worker of its own (closing a window stops its worker). The chair's window
(``app.ui.chair.chair_window.ChairWindow``) is imported only when it is needed. ``run`` is the entry
of the start screen and of ``open``.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from app import logs, paths
from app.exchange.errors import ExchangeError
from app.exchange.package_format import PACKAGE_SUFFIX
from app.exchange.reviewer_file import REVIEWER_FILE_SUFFIX
from app.services.panel import PANEL_SUFFIX
from app.ui.shared.look import translate
from app.ui.shared.passphrase_dialog import PASSPHRASE_CODES, Asker, ask_passphrase, passphrase_problem_text
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner
from app.ui.start.recent_files import CHAIR, REVIEWER, RecentEntry, RecentFiles
from app.ui.start.start_screen import StartScreen, app_icon

log = logging.getLogger(__name__)

PdfFactory = Callable[[QWidget | None], QWidget]
DEMO_REVIEWER = "E1"
SHOW_START_AFTER_MS = (
    400  # a double-clicked file that takes longer than this shows the start screen's progress
)
DAMAGED = {
    "unreadable",
    "truncated",
    "corrupt",
    "corrupt_archive",
    "corrupt_manifest",
    "invalid_manifest",
    "no_manifest",
    "unknown_format",
    "unexpected_entry",
    "unsafe_entry",
    "unsafe_name",
    "duplicate_entry",
    "too_many_entries",
    "archive_too_large",
    "compression_ratio",
    "entry_too_large",
    "snapshot_mismatch",
    "checklist_mismatch",
    "pdf_missing",
    "pdf_unreadable",
    "pdf_mismatch",
    "page_count_mismatch",
    "pdf_size_mismatch",
    "damaged",
    "bad_package_signature",
}


def file_kind(path: Path) -> str:
    """``package``, ``panel`` (a chair's panel or a workspace), ``reviewer_file`` or ``unknown``."""
    suffix = path.suffix.lower()
    if suffix == PACKAGE_SUFFIX:
        return "package"
    if suffix == PANEL_SUFFIX or path.is_dir():
        return "panel"
    if suffix == REVIEWER_FILE_SUFFIX:
        return "reviewer_file"
    return "unknown"


def package_problem_text(exc: BaseException) -> str:
    """What went wrong opening a package, in the reviewer's words (nothing was changed in any case)."""
    code = getattr(exc, "code", "")
    if code == "locked":  # the workspace this package renews is open in a window
        from app.ui.shared.messages import panel_locked_text

        return panel_locked_text(exc)
    if code in DAMAGED:
        return translate(
            "Launcher",
            "The package is damaged or is not a reviewer package ({code}). Nothing was changed; ask the panel chair for a new copy.",
        ).format(code=code)
    if code in ("panel_key_mismatch", "other_panel_key"):
        return translate(
            "Launcher",
            "This package is not signed by your panel's key: it may have been swapped on the way. Nothing was changed; ask the panel chair for a new package and slip.",
        )
    if code == "unprotected_package":
        return translate(
            "Launcher",
            "This is an old, unprotected package, but your workspace came from a protected one: it is not opened over it. Nothing was changed; ask the panel chair.",
        )
    if code == "older_package":
        return translate(
            "Launcher",
            "This package is older than the one already opened on this computer. Your work is kept: open it from “Opened lately”.",
        )
    if code == "other_workspace":
        return translate(
            "Launcher",
            "The workspace folder for this package belongs to another panel or reviewer. Nothing was changed.",
        )
    if code == "workspace_unreadable":
        return translate(
            "Launcher",
            "The workspace folder {path} cannot be used: it holds something else. Nothing was changed.",
        ).format(path=getattr(exc, "path", "") or "")
    if code == "no_assignments":
        return translate("Launcher", "The package holds no dossiers for you. Ask the panel chair.")
    if code == "io_error" or isinstance(exc, OSError):
        return translate(
            "Launcher", "The package could not be unpacked onto this computer (is the disk full?): {error}"
        ).format(error=getattr(exc, "detail", "") or exc)
    return translate("Launcher", "The package cannot be opened: {error}").format(error=exc)


def chair_window_class() -> Any | None:
    """The chair's window class, or ``None`` if this build has none."""
    try:
        from app.ui.chair.chair_window import ChairWindow
    except ImportError:
        log.warning("the chair's window is not available", exc_info=True)
        return None
    return ChairWindow


class Launcher(QObject):
    window_opened = Signal(object)  # the QMainWindow just shown
    busy = Signal(str)  # what is being done; "" when done
    failed = Signal(str)  # a problem in words (nothing was changed)

    def __init__(
        self,
        settings: UiSettings,
        parent: QObject | None = None,
        *,
        runner_factory: Callable[[], TaskRunner] = TaskRunner,
        pdf_factory: PdfFactory | None = None,
    ) -> None:
        """``runner_factory`` makes each worker (tests: synchronous ones); ``pdf_factory`` the reviewer
        window's PDF view (default: the real one)."""
        super().__init__(parent)
        self.settings = settings
        self.recent = RecentFiles(settings)
        self.runner_factory = runner_factory
        self.pdf_factory = pdf_factory
        self.runner = runner_factory()
        self.runner.setParent(self)
        self.windows: list[QMainWindow] = []
        self._by_path: dict[str, QMainWindow] = {}
        self.ask_passphrase: Asker = ask_passphrase  # tests answer in its place

    # ------------------------------------------------------------------ any file
    def open_path(self, path: Path, reviewer: str | None = None) -> None:
        kind = file_kind(path)
        if not path.exists():
            self.failed.emit(translate("Launcher", "The file {path} does not exist.").format(path=path))
        elif kind == "package":
            self.open_package(path)
        elif kind == "panel":
            self.open_panel(path, reviewer)
        elif kind == "reviewer_file":
            self.merge_reviewer_file(path)
        else:
            self.failed.emit(
                translate(
                    "Launcher",
                    "{name} is not a file this program opens: it opens reviewer packages (.dppkg), panels (.dpanel) and reviewer files (.dpreview).",
                ).format(name=path.name)
            )

    def open_entry(self, entry: RecentEntry) -> None:
        if not entry.exists():
            self.recent.remove(entry.file)
            self.failed.emit(translate("Launcher", "{path} is no longer there.").format(path=entry.path))
        elif entry.role == CHAIR:
            self.open_chair(entry.file)
        else:
            self.open_reviewer(entry.file, entry.reviewer or None)

    # ------------------------------------------------------------------ reviewer
    def open_package(self, package: Path, problem: str = "") -> None:
        """A protected package asks for its passphrase first (again, saying why, after a wrong one)."""
        from app.services.workspace import open_package, package_is_protected

        try:
            protected = package_is_protected(package)
        except ExchangeError as exc:  # unreadable: worded like any other refusal; a bug is a crash
            self._fail(package_problem_text(exc), exc)
            return
        passphrase = None
        if protected:
            passphrase = self.ask_passphrase(None, package.name, problem)
            if passphrase is None:
                self.busy.emit("")
                return
        self.busy.emit(translate("Launcher", "Opening the package {name}…").format(name=package.name))
        target = paths.workspaces_dir()

        def failed(exc: BaseException) -> None:
            code = getattr(exc, "code", "")
            if code in PASSPHRASE_CODES:
                self.busy.emit("")
                self.open_package(package, passphrase_problem_text(code))
            else:
                self._fail(package_problem_text(exc), exc)

        self.runner.run(
            lambda: open_package(package, target, passphrase=passphrase),
            lambda workspace: self.open_reviewer(Path(workspace)),
            failed,
        )

    def open_panel(self, path: Path, reviewer: str | None = None) -> None:
        """A ``.dpanel`` or a folder: a workspace opens for its reviewer, a chair's panel for the chair
        (or, with ``reviewer``, for that reviewer)."""
        if reviewer:
            self.open_reviewer(path, reviewer)
            return
        from app.services.panel import Panel
        from app.services.workspace_info import panel_file, workspace_reviewer

        def work() -> bool:
            with Panel.open(panel_file(path)) as panel:
                return workspace_reviewer(panel) is not None

        def opened(is_workspace: bool) -> None:
            if is_workspace:
                self.open_reviewer(path)
            else:
                self.open_chair(path)

        self.busy.emit(translate("Launcher", "Opening {name}…").format(name=path.name))
        self.runner.run(work, opened, lambda exc: self._fail(self._open_problem(exc), exc))

    def open_reviewer(self, path: Path, reviewer: str | None = None) -> None:
        from app.services.workspace_info import panel_file
        from app.ui.reviewer.opening import open_for_review

        existing = self._by_path.get(str(panel_file(path).resolve()))
        if existing is not None and existing.isVisible():
            self._raise(existing)
            return
        self.busy.emit(translate("Launcher", "Opening {name}…").format(name=Path(path).name))
        runner = self.runner_factory()  # the window's own: its close stops it

        def failed(text: str) -> None:
            runner.shutdown()
            self._fail(text)

        open_for_review(
            path,
            reviewer,
            runner,
            on_ready=lambda session, opened: self._reviewer_ready(session, opened, runner),
            on_error=failed,
        )

    def _reviewer_ready(self, session: Any, opened: Any, runner: TaskRunner) -> None:
        from app.ui.reviewer.build import build_window

        window = (
            build_window(session, opened, self.settings, self.pdf_factory)
            if self.pdf_factory is not None
            else build_window(session, opened, self.settings)
        )
        window.setWindowIcon(app_icon())
        window.open_requested.connect(self.open_path)
        reviewer = "" if opened.is_workspace else session.reviewer.id
        self.recent.add(opened.path, REVIEWER, title=opened.panel.info.title, reviewer=reviewer)
        self._by_path[str(Path(opened.path).resolve())] = window  # opened.path is the panel file
        self._shown(window)
        window.start()

    # ------------------------------------------------------------------ demo
    def open_demo(self) -> None:
        from app.demo.build import PANEL_FILE

        folder = paths.demo_dir()
        panel = folder / PANEL_FILE
        if panel.is_file():
            self.open_reviewer(panel, DEMO_REVIEWER)
            return
        self.busy.emit(translate("Launcher", "Building the demo panel (a few seconds, the first time only)…"))
        self.runner.run(
            lambda: build_demo(folder),
            lambda built: self.open_reviewer(built, DEMO_REVIEWER),
            lambda exc: self._fail(
                translate("Launcher", "The demo could not be built: {error}").format(error=exc), exc
            ),
        )

    # ------------------------------------------------------------------ chair
    def open_chair(
        self, path: Path | None = None, *, new: bool = False, merge: Sequence[Path] = ()
    ) -> QMainWindow | None:
        window_class = chair_window_class()
        if window_class is None:
            self._fail(
                translate(
                    "Launcher",
                    "The chair's window is not part of this version. The chair's work can be done with the command line: dossier-panel --help",
                )
            )
            return None
        window = window_class(self.settings, self.runner_factory(), self.pdf_factory)
        window.setWindowIcon(app_icon())
        screen = QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            window.resize(min(1366, room.width()), min(768, room.height()))
        context = getattr(window, "context", None)
        if context is not None:
            context.state_changed.connect(
                lambda state, _changes: self._chair_state(window, state, list(merge))
            )
        self._shown(window)
        if path is not None:
            window.open_panel(Path(path))
        elif new:
            QTimer.singleShot(0, window.new_panel)
        return window

    def _chair_state(self, window: Any, state: Any, merge: list[Path]) -> None:
        if state is None:
            return
        self.recent.add(state.path, CHAIR, title=state.info.title)
        if merge and not getattr(window, "_launcher_merged", False):
            window._launcher_merged = True
            # after the window has finished showing the panel (it picks its own first step)
            QTimer.singleShot(0, lambda: self._merge_into(window, state, merge))

    def merge_reviewer_file(self, file: Path) -> None:
        panel = self.recent.last_chair_panel()
        if panel is None:
            self._fail(
                translate(
                    "Launcher",
                    "{name} is a reviewer's file for the panel chair. No panel has been opened on this computer yet: the chair opens the panel (Open a panel), then merges the file in step 4, Merge.",
                ).format(name=file.name)
            )
            return
        self.open_chair(panel, merge=[file])

    def _merge_into(self, window: Any, state: Any, files: list[Path]) -> None:
        """At the merge step, merge ``files`` if they belong to this panel; else say what to do."""
        from app.exchange.reviewer_file import read_envelope

        page = getattr(window, "merge", None)
        pages = getattr(window, "pages", [])
        if page is not None and page in pages:
            window.nav.setCurrentRow(pages.index(page))
        ours: list[Path] = []
        for file in files:
            try:
                panel_id = read_envelope(file.read_bytes()).panel_id
            except Exception:  # a damaged file: the merge step refuses it and says why
                panel_id = state.info.id
            if panel_id == state.info.id:
                ours.append(file)
            else:
                window.say(
                    "warning",
                    translate(
                        "Launcher",
                        "{name} belongs to another panel than “{title}”. Open that panel (Panel ▸ Open panel…), then merge the file in step 4.",
                    ).format(name=file.name, title=state.info.title),
                )
        if ours and page is not None:
            page.merge(ours)

    # ------------------------------------------------------------------ windows
    def _shown(self, window: QMainWindow) -> None:
        self.windows.append(window)
        window.show()
        self._raise(window)
        self.busy.emit("")
        self.window_opened.emit(window)

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.raise_()
        window.activateWindow()

    def _fail(self, text: str, exc: BaseException | None = None) -> None:
        if exc is not None:
            log.warning("%s", text, exc_info=exc)
        self.busy.emit("")
        self.failed.emit(text)

    @staticmethod
    def _open_problem(exc: BaseException) -> str:
        from app.ui.reviewer.opening import open_problem_text

        return open_problem_text(exc)

    def shutdown(self) -> None:
        """After the event loop: let the worker finish, close every panel the windows still hold."""
        self.runner.shutdown()
        for window in self.windows:
            session = getattr(window, "session", None)
            if session is not None:
                session.runner.shutdown()
                session.panel.close()


def build_demo(folder: Path) -> Path:
    """The demo panel in ``folder``, built beside it first and moved in whole (an interrupted build leaves
    nothing half made)."""
    from app.demo.build import PANEL_FILE, build_demo_panel

    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    build_demo_panel(partial, force=True, log=lambda line: log.info("demo: %s", line))
    if folder.exists():
        shutil.rmtree(folder)
    partial.replace(folder)
    return folder / PANEL_FILE


# ---------------------------------------------------------------------- the entry
def start(
    file: Path | None = None, argv: Sequence[str] | None = None
) -> tuple[QApplication, Launcher, StartScreen]:
    """The application with its log, error dialog and icon; the start screen, shown at once unless a
    ``file`` is being opened (then only if opening it fails or takes a while)."""
    from app.ui.shared import about_dialog, crash_handler
    from app.ui.shared.application import create_application

    logs.setup_logging()
    app = create_application(argv)
    app.setWindowIcon(app_icon())
    crash_handler.install(app)
    settings = UiSettings()
    launcher = Launcher(settings, app)
    screen = StartScreen(settings, launcher.recent)
    screen.package_requested.connect(launcher.open_package)
    screen.panel_requested.connect(launcher.open_panel)
    screen.new_panel_requested.connect(lambda: launcher.open_chair(new=True))
    screen.demo_requested.connect(launcher.open_demo)
    screen.recent_chosen.connect(launcher.open_entry)
    screen.about_requested.connect(lambda: about_dialog.show_about(screen))
    launcher.busy.connect(screen.set_busy)

    def failed(text: str) -> None:
        screen.show_problem(text)
        screen.refresh_recent()
        screen.show()
        screen.raise_()

    def opened(_window: QWidget) -> None:
        screen.set_busy("")
        screen.hide()

    launcher.failed.connect(failed)
    launcher.window_opened.connect(opened)
    if file is None:
        screen.show()
    else:
        launcher.open_path(Path(file))
        QTimer.singleShot(SHOW_START_AFTER_MS, lambda: screen.show() if screen.busy_text else None)
    return app, launcher, screen


def run(file: str | Path | None = None, argv: Sequence[str] | None = None) -> int:
    """The start screen (or ``file`` opened in its role) until the last window closes; the exit status."""
    app, launcher, _screen = start(Path(file) if file else None, argv)
    code = app.exec()
    launcher.shutdown()
    logs.flush()
    return int(code)


def run_reviewer(
    path: str | None = None, reviewer: str | None = None, argv: Sequence[str] | None = None
) -> int:
    """``gui [PATH] [--reviewer ID]``: the reviewer's window on ``path`` (default: the last one opened,
    else one chosen in a file dialog); File ▸ Open… in it opens other files in their role. A first
    file that cannot be opened is said in a dialog and the exit status is 2."""
    from app.ui.shared import crash_handler
    from app.ui.shared.application import create_application

    logs.setup_logging()
    app = create_application(argv)
    app.setWindowIcon(app_icon())
    crash_handler.install(app)
    settings = UiSettings()
    if path is None:
        last = settings.last_opened()
        if last is not None and Path(last[0]).exists():
            path, reviewer = last[0], reviewer or last[1]
        else:
            path, _ = QFileDialog.getOpenFileName(
                None,
                app.translate("App", "Open a panel or workspace"),
                "",
                app.translate("App", "Panels (*.dpanel)"),
            )
            if not path:
                return 1
    launcher = Launcher(settings, app)
    status = [0]

    def failed(text: str) -> None:
        if launcher.windows:  # a later File ▸ Open…: the window stays
            QMessageBox.warning(None, app.applicationDisplayName(), text)
            return
        QMessageBox.critical(None, app.translate("App", "Dossier Panel"), text)
        status[0] = 2
        app.quit()

    launcher.failed.connect(failed)
    launcher.open_reviewer(Path(path), reviewer)
    code = app.exec()
    launcher.shutdown()
    logs.flush()
    return status[0] or int(code)
