"""The one spreadsheet reader (issue 11, item 5): encodings, cells that split rows, huge cells, formulas."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.review.tabular import TableError, UnsavedFormula, read_table
from app.services.manifests import ManifestError
from app.services.registry import add_candidates, add_dossiers
from tests.core.panel_fixtures import new_panel, populated_panel, write_csv

HEADER = ["id", "name", "kind"]


def test_a_line_separator_inside_a_cell_stays_in_the_cell(tmp_path: Path) -> None:
    # str.splitlines() split the row at U+2028 / U+0085, so a name became a row of its own
    path = tmp_path / "c.csv"
    path.write_text('id,name,kind\nU1,"甲县\u2028生态环境局",county-unit\nU2,乙\x85县,county-unit\n', "utf-8")
    assert read_table(path)[1:] == [
        ["U1", "甲县\u2028生态环境局", "county-unit"],
        ["U2", "乙\x85县", "county-unit"],
    ]
    panel = new_panel(tmp_path)
    assert add_candidates(panel, path).added == ["U1", "U2"]
    names = {c.id: c.name for c in panel.candidates()}
    assert names == {"U1": "甲县 生态环境局", "U2": "乙 县"}  # a one-line field: the break is a space
    panel.close()


def test_a_quoted_line_break_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,name,kind\r\nU1,"第一行\r\n第二行",county-unit\r\nU2,乙,county-unit\r\n', "utf-8")
    rows = read_table(path)
    assert len(rows) == 3 and rows[1][1] == "第一行\r\n第二行" and rows[2][0] == "U2"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_read(tmp_path: Path, encoding: str) -> None:
    # UTF-16 from Excel's "Unicode text" was refused with garbage column names
    path = tmp_path / "c.csv"
    text = (
        "\ufeffid\tname\tkind\nU1\t甲县\tcounty-unit\n"
        if encoding == "utf-16-be"
        else "id,name,kind\nU1,甲县,county-unit\n"
    )
    path.write_bytes(text.encode(encoding))
    assert read_table(path) == [HEADER, ["U1", "甲县", "county-unit"]]


def test_utf16_without_a_mark_says_save_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("id,name,kind\nU1,甲县,county-unit\n".encode("utf-16-le"))
    with pytest.raises(ManifestError, match="save it as UTF-8"):
        add_candidates(new_panel(tmp_path), path)


def test_gb18030_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("编号,名称,类别\nU1,甲县,county-unit\n".encode("gb18030"))
    assert read_table(path)[1] == ["U1", "甲县", "county-unit"]


def test_a_cell_over_128_kib_is_named_not_a_csv_traceback(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv", HEADER, [["U1", "甲", "county-unit"], ["U2", "乙" * 140_000, "county-unit"]]
    )
    with pytest.raises(ManifestError) as error:
        add_candidates(new_panel(tmp_path), path)
    assert error.value.location == "row 3" and "longer than 131072 characters" in error.value.problem


def test_a_long_cell_under_the_csv_limit_is_refused_by_its_field(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", HEADER, [["U1", "甲" * 5000, "county-unit"]])
    with pytest.raises(ManifestError) as error:
        add_candidates(new_panel(tmp_path), path)
    assert error.value.location == "row 2, column name" and "at most 500" in error.value.problem


def test_control_characters_in_cells_are_dropped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", HEADER, [["U1", "甲\x00县\x07\x1b\ufeff", "county-unit"]])
    panel = new_panel(tmp_path)
    add_candidates(panel, path)
    assert panel.candidates()[0].name == "甲县"
    panel.close()


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_formula_without_a_saved_value_is_called_a_formula(tmp_path: Path) -> None:
    # openpyxl writes formulas without cached values: the cell read as "" and a column seemed empty
    path = _workbook(
        tmp_path / "c.xlsx", [[*HEADER, "event:province_zeroed"], ["U1", "甲", "county-unit", "=1+1"]]
    )
    rows = read_table(path)
    assert isinstance(rows[1][3], UnsavedFormula) and rows[1][3].formula == "=1+1"
    with pytest.raises(ManifestError) as error:
        add_candidates(new_panel(tmp_path), path)
    assert error.value.location == "row 2, column event:province_zeroed" and "formula" in error.value.problem


def test_xlsx_numbers_go_through_the_validator(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "c.xlsx", [[*HEADER, "event:province_zeroed"], ["U1", "甲", "county-unit", 2.7]]
    )
    panel = new_panel(tmp_path)
    with pytest.raises(ManifestError, match="not a whole number"):
        add_candidates(panel, path)
    path = _workbook(
        tmp_path / "d.xlsx", [[*HEADER, "event:province_zeroed"], ["U1", "甲", "county-unit", 1e300]]
    )
    with pytest.raises(ManifestError, match="row 2, column event:province_zeroed"):
        add_candidates(panel, path)
    panel.close()


def test_not_a_table(tmp_path: Path) -> None:
    (tmp_path / "c.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(TableError, match="not a readable XLSX"):
        read_table(tmp_path / "c.xlsx")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    with pytest.raises(TableError, match="neither CSV nor XLSX"):
        read_table(tmp_path / "c.pdf")


def test_a_repeated_dossier_row_names_both_rows(tmp_path: Path) -> None:
    # the second insert died with SQLAlchemy's IntegrityError (unique dossier category)
    panel = populated_panel(tmp_path)
    before = len(panel.dossiers())
    row = ["X-1", "U1", "general", "drawn"]
    path = write_csv(
        tmp_path / "more.csv", ["case_number", "candidate", "type", "source"], [row, ["X-2", *row[1:]], row]
    )
    with pytest.raises(ManifestError) as error:
        add_dossiers(panel, path)
    assert error.value.location == "row 4, column case_number" and "repeats row 2" in error.value.problem
    assert len(panel.dossiers()) == before
    panel.close()


def test_a_given_code_already_used_by_another_dossier_is_named(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    taken = panel.dossiers()[0].id
    path = write_csv(
        tmp_path / "more.csv",
        ["code", "case_number", "candidate", "type", "source"],
        [[taken, "X-9", "U1", "general", "drawn"]],
    )
    with pytest.raises(ManifestError, match=r"row 2, column code.*already another dossier"):
        add_dossiers(panel, path)
    panel.close()


def test_a_stray_nul_in_utf8_is_not_taken_for_utf16(tmp_path: Path) -> None:
    # found by the fuzz test: one NUL made a UTF-8 sheet "UTF-16 without a byte-order mark"
    path = tmp_path / "c.csv"
    path.write_bytes("id,name,kind\nU1,甲\x00县,county-unit\n".encode())
    panel = new_panel(tmp_path)
    add_candidates(panel, path)
    assert panel.candidates()[0].name == "甲县"
    panel.close()
