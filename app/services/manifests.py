"""Reading CSV and XLSX manifests into rows that know where they came from.

A chair's spreadsheet may use the English column codes of ``docs/manifests.md`` or the Chinese
headers listed there; both map to the same code. Every problem names the file, the row (as the
spreadsheet numbers it, header = row 1) and the column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.review.datafiles import DataFileError
from app.review.points import PointsError, parse_points


class ManifestError(DataFileError):
    """A manifest row or column that cannot be used; nothing from the manifest is written."""


@dataclass(frozen=True)
class Row:
    path: Path
    number: int  # spreadsheet row number (header is 1)
    values: Mapping[str, str]

    def error(self, column: str, problem: str) -> ManifestError:
        return ManifestError(self.path, f"row {self.number}, column {column}", problem)

    def get(self, column: str, default: str = "") -> str:
        return self.values.get(column, default).strip()

    def required(self, column: str) -> str:
        value = self.get(column)
        if not value:
            raise self.error(column, "is empty")
        return value

    def flag(self, column: str, default: bool) -> bool:
        value = self.get(column).lower()
        if not value:
            return default
        if value in {"1", "yes", "y", "true", "是", "已公开", "公开", "√"}:
            return True
        if value in {"0", "no", "n", "false", "否", "未公开", "不公开", "×"}:
            return False
        raise self.error(column, f"is {value!r}; write yes/no (是/否)")

    def date(self, column: str) -> date | None:
        value = self.get(column)
        if not value:
            return None
        cleaned = re.sub(r"[年月/.]", "-", value).removesuffix("日").split(" ")[0]
        try:
            return datetime.strptime(cleaned, "%Y-%m-%d").date()
        except ValueError:
            raise self.error(column, f"is {value!r}; write a date as 2024-05-31") from None

    def points(self, column: str) -> Decimal:
        try:
            return parse_points(self.required(column))
        except PointsError as exc:
            raise self.error(column, str(exc)) from None

    def integer(self, column: str) -> int | None:
        value = self.get(column)
        if not value:
            return None
        try:
            return int(Decimal(value))
        except ArithmeticError:
            raise self.error(column, f"is {value!r}; write a whole number") from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _raw_rows(path: Path) -> Iterator[list[str]]:
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged workbook
            raise ManifestError(
                path, "", f"is not a readable XLSX workbook ({exc.__class__.__name__})"
            ) from None
        try:
            sheet = workbook.worksheets[0]
            for cells in sheet.iter_rows(values_only=True):
                yield [_cell_text(c) for c in cells]
        finally:
            workbook.close()
        return
    if suffix not in {".csv", ".tsv", ".txt"}:
        raise ManifestError(path, "", "is neither CSV nor XLSX")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_bytes().decode("gb18030")  # what Excel on Chinese Windows writes
        except UnicodeDecodeError:
            raise ManifestError(path, "", "is neither UTF-8 nor GB18030 text") from None
    delimiter = (
        "\t"
        if suffix == ".tsv" or ("\t" in text.split("\n", 1)[0] and "," not in text.split("\n", 1)[0])
        else ","
    )
    yield from csv.reader(text.splitlines(), delimiter=delimiter)


def read_manifest(
    path: str | Path, columns: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> list[Row]:
    """Rows of a manifest with headers mapped to column codes.

    ``columns`` maps each code to the header spellings accepted for it (the code itself always
    counts); an unknown header is an error, so a typo never silently drops a column. Codes with a
    ``prefix:`` (``attr:``, ``event:``) pass through as they are.
    """
    p = Path(path)
    if not p.is_file():
        raise ManifestError(p, "", "does not exist")
    rows = iter(_raw_rows(p))
    header = next(rows, None)
    if header is None or not any(header):
        raise ManifestError(p, "row 1", "has no header row")
    alias = {code.lower(): code for code in columns}
    for code, names in columns.items():
        for name in names:
            alias[name.lower()] = code
    codes: list[str] = []
    for position, raw in enumerate(header, start=1):
        name = raw.strip().lstrip("\ufeff")
        if not name:
            codes.append("")
            continue
        if ":" in name and name.split(":", 1)[0].lower() in {"attr", "event"}:
            codes.append(name.split(":", 1)[0].lower() + ":" + name.split(":", 1)[1].strip())
            continue
        found = alias.get(name.lower())
        if found is None:
            raise ManifestError(p, f"row 1, column {position}", f"unknown column {name!r}")
        code = found
        if code in codes:
            raise ManifestError(p, f"row 1, column {position}", f"column {name!r} appears twice")
        codes.append(code)
    for code in required:
        if code not in codes:
            raise ManifestError(p, "row 1", f"the column {code!r} is missing")
    result: list[Row] = []
    for number, raw_row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in raw_row):
            continue  # blank lines between blocks are common in hand-made sheets
        if len(raw_row) > len(codes) and any(c.strip() for c in raw_row[len(codes) :]):
            raise ManifestError(p, f"row {number}", "has more cells than the header has columns")
        values = {code: raw_row[i] if i < len(raw_row) else "" for i, code in enumerate(codes) if code}
        result.append(Row(p, number, values))
    if not result:
        raise ManifestError(p, "", "has a header but no rows")
    return result
