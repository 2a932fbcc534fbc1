"""What the chair is told when an import is cancelled: "nothing changed" only when that is true."""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services import chair_imports
from app.services.chair_imports import ImportOutcome
from app.services.progress import Cancelled
from app.ui.chair.context import ChairContext
from app.ui.chair.importing import ImportFlow, outcome_lines
from app.ui.shared.tasks import TaskRunner
from tests.core.panel_fixtures import make_pdf, new_panel, write_csv
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401


def _lists(folder: Path) -> list[Path]:
    write_csv(
        folder / "candidates.csv", ["id", "name", "kind", "region"], [["U1", "甲县局", "county-unit", "甲县"]]
    )
    make_pdf(folder / "a.pdf")
    write_csv(
        folder / "dossiers.csv",
        ["case_number", "candidate", "type", "source", "pdf"],
        [["X-1", "U1", "general", "drawn", "a.pdf"]],
    )
    return [folder / "candidates.csv", folder / "dossiers.csv"]


def _cancelled(*_args: Any, **_kwargs: Any) -> None:
    raise Cancelled()


def _run(tmp_path: Path, files: list[Path]) -> tuple[list[ImportOutcome], list[tuple[str, str]], Any]:
    panel = new_panel(tmp_path)
    said: list[tuple[str, str]] = []
    context = ChairContext(TaskRunner(synchronous=True), lambda kind, text: said.append((kind, text)))
    context.panel = panel
    reports: list[ImportOutcome] = []
    ImportFlow(context, reports.append, lambda _p: None).start(files)
    return reports, said, panel


def test_a_cancel_after_a_list_went_in_says_which_went_in(
    tmp_path: Path, chinese_ui: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chair_imports, "add_dossiers", _cancelled)
    reports, said, panel = _run(tmp_path, _lists(tmp_path))
    assert len(reports) == 1 and reports[0].cancelled is not None
    lines = [text for _problem, text in outcome_lines(reports[0])]
    assert any("candidates.csv" in line and "1" in line for line in lines)  # the candidates are in
    assert any("dossiers.csv" in line and "取消" in line for line in lines)
    assert not any("没有任何改动" in text for _k, text in said)  # not "nothing changed"
    assert [c.id for c in panel.candidates()] == ["U1"]
    panel.close()


def test_a_cancel_before_anything_went_in_says_nothing_changed(
    tmp_path: Path, chinese_ui: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chair_imports, "add_dossiers", _cancelled)
    reports, said, panel = _run(tmp_path, _lists(tmp_path)[1:])
    assert reports == []
    assert len(said) == 1 and said[0][0] == "info" and "没有任何改动" in said[0][1]
    assert panel.candidates() == []
    panel.close()
