"""Deduction reasons and veto effects as a checklist sheet writes them ("未写明检查结束时间的，扣2分").

Used by ``app.services.checklist_import``; the wording accepted is documented in docs/data-files.md.
Every problem is an error naming the cell (``Sheet.error``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from app.review.checklist import VetoEffect
from app.services.checklist_cells import Cell, Sheet, compact, parse_cell_points

RANGE = re.compile(r"扣(?:除)?\s*([0-9.]+)\s*(?:分)?\s*[-~～—–至到]\s*([0-9.]+)\s*分")
FIXED = re.compile(r"扣(?:除)?\s*([0-9.]+)\s*分")
UP_TO = re.compile(r"(?:最多|最高|至多|累计最多|累计不超过)\s*扣?\s*([0-9.]+)\s*分")
WORD_POINTS = re.compile(r"扣\s*[一二两三四五六七八九十半]+\s*分")
ALL_POINTS = re.compile(r"(?:该项|本项)?不得分|扣完为止|该项计0分")
FREE = re.compile(r"^(其他问题)?酌情(扣分|扣减)$")
REASON_SPLIT = re.compile(r"[\n;；]+")
ENUMERATION = re.compile(r"^\s*(?:\d+[.、．)）]|[(（]\d+[)）]|[①-⑳])\s*")


def parse_amount(sheet: Sheet, text: str, cell: Cell, header: str) -> Decimal:
    def fail(problem: str) -> Exception:
        return sheet.error(problem.removeprefix("is "), cell.row, cell.column, header)

    return parse_cell_points(text, fail)


def parse_reason(
    sheet: Sheet, piece: str, cell: Cell, header: str, item_max: Decimal
) -> dict[str, Any] | None:
    """One deduction reason from its line ("未写明检查结束时间的，扣2分"); None for "酌情扣分"."""

    def fail(problem: str) -> Exception:
        return sheet.error(f"{problem}: {piece!r}", cell.row, cell.column, header)

    text = ENUMERATION.sub("", piece).strip()
    if FREE.fullmatch(compact(text)):
        return None
    if WORD_POINTS.search(text):
        raise fail("write the points in digits (扣2分, 扣1-3分)")
    found: dict[str, Any]
    if (match := RANGE.search(text)) is not None:
        low, high = (parse_amount(sheet, g, cell, header) for g in match.groups())
        if low > high:
            raise fail(f"the range {low}-{high} runs backwards")
        found, used = {"min_points": low, "max_points": high}, [match]
    elif (fixed := list(FIXED.finditer(text))) and (up_to := UP_TO.search(text)) is not None:
        per = [m for m in fixed if not (up_to.start() <= m.start() < up_to.end())]
        if len(per) != 1:
            raise fail("more than one number of points; give each reason its own line")
        low = parse_amount(sheet, per[0].group(1), cell, header)
        high = parse_amount(sheet, up_to.group(1), cell, header)
        if low > high:
            raise fail(f"{low} points each but at most {high}")
        found, used = {"min_points": low, "max_points": high}, [per[0], up_to]
    elif len(fixed) == 1:
        found, used = {"points": parse_amount(sheet, fixed[0].group(1), cell, header)}, fixed
    elif len(fixed) > 1:
        raise fail("more than one number of points; give each reason its own line")
    elif (whole := ALL_POINTS.search(text)) is not None:
        found, used = {"points": item_max}, [whole]
    else:
        raise fail("no points in this deduction reason (write 扣2分, 扣1-3分 or 不得分)")
    largest: Decimal = found["points"] if "points" in found else found["max_points"]
    if largest > item_max:
        raise fail(f"takes off {largest} points, more than the item's {item_max}")
    for match in sorted(used, key=lambda m: m.start(), reverse=True):
        text = text[: match.start()] + text[match.end() :]
    text = re.sub(r"[，,。；;：:、\s]+$", "", text).removesuffix("的").strip(" ，,")
    if not text:
        raise fail("a deduction reason needs words as well as points")
    return {"text": text, **found}


def veto_effect(sheet: Sheet, cell: Cell | None, header: str) -> dict[str, Any]:
    text = compact(cell.text) if cell is not None else ""
    if "另扣" in text and cell is not None:
        match = re.search(r"另扣([0-9.]+)分", text)
        if match is None:
            raise sheet.error(
                f"{cell.text!r}: write the further points in digits (另扣1分)", cell.row, cell.column, header
            )
        penalty = parse_amount(sheet, match.group(1), cell, header)
        return {"effect": VetoEffect.DOSSIER_ZERO_AND_PENALTY.value, "penalty": penalty}
    if "指标" in text:
        return {"effect": VetoEffect.INDICATOR_ZERO.value}
    if text == "" or re.search(r"(案卷|该卷|本卷)?(计|按|评为|得)?(0|零)分|不得分|一票否决", text):
        return {"effect": VetoEffect.DOSSIER_ZERO.value}
    assert cell is not None
    raise sheet.error(
        f"{cell.text!r} is not a veto effect: write 案卷计0分, 该指标计0分, or 案卷计0分，另扣1分",
        cell.row,
        cell.column,
        header,
    )
