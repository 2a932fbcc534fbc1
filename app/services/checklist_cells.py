"""The cells of a chair's checklist sheet (评查表 in Excel or WPS): text, exact numbers, merged ranges.

Every problem is a ``ChecklistSheetError`` naming the file, the sheet, the row and the column, e.g.
``checklist.xlsx, sheet 评查表, row 12, column D (分值): '十' is not a number``. Numbers are read
exactly: a number cell through the shortest text that gives back the stored value, a text cell
("10", "１０", "2.5分", numbers stored as text) as written; never more than two decimals, never
negative, NaN, infinite or huge, never a formula without the value Excel or WPS saved with it.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.review import field_values
from app.review.datafiles import DataFileError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a checklist is a few kilobytes; anything this big is not one
MAX_ROWS, MAX_COLUMNS = 2000, 60
MAX_POINTS = Decimal(1000)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls / .et (the binary formats before .xlsx)


class ChecklistSheetError(DataFileError):
    """A checklist sheet that cannot be read; ``str()`` is one line naming file, sheet, row, column."""

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        sheet: str | None = None,
        row: int | None = None,
        column: int | None = None,
        header: str = "",
    ) -> None:
        parts = [f"sheet {sheet}"] if sheet is not None else []
        if row is not None:
            parts.append(f"row {row}")
        if column is not None:
            parts.append(f"column {get_column_letter(column)}" + (f" ({header})" if header else ""))
        super().__init__(path, ", ".join(parts), problem)
        self.sheet, self.row, self.column = sheet, row, column
        where = ", ".join([self.path, *parts])
        self.args = (f"{where}: {problem}",)

    def __str__(self) -> str:
        return str(self.args[0])


DIGIT_FOLD = str.maketrans({**{0xFF10 + n: str(n) for n in range(10)}, 0xFF0E: ".", 0xFF0D: "-"})
SPACE_FOLD = str.maketrans({0x00A0: " ", 0x3000: " ", 0x200B: ""})


def normalise(text: str) -> str:
    """Everything folded (NFKC: full-width digits and punctuation, ① …): for numbers and keywords."""
    return unicodedata.normalize("NFKC", text).translate(SPACE_FOLD).strip()


def readable(text: str) -> str:
    """A text as the chair wrote it, with full-width digits folded and odd spaces made plain; the
    Chinese punctuation stays (，（）：), so item and reason texts read as on the form."""
    return text.translate(DIGIT_FOLD).translate(SPACE_FOLD).strip()


def compact(text: str) -> str:
    """A header or keyword as compared: normalised, no whitespace at all."""
    return re.sub(r"\s+", "", normalise(text))


@dataclass(frozen=True)
class Cell:
    """One cell as the layout reads it. ``value`` is the saved value (a formula's cached result);
    ``inherited`` marks a cell covered by a merged range whose value sits in the range's first cell."""

    row: int
    column: int
    value: Any
    formula: str | None = None
    inherited: bool = False

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return readable(str(self.value))

    @property
    def empty(self) -> bool:
        return self.formula is None and self.text == ""


class Sheet:
    """One worksheet: values with merged ranges filled in, and where each came from."""

    def __init__(self, path: Path, values: Worksheet, formulas: Worksheet) -> None:
        self.path = path
        self.name = values.title
        self.max_row = min(values.max_row or 0, MAX_ROWS)
        self.max_column = min(values.max_column or 0, MAX_COLUMNS)
        if (values.max_row or 0) > MAX_ROWS or (values.max_column or 0) > MAX_COLUMNS:
            raise self.error(f"is larger than a checklist can be ({MAX_ROWS} rows, {MAX_COLUMNS} columns)")
        self._values = values
        self._formulas = formulas
        self._merged_origin: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in values.merged_cells.ranges:
            for r in range(merged.min_row, min(merged.max_row, self.max_row) + 1):
                for c in range(merged.min_col, min(merged.max_col, self.max_column) + 1):
                    if (r, c) != (merged.min_row, merged.min_col):
                        self._merged_origin[(r, c)] = (merged.min_row, merged.min_col)

    def error(
        self, problem: str, row: int | None = None, column: int | None = None, header: str = ""
    ) -> Exception:
        return ChecklistSheetError(self.path, problem, sheet=self.name, row=row, column=column, header=header)

    def cell(self, row: int, column: int) -> Cell:
        origin = self._merged_origin.get((row, column))
        r, c = origin or (row, column)
        value = self._values.cell(r, c).value
        raw = self._formulas.cell(r, c).value
        formula = raw if isinstance(raw, str) and raw.startswith("=") else None
        return Cell(row, column, value, formula, inherited=origin is not None)

    def merged_vertically_with_above(self, row: int, column: int) -> bool:
        origin = self._merged_origin.get((row, column))
        return origin is not None and origin[0] < row

    def merged_from_left(self, row: int, column: int) -> bool:
        """Covered by a merged range that starts on this row further left (a title spanning the row)."""
        origin = self._merged_origin.get((row, column))
        return origin is not None and origin[0] == row and origin[1] < column

    def row(self, row: int) -> list[Cell]:
        return [self.cell(row, c) for c in range(1, self.max_column + 1)]


def open_workbook(path: Path) -> list[Sheet]:
    """Every worksheet of an .xlsx file (Excel or WPS), values and formulas side by side."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ChecklistSheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise ChecklistSheetError(path, f"is {size // (1024 * 1024)} MB; a checklist sheet is far smaller")
    if head == OLE_MAGIC:
        raise ChecklistSheetError(
            path, "is an old .xls/.et workbook; save it as .xlsx in Excel or WPS (另存为 Excel 工作簿 .xlsx)"
        )
    if not zipfile.is_zipfile(path):
        raise ChecklistSheetError(path, "is not an .xlsx workbook")
    try:
        with warnings.catch_warnings():  # "no default style", unsupported extensions: WPS files, harmless
            warnings.simplefilter("ignore")
            values = load_workbook(path, data_only=True)
            formulas = load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; all mean the same here
        raise ChecklistSheetError(
            path, f"cannot be read as an .xlsx workbook ({type(exc).__name__})"
        ) from None
    sheets = [
        Sheet(path, values[name], formulas[name])
        for name in values.sheetnames
        if isinstance(values[name], Worksheet)
    ]
    if not sheets:
        raise ChecklistSheetError(path, "has no worksheet")
    return sheets


def cell_points(sheet: Sheet, cell: Cell, header: str, *, allow_zero: bool = False) -> Decimal:
    """The exact points in a cell (``field_values.parse_points``, the program's one number rule), or
    an error naming the cell."""

    def fail(problem: str) -> Exception:
        return sheet.error(problem, cell.row, cell.column, header)

    value = cell.value
    if value is None and cell.formula is not None:
        raise fail(
            f"is a formula ({cell.formula[:40]}) without a saved value; type the number, "
            "or open and save the file in Excel or WPS"
        )
    if isinstance(value, bool):
        raise fail(f"is {'TRUE' if value else 'FALSE'}; write a number of points")
    if isinstance(value, datetime | date | time):
        raise fail(f"holds a date or time ({value}), not a number; format the cell as a number")
    # a float through the shortest text that gives back the stored binary value
    text = repr(value) if isinstance(value, float) else str(value)
    return parse_cell_points(text, fail, allow_zero=allow_zero)


def parse_cell_points(text: str, fail: Callable[[str], Exception], *, allow_zero: bool = False) -> Decimal:
    try:
        number = field_values.parse_points(text, maximum=MAX_POINTS, positive=not allow_zero)
    except field_values.FieldError as exc:
        raise fail(str(exc)) from None
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()
