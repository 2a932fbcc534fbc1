"""The core (review, models, services, pdf, printing) must import without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BLOCKER = r"""
import importlib.abc, importlib.util, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
            raise ImportError(f"Qt import attempted: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import app
imported = []
for package in ("app.review", "app.models", "app.services", "app.pdf", "app.printing", "app.demo", "app.exchange"):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
print(len(imported))
"""


def test_core_packages_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really found the core modules


def test_blocker_really_blocks() -> None:
    """The same blocker fails on a module that imports Qt, so the test above can fail."""
    code = BLOCKER.split("import app")[0] + "import PySide6.QtCore\n"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "Qt import attempted" in result.stderr
