"""Write resources/templates/checklist-template.xlsx: the chair's checklist sheet, laid out as 评查表 forms are.

    python scripts/make_checklist_template.py [OUT.xlsx]

The layout is documented in docs/data-files.md ("A checklist from a spreadsheet"). The file is
committed; run this again after changing it so the committed template stays reproducible (the
workbook's timestamps are fixed, so the same script writes the same content).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "checklist-template.xlsx"
FIXED_TIME = datetime(2026, 1, 1)

HEADER = ["序号", "评查项目", "评查内容", "分值", "扣分标准", "扣分", "扣分理由", "页码"]
WIDTHS = [6, 18, 34, 7, 44, 7, 24, 7]
# (section title with its points, [(item, standard, points, [reason lines])])
SECTIONS: list[tuple[str, list[tuple[str, str, int | str, list[str]]]]] = [
    (
        "一、立案（10分）",
        [
            (
                "立案审批",
                "立案审批表经负责人批准，时间在调查之前",
                6,
                ["未经负责人审批的，扣3分", "立案晚于调查取证的，扣1-3分"],
            ),
            ("案件来源", "写明案件来源和案由", 4, ["案件来源或案由不清的，扣2分"]),
        ],
    ),
    (
        "二、调查取证（40分）",
        [
            (
                "现场检查笔录",
                "写明检查起止时间、地点，执法人员两人以上并出示证件",
                15,
                [
                    "未写明检查起止时间的，扣2分",
                    "未记载出示执法证件的，扣3分",
                    "现场情况记载不客观、夹带结论的，扣1-5分",
                ],
            ),
            (
                "调查询问笔录",
                "告知权利义务，问清违法事实，被询问人逐页签字",
                15,
                [
                    "未告知申请回避权利的，扣2分",
                    "每缺一页签字扣1分，最多扣3分",
                ],
            ),
            ("证据材料", "证据合法、充分，与违法事实相互印证", 10, ["证据不足以证明违法事实的，不得分"]),
        ],
    ),
    (
        "三、处罚决定（30分）",
        [
            ("告知与听证", "依法告知陈述、申辩、听证权利", 10, ["未告知听证权利的，扣5分"]),
            (
                "处罚决定书",
                "事实、理由、依据、裁量说明完整",
                20,
                ["适用法律条款错误的，扣5分", "未说明自由裁量理由的，扣1-4分"],
            ),
        ],
    ),
    (
        "四、送达与公开（20分）",
        [
            ("送达", "依法送达并有送达回证", 10, ["无送达回证的，扣5分"]),
            ("信息公开", "处罚决定在门户网站公开", 10, ["未按规定公开的，扣5分"]),
        ],
    ),
]
VETOES = [
    ("执法人员不具备执法资格或少于两人", "案卷计0分"),
    ("违法行为主体认定错误", "案卷计0分"),
    ("发现案卷造假", "该指标计0分"),
]
NOTES = [
    "说明：1. 每个评查项目一行；一个项目有多条扣分标准时，可写在同一格内分行，也可另起一行（该行“分值”留空或与上一行合并）。",
    "2. 扣分标准写“扣N分”“扣N-M分”“每处扣N分，最多扣M分”或“不得分”；分值和扣分保留至多两位小数。",
    "3. 否决项写在“否决项”一节，在“扣分标准”列写“案卷计0分”“该指标计0分”或“案卷计0分，另扣1分”。",
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _row(
    sheet: Worksheet, row: int, values: list[object], *, bold: bool = False, fill: str | None = None
) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row, column, value)
        cell.border = BOX
        cell.alignment = CENTRE if column in (1, 4, 6, 8) else WRAP
        cell.font = Font(name="宋体", size=10.5, bold=bold)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)


def build(out: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "评查表"
    last = len(HEADER)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    sheet.cell(1, 1, "环境行政处罚案卷评查表").font = Font(name="宋体", size=16, bold=True)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    sheet.cell(2, 1, "编号")
    sheet.cell(2, 2, "my-office-2026")
    sheet.cell(2, 3, "版本")
    sheet.cell(2, 4, "1")
    header_row = 4
    _row(sheet, header_row, HEADER, bold=True, fill="DDEBF7")
    row = header_row + 1
    number = 0
    for title, items in SECTIONS:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        _row(sheet, row, [title] + [None] * (last - 1), bold=True, fill="F2F2F2")
        sheet.cell(row, 1).alignment = Alignment(horizontal="left", vertical="center")
        row += 1
        for item, standard, points, reasons in items:
            number += 1
            first = row
            # the first reason on the item's row, the others on rows of their own, the item's cells merged
            for n, reason in enumerate(reasons):
                values: list[object] = [number, item, standard, points] if n == 0 else [None] * 4
                _row(sheet, row, [*values, reason, None, None, None])
                row += 1
            if row - first > 1:
                for column in (1, 2, 3, 4, 6, 7, 8):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=row - 1, end_column=column
                    )
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    _row(sheet, row, ["否决项（有下列情形之一的）"] + [None] * (last - 1), bold=True, fill="F2F2F2")
    sheet.cell(row, 1).alignment = Alignment(horizontal="left", vertical="center")
    row += 1
    for n, (text, effect) in enumerate(VETOES, start=1):
        _row(sheet, row, [n, text, None, None, effect, None, None, None])
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        row += 1
    total = sum(int(points) for _title, items in SECTIONS for _i, _s, points, _r in items)
    _row(sheet, row, ["合计", None, None, total, None, None, None, None], bold=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    row += 2
    for note in NOTES:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        sheet.cell(row, 1, note).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 30
        row += 1
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.properties.creator = "Dossier Panel"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
