"""What the window remembers between runs, in one INI file (QSettings).

The file is ``$DOSSIER_PANEL_HOME/settings.ini`` when that variable is set (tests point it at a
temporary folder), else ``settings.ini`` in the user's config folder (``app.paths``). Remembered:
the language, the window geometry and splitters, the last workspace opened and, per workspace, the
last dossier, and per dossier the page and zoom.

The file carries ``settings_version``; a file written by an older program is brought up to date by
the numbered steps in ``UPGRADES`` when it is opened (a copy is kept in the backups folder first). A
file from a newer program is read as it is and never written back down.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app import paths

HOME_VARIABLE = paths.HOME_VARIABLE
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
VERSION_KEY = "settings_version"

log = logging.getLogger(__name__)


def settings_path() -> Path:
    return paths.settings_file()


# ---------------------------------------------------------------------- upgrades
def _upgrade_1(qs: QSettings) -> None:
    """Version 1: the language as the Help menu writes it ("zh", "zh-CN" or "en_US" become "zh_CN", "en")."""
    value = str(qs.value("language", "") or "").lower()
    if value and value not in LANGUAGES:
        qs.setValue("language", "en" if value.startswith("en") else DEFAULT_LANGUAGE)


UPGRADES: tuple[tuple[int, Callable[[QSettings], None]], ...] = ((1, _upgrade_1),)
SETTINGS_VERSION = UPGRADES[-1][0]


def settings_version(qs: QSettings) -> int:
    try:
        return int(qs.value(VERSION_KEY, 0))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def upgrade_settings(qs: QSettings, backup_dir: Path | None = None) -> int:
    """Run the steps this file has not had yet; returns the version it is at afterwards.

    A new (empty) file only gets the version. Before changing a file that holds something, a copy goes
    to ``backup_dir`` (default: the backups folder). A newer file than this program knows is left alone.
    """
    version = settings_version(qs)
    if version >= SETTINGS_VERSION:
        return version
    keys = [k for k in qs.allKeys() if k != VERSION_KEY]
    source = Path(qs.fileName())
    if keys and source.is_file():
        target_dir = backup_dir or paths.backups_dir()
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target_dir / f"{source.stem}.v{version}{source.suffix}")
        except OSError:
            log.warning("no backup copy of %s before its upgrade", source, exc_info=True)
    for step, upgrade in UPGRADES:
        if step > version and keys:
            upgrade(qs)
        version = max(version, step)
    qs.setValue(VERSION_KEY, version)
    qs.sync()
    log.info("settings %s upgraded to version %d", source, version)
    return version


def _key(text: str) -> str:
    """A short ASCII key for a path or a dossier code (INI keys with CJK or slashes are awkward)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class UiSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        upgrade_settings(self._qs)

    def sync(self) -> None:
        self._qs.sync()

    # ------------------------------------------------------------------ language
    @property
    def language(self) -> str:
        value = str(self._qs.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value if value in LANGUAGES else DEFAULT_LANGUAGE)
        self._qs.sync()

    # ------------------------------------------------------------------ window
    def bytes_value(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{name}", value)

    def flag(self, name: str, default: bool) -> bool:
        value = self._qs.value(f"flags/{name}", default)
        return value in (True, "true", "1", 1)

    def set_flag(self, name: str, value: bool) -> None:
        self._qs.setValue(f"flags/{name}", bool(value))

    # ------------------------------------------------------------------ last opened
    def last_opened(self) -> tuple[str, str | None] | None:
        path = self._qs.value("last/path")
        if not path:
            return None
        reviewer = self._qs.value("last/reviewer")
        return str(path), (str(reviewer) if reviewer else None)

    def set_last_opened(self, path: Path, reviewer: str) -> None:
        self._qs.setValue("last/path", str(path))
        self._qs.setValue("last/reviewer", reviewer)

    # ------------------------------------------------------------------ per workspace / dossier
    @staticmethod
    def workspace_key(path: Path, reviewer: str) -> str:
        return _key(f"{path.resolve()}|{reviewer}")

    def last_dossier(self, workspace: str) -> str | None:
        value = self._qs.value(f"ws_{workspace}/dossier")
        return str(value) if value else None

    def set_last_dossier(self, workspace: str, code: str) -> None:
        self._qs.setValue(f"ws_{workspace}/dossier", code)

    def dossier_page(self, workspace: str, code: str) -> int:
        try:
            return max(1, int(self._qs.value(f"ws_{workspace}/page_{_key(code)}", 1)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 1

    def set_dossier_page(self, workspace: str, code: str, page: int) -> None:
        self._qs.setValue(f"ws_{workspace}/page_{_key(code)}", int(page))

    def zoom(self, workspace: str) -> str | float:
        """ "fit_width", "fit_page" or a scale factor."""
        value = self._qs.value(f"ws_{workspace}/zoom", "fit_width")
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)

    def set_zoom(self, workspace: str, zoom: object) -> None:
        if isinstance(zoom, int | float):
            self._qs.setValue(f"ws_{workspace}/zoom", float(zoom))
        elif isinstance(zoom, str):
            self._qs.setValue(f"ws_{workspace}/zoom", zoom)
