"""The one reader of spreadsheets (XLSX and CSV): rows of cell texts, numbered as the sheet numbers them.

Every table the program reads (manifests, paper score sheets, checklists typed into a sheet) comes
through ``read_table``; what the cells mean is the caller's business (``app.services.manifests``),
numbers and texts are parsed by ``app.review.field_values``.

* XLSX/XLSM: the first sheet, the values Excel or WPS saved with the file. A formula whose value was
  never saved (a sheet written by a script, not opened since) is not "empty": its cell comes back as
  an ``UnsavedFormula`` (an empty ``str`` that knows its formula) so the caller can say so when the
  value is needed.
* CSV/TSV/TXT: the encoding from the byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), else UTF-8,
  else GB18030 (what Excel on Chinese Windows writes); UTF-16 without a mark is refused with "save
  it as UTF-8". Records are split by the ``csv`` module only (``newline=''``), so a line break inside
  a quoted cell, U+2028 or U+0085 stays in its cell. Comma or tab separated.

Problems raise ``TableError`` (a ``DataFileError``) naming the file and, where there is one, the row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from app.review.datafiles import DataFileError

MAX_TABLE_BYTES = 64 * 1024 * 1024
MAX_CELL_CHARS = 128 * 1024  # the csv module's own limit, said in words
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class TableError(DataFileError):
    """A spreadsheet that cannot be read; nothing from it is used."""


class UnsavedFormula(str):
    """An XLSX cell holding a formula whose value the file does not carry: reads as ``""``."""

    formula: str

    def __new__(cls, formula: str) -> UnsavedFormula:
        cell = super().__new__(cls, "")
        cell.formula = formula
        return cell


def read_table(path: str | Path) -> list[list[str]]:
    """All rows of the table at ``path``; ``rows[0]`` is spreadsheet row 1. Raises ``TableError``."""
    p = Path(path)
    if not p.is_file():
        raise TableError(p, "", "does not exist")
    suffix = p.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return list(_xlsx_rows(p))
    if suffix in TEXT_SUFFIXES:
        return _csv_rows(p, _decoded(p), tab=suffix == ".tsv")
    raise TableError(p, "", "is neither CSV nor XLSX")


# ---------------------------------------------------------------------- XLSX
def cell_text(value: object) -> str:
    """A cell's value as text: dates as 2024-05-31, whole floats without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise TableError(path, "", f"is not a readable XLSX workbook ({exc.__class__.__name__})") from None
    try:
        if not values.worksheets:
            raise TableError(path, "", "has no sheet")
        value_rows = values.worksheets[0].iter_rows(values_only=True)
        formula_rows = formulas.worksheets[0].iter_rows(values_only=True)
        for cells, raw in zip(value_rows, formula_rows, strict=False):
            row: list[str] = []
            for position, cell in enumerate(cells):
                source = raw[position] if position < len(raw) else None
                if cell is None and isinstance(source, str) and source.startswith("="):
                    row.append(UnsavedFormula(source))
                else:
                    row.append(cell_text(cell))
            yield row
    except TableError:
        raise
    except Exception as exc:  # a damaged sheet part inside a readable zip
        raise TableError(path, "", f"is not a readable XLSX workbook ({exc.__class__.__name__})") from None
    finally:
        values.close()
        formulas.close()


# ---------------------------------------------------------------------- CSV
def _decoded(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise TableError(path, "", f"is {size} bytes; a table may have at most {MAX_TABLE_BYTES}")
        raw = path.read_bytes()
    except OSError as exc:
        raise TableError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise TableError(
                    path, "", f"starts as {encoding.upper()} text but is not; save it as UTF-8"
                ) from None
    head = raw[:4096]
    if head.count(0) * 4 >= len(head) > 0:  # UTF-16 text has a NUL beside every ASCII letter
        raise TableError(
            path, "", "is UTF-16 text without a byte-order mark, or not text at all; save it as UTF-8 CSV"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            raise TableError(path, "", "is neither UTF-8 nor GB18030 text; save it as UTF-8 CSV") from None


def _csv_rows(path: Path, text: str, *, tab: bool) -> list[list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if tab or ("\t" in first_line and "," not in first_line) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            number = len(rows) + 1
            if "field limit" in str(exc):
                raise TableError(
                    path,
                    f"row {number}",
                    f"has a cell longer than {MAX_CELL_CHARS} characters (or a quote that is never closed)",
                ) from None
            raise TableError(path, f"row {number}", f"cannot be read as CSV ({exc})") from None
        rows.append([cell.strip() for cell in cells])
