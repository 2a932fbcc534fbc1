"""A checklist sheet's refusal (``ChecklistSheetError``) in words a chair understands.

The reader names file, sheet, row and column in English ("sheet 评查表, row 12, column D (分值)");
here the place is said in Chinese and the common problems recognised by pattern. An unknown phrase is
shown as it is, after the place, so nothing a chair needs is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.services.checklist_cells import ChecklistSheetError
from app.ui.shared.look import translate

_PLACE = re.compile(r"^sheet (.+?)(?:, row (\d+))?(?:, column ([A-Z]+)(?: \((.*)\))?)?$")
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^is '(.*)'; write points from (\S+) to (\S+), at most two decimals"),
        lambda m: translate(
            "Errors", "is “{value}”; write points from {low} to {high}, at most two decimals"
        ).format(value=m[1], low=m[2], high=m[3]),
    ),
    (
        re.compile(r"^is '(.*)': more than two decimal places"),
        lambda m: translate("Errors", "“{value}” has more than two decimal places").format(value=m[1]),
    ),
    (
        re.compile(r"^is a formula \((.*)\) without a saved value"),
        lambda m: translate(
            "Errors",
            "is a formula ({formula}) without a saved value; type the number, or open and save the file in Excel or WPS",
        ).format(formula=m[1]),
    ),
    (
        re.compile(r"^unknown column '(.*?)'"),
        lambda m: translate("Errors", "unknown column “{name}”; rename or delete it").format(name=m[1]),
    ),
    (
        re.compile(r"^no points \(分值\) for this item$"),
        lambda m: translate("Errors", "the item has no 分值"),
    ),
    (
        re.compile(r"^no points in this deduction reason .*: '(.*)'$"),
        lambda m: translate(
            "Errors", "the deduction reason “{text}” has no points (write 扣2分, 扣1-3分 or 不得分)"
        ).format(text=m[1]),
    ),
    (
        re.compile(r"^takes off (\S+) points, more than the item's (\S+): '(.*)'$"),
        lambda m: translate(
            "Errors", "“{text}” takes off {points} points, more than the item's {maximum}"
        ).format(text=m[3], points=m[1], maximum=m[2]),
    ),
    (
        re.compile(r"^the total (\S+) is not the sum of .* \((\S+)\)$"),
        lambda m: translate("Errors", "the total {stated} is not the sum of the items ({summed})").format(
            stated=m[1], summed=m[2]
        ),
    ),
    (
        re.compile(r"^section '(.*)' says (\S+) points but its items add up to (\S+)$"),
        lambda m: translate(
            "Errors", "the section “{title}” says {stated} points but its items add up to {summed}"
        ).format(title=m[1], stated=m[2], summed=m[3]),
    ),
    (
        re.compile(r"^'(.*)' is not a veto effect"),
        lambda m: translate(
            "Errors", "“{text}” is not a veto effect: write 案卷计0分, 该指标计0分 or 案卷计0分，另扣1分"
        ).format(text=m[1]),
    ),
    (
        re.compile(r"^is an old \.xls/\.et workbook"),
        lambda m: translate("Errors", "is an old .xls/.et file; save it as .xlsx in WPS or Excel"),
    ),
    (re.compile(r"^is not an \.xlsx workbook$"), lambda m: translate("Errors", "is not an .xlsx workbook")),
    (
        re.compile(r"^no sheet has a header row"),
        lambda m: translate(
            "Errors", "no sheet has a header row with the columns 分值 and 评查项目 or 评查内容"
        ),
    ),
    (
        re.compile(r"^no header row in the first"),
        lambda m: translate("Errors", "no header row with the columns 分值 and 评查项目 or 评查内容"),
    ),
    (
        re.compile(r"^'(.*)' is the id of a shipped checklist"),
        lambda m: translate(
            "Errors", "“{id}” is the ID of a shipped checklist; give the sheet's 编号 row another ID"
        ).format(id=m[1]),
    ),
]


def place_text(location: str) -> str:
    """ "sheet 评查表, row 12, column D (分值)" → "工作表“评查表”第 12 行 D 列（分值）"."""
    match = _PLACE.match(location)
    if match is None:
        return location
    sheet, row, column, header = match.groups()
    if row is None:
        return translate("Errors", "sheet “{sheet}”").format(sheet=sheet)
    if column is None:
        return translate("Errors", "sheet “{sheet}”, row {row}").format(sheet=sheet, row=row)
    text = translate("Errors", "sheet “{sheet}”, row {row}, column {column}").format(
        sheet=sheet, row=row, column=column
    )
    return f"{text}（{header}）" if header else text


def checklist_sheet_text(error: ChecklistSheetError) -> str:
    problem = error.problem.strip()
    for pattern, word in _PATTERNS:
        found = pattern.match(problem)
        if found is not None:
            problem = word(found)
            break
    name = Path(error.path).name
    if error.location:
        return translate("Errors", "{file}, {where}: {problem}").format(
            file=name, where=place_text(error.location), problem=problem
        )
    return translate("Errors", "{file}: {problem}").format(file=name, problem=problem)
