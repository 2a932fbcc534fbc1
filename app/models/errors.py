"""Why a panel file cannot be used: apart from ``database`` so that locking and migrations can raise it
without importing the module that opens panels."""

from __future__ import annotations

from pathlib import Path


class PanelFileError(Exception):
    """A panel file that cannot be opened: ``code`` says why (missing, not_a_panel, newer, locked,
    unwritable)."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {code}" + (f" ({detail})" if detail else ""))
