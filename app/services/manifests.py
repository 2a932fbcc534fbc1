"""Reading CSV and XLSX manifests into rows that know where they came from.

A chair's spreadsheet may use the English column codes of ``docs/manifests.md`` or the Chinese
headers listed there; both map to the same code. Every problem names the file, the row (as the
spreadsheet numbers it, header = row 1) and the column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.exchange.safe_names import name_problem
from app.review import field_values
from app.review.datafiles import DataFileError
from app.review.field_values import FieldError, shown
from app.review.tabular import TableError, UnsavedFormula, read_table


class ManifestError(DataFileError):
    """A manifest row or column that cannot be used; nothing from the manifest is written."""


@dataclass(frozen=True)
class Row:
    """One row of a manifest. Every field is read through ``app.review.field_values``."""

    path: Path
    number: int  # spreadsheet row number (header is 1)
    values: Mapping[str, str]

    def error(self, column: str, problem: str) -> ManifestError:
        return ManifestError(self.path, f"row {self.number}, column {column}", problem)

    def get(self, column: str, default: str = "", *, multiline: bool = False) -> str:
        """The cell as text (``clean_text``: controls dropped, one line unless ``multiline``)."""
        raw = self.values.get(column, default)
        if isinstance(raw, UnsavedFormula):
            raise self.error(
                column,
                f"is a formula ({shown(raw.formula)}) whose value was never saved; "
                "open the file in Excel or WPS and save it, or paste the values",
            )
        try:
            return field_values.clean_text(raw, multiline=multiline).strip()
        except FieldError as exc:
            raise self.error(column, str(exc)) from None

    def required(self, column: str, *, multiline: bool = False) -> str:
        value = self.get(column, multiline=multiline)
        if not value:
            raise self.error(column, "is empty")
        return value

    def name(self, column: str, what: str, value: str | None = None, *, hint: str = "") -> str:
        """An id that will name files and folders (``app.exchange.safe_names``): a reviewer's or
        candidate's id, a dossier code. Refused here, at its row, rather than at ``package``."""
        text = self.required(column) if value is None else value
        problem = name_problem(text)
        if problem is not None:
            message = f"{what} {shown(text)} cannot be a file or folder name ({problem})"
            raise self.error(column, message + (f"; {hint}" if hint else ""))
        return text

    def flag(self, column: str, default: bool) -> bool:
        value = self.get(column).lower()
        if not value:
            return default
        if value in {"1", "yes", "y", "true", "是", "已公开", "公开", "√"}:
            return True
        if value in {"0", "no", "n", "false", "否", "未公开", "不公开", "×"}:
            return False
        raise self.error(column, f"is {shown(value)}; write yes/no (是/否)")

    def date(self, column: str) -> date | None:
        value = self.get(column)
        if not value:
            return None
        cleaned = re.sub(r"[年月/.]", "-", value).removesuffix("日").split(" ")[0]
        try:
            if len(cleaned) > 10:
                raise ValueError(cleaned)
            return datetime.strptime(cleaned, "%Y-%m-%d").date()
        except ValueError:
            raise self.error(column, f"is {shown(value)}; write a date as 2024-05-31") from None

    def points(self, column: str, *, maximum: Decimal | int | None = None, positive: bool = False) -> Decimal:
        """Points (``field_values.parse_points``): required, 0 … ``maximum``, at most two decimals."""
        try:
            return field_values.parse_points(self.required(column), maximum=maximum, positive=positive)
        except FieldError as exc:
            raise self.error(column, str(exc)) from None

    def count(self, column: str, *, maximum: int = field_values.MAX_COUNT) -> int | None:
        """A count (``field_values.parse_count``); ``None`` for an empty cell."""
        value = self.get(column)
        if not value:
            return None
        try:
            return field_values.parse_count(value, maximum=maximum)
        except FieldError as exc:
            raise self.error(column, str(exc)) from None

    def page(self, column: str, page_count: int | None) -> int | None:
        """A page of the dossier's PDF (``field_values.parse_page``); ``None`` for an empty cell."""
        value = self.get(column)
        if not value:
            return None
        try:
            return field_values.parse_page(value, page_count)
        except FieldError as exc:
            raise self.error(column, str(exc)) from None


def read_manifest(
    path: str | Path, columns: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> list[Row]:
    """Rows of a manifest with headers mapped to column codes.

    ``columns`` maps each code to the header spellings accepted for it (the code itself always
    counts); an unknown header is an error, so a typo never silently drops a column, and so is a value
    under a blank header (a column nobody named). Codes with a
    ``prefix:`` (``attr:``, ``event:``) pass through as they are.
    """
    p = Path(path)
    try:
        rows = iter(read_table(p))
    except TableError as exc:
        raise ManifestError(exc.path, exc.location, exc.problem) from None
    header = next(rows, None)
    if header is None or not any(header):
        raise ManifestError(p, "row 1", "has no header row")
    alias = {code.lower(): code for code in columns}
    for code, names in columns.items():
        for name in names:
            alias[name.lower()] = code
    codes: list[str] = []
    for position, raw in enumerate(header, start=1):
        name = field_values.strip_invisible(raw).strip()
        if not name:
            codes.append("")
            continue
        prefix, _, rest = name.partition(":")
        if rest and prefix.lower() in {"attr", "event"}:
            code = prefix.lower() + ":" + rest.strip()
        else:
            found = alias.get(name.lower())
            if found is None:
                raise ManifestError(p, f"row 1, column {position}", f"unknown column {shown(name)}")
            code = found
        if code in codes:
            raise ManifestError(p, f"row 1, column {position}", f"column {shown(name)} appears twice")
        codes.append(code)
    for code in required:
        if code not in codes:
            raise ManifestError(p, "row 1", f"the column {code!r} is missing")
    result: list[Row] = []
    for number, raw_row in enumerate(rows, start=2):
        if not any(cell.strip() or isinstance(cell, UnsavedFormula) for cell in raw_row):
            continue  # blank lines between blocks are common in hand-made sheets
        if len(raw_row) > len(codes) and any(c.strip() for c in raw_row[len(codes) :]):
            raise ManifestError(p, f"row {number}", "has more cells than the header has columns")
        for position, (code, cell) in enumerate(zip(codes, raw_row, strict=False), start=1):
            if not code and (isinstance(cell, UnsavedFormula) or field_values.strip_invisible(cell).strip()):
                raise ManifestError(
                    p, f"row {number}, column {position}", "has a value in a column without a header"
                )
        values = {code: raw_row[i] if i < len(raw_row) else "" for i, code in enumerate(codes) if code}
        result.append(Row(p, number, values))
    if not result:
        raise ManifestError(p, "", "has a header but no rows")
    return result
