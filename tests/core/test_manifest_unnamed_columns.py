"""A value under a column without a header is refused, not dropped (issue 11: never a silent skip).

A sheet whose header row has a blank cell (a column someone added and did not name, or the
header of an XLSX whose last column was typed in after the header) dropped that column's values
without a word; a row longer than the header was refused, so only the blank-header case slipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main


def _panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    panel = str(tmp_path / "p.dpanel")
    assert main(["new", panel, "--ruleset", "xinjiang-2017"]) == 0
    capsys.readouterr()
    return panel


def _refused(capsys: pytest.CaptureFixture[str], panel: str, manifest: Path, where: str) -> None:
    before = Path(panel).read_bytes()
    assert main(["add-candidates", panel, "--manifest", str(manifest)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {manifest}: {where}: "), lines[0]
    assert "without a header" in lines[0]
    assert Path(panel).read_bytes() == before


def test_a_value_under_a_blank_csv_header_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _panel(tmp_path, capsys)
    manifest = tmp_path / "c.csv"
    manifest.write_text("id,,name,kind\nN1,昌吉,甲局,county-unit\n", encoding="utf-8")
    _refused(capsys, panel, manifest, "row 2, column 2")


def test_a_value_right_of_the_last_xlsx_header_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _panel(tmp_path, capsys)
    manifest = tmp_path / "c.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["id", "name", "kind"])
    sheet.append(["N1", "甲局", "county-unit", "昌吉州"])
    book.save(manifest)
    _refused(capsys, panel, manifest, "row 2, column 4")


def test_a_blank_header_over_blank_cells_is_still_fine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _panel(tmp_path, capsys)
    manifest = tmp_path / "c.csv"
    manifest.write_text("id,name,,kind,\nN1,甲局,,county-unit,\n", encoding="utf-8")
    assert main(["add-candidates", panel, "--manifest", str(manifest)]) == 0
