"""The reviewer's sheet (评查表): one dossier, one reviewer, item by item — filled in or blank.

Layout follows the official forms panels sign (docs/printing.md): a bold centred title (the
checklist's), a header table, the items table 序号 | 评查项目 | 评查标准 | 分值 | 扣分 | 扣分理由 | 页码
with each section as a spanning row and its subtotal, the vetoes in their own block, then the total
in figures and capitals and the signature line. The blank sheet is the same form with the score
columns empty (and each item's deduction options as a hint), for reviews done on paper; keeping one
builder for both guarantees the paper form and the printed result line up row for row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.printing.data import DeductionLine, PrintContext, ReviewRecord
from app.printing.labels import chinese_date, pts, said, section_number
from app.printing.layout import (
    BODY_SIZE,
    FONT,
    FRAME_WIDTH,
    GRID,
    SHADE,
    Title,
    bold,
    breaking_table,
    fixed,
    para,
    paras,
    styles,
)
from app.printing.numerals import points_capitals
from app.review.checklist import Checklist, Item, Section, VetoEffect
from app.review.entities import DossierRecord
from app.review.scoring import Deduction, ReviewInput, Role, reviewer_score
from app.services.panel import ReviewerRecord

# 序号 | 评查项目 | 评查标准 | 分值 | 扣分 | 扣分理由 | 页码 — sums to the 17 cm frame
ITEM_COLUMNS = (30, 82, 130, 32, 32, 138, 38)
VETO_COLUMNS = (30, 172, 96, 48, 136)
HEADER_COLUMNS = (78, 163, 78, 163)
TOTAL_COLUMNS = (78, 98, 40, 266)
BLANK_LINE = "＿" * 8
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

assert abs(sum(ITEM_COLUMNS) - FRAME_WIDTH) < 2 and abs(sum(VETO_COLUMNS) - FRAME_WIDTH) < 2


def header_table(rows: list[tuple[str, str] | tuple[str, str, str, str]]) -> Table:
    """The form's header block: label | value (| label | value); a 2-cell row spans the width."""
    s = styles()
    data: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for index, row in enumerate(rows):
        commands.append(("BACKGROUND", (0, index), (0, index), SHADE))
        if len(row) == 2:
            data.append([fixed(row[0], s.centre, heavy=True), para(row[1]), "", ""])
            commands.append(("SPAN", (1, index), (3, index)))
        else:
            data.append(
                [
                    fixed(row[0], s.centre, heavy=True),
                    para(row[1]),
                    fixed(row[2], s.centre, heavy=True),
                    para(row[3]),
                ]
            )
            commands.append(("BACKGROUND", (2, index), (2, index), SHADE))
    commands += [
        ("GRID", (0, 0), (-1, -1), GRID, "black"),
        ("FONT", (0, 0), (-1, -1), FONT, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    return breaking_table(data, HEADER_COLUMNS, commands)


def _reason_text(item: Item, line: DeductionLine) -> str:
    reason = item.reason(line.reason_id) if line.reason_id else None
    own = line.text.strip()
    words = [reason.text if reason else line.reason_id or ""]
    if own and own != words[0]:
        words.append(own)
    return "：".join(w for w in words if w) or "（未写理由）"


def _reasons_cell(item: Item, lines: list[DeductionLine], capped: Decimal) -> list[str]:
    """One paragraph per deduction (a list of paragraphs in a cell breaks cleaner than <br/>)."""
    parts = []
    for n, line in enumerate(lines):
        mark = CIRCLED[n] if len(lines) > 1 and n < len(CIRCLED) else ""
        parts.append(f"{mark}{_reason_text(item, line)}（扣{pts(line.points)}分）")
    entered = sum((line.points for line in lines), Decimal(0))
    if entered > capped:
        parts.append(f"（扣分合计超过本项分值，按{pts(capped)}分计）")
    return parts


def _pages_cell(lines: list[DeductionLine]) -> str:
    pages = sorted({line.page for line in lines if line.page is not None})
    return "、".join(str(p) for p in pages)


def _options_hint(item: Item) -> str:
    """On the blank sheet: the deductions the checklist offers, so a paper reviewer uses the same ones."""
    options = []
    for reason in item.reasons:
        if reason.points is not None:
            amount = f"扣{pts(reason.points)}分"
        else:
            amount = f"扣{pts(reason.min_points)}–{pts(reason.max_points)}分"
        options.append(f"{reason.text}（{amount}）")
    return "扣分情形：" + "；".join(options) if options else ""


ITEM_TABLE_STYLE: tuple[tuple[object, ...], ...] = (
    ("GRID", (0, 0), (-1, -1), GRID, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("FONT", (0, 0), (-1, -1), FONT, 10.5),
    ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("ALIGN", (3, 0), (4, -1), "CENTER"),
    ("ALIGN", (6, 0), (6, -1), "CENTER"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
)


@dataclass
class _ItemRows:
    """The rows of the items table as they are built, with the review's deductions by item."""

    blank: bool  # a blank sheet for a paper review
    by_item: dict[str, list[DeductionLine]]
    capped: dict[str, Decimal]  # each item's points off, at most its maximum
    data: list[list[object]] = field(default_factory=list)
    commands: list[tuple[object, ...]] = field(default_factory=lambda: list(ITEM_TABLE_STYLE))
    number: int = 0  # the items' running number

    def points(self, value: Decimal) -> str:
        return "" if self.blank else pts(value)


def items_table(checklist: Checklist, review: ReviewRecord | None) -> Table:
    """The items, section by section, with subtotals and the total; header row on every page."""
    s = styles()
    rows = _ItemRows(review is None, defaultdict(list), {})
    if review is not None:
        for line in review.deductions:
            rows.by_item[line.item_id].append(line)
        rows.capped = dict(reviewer_score(checklist, _as_input(review)).item_deducted)
    heads = ("序号", "评查项目", "评查标准", "分值", "扣分", "扣分理由", "页码")
    rows.data.append([fixed(h, s.centre, heavy=True) for h in heads])
    for index, section in enumerate(checklist.sections):
        _section_rows(rows, index, section, last=index == len(checklist.sections) - 1)
    _total_row(rows, checklist)
    return breaking_table(rows.data, ITEM_COLUMNS, rows.commands, repeat_rows=1)


def _section_rows(rows: _ItemRows, index: int, section: Section, *, last: bool) -> None:
    """A section's heading, its items and its subtotal; none of them alone at a page's edge."""
    row = len(rows.data)
    heading = f"{section_number(index)}、{section.title}（{pts(section.max_points)}分）"
    rows.data.append([fixed(heading, heavy=True)] + [""] * 6)
    # a section heading never ends a page without its first item
    rows.commands += [
        ("SPAN", (0, row), (-1, row)),
        ("BACKGROUND", (0, row), (-1, row), SHADE),
        ("NOSPLIT", (0, row), (-1, row + 1)),
    ]
    section_taken = Decimal(0)
    for item in section.items:
        rows.number += 1
        taken = rows.capped.get(item.id, Decimal(0))
        section_taken += taken
        rows.data.append(_item_row(rows, item, taken))
    row = len(rows.data)
    rows.data.append(
        [
            fixed("小计", styles().centre, heavy=True),
            "",
            "",
            pts(section.max_points),
            rows.points(section_taken),
            para("得分：" + rows.points(section.max_points - section_taken)),
            "",
        ]
    )
    # nor does a subtotal (or the total) start a page without the last item above it
    rows.commands += [
        ("SPAN", (0, row), (2, row)),
        ("SPAN", (5, row), (6, row)),
        ("NOSPLIT", (0, row - 1), (-1, row + 1 if last else row)),
    ]


def _item_row(rows: _ItemRows, item: Item, taken: Decimal) -> list[object]:
    """One item: number, text, standard (on a blank sheet with the deductions it offers), points,
    points off, the reasons with their points, and the pages."""
    s = styles()
    lines = rows.by_item.get(item.id, [])
    standard: object = fixed(item.standard) if item.standard else ""
    hint = _options_hint(item) if rows.blank else ""
    if hint:
        standard = (
            [fixed(item.standard, s.small), fixed(hint, s.small)] if item.standard else fixed(hint, s.small)
        )
    pages = _pages_cell(lines)
    return [
        str(rows.number),
        fixed(item.text),
        standard,
        pts(item.max_points),
        rows.points(taken),
        paras(_reasons_cell(item, lines, taken)) if lines else "",
        para(pages, s.small_centre) if len(pages) > 5 else pages,
    ]


def _total_row(rows: _ItemRows, checklist: Checklist) -> None:
    row = len(rows.data)
    total_taken = sum(rows.capped.values(), Decimal(0))
    rows.data.append(
        [
            fixed("合计", styles().centre, heavy=True),
            "",
            "",
            pts(checklist.max_points),
            rows.points(total_taken),
            bold("得分：" + rows.points(checklist.max_points - total_taken)),
            "",
        ]
    )
    rows.commands += [
        ("SPAN", (0, row), (2, row)),
        ("SPAN", (5, row), (6, row)),
        ("BACKGROUND", (0, row), (-1, row), SHADE),
    ]


def _as_input(review: ReviewRecord) -> ReviewInput:
    return ReviewInput(
        review.reviewer.id,
        review.reviewer.role,
        tuple(Deduction(d.item_id, d.points, d.reason_id, d.text) for d in review.deductions),
        tuple(v.veto_id for v in review.vetoes),
    )


def vetoes_table(checklist: Checklist, review: ReviewRecord | None) -> Table | None:
    """Vetoes and grave defects: each one with its effect, marked 是/否 and with the reason given."""
    if not checklist.vetoes:
        return None
    s = styles()
    marked = {v.veto_id: v for v in review.vetoes} if review else {}
    data: list[list[object]] = [
        [fixed("否决项（一票否决、严重缺陷）", heavy=True), "", "", "", ""],
        [fixed(h, s.centre, heavy=True) for h in ("序号", "情形", "后果", "认定", "理由及页码")],
    ]
    for n, veto in enumerate(checklist.vetoes, start=1):
        effect = said("veto_effect", veto.effect, penalty=pts(veto.penalty))
        found = marked.get(veto.id)
        if review is None:
            verdict, why = "□是 □否", ""
        elif found is None:
            verdict, why = "否", ""
        else:
            verdict = "是"
            why = found.reason + (f"（第{found.page}页）" if found.page else "")
        data.append(
            [
                str(n),
                fixed(veto.text),
                fixed(effect, s.small),
                bold(verdict, s.centre) if found else verdict,
                paras([why]),
            ]
        )
    return breaking_table(
        data,
        VETO_COLUMNS,
        [
            ("GRID", (0, 0), (-1, -1), GRID, "black"),
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), FONT, 10.5),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("ALIGN", (3, 2), (3, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
        repeat_rows=2,
    )


def score_table(rows: list[tuple[str, str, str]], row_height: float | None = None) -> Table:
    """Label | figure | 大写 | capitals — the way a signed form states an amount."""
    s = styles()
    data = [
        [
            fixed(label, s.centre, heavy=True),
            para(figure, s.centre),
            fixed("大写", s.centre, heavy=True),
            para(capitals),
        ]
        for label, figure, capitals in rows
    ]
    return breaking_table(
        data,
        TOTAL_COLUMNS,
        [
            ("GRID", (0, 0), (-1, -1), GRID, "black"),
            ("FONT", (0, 0), (-1, -1), FONT, 10.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 0), (2, -1), SHADE),
        ],
        min_row_height=row_height,
    )


def total_block(checklist: Checklist, review: ReviewRecord | None) -> list[Flowable]:
    """The result in figures and capitals, any veto's effect spelt out, and the signature line."""
    s = styles()
    out: list[Flowable] = []
    if review is None:
        out.append(score_table([("评查得分", "分", "")], row_height=26))
    else:
        score = reviewer_score(checklist, _as_input(review))
        effects = {veto.effect for v in review.vetoes if (veto := checklist.veto(v.veto_id)) is not None}
        zeroed = bool(effects & {VetoEffect.DOSSIER_ZERO, VetoEffect.DOSSIER_ZERO_AND_PENALTY})
        shown: Fraction = Fraction(0) if zeroed else score.total
        rows = []
        if review.reviewer.role is Role.CROSS:
            rows.append(("扣分合计", f"{pts(score.deducted)} 分", points_capitals(score.deducted)))
        rows.append(("评查得分", f"{pts(shown)} 分", points_capitals(shown)))
        out.append(score_table(rows))
        if zeroed:
            out.append(
                para(f"注：按评查项目计 {pts(score.total)} 分；存在一票否决情形，该案卷按0分计。", s.small)
            )
        if VetoEffect.INDICATOR_ZERO in effects:
            out.append(para("注：存在使该项指标按0分计的情形，由评审组汇总时认定。", s.small))
        if review.note.strip():
            out.append(Spacer(1, 4))
            out += paras([f"评查意见：{review.note.strip()}"])
    out.append(Spacer(1, 24))
    out.append(signature_line("评查人"))
    return out


def signature_line(who: str) -> Table:
    """评查人（签字）：＿＿＿＿  日期：＿＿＿＿ — kept on one line, left-aligned with the tables."""
    left, right = FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4
    label = f"{who}（签字）："
    fill = int((left - 12) / BODY_SIZE) - len(label)  # fullwidth underscores: one em each
    line = Table(
        [[fixed(label + "＿" * max(fill, 4)), fixed("日期：" + "＿" * (int((right - 6) / BODY_SIZE) - 3))]],
        colWidths=(left, right),
    )
    line.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), FONT, 10.5)]))
    return line


HeaderRow = tuple[str, str] | tuple[str, str, str, str]


def dossier_header_rows(ctx: PrintContext, dossier: DossierRecord) -> list[HeaderRow]:
    """The header block's first rows: campaign, candidate (left out in blind mode), case, type, title."""
    rows: list[HeaderRow] = [("评查活动", ctx.info.title)]
    candidate = ctx.candidate_name(dossier)
    if candidate is not None:
        rows.append(("被评查对象", candidate))
    rows.append(
        (
            "案卷编号",
            dossier.case_number,
            "案卷类型",
            f"{ctx.type_name(dossier)}（{said('source', dossier.source)}）",
        )
    )
    if dossier.title:
        rows.append(("案卷名称", dossier.title))
    return rows


def review_sheet(
    ctx: PrintContext,
    dossier: DossierRecord,
    review: ReviewRecord | None,
    reviewer: ReviewerRecord | None = None,
) -> tuple[str, list[Flowable]]:
    """(footer text, flowables) of one sheet; ``review`` None gives the blank form."""
    s = styles()
    checklist = ctx.checklist(dossier.id)
    reviewer = review.reviewer if review is not None else reviewer
    rows = dossier_header_rows(ctx, dossier)
    who = f"{reviewer.name}（{said('role', reviewer.role)}）" if reviewer else ""
    day = (
        chinese_date(review.day)
        if review is not None
        else "\u00a0" * 8 + "年" + "\u00a0" * 5 + "月" + "\u00a0" * 5 + "日"
    )
    rows.append(("评查人", who, "评查日期", day))
    status = review.status if review is not None else "complete"
    unfinished = status != "complete"  # an unfinished review says so on its sheet
    flowables: list[Flowable] = [
        Title(checklist.title, space_after=2),
        para(
            f"评查表 {checklist.id} · 版本 {checklist.version} · 满分 {pts(checklist.max_points)} 分"
            + (f" · {said('review_status', status)}（评查未完成）" if unfinished else ""),
            s.subtitle,
        ),
        Spacer(1, 6),
        header_table(rows),
        Spacer(1, 8),
        items_table(checklist, review),
        Spacer(1, 8),
    ]
    closing: list[Flowable] = []
    vetoes = vetoes_table(checklist, review)
    if vetoes is not None:
        closing += [vetoes, Spacer(1, 8)]
    closing += total_block(checklist, review)
    flowables.append(KeepTogether(closing))
    footer = f"案卷编号 {dossier.case_number}" + (f" · 评查人 {reviewer.name}" if reviewer else "")
    return footer, flowables
