"""Helpers for the chair-window tests: the window with a synchronous worker, answered dialogs, a draw
pool for the demo, and reviewer files made the way reviewers make them (package → workspace →
scores → export), one of them edited afterwards.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.services.review_service import ReviewService
from app.services.workspace import export_reviewer_file, open_package, open_workspace
from app.ui.chair import dialogs
from app.ui.chair.chair_window import ChairWindow
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner
from tests.ui.reviewer_fixtures import FakePdfView

ChairFactory = Callable[..., ChairWindow]


@pytest.fixture
def make_chair(qtbot: Any, chinese_ui: None) -> Iterator[ChairFactory]:
    made: list[ChairWindow] = []

    def make(size: tuple[int, int] = (1366, 740)) -> ChairWindow:
        window = ChairWindow(UiSettings(), TaskRunner(synchronous=True), FakePdfView)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.context.panel is not None:
            window.context.panel.close()
            window.context.panel = None


class Answers:
    """What the patched dialogs answer, in order; a test appends before it clicks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: list[list[Path]] = []
        self.file: list[Path | None] = []
        self.save: list[Path | None] = []
        self.folder: list[Path | None] = []
        self.reasons: list[str | None] = []
        self.confirms: list[bool] = []
        self.fill: list[Callable[[Any], bool]] = []
        self.asked: list[str] = []
        monkeypatch.setattr(dialogs, "ask_open_files", self._files)
        monkeypatch.setattr(dialogs, "ask_open_file", self._file)
        monkeypatch.setattr(dialogs, "ask_save_file", self._save)
        monkeypatch.setattr(dialogs, "ask_folder", self._folder)
        monkeypatch.setattr(dialogs, "ask_reason", self._reason)
        monkeypatch.setattr(dialogs, "confirm", self._confirm)
        monkeypatch.setattr(dialogs, "exec_dialog", self._exec)

    def _files(self, _parent: Any, title: str, *_a: Any) -> list[Path]:
        self.asked.append(title)
        return self.files.pop(0)

    def _file(self, _parent: Any, title: str, *_a: Any) -> Path | None:
        self.asked.append(title)
        return self.file.pop(0)

    def _save(self, _parent: Any, title: str, *_a: Any) -> Path | None:
        self.asked.append(title)
        return self.save.pop(0)

    def _folder(self, _parent: Any, title: str, *_a: Any) -> Path | None:
        self.asked.append(title)
        return self.folder.pop(0)

    def _reason(self, _parent: Any, title: str, prompt: str, *, required: bool) -> str | None:
        self.asked.append(f"{title}: {prompt} ({'required' if required else 'optional'})")
        return self.reasons.pop(0)

    def _confirm(self, _parent: Any, title: str, _text: str) -> bool:
        self.asked.append(title)
        return self.confirms.pop(0)

    def _exec(self, dialog: Any) -> bool:
        return self.fill.pop(0)(dialog)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def write_pool(path: Path) -> Path:
    """A draw pool for the demo's two county units (库尔勒 has one supporting-measures case too few)."""
    rows = [["candidate", "case_number", "type", "closing_date", "title"]]
    rows += [["CJ", f"昌市环罚〔2017〕{n}号", "general", "2017-06-01", ""] for n in range(101, 105)]
    rows += [["CJ", f"昌市环罚〔2017〕{n}号", "supporting-measures", "", ""] for n in range(201, 204)]
    rows += [["KEL", f"库环罚〔2017〕{n}号", "一般行政处罚案卷", "2017/7/1", ""] for n in range(301, 304)]
    rows += [["KEL", "库环罚〔2017〕401号", "supporting-measures", "", ""]]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def reviewer_files(
    packages: dict[str, Path],
    folder: Path,
    scores: dict[str, list[tuple[str, str, str]]],
    passphrases: dict[str, str],
) -> dict[str, Path]:
    """Each reviewer opens their package with the passphrase from their slip, scores (dossier, item,
    points) and exports their file."""
    files = {}
    for reviewer, package in sorted(packages.items()):
        workspace = open_package(package, folder / "laptops" / reviewer, passphrase=passphrases[reviewer])
        panel, _meta = open_workspace(workspace)
        try:
            service = ReviewService(panel, reviewer)
            for code in service.dossier_codes():
                mine = [s for s in scores.get(reviewer, []) if s[0] == code]
                for _code, item, points in mine:
                    service.add_deduction(code, item, Decimal(points), text="测试扣分理由", page=2)
                service.complete(code, accept_warnings=True)
        finally:
            panel.close()
        out = folder / "files" / f"{reviewer}.dpreview"
        files[reviewer] = export_reviewer_file(workspace, out, passphrase=passphrases[reviewer]).path
    return files


def tamper(path: Path) -> Path:
    """A reviewer file with one score changed by hand in a text editor."""
    raw = path.read_bytes()
    changed = raw.replace(b'"points":"', b'"points":"1', 1)
    assert changed != raw
    target = path.with_name(path.stem + "-edited.dpreview")
    target.write_bytes(changed)
    return target
