"""The panels the chair opened lately, newest first, kept in the same settings file as the window's.

Stored under the ``chair`` group of ``UiSettings``' INI file, so tests (``DOSSIER_PANEL_HOME``) never
see the user's list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.shared.settings import UiSettings

MAX_RECENT = 8
KEY = "chair/recent_panels"


class RecentPanels:
    def __init__(self, settings: UiSettings) -> None:
        self._qs = QSettings(str(settings.path), QSettings.Format.IniFormat)

    def paths(self) -> list[Path]:
        value = self._qs.value(KEY, [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        return [Path(str(p)) for p in items if str(p)]

    def add(self, path: Path) -> None:
        text = str(Path(path).resolve())
        kept = [str(p) for p in self.paths() if str(p) != text]
        self._qs.setValue(KEY, [text, *kept][:MAX_RECENT])
        self._qs.sync()

    def remove(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._qs.setValue(KEY, [str(p) for p in self.paths() if str(p) != text])
        self._qs.sync()

    def last_folder(self) -> str:
        paths = self.paths()
        return str(paths[0].parent) if paths else ""
