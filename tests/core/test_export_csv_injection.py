"""CSV exports against formula injection (OWASP "CSV Injection").

A name, case number or reason typed by anyone (a candidate's manifest, a reviewer's file) that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return was written to the CSV as it
is, and Excel or WPS opening the file ran it as a formula (``=HYPERLINK(...)``, DDE ``@cmd``).
Such a text cell now begins with an apostrophe; numbers (points, counts) are written as before,
so ``-3.00`` stays a number a program can read.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.export import PanelExport, write_csv
from app.services.export_xlsx import Column, Kind, Table


def _export(rows: tuple[tuple[object, ...], ...]) -> PanelExport:
    table = Table(
        name="t",
        columns=(Column("text"), Column("points", Kind.POINTS), Column("count", Kind.INTEGER)),
        rows=rows,  # type: ignore[arg-type]
    )
    return PanelExport("p", "r", datetime(2026, 1, 1, tzinfo=UTC), (table,), {})


def _cells(tmp_path: Path, rows: tuple[tuple[object, ...], ...]) -> list[list[str]]:
    (path,) = write_csv(_export(rows), tmp_path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","点击")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"],
)
def test_a_text_that_a_spreadsheet_would_run_begins_with_an_apostrophe(tmp_path: Path, text: str) -> None:
    ((cell, points, count),) = _cells(tmp_path, ((text, Decimal("-3.00"), -2),))
    assert cell == "'" + text
    assert (points, count) == ("-3.00", "-2")  # numbers are data, not text: unchanged


def test_ordinary_texts_are_unchanged(tmp_path: Path) -> None:
    rows = (("甲环罚〔2026〕1号", Decimal("90.75"), 3), ("平均分 49.5", None, None), ("", None, 0))
    assert _cells(tmp_path, rows) == [
        ["甲环罚〔2026〕1号", "90.75", "3"],
        ["平均分 49.5", "", ""],
        ["", "", "0"],
    ]
