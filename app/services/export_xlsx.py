"""The chair's spreadsheet: its sheets as plain tables (also written as CSV) and the XLSX writer.

Panels use WPS and Excel in Chinese, so headings and words here are Chinese; the figures come
rounded half-up to two places from ``app.services.export``. Each sheet has the panel's name and the
export time on top, a frozen header row, column widths that fit Chinese text (a CJK character is
two columns wide), points as numbers shown with '0.00', counts and ranks as integers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.review.checklist import Checklist
from app.review.disagreement import DeductionRecord, Flag, FlagCode
from app.review.field_values import strip_invisible
from app.review.indicators import Step
from app.review.panel_results import PanelResults
from app.review.points import export_points
from app.review.ruleset import RuleSet
from app.review.statistics import ItemProblem
from app.vocabulary import OFFICIAL, flag_figure, flag_figures_text, incomplete_word, steps_text, word


class Kind(StrEnum):
    TEXT = "text"
    POINTS = "points"  # Decimal with two places; '0.00' in the spreadsheet
    INTEGER = "integer"  # counts, ranks, pages; '0'
    DATETIME = "datetime"  # local time without zone


Cell = str | Decimal | int | datetime | None


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name and the CSV file's
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


def said(section: str, code: object, /, **fields: object) -> str:
    """The official (Chinese) words for a code of the core, as the printed sheets say it too."""
    return word(section, code, OFFICIAL, **fields)


def _pts(value: Fraction | Decimal | None) -> Decimal | None:
    return None if value is None else export_points(value)


# ---------------------------------------------------------------------- wording
def describe_steps(steps: Sequence[Step]) -> str:
    return steps_text(steps, language=OFFICIAL)


def flag_difference(flag: Flag) -> Fraction | None:
    """The one number a chair sorts flags by: the spread, or the points possibly counted twice."""
    if flag.code in (FlagCode.SCORE_SPREAD, FlagCode.ITEM_SPLIT):
        return flag.figures["spread"]
    if flag.code is FlagCode.COUNTED_TWICE:
        return flag.figures["cross_points"]
    return None


def describe_problems(problems: Any) -> str:
    """The merge log's problems (a JSON list of codes or small objects) as one line."""
    if not problems:
        return ""
    parts = []
    for p in problems if isinstance(problems, list) else [problems]:
        if isinstance(p, dict):
            parts.append("，".join(f"{k}: {v}" for k, v in p.items()))
        elif isinstance(p, (list, tuple)):
            parts.append(" ".join(str(x) for x in p))
        else:
            parts.append(str(p))
    return "；".join(parts)


def _section_of(checklist: Checklist, item_id: str) -> str:
    return next((s.title for s in checklist.sections if any(i.id == item_id for i in s.items)), "")


# ---------------------------------------------------------------------- tables
def dossier_table(
    ruleset: RuleSet,
    checklists: Mapping[str, Checklist],
    results: PanelResults,
    candidate_names: Mapping[str, str],
    names: Mapping[str, str],
) -> Table:
    experts = sorted({k for o in results.dossiers for k in o.result.expert_scores})
    crosses = sorted({k for o in results.dossiers for k in o.result.cross_deductions})
    columns = (
        Column("案卷代码"),
        Column("案卷编号"),
        Column("候选对象编号"),
        Column("候选对象"),
        Column("案卷类型"),
        Column("来源"),
        *(Column(f"专家 {names.get(e, e)}", Kind.POINTS) for e in experts),
        *(Column(f"交叉 {names.get(c, c)} 扣分", Kind.POINTS) for c in crosses),
        Column("专家评审分数", Kind.POINTS),
        Column("交叉评审扣分", Kind.POINTS),
        Column("否决"),
        Column("得0分原因"),
        Column("已复核"),
        Column("最终得分", Kind.POINTS),
    )
    rows = []
    for o in results.dossiers:
        d, r = o.dossier, o.result
        checklist = checklists[o.checklist_id]
        vetoes = "；".join(
            f"{getattr(checklist.veto(v.veto_id), 'text', v.veto_id)}（{'、'.join(v.reviewer_ids)}）"
            for v in r.vetoes
        )
        rows.append(
            (
                d.id,
                d.case_number,
                d.candidate_id,
                candidate_names.get(d.candidate_id, ""),
                getattr(ruleset.dossier_type(d.type), "name", d.type),
                said("source", d.source),
                *(_pts(r.expert_scores.get(e)) for e in experts),
                *(_pts(r.cross_deductions.get(c)) for c in crosses),
                _pts(r.expert_score),
                _pts(r.cross_deduction),
                vetoes,
                "；".join(
                    [said("zero_reason", z) for z in r.zero_reasons]
                    + (
                        [said("zero_reason", "set_aside", reason=d.set_aside_reason)]
                        if d.set_aside_reason is not None
                        else []
                    )
                ),
                "是" if r.moderated else "",
                _pts(r.final),
            )
        )
    return Table("案卷得分", columns, tuple(rows))


def deduction_table(
    checklists: Mapping[str, Checklist],
    results: PanelResults,
    deductions: Sequence[DeductionRecord],
    decisions: Mapping[str, tuple[str, str]],  # uid -> (decision code, reason)
    names: Mapping[str, str],
) -> Table:
    outcome = {o.dossier.id: o for o in results.dossiers}
    columns = (
        Column("案卷代码"),
        Column("候选对象编号"),
        Column("评审人"),
        Column("角色"),
        Column("章节"),
        Column("项目编号"),
        Column("评查项目"),
        Column("扣分情形"),
        Column("扣分", Kind.POINTS),
        Column("扣分理由"),
        Column("页码", Kind.INTEGER),
        Column("复核处理"),
        Column("处理理由"),
    )
    order = {(cid, item.id): n for cid, c in checklists.items() for n, item in enumerate(c.items())}

    def position(d: DeductionRecord) -> tuple[str, bool, str, int]:
        o = outcome.get(d.dossier_id)
        return (
            d.dossier_id,
            d.role.value != "expert",
            d.reviewer_id,
            order.get((o.checklist_id if o else "", d.item_id), -1),
        )

    rows = []
    for d in sorted(deductions, key=position):  # experts first, items in checklist order
        o = outcome.get(d.dossier_id)
        checklist = checklists[o.checklist_id] if o else None
        item = checklist.item(d.item_id) if checklist else None
        reason = item.reason(d.reason_id) if item and d.reason_id else None
        decision, why = decisions.get(d.uid, ("", ""))
        rows.append(
            (
                d.dossier_id,
                o.dossier.candidate_id if o else "",
                names.get(d.reviewer_id, d.reviewer_id),
                said("role", d.role),
                _section_of(checklist, d.item_id) if checklist else "",
                d.item_id,
                item.text if item else "",
                reason.text if reason else "",
                _pts(d.points),
                d.text,
                d.page,
                said("decision", decision) if decision else "",
                why,
            )
        )
    return Table("扣分明细", columns, tuple(rows))


def ranking_table(ruleset: RuleSet, results: PanelResults) -> Table:
    columns = (
        Column("层级"),
        Column("名次", Kind.INTEGER),
        Column("候选对象编号"),
        Column("候选对象"),
        Column("类别"),
        Column("指标得分", Kind.POINTS),
        Column("满分", Kind.POINTS),
        Column("评分完整"),
        Column("计算方法"),
    )
    rows = []
    for c in results.candidates:
        kind = ruleset.kind(c.candidate.kind)
        rows.append(
            (
                getattr(ruleset.level(c.candidate.level), "name", c.candidate.level),
                c.rank,
                c.candidate.id,
                c.candidate.name,
                kind.name if kind else c.candidate.kind,
                _pts(c.indicator.value),
                _pts(kind.max_points) if kind else None,
                "是" if c.indicator.complete else f"否（{incomplete_word(c.indicator.steps, OFFICIAL)}）",
                describe_steps(c.indicator.steps),
            )
        )
    return Table("候选排名", columns, tuple(rows))


FLAG_COLUMNS = (
    Column("类别"),
    Column("案卷代码"),
    Column("评查项目"),
    Column("否决项"),
    Column("评审人及分数"),
    Column("说明"),
    Column("差值", Kind.POINTS),
    Column("状态"),
    Column("复核专家评审分数", Kind.POINTS),
    Column("复核交叉评审扣分", Kind.POINTS),
    Column("撤销否决"),
    Column("理由"),
    Column("操作人"),
    Column("时间", Kind.DATETIME),
)


def flag_rows(
    checklists: Mapping[str, Checklist],
    checklist_of: Mapping[str, str],
    flags: Sequence[Flag],
    names: Mapping[str, str],
) -> list[tuple[Cell, ...]]:
    """The flags' rows of the 分歧与复核 sheet (the service adds the settlements' rows after them)."""
    rows: list[tuple[Cell, ...]] = []
    for f in flags:
        checklist = checklists.get(checklist_of.get(f.dossier_id, ""))
        item = checklist.item(f.item_id) if checklist and f.item_id else None
        veto = checklist.veto(f.veto_id) if checklist and f.veto_id else None
        who = "；".join(f"{names.get(k, k)} {flag_figure(f, v, OFFICIAL)}" for k, v in f.by_reviewer.items())
        rows.append(
            (
                said("flag", f.code), f.dossier_id, f"{item.text}（{item.id}）" if item else "",
                veto.text if veto else (f.veto_id or ""), who, flag_figures_text(f, names, OFFICIAL),
                _pts(flag_difference(f)), said("flag_status", "settled" if f.settled else "open"),
                None, None, "", "", "", None,
            )
        )  # fmt: skip
    return rows


def problem_table(problems: Sequence[ItemProblem]) -> Table:
    columns = (
        Column("序号", Kind.INTEGER),
        Column("章节"),
        Column("项目编号"),
        Column("评查项目"),
        Column("扣分案卷数", Kind.INTEGER),
        Column("已评案卷数", Kind.INTEGER),
        Column("扣分次数", Kind.INTEGER),
        Column("其中专家", Kind.INTEGER),
        Column("其中交叉评审", Kind.INTEGER),
        Column("扣分合计", Kind.POINTS),
        Column("常见理由"),
    )
    rows = tuple(
        (
            n, p.section_title, p.item_id, p.item_text, p.dossiers, p.dossiers_reviewed,
            p.reviews, p.expert_reviews, p.cross_reviews, _pts(p.points),
            "；".join(f"{text}（{count}）" for text, count in p.reasons),
        )
        for n, p in enumerate(problems, start=1)
    )  # fmt: skip
    return Table("典型问题", columns, rows)


# ---------------------------------------------------------------------- the workbook
HEADER_ROW = 4  # rows 1–2: panel and export time; row 3 empty
FONT_NAME = "宋体"  # present with every Chinese Windows, WPS and Excel; LibreOffice substitutes
NUMBER_FORMATS = {Kind.POINTS: "0.00", Kind.INTEGER: "0", Kind.DATETIME: "yyyy-mm-dd hh:mm"}


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a CJK (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _shown(value: Cell, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.DATETIME:
        return "0000-00-00 00:00"
    return str(value)


def column_widths(table: Table, minimum: int = 6, maximum: int = 60) -> list[float]:
    widths = []
    for n, column in enumerate(table.columns):
        longest = max(
            [display_width(column.title)] + [display_width(_shown(row[n], column.kind)) for row in table.rows]
        )
        widths.append(float(min(max(longest + 2, minimum), maximum)))
    return widths


MAX_XLSX_CELL_CHARS = 32_767  # what Excel keeps in one cell


def _put(cell: Any, value: Cell) -> Any:
    """Write ``value`` so that any text the panel holds opens in Excel as that text.

    Texts entered before control characters were dropped at entry (``field_values.clean_text``)
    would make openpyxl raise ``IllegalCharacterError``: they are dropped here too. A text that
    begins with ``=`` stays a text, never a formula, and a text too long for Excel is cut short.
    """
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        text = ILLEGAL_CHARACTERS_RE.sub("", strip_invisible(value))
        if len(text) > MAX_XLSX_CELL_CHARS:
            text = text[: MAX_XLSX_CELL_CHARS - 1] + "…"
        cell.value = text
        cell.data_type = "s"
        return cell
    cell.value = value
    return cell


def save_workbook(
    tables: Sequence[Table], path: Path, *, title: str, exported: str, subtitle: str = ""
) -> None:
    """Write the tables as one workbook. ``exported`` is the export time as shown on every sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    for default in list(book.worksheets):
        book.remove(default)
    book.properties.title = title
    book.properties.creator = "Dossier Panel"
    plain = Font(name=FONT_NAME, size=11)
    bold = Font(name=FONT_NAME, size=11, bold=True)
    heading = Font(name=FONT_NAME, size=14, bold=True)
    fill = PatternFill("solid", fgColor="DDDDDD")
    rule = Border(bottom=Side(style="thin"))
    for table in tables:
        sheet = book.create_sheet(table.name)
        _put(sheet.cell(row=1, column=1), f"{title}　{table.name}").font = heading
        _put(
            sheet.cell(row=2, column=1), f"导出时间：{exported}" + (f"　{subtitle}" if subtitle else "")
        ).font = plain
        for n, column in enumerate(table.columns, start=1):
            cell = _put(sheet.cell(row=HEADER_ROW, column=n), column.title)
            cell.font, cell.fill, cell.border = bold, fill, rule
            cell.alignment = Alignment(horizontal="center", vertical="center")
        for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
            for n, (column, value) in enumerate(zip(table.columns, row, strict=True), start=1):
                cell = _put(sheet.cell(row=r, column=n), value)
                cell.font = plain
                if column.kind in NUMBER_FORMATS:
                    cell.number_format = NUMBER_FORMATS[column.kind]
        for n, width in enumerate(column_widths(table), start=1):
            sheet.column_dimensions[get_column_letter(n)].width = width
        sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1).coordinate
        last = get_column_letter(len(table.columns))
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(table.rows), 1)}"
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        # printed or turned into PDF: A4 landscape, as wide as the page, as long as it takes
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    book.save(path)
