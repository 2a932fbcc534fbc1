"""Where the program keeps its files: every folder is named here and nowhere else.

With ``DOSSIER_PANEL_HOME`` set (tests, or a portable copy run from a USB stick) everything the program
writes lives under that one folder::

    $DOSSIER_PANEL_HOME/settings.ini     configuration
    $DOSSIER_PANEL_HOME/workspaces/      reviewers' workspaces (opened packages)
    $DOSSIER_PANEL_HOME/demo/            the demo panel, built on first use
    $DOSSIER_PANEL_HOME/backups/         copies taken before an upgrade
    $DOSSIER_PANEL_HOME/logs/            the rotating log file

Otherwise the platform's own folders (platformdirs): on Windows ``%LOCALAPPDATA%\\dossier-panel`` (logs in
its ``Logs`` folder), on Linux ``~/.config/dossier-panel``, ``~/.local/share/dossier-panel`` and
``~/.local/state/dossier-panel/log``. Nothing here creates a folder: whoever writes makes it.

The resources (checklists, rule sets, translations, icons, licences) ship with the program and are
read only: beside the code in a source checkout, under ``sys._MEIPASS`` in a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "dossier-panel"
HOME_VARIABLE = "DOSSIER_PANEL_HOME"
SETTINGS_FILE = "settings.ini"


def home_override() -> Path | None:
    """The folder named by ``DOSSIER_PANEL_HOME`` (made absolute), or ``None`` when it is not set."""
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser().absolute() if value else None


def config_dir() -> Path:
    home = home_override()
    return home if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    home = home_override()
    return home if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = home_override()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE


def workspaces_dir() -> Path:
    """Where a reviewer's packages are opened unless told otherwise."""
    return data_dir() / "workspaces"


def demo_dir() -> Path:
    return data_dir() / "demo"


def backups_dir() -> Path:
    return data_dir() / "backups"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """The read-only ``resources`` folder: in the bundle, or at the top of the source tree."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent / "resources"


def all_folders() -> dict[str, Path]:
    """Every folder by name, for the About box and the log's first line."""
    return {
        "config": config_dir(),
        "data": data_dir(),
        "workspaces": workspaces_dir(),
        "logs": log_dir(),
        "backups": backups_dir(),
        "resources": resources_dir(),
    }
