"""A chair's own checklist (评查表) read from an Excel/WPS sheet into an ordinary ``Checklist``.

The layout is documented in docs/data-files.md ("A checklist from a spreadsheet"): a header row with
columns such as 序号 | 评查项目 | 评查内容 | 分值 | 扣分标准, section header rows (一、立案（10分）),
one row per item (more rows for more deduction reasons, with the item's cells merged or left
empty), a 否决 section for vetoes, 小计/合计 rows that are checked, and notes below the table. Any
problem refuses the whole sheet with one message naming the file, sheet, row and column.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.review import field_values, library
from app.review.checklist import Checklist
from app.review.datafiles import DataFileError, format_location
from app.services.checklist_cells import (
    Cell,
    ChecklistSheetError,
    Sheet,
    cell_points,
    compact,
    open_workbook,
    readable,
)
from app.services.checklist_reasons import REASON_SPLIT, parse_amount, parse_reason, veto_effect

HEADER_SCAN_ROWS = 20
# field -> accepted headers (compared without spaces, full-width folded, a "(分)" suffix dropped)
ITEM_HEADERS = ("评查项目", "检查项目", "项目", "评查要点", "项目名称")
STANDARD_HEADERS = ("评查标准", "评查内容", "内容", "标准", "评查要求", "要求", "评分要求")
POINTS_HEADERS = ("分值", "标准分", "标准分值", "分数", "满分", "配分")
REASON_HEADERS = ("扣分标准", "扣分情形", "扣分细则", "评分标准", "评分细则", "扣分项", "扣分要点")
NUMBER_HEADERS = ("序号", "编号", "项目编号")
# the reviewer's own columns on a printed form: read past, never imported
REVIEWER_HEADERS = (
    "扣分",
    "得分",
    "实得分",
    "扣分理由",
    "扣分原因",
    "扣分说明",
    "页码",
    "备注",
    "评查意见",
    "存在问题",
    "评查情况",
)
ALL_HEADERS = frozenset(
    ITEM_HEADERS + STANDARD_HEADERS + POINTS_HEADERS + REASON_HEADERS + NUMBER_HEADERS + REVIEWER_HEADERS
)
TOTAL_WORDS = ("合计", "总计", "总分", "分值合计", "满分合计")
SUBTOTAL_WORDS = ("小计",)
NOTE_STARTS = ("说明", "注:", "注1", "备注:", "评查人", "评查组", "签字", "填表说明")
SECTION_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")
CHINESE_ORDINAL = re.compile(r"^[(（]?[一二三四五六七八九十]+[)）]?[、.．\s]*")
SECTION_TOTAL = re.compile(r"[(（]\s*(?:共|满分)?\s*([0-9.]+)\s*分\s*[)）]\s*$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
META_KEYS = {
    "编号": "id",
    "表编号": "id",
    "id": "id",
    "版本": "version",
    "版本号": "version",
    "名称": "title",
}


@dataclass
class _Item:
    row: int
    text: str
    standard: str
    max_points: Decimal
    reasons: list[dict[str, Any]] = field(default_factory=list)
    text_column: int | None = None
    standard_column: int | None = None


@dataclass
class _Section:
    row: int
    title: str
    total: tuple[Decimal, Cell] | None
    items: list[_Item] = field(default_factory=list)
    vetoes: bool = False
    column: int | None = None  # where its title stands


@dataclass(frozen=True)
class Columns:
    header_row: int
    number: int | None
    item: int | None
    standard: int | None
    points: int
    reasons: int | None
    names: dict[int, str]

    def name(self, column: int | None) -> str:
        return self.names.get(column or 0, "")


def _header_key(text: str) -> str:
    return re.sub(r"[(（][^)）]*[)）]$", "", compact(text))


def find_columns(sheet: Sheet) -> Columns:
    for row in range(1, min(sheet.max_row, HEADER_SCAN_ROWS) + 1):
        cells = {c.column: _header_key(c.text) for c in sheet.row(row) if not c.inherited and c.text}
        keys = set(cells.values())
        if not keys & set(POINTS_HEADERS) or not keys & set(ITEM_HEADERS + STANDARD_HEADERS):
            continue
        for column, key in cells.items():
            if key not in ALL_HEADERS:
                raise sheet.error(
                    f"unknown column {key!r}; the checklist columns are 序号, 评查项目, 评查内容 (or 评查标准), "
                    "分值, 扣分标准, and the reviewer's 扣分, 得分, 扣分理由, 页码, 备注 (rename or delete it)",
                    row,
                    column,
                )

        def first(names: tuple[str, ...], taken: set[int], cells: dict[int, str] = cells) -> int | None:
            for name in names:
                for column, key in cells.items():
                    if key == name and column not in taken:
                        return column
            return None

        item = first(ITEM_HEADERS, set())
        standard = first(STANDARD_HEADERS, {item} if item else set())
        if item is None:
            item, standard = standard, first(STANDARD_HEADERS, {standard} if standard else set())
        points = first(POINTS_HEADERS, set())
        assert points is not None
        return Columns(
            header_row=row,
            number=first(NUMBER_HEADERS, set()),
            item=item,
            standard=standard,
            points=points,
            reasons=first(REASON_HEADERS, set()),
            names={c: sheet.cell(row, c).text for c in cells},
        )
    raise sheet.error(
        f"no header row in the first {HEADER_SCAN_ROWS} rows: it needs a column 分值 and a column 评查项目 or 评查内容"
    )


def _is_note(text: str) -> bool:
    return any(compact(text).startswith(word) for word in NOTE_STARTS)


@dataclass
class SheetReading:
    sheet: Sheet
    columns: Columns
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    sections: list[_Section] = field(default_factory=list)
    vetoes: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_layout(sheet: Sheet) -> SheetReading:
    columns = find_columns(sheet)
    reading = SheetReading(sheet, columns)
    for row in range(1, columns.header_row):
        texts = [c.text for c in sheet.row(row) if not c.inherited and c.text]
        skip_next = False
        for n, text in enumerate(texts):
            if skip_next:
                skip_next = False
                continue
            pair = re.fullmatch(r"([^:：]+)[:：](.*)", text, flags=re.DOTALL)
            if pair is not None and compact(pair.group(1)) in META_KEYS:
                reading.meta[META_KEYS[compact(pair.group(1))]] = pair.group(2).strip()
            elif compact(text) in META_KEYS and n + 1 < len(texts):
                reading.meta[META_KEYS[compact(text)]] = texts[n + 1]
                skip_next = True
            elif not reading.title:
                reading.title = text
    _read_rows(reading)
    return reading


def _read_rows(reading: SheetReading) -> None:
    sheet, cols = reading.sheet, reading.columns
    current: _Section | None = None
    item: _Item | None = None
    note_row: int | None = None
    header = cols.name

    for row in range(cols.header_row + 1, sheet.max_row + 1):
        cells = sheet.row(row)  # every column the header names is among them (find_columns)

        def get(column: int | None, cells: list[Cell] = cells) -> Cell | None:
            return None if column is None else cells[column - 1]

        own = [c for c in cells if not c.inherited and not c.empty]
        if not own and not any(c.formula for c in cells):
            continue
        points_cell = cells[cols.points - 1]
        points_blank = points_cell.empty or sheet.merged_from_left(row, cols.points)
        if note_row is not None:
            if not points_cell.inherited and not points_blank:
                raise sheet.error(
                    f"a row with points below the notes (row {note_row}); move it into the table",
                    row,
                    cols.points,
                    header(cols.points),
                )
            reading.notes.append(" ".join(c.text for c in own))
            continue
        first_text = own[0].text if own else ""
        if _is_note(first_text):
            note_row = row
            reading.notes.append(" ".join(c.text for c in own))
            continue
        if all(_header_key(c.text) in ALL_HEADERS for c in own):
            continue  # the header's second row, or the header repeated for a second printed page
        label_cells = [c for c in (get(cols.number), get(cols.item), get(cols.standard)) if c is not None]
        label = next((compact(c.text) for c in label_cells if c.text and not c.inherited), "")
        if label.startswith(TOTAL_WORDS) or label.startswith(SUBTOTAL_WORDS):
            _check_total(reading, row, label.startswith(SUBTOTAL_WORDS), current, points_cell)
            item = None
            continue
        reason_cell = get(cols.reasons)
        reason_text = reason_cell.text if reason_cell is not None and not reason_cell.inherited else ""
        distinct = {c.text for c in own}
        number_cell = get(cols.number)
        ordinal = number_cell is not None and number_cell.text and CHINESE_ORDINAL.fullmatch(number_cell.text)
        numbered = bool(ordinal) or bool(SECTION_START.match(first_text))  # 一、立案 | 10: a section
        if (len(distinct) == 1 and points_blank and not reason_text) or (numbered and not reason_text):
            current = _section_row(reading, row, own, points_cell, numbered)
            item = None
            continue
        if current is None:  # items before any section header: one section named like the sheet
            current = _Section(row, reading.title or sheet.name, None)
            reading.sections.append(current)
        if current.vetoes:
            if (
                not points_cell.inherited
                and not points_cell.empty
                and cell_points(sheet, points_cell, header(cols.points), allow_zero=True) != 0
            ):
                raise sheet.error(
                    "a veto has no points; write its effect under 扣分标准 (案卷计0分)",
                    row,
                    cols.points,
                    header(cols.points),
                )
            text_cell = next((c for c in label_cells[1:] if c.text and not c.inherited), None)
            if text_cell is None:
                raise sheet.error(
                    "a veto needs its text",
                    row,
                    cols.item or cols.standard,
                    header(cols.item or cols.standard),
                )
            reading.vetoes.append(
                {
                    "row": row,
                    "column": text_cell.column,
                    "text": text_cell.text,
                    **veto_effect(sheet, reason_cell, header(cols.reasons)),
                }
            )
            continue
        starts_item = not points_blank and not sheet.merged_vertically_with_above(row, cols.points)
        if starts_item:
            max_points = cell_points(sheet, points_cell, header(cols.points))
            item_cell, standard_cell = get(cols.item), get(cols.standard)
            text = item_cell.text if item_cell is not None else ""
            standard = standard_cell.text if standard_cell is not None else ""
            text_column, standard_column = cols.item, cols.standard
            if not text:
                text, standard, text_column = standard, "", cols.standard
            if not text:
                raise sheet.error(
                    "an item needs its text",
                    row,
                    cols.item or cols.standard,
                    header(cols.item or cols.standard),
                )
            item = _Item(
                row, text, standard if standard != text else "", max_points, [], text_column, standard_column
            )
            current.items.append(item)
        elif item is None or not reason_text:
            raise sheet.error("no points (分值) for this item", row, cols.points, header(cols.points))
        if reason_text and reason_cell is not None:
            for piece in REASON_SPLIT.split(reason_text):
                if piece.strip():
                    parsed = parse_reason(
                        sheet, piece.strip(), reason_cell, header(cols.reasons), item.max_points
                    )
                    if parsed is not None:
                        item.reasons.append({**parsed, "_at": (reason_cell.row, reason_cell.column)})


def _section_row(
    reading: SheetReading, row: int, own: list[Cell], points_cell: Cell, ordinal: bool
) -> _Section:
    sheet, cols = reading.sheet, reading.columns
    parts = [c.text for c in own if c.column not in (cols.points, cols.number) or not ordinal]
    title = readable(" ".join(p for p in parts if not CHINESE_ORDINAL.fullmatch(p)) or own[0].text)
    total: tuple[Decimal, Cell] | None = None
    if (match := SECTION_TOTAL.search(title)) is not None:
        total = (parse_amount(sheet, match.group(1), own[0], cols.name(own[0].column)), own[0])
        title = title[: match.start()].strip()
    elif ordinal and not points_cell.empty and not points_cell.inherited:
        total = (cell_points(sheet, points_cell, cols.name(cols.points)), points_cell)
    title = CHINESE_ORDINAL.sub("", title).strip() or title
    section = _Section(row, title, total, vetoes="否决" in title, column=own[0].column)
    reading.sections.append(section)
    return section


def _check_total(
    reading: SheetReading, row: int, subtotal: bool, current: _Section | None, cell: Cell
) -> None:
    sheet, cols = reading.sheet, reading.columns
    if cell.empty:
        return
    stated = cell_points(sheet, cell, cols.name(cols.points))
    if subtotal:
        if current is None:
            raise sheet.error("a 小计 row before any section", row, cols.points, cols.name(cols.points))
        summed = sum((i.max_points for i in current.items), Decimal(0))
        what = f"the items of {current.title}"
    else:
        summed = sum((i.max_points for s in reading.sections for i in s.items), Decimal(0))
        what = "all the items above"
    if stated != summed:
        raise sheet.error(
            f"the total {stated} is not the sum of {what} ({summed})",
            row,
            cols.points,
            cols.name(cols.points),
        )


def _clean(
    reading: SheetReading, text: str, row: int | None, column: int | None = None, *, multiline: bool = False
) -> str:
    """A text as the program stores every text (``field_values.clean_text``), or an error at its cell."""
    try:
        return field_values.clean_text(text, multiline=multiline).strip()
    except field_values.FieldError as exc:
        header = reading.columns.name(column)
        raise reading.sheet.error(f"{text[:20]!r}… {exc}", row, column, header) from None


def _checklist_data(reading: SheetReading, checklist_id: str, version: str, title: str) -> dict[str, Any]:
    sheet = reading.sheet
    sections = []
    for s_index, section in enumerate((s for s in reading.sections if not s.vetoes), start=1):
        if not section.items:
            raise sheet.error(
                f"section {section.title!r} has no items",
                section.row,
                section.column,
                reading.columns.name(section.column),
            )
        if section.total is not None:
            summed = sum((i.max_points for i in section.items), Decimal(0))
            stated, where = section.total
            if stated != summed:
                raise sheet.error(
                    f"section {section.title!r} says {stated} points but its items add up to {summed}",
                    where.row,
                    where.column,
                    reading.columns.name(where.column),
                )
        items = []
        for i_index, item in enumerate(section.items, start=1):
            reasons = [
                {
                    "id": f"r{n}",
                    **{k: v for k, v in r.items() if k != "_at"},
                    "text": _clean(reading, r["text"], *r["_at"]),
                }
                for n, r in enumerate(item.reasons, start=1)
            ]
            items.append(
                {
                    "id": f"s{s_index}.{i_index}",
                    "text": _clean(reading, item.text, item.row, item.text_column),
                    "standard": _clean(
                        reading, item.standard, item.row, item.standard_column, multiline=True
                    ),
                    "max_points": item.max_points,
                    "reasons": reasons,
                }
            )
        sections.append(
            {
                "id": f"s{s_index}",
                "title": _clean(reading, section.title, section.row, section.column),
                "items": items,
            }
        )
    if not sections:
        raise sheet.error("has no items under its header row", reading.columns.header_row)
    vetoes = [
        {
            "id": f"v{n}",
            **{k: v for k, v in veto.items() if k not in ("row", "column")},
            "text": _clean(reading, veto["text"], veto["row"], veto["column"]),
        }
        for n, veto in enumerate(reading.vetoes, start=1)
    ]
    return {
        "id": checklist_id,
        "title": _clean(reading, title, None),
        "version": _clean(reading, version, None),
        "description": _clean(reading, "\n".join(reading.notes), None, multiline=True),
        "sections": sections,
        "vetoes": vetoes,
    }


def choose_sheet(path: Path, sheets: list[Sheet], name: str | None) -> Sheet:
    if name is not None:
        for sheet in sheets:
            if sheet.name == name:
                return sheet
        raise ChecklistSheetError(
            path, f"has no sheet {name!r}; its sheets: {', '.join(s.name for s in sheets)}"
        )
    for sheet in sheets:
        try:
            find_columns(sheet)
        except ChecklistSheetError as exc:
            if exc.row is not None:  # a header row with a problem: report that, not "no header"
                raise
            continue
        return sheet
    raise ChecklistSheetError(
        path,
        f"no sheet has a header row with 分值 and 评查项目 or 评查内容 (sheets: {', '.join(s.name for s in sheets)})",
    )


def checklist_sheets(path: str | Path) -> list[str]:
    """The sheets of a workbook that have a checklist header row (for a chair to choose among)."""
    p = Path(path)
    found = []
    for sheet in open_workbook(p):
        try:
            find_columns(sheet)
        except ChecklistSheetError as exc:
            if exc.row is None:
                continue  # no header at all: not a checklist sheet
        found.append(sheet.name)
    return found


def _default_id(path: Path, reading: SheetReading) -> str:
    stem = path.stem.lower().replace(" ", "-")
    if ID_PATTERN.fullmatch(stem):
        return stem
    digest = hashlib.sha256(
        repr(
            (
                reading.title,
                [(s.title, [(i.text, str(i.max_points)) for i in s.items]) for s in reading.sections],
            )
        ).encode()
    ).hexdigest()
    return f"imported-{digest[:8]}"


def import_checklist(
    path: str | Path,
    *,
    sheet: str | None = None,
    checklist_id: str | None = None,
    version: str | None = None,
    title: str | None = None,
) -> Checklist:
    """Read a checklist sheet; raises ``ChecklistSheetError``/``DataFileError`` naming the problem."""
    p = Path(path)
    chosen = choose_sheet(p, open_workbook(p), sheet)
    reading = read_layout(chosen)
    checklist_id = checklist_id or reading.meta.get("id") or _default_id(p, reading)
    if not ID_PATTERN.fullmatch(checklist_id):
        raise ChecklistSheetError(
            p,
            f"{checklist_id!r} cannot be a checklist id: lower-case letters, digits, . _ - (e.g. suzhou-2024)",
            sheet=chosen.name,
        )
    data = _checklist_data(
        reading,
        checklist_id,
        version or reading.meta.get("version") or "1",
        title or reading.meta.get("title") or reading.title or chosen.name,
    )
    try:
        checklist = Checklist.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ChecklistSheetError(
            p, f"{format_location(tuple(first['loc']))}: {first['msg']}", sheet=chosen.name
        ) from None
    shipped = library.checklists().get(checklist.id)
    if shipped is not None and shipped.content_hash != checklist.content_hash:
        raise ChecklistSheetError(
            p,
            f"{checklist.id!r} is the id of a shipped checklist; give yours another (编号 row or --id)",
            sheet=chosen.name,
        )
    return checklist


__all__ = ["ChecklistSheetError", "DataFileError", "import_checklist"]
