"""Where things live: one module names every folder; DOSSIER_PANEL_HOME moves them all; the log rotates."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from app import logs, paths
from app.review import library
from app.services import workspace

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_log_handler() -> Iterator[None]:
    yield
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logs._OurHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_everything_is_under_dossier_panel_home_when_it_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path))
    assert paths.settings_file() == tmp_path / "settings.ini"
    assert paths.workspaces_dir() == tmp_path / "workspaces"
    assert paths.demo_dir() == tmp_path / "demo"
    assert paths.backups_dir() == tmp_path / "backups"
    assert paths.log_dir() == tmp_path / "logs"
    for name, folder in paths.all_folders().items():
        if name != "resources":
            assert folder.is_relative_to(tmp_path), name
    assert workspace.default_workspace_dir() == tmp_path / "workspaces"  # the services ask paths


def test_the_platform_folders_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_VARIABLE, raising=False)
    assert paths.config_dir() == Path(platformdirs.user_config_dir("dossier-panel", appauthor=False))
    assert paths.data_dir() == Path(platformdirs.user_data_dir("dossier-panel", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("dossier-panel", appauthor=False))
    assert paths.workspaces_dir() == paths.data_dir() / "workspaces"
    monkeypatch.setenv(paths.HOME_VARIABLE, "  ")  # empty counts as not set
    assert paths.data_dir() == Path(platformdirs.user_data_dir("dossier-panel", appauthor=False))


def test_a_relative_home_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.HOME_VARIABLE, "portable")
    assert paths.data_dir() == tmp_path / "portable" and paths.data_dir().is_absolute()


def test_resources_beside_the_code_or_inside_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert paths.resources_dir() == REPO / "resources"
    assert (paths.resources_dir() / "checklists").is_dir() and (
        paths.resources_dir() / "licences.txt"
    ).is_file()
    assert library.resources_dir() == paths.resources_dir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen() and paths.resources_dir() == tmp_path / "resources"


def test_the_log_file_rotates_at_one_megabyte_keeping_five(no_log_handler: None) -> None:
    path = logs.setup_logging()
    assert path == paths.log_dir() / "dossier-panel.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._OurHandler)]
    assert len(ours) == 1 and ours[0].maxBytes == 1_000_000 and ours[0].backupCount == 5
    assert logs.setup_logging() == path  # a second call changes nothing
    assert len([h for h in logging.getLogger().handlers if isinstance(h, logs._OurHandler)]) == 1
    logging.getLogger("app.test").warning("a line for the log")
    logs.flush()
    text = path.read_text(encoding="utf-8")
    assert "started: Dossier Panel" in text and "a line for the log" in text
    assert logs.current_log_file() == path


def test_the_log_moves_with_the_home_folder_and_a_read_only_place_is_no_log(
    no_log_handler: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup_logging()
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "other"))
    assert logs.setup_logging() == tmp_path / "other" / "logs" / "dossier-panel.log"
    assert logs.current_log_file() == tmp_path / "other" / "logs" / "dossier-panel.log"
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_VARIABLE, str(blocked))
    assert logs.setup_logging() is None and logs.current_log_file() is None


def test_the_version_comes_from_the_package() -> None:
    assert logs.app_version() not in ("", "unknown")


def test_paths_and_logs_never_load_qt() -> None:
    code = "import sys, app.paths, app.logs, app.commands.start; assert not [m for m in sys.modules if m.startswith('PySide6')]"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
