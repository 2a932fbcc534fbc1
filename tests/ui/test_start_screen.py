"""First run: the start screen, opening each kind of file in its role, recent files, settings upgrades,
the About box, and the entries (`dossier-panel` alone, `open FILE`, `python -m app`)."""

# ruff: noqa: F811  (the fixtures are imported from reviewer_fixtures and named as arguments)

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from app import logs, paths
from app.services.workspace import export_reviewer_file
from app.ui.reviewer.window import ReviewerWindow
from app.ui.shared.about_dialog import AboutDialog, library_versions
from app.ui.shared.settings import SETTINGS_VERSION, UiSettings, settings_version, upgrade_settings
from app.ui.shared.tasks import TaskRunner
from app.ui.start import launcher as launcher_module
from app.ui.start import start_screen
from app.ui.start.launcher import Launcher, file_kind, package_problem_text
from app.ui.start.recent_files import CHAIR, MAX_RECENT, REVIEWER, RecentFiles
from app.ui.start.start_screen import StartScreen
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    FakePdfView,
    chinese_ui,
    demo_master,
    demo_panel,
)
from tests.ui.test_reviewer_extras import make_workspace, workspace_passphrase

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def launcher(qtbot: Any, chinese_ui: None) -> Iterator[Launcher]:
    """A launcher whose workers run at once and whose reviewer windows have a stand-in PDF view."""
    made = Launcher(
        UiSettings(), runner_factory=lambda: TaskRunner(synchronous=True), pdf_factory=FakePdfView
    )
    opened: list[QMainWindow] = []
    made.window_opened.connect(opened.append)
    yield made
    for window in opened:
        window.close()
    made.shutdown()
    for window in opened:
        context = getattr(window, "context", None)
        if context is not None and context.panel is not None:
            context.panel.close()
            context.panel = None


def opened_window(launcher: Launcher) -> QMainWindow:
    assert launcher.windows, "no window was opened"
    return launcher.windows[-1]


# ---------------------------------------------------------------------- the screen
def test_the_start_screen_offers_the_three_ways_in_and_nothing_else(qtbot: Any, chinese_ui: None) -> None:
    settings = UiSettings()
    screen = StartScreen(settings, RecentFiles(settings))
    qtbot.addWidget(screen)
    screen.show()
    texts = [b.text() for b in screen.action_buttons]
    assert texts == ["打开评审包", "打开评查面板", "新建评查面板", "试用演示"]
    assert screen.windowTitle() == "案卷评查"
    assert screen.recent_empty.isVisible() and not screen.recent_list.isVisible()
    assert not screen.busy_bar.isVisible()
    assert screen.minimumSizeHint().width() <= 1093  # a 1366×768 laptop at 125 %


def test_choices_are_signals_and_file_dialogs_can_be_answered(
    qtbot: Any, chinese_ui: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = UiSettings()
    screen = StartScreen(settings, RecentFiles(settings))
    qtbot.addWidget(screen)
    asked: list[str] = []

    def answer(_parent: object, title: str, filters: str, _folder: str) -> Path:
        asked.append(filters)
        return tmp_path / ("E1.dppkg" if "dppkg" in filters else "panel.dpanel")

    monkeypatch.setattr(start_screen, "ask_file", answer)
    with qtbot.waitSignal(screen.package_requested) as package:
        screen.package_button.click()
    with qtbot.waitSignal(screen.panel_requested) as panel:
        screen.panel_button.click()
    with qtbot.waitSignal(screen.demo_requested):
        screen.demo_button.click()
    with qtbot.waitSignal(screen.new_panel_requested):
        screen.new_button.click()
    assert package.args == [tmp_path / "E1.dppkg"] and panel.args == [tmp_path / "panel.dpanel"]
    assert asked == ["评审包 (*.dppkg)", "评查面板 (*.dpanel)"]


def test_busy_disables_the_choices_and_a_problem_is_said_in_the_bar(qtbot: Any, chinese_ui: None) -> None:
    settings = UiSettings()
    screen = StartScreen(settings, RecentFiles(settings))
    qtbot.addWidget(screen)
    screen.show()
    screen.set_busy("正在打开…")
    assert screen.busy_bar.isVisible() and not any(b.isEnabled() for b in screen.action_buttons)
    screen.show_problem("评审包已损坏")
    assert all(b.isEnabled() for b in screen.action_buttons)
    assert screen.messages.isVisible() and screen.messages.label.text() == "评审包已损坏"


def test_the_language_choice_is_kept_for_the_next_start(qtbot: Any, chinese_ui: None) -> None:
    settings = UiSettings()
    screen = StartScreen(settings, RecentFiles(settings))
    qtbot.addWidget(screen)
    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert UiSettings().language == "en"
    assert "English" in screen.messages.label.text()


# ---------------------------------------------------------------------- recent files
def test_recent_files_newest_first_one_entry_per_file_and_role(tmp_path: Path) -> None:
    recent = RecentFiles(UiSettings())
    files = []
    for n in range(MAX_RECENT + 2):
        file = tmp_path / f"p{n}.dpanel"
        file.write_bytes(b"x")
        files.append(file)
        recent.add(file, CHAIR, title=f"面板 {n}")
    recent.add(files[3], CHAIR, title="面板 3")
    entries = RecentFiles(UiSettings()).entries()  # read back from the file
    assert len(entries) == MAX_RECENT
    assert [e.title for e in entries[:2]] == ["面板 3", f"面板 {MAX_RECENT + 1}"]
    files[3].unlink()
    assert all(e.title != "面板 3" for e in recent.entries())  # a file that has gone is not offered
    assert recent.last_chair_panel() == files[MAX_RECENT + 1].resolve()


def test_the_chairs_own_recent_panels_are_listed_too(tmp_path: Path) -> None:
    settings = UiSettings()
    ours, theirs = tmp_path / "ours.dpanel", tmp_path / "theirs.dpanel"
    ours.write_bytes(b"x")
    theirs.write_bytes(b"x")
    qs = QSettings(str(settings.path), QSettings.Format.IniFormat)
    qs.setValue("chair/recent_panels", [str(theirs.resolve()), str(ours.resolve())])
    qs.sync()
    recent = RecentFiles(settings)
    recent.add(ours, REVIEWER, reviewer="E1")
    entries = recent.entries()
    assert [(e.file.name, e.role) for e in entries] == [("ours.dpanel", REVIEWER), ("theirs.dpanel", CHAIR)]


def test_a_damaged_recent_list_is_an_empty_one() -> None:
    settings = UiSettings()
    qs = QSettings(str(settings.path), QSettings.Format.IniFormat)
    qs.setValue("start/recent", "{not json")
    qs.sync()
    assert RecentFiles(settings).entries() == []


# ---------------------------------------------------------------------- opening in the right role
def test_file_kinds_by_extension(tmp_path: Path) -> None:
    assert file_kind(Path("E1-王.DPPKG")) == "package"
    assert file_kind(Path("harbin.dpanel")) == "panel"
    assert file_kind(tmp_path) == "panel"  # a workspace folder
    assert file_kind(Path("E1.dpreview")) == "reviewer_file"
    assert file_kind(Path("notes.pdf")) == "unknown"


def test_a_package_opens_into_the_workspaces_folder_as_its_reviewer(
    launcher: Launcher, demo_panel: Path, tmp_path: Path
) -> None:
    from app.services.packages import build_packages
    from app.services.panel import Panel
    from app.services.panel_keys import passphrases

    panel = Panel.open(demo_panel)
    package = build_packages(panel, tmp_path / "packages", reviewer_ids=["E2"])[0][1]
    with panel.engine.connect() as conn:
        slip = passphrases(conn)["E2"]
    panel.close()
    asked: list[tuple[str, str]] = []

    def answer(_parent: object, what: str, problem: str) -> str:
        asked.append((what, problem))
        return slip if len(asked) > 1 else "AAAA-AAAA-AAAA-" + slip[15:]  # a typo first

    launcher.ask_passphrase = answer
    launcher.open_path(Path(package))
    window = opened_window(launcher)
    assert isinstance(window, ReviewerWindow) and window.session.reviewer.id == "E2"
    assert window.source.parent.parent == paths.workspaces_dir()
    assert window.export_function is not None  # a workspace: the reviewer file can be exported
    assert [w for w, _ in asked] == [package.name] * 2 and asked[0][1] == ""
    assert "口令" in asked[1][1]  # asked again, saying the first one did not open the package
    entry = launcher.recent.entries()[0]
    assert entry.role == REVIEWER and entry.file == window.source.resolve() and not entry.reviewer
    launcher.open_entry(entry)  # opened again from the list: the same window comes forward
    assert len(launcher.windows) == 1


def test_a_broken_package_is_refused_in_words(launcher: Launcher, tmp_path: Path, qtbot: Any) -> None:
    broken = tmp_path / "E1.dppkg"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with qtbot.waitSignal(launcher.failed) as failed:
        launcher.open_path(broken)
    assert "评审包已损坏" in failed.args[0] and not launcher.windows
    workspaces = paths.workspaces_dir()
    assert not workspaces.exists() or not any(workspaces.iterdir())  # nothing half-written


def test_a_workspace_panel_opens_for_its_reviewer_and_a_chairs_panel_for_the_chair(
    launcher: Launcher, demo_panel: Path, tmp_path: Path
) -> None:
    workspace = make_workspace(demo_panel, tmp_path, "E3")
    launcher.open_path(workspace)
    reviewer_window = opened_window(launcher)
    assert isinstance(reviewer_window, ReviewerWindow) and reviewer_window.session.reviewer.id == "E3"

    launcher.open_path(demo_panel)
    chair = opened_window(launcher)
    assert type(chair).__name__ == "ChairWindow"
    assert chair.context.state is not None and chair.context.state.path == demo_panel  # type: ignore[attr-defined]
    assert launcher.recent.last_chair_panel() == demo_panel.resolve()


def test_new_panel_opens_the_chairs_window_and_its_new_panel_dialog(
    launcher: Launcher, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window_class = launcher_module.chair_window_class()
    assert window_class is not None
    asked: list[object] = []
    monkeypatch.setattr(window_class, "new_panel", lambda self: asked.append(self))
    window = launcher.open_chair(new=True)
    qtbot.waitUntil(lambda: asked == [window])


def test_a_reviewer_file_goes_to_the_merge_step_of_the_panel_opened_last(
    launcher: Launcher, demo_panel: Path, tmp_path: Path, qtbot: Any
) -> None:
    workspace = make_workspace(demo_panel, tmp_path, "E3")
    reviewer_file = tmp_path / "E3.dpreview"
    export_reviewer_file(workspace, reviewer_file, passphrase=workspace_passphrase(demo_panel, "E3"))
    launcher.recent.add(demo_panel, CHAIR, title="演示")
    launcher.open_path(reviewer_file)
    chair: Any = opened_window(launcher)
    qtbot.waitUntil(lambda: chair.merge.last is not None)
    assert chair.page_stack.currentWidget() is chair.merge
    assert [f.path.name for f in chair.merge.last.files] == ["E3.dpreview"]
    assert not chair.merge.last.refused


def test_a_reviewer_file_with_no_panel_opened_yet_says_what_to_do(
    launcher: Launcher, tmp_path: Path, qtbot: Any
) -> None:
    file = tmp_path / "E1.dpreview"
    file.write_bytes(b"{}")
    with qtbot.waitSignal(launcher.failed) as failed:
        launcher.open_path(file)
    assert "评审组长" in failed.args[0] and "第 4 步" in failed.args[0] and not launcher.windows


def test_other_files_and_missing_files_are_named(launcher: Launcher, tmp_path: Path, qtbot: Any) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    with qtbot.waitSignal(launcher.failed) as failed:
        launcher.open_path(other)
    assert "notes.pdf" in failed.args[0] and ".dppkg" in failed.args[0]
    with qtbot.waitSignal(launcher.failed) as missing:
        launcher.open_path(tmp_path / "gone.dppkg")
    assert "不存在" in missing.args[0]


def test_the_demo_is_built_once_in_the_data_folder_then_opens_as_e1(
    launcher: Launcher, demo_master: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def build(folder: Path) -> Path:  # the real build takes seconds: a copy of the session's demo
        built.append(folder)
        folder.mkdir(parents=True)
        shutil.copy2(demo_master, folder / demo_master.name)
        (folder / demo_master.with_suffix(".pdfs").name).symlink_to(demo_master.with_suffix(".pdfs"))
        return folder / demo_master.name

    monkeypatch.setattr(launcher_module, "build_demo", build)
    launcher.open_demo()
    window = opened_window(launcher)
    assert isinstance(window, ReviewerWindow) and window.session.reviewer.id == "E1"
    assert built == [paths.demo_dir()]
    window.close()
    launcher.open_demo()
    assert built == [paths.demo_dir()] and len(launcher.windows) == 2


def test_package_problems_in_words() -> None:
    from app.exchange.errors import ExchangeError

    assert "旧" in package_problem_text(ExchangeError("older_package", "x.dppkg"))
    assert "磁盘" in package_problem_text(OSError(28, "No space left on device"))


# ---------------------------------------------------------------------- the entry
def test_the_start_entry_shows_the_screen_and_a_file_entry_opens_the_file(
    qtbot: Any, chinese_ui: None, demo_panel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.shared import crash_handler

    app, _launcher, screen = launcher_module.start()
    try:
        qtbot.addWidget(screen)
        assert screen.isVisible() and app is QApplication.instance()
        assert crash_handler._installed is not None and sys.excepthook == crash_handler._installed.excepthook
        workspace = make_workspace(demo_panel, tmp_path, "E3")
        monkeypatch.setattr(launcher_module.Launcher, "open_path", lambda self, path, reviewer=None: None)
        _app, _second, hidden = launcher_module.start(workspace)
        qtbot.addWidget(hidden)
        assert not hidden.isVisible()  # a double-click does not show the start screen first
    finally:
        crash_handler.uninstall()
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logs._OurHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_dossier_panel_alone_is_the_start_screen_and_open_takes_a_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app import cli
    from app.commands import start

    monkeypatch.setattr(start, "cmd_start", lambda args: 7)
    monkeypatch.setattr(start, "cmd_open", lambda args: 40 + len(args.file))
    assert cli.main([]) == 7
    assert cli.main(["open", "E1.dppkg"]) == 48
    args = cli.build_parser().parse_args(["gui", "panel.dpanel"])  # the others are as they were
    assert args.command == "gui"


def test_python_m_app_keeps_qt_out_of_the_entry_and_runs_a_smoke_script(tmp_path: Path) -> None:
    source = (REPO / "app" / "__main__.py").read_text(encoding="utf-8")
    assert "\nfrom PySide6" not in source and "\nimport PySide6" not in source
    assert source.index("freeze_support()") < source.index("from app.cli import")
    script = tmp_path / "script.py"
    script.write_text("import sys\nprint('ran', sys.argv[1:])\nsys.exit(3)\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--smoke-test", str(script), "a", "b"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 3 and "ran ['a', 'b']" in done.stdout
    help_text = subprocess.run(
        [sys.executable, "-m", "app", "--help"], cwd=REPO, capture_output=True, text=True, timeout=120
    ).stdout
    assert "--smoke-test" not in help_text and "open" in help_text


# ---------------------------------------------------------------------- settings
def test_an_old_settings_file_is_upgraded_after_a_backup_copy() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\nlanguage=en_US\n\n[last]\npath=/x/workspace.dpanel\n", encoding="utf-8")
    settings = UiSettings()
    assert settings.language == "en"
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings_version(qs) == SETTINGS_VERSION
    assert settings.last_opened() == ("/x/workspace.dpanel", None)  # the rest is kept
    backup = paths.backups_dir() / "settings.v0.ini"
    assert "en_US" in backup.read_text(encoding="utf-8")


def test_a_new_settings_file_gets_the_version_and_a_newer_one_is_left_alone(tmp_path: Path) -> None:
    UiSettings()
    qs = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    assert settings_version(qs) == SETTINGS_VERSION and not paths.backups_dir().exists()
    newer = QSettings(str(tmp_path / "newer.ini"), QSettings.Format.IniFormat)
    newer.setValue("settings_version", SETTINGS_VERSION + 5)
    newer.setValue("language", "fr")
    assert upgrade_settings(newer, tmp_path / "backups") == SETTINGS_VERSION + 5
    assert newer.value("language") == "fr" and not (tmp_path / "backups").exists()


# ---------------------------------------------------------------------- about
def test_the_about_box_names_versions_folders_and_licences(qtbot: Any, chinese_ui: None) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = [name for name, _ in library_versions()]
    assert {"Qt", "PySide6", "PyMuPDF", "SQLite", "reportlab"} <= set(names)
    assert dialog.windowTitle() == "关于案卷评查"
    text = dialog.licences.toPlainText()
    assert "Droid Sans Fallback" in text and "Apache" in text and "AGPL" in text and "LGPL" in text
    labels = [w.text() for w in dialog.findChildren(type(dialog.version_labels["Qt"]))]
    assert str(paths.data_dir()) in labels


def test_the_reviewer_window_has_help_about(qtbot: Any, launcher: Launcher, demo_panel: Path) -> None:
    launcher.open_reviewer(demo_panel, "E1")
    window = opened_window(launcher)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "帮助" in a.text())
    about = next(a for a in help_menu.actions() if a.text() == "关于案卷评查…")
    about.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
    assert dialogs and dialogs[0].parent() is window
    for dialog in dialogs:
        dialog.close()
