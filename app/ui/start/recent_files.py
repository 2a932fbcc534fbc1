"""The files opened lately, newest first, each with the role it was opened in — for the start screen.

Kept in the settings file (``start/recent``, a JSON list, so tests under ``DOSSIER_PANEL_HOME`` never
see the user's list). A package is remembered as the workspace it was opened into: opening that again
goes straight to the reviewer's work. The chair's window keeps its own list of panels
(``chair/recent_panels``); panels from there that are not in this list are shown after it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.shared.settings import UiSettings

KEY = "start/recent"
CHAIR_KEY = "chair/recent_panels"  # written by app.ui.chair.recent.RecentPanels
MAX_RECENT = 10
REVIEWER, CHAIR = "reviewer", "chair"


@dataclass(frozen=True)
class RecentEntry:
    path: str
    role: str  # REVIEWER or CHAIR
    title: str = ""  # the panel's title, for the list
    reviewer: str = ""  # who scores (a chair's panel opened for review, e.g. the demo's E1)
    opened_at: str = ""  # ISO time, local

    @property
    def file(self) -> Path:
        return Path(self.path)

    def exists(self) -> bool:
        return self.file.exists()


class RecentFiles:
    def __init__(self, settings: UiSettings) -> None:
        self._qs = QSettings(str(settings.path), QSettings.Format.IniFormat)

    def entries(self, *, existing_only: bool = True) -> list[RecentEntry]:
        """Ours first, then the chair's panels not among them; files that have gone are left out."""
        found = self._own()
        known = {_same(e.path) for e in found}
        for path in self._chair_panels():
            if _same(path) not in known:
                found.append(RecentEntry(path, CHAIR))
                known.add(_same(path))
        return [e for e in found if e.exists()] if existing_only else found

    def add(self, path: Path, role: str, *, title: str = "", reviewer: str = "") -> RecentEntry:
        entry = RecentEntry(
            str(Path(path).resolve()), role, title, reviewer, datetime.now().isoformat(timespec="seconds")
        )
        kept = [e for e in self._own() if not (_same(e.path) == _same(entry.path) and e.role == role)]
        self._store([entry, *kept][:MAX_RECENT])
        return entry

    def remove(self, path: Path) -> None:
        self._store([e for e in self._own() if _same(e.path) != _same(str(path))])

    def last_chair_panel(self) -> Path | None:
        """The panel the chair worked on last, if it is still there."""
        for entry in self.entries():
            if entry.role == CHAIR:
                return entry.file
        return None

    # ------------------------------------------------------------------ storage
    def _own(self) -> list[RecentEntry]:
        raw = self._qs.value(KEY, "")
        try:
            items = json.loads(str(raw)) if raw else []
        except ValueError:
            return []
        entries = []
        for item in items if isinstance(items, list) else []:
            if (
                isinstance(item, dict)
                and isinstance(item.get("path"), str)
                and item.get("role")
                in (
                    REVIEWER,
                    CHAIR,
                )
            ):
                fields = {k: str(item.get(k) or "") for k in ("title", "reviewer", "opened_at")}
                entries.append(RecentEntry(item["path"], item["role"], **fields))
        return entries

    def _store(self, entries: list[RecentEntry]) -> None:
        self._qs.setValue(KEY, json.dumps([asdict(e) for e in entries], ensure_ascii=False))
        self._qs.sync()

    def _chair_panels(self) -> list[str]:
        value = self._qs.value(CHAIR_KEY, [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        return [str(p) for p in items if str(p)]


def _same(path: str) -> str:
    """A comparable form of a path (case-insensitive on Windows)."""
    text = str(Path(path))
    return text.lower() if Path(text).drive else text
