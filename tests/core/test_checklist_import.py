"""The chair's own checklist from an Excel/WPS sheet: the template imports and scores, bad sheets are named.

Sheets are built here with openpyxl the way offices lay out their 评查表 (title row merged across,
a header row, section rows, items with several reason rows, vetoes, a 合计 row, notes below).
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.cli import main
from app.pdf._pymupdf import pymupdf
from app.review import library
from app.review.checklist import VetoEffect, load_checklist
from app.services.checklist_cells import ChecklistSheetError
from app.services.checklist_files import (
    checklist_toml,
    panel_checklists,
    read_checklist_file,
    ruleset_with_checklist,
    write_checklist_toml,
)
from app.services.checklist_import import import_checklist
from app.services.panel import Panel
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from app.services.review_service import ReviewService
from tests.core.panel_fixtures import RULESET, make_pdf, write_csv

TEMPLATE = library.resources_dir() / "templates" / "checklist-template.xlsx"
HEADER = ["序号", "评查项目", "评查内容", "分值", "扣分标准", "扣分", "备注"]


# ---------------------------------------------------------------------- the template
def test_the_template_reads_as_a_complete_checklist() -> None:
    checklist = import_checklist(TEMPLATE)
    assert (checklist.id, checklist.version, checklist.title) == (
        "my-office-2026",
        "1",
        "环境行政处罚案卷评查表",
    )
    assert [(s.title, s.max_points) for s in checklist.sections] == [
        ("立案", 10),
        ("调查取证", 40),
        ("处罚决定", 30),
        ("送达与公开", 20),
    ]
    assert checklist.max_points == 100
    first = checklist.item("s1.1")
    assert first is not None and first.text == "立案审批" and first.max_points == 6
    assert first.standard == "立案审批表经负责人批准，时间在调查之前"  # Chinese punctuation kept
    # a second reason on its own row (the item's cells merged): a range
    assert [(r.id, r.text, r.points, r.min_points, r.max_points) for r in first.reasons] == [
        ("r1", "未经负责人审批", 3, None, None),
        ("r2", "立案晚于调查取证", None, 1, 3),
    ]
    signatures = checklist.item("s2.2")
    assert signatures is not None
    assert [(r.text, r.min_points, r.max_points) for r in signatures.reasons][1] == ("每缺一页签字", 1, 3)
    evidence = checklist.item("s2.3")
    assert evidence is not None and evidence.reasons[0].points == 10  # 不得分: the whole item
    assert [(v.id, v.effect) for v in checklist.vetoes] == [
        ("v1", VetoEffect.DOSSIER_ZERO),
        ("v2", VetoEffect.DOSSIER_ZERO),
        ("v3", VetoEffect.INDICATOR_ZERO),
    ]
    assert checklist.description.startswith("说明：1. 每个评查项目一行")


def test_the_committed_template_is_what_the_script_writes(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_checklist_template", Path(__file__).parents[2] / "scripts" / "make_checklist_template.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fresh = script.build(tmp_path / "fresh.xlsx")

    def cells(path: Path) -> list[Any]:
        sheet = load_workbook(path).active
        assert sheet is not None
        return [list(row) for row in sheet.iter_rows(values_only=True)] + [
            sorted(str(r) for r in sheet.merged_cells.ranges)
        ]

    assert cells(fresh) == cells(TEMPLATE)


def test_an_imported_checklist_written_as_toml_loads_back_identical(tmp_path: Path) -> None:
    checklist = import_checklist(TEMPLATE)
    path = write_checklist_toml(checklist, tmp_path / "mine.toml", comment="from the template")
    again = load_checklist(path)
    assert again == checklist and again.content_hash == checklist.content_hash
    assert path.read_text(encoding="utf-8").startswith('# from the template\nid = "my-office-2026"')
    assert read_checklist_file(path).content_hash == checklist.content_hash


def test_a_checklist_from_the_template_scores_a_dossier(tmp_path: Path) -> None:
    checklist = import_checklist(TEMPLATE)
    ruleset = ruleset_with_checklist(RULESET, checklist)
    assert ruleset.checklist == checklist.id and ruleset.content_hash != RULESET.content_hash
    panel = Panel.create(tmp_path / "p.dpanel", ruleset, checklists=panel_checklists(ruleset, checklist))
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "region"],
        [["U1", "甲县生态环境局", "county-unit", "甲县"]],
    )
    add_candidates(panel, tmp_path / "c.csv")
    make_pdf(tmp_path / "a.pdf")
    make_pdf(tmp_path / "b.pdf", text="调查询问笔录")
    write_csv(
        tmp_path / "d.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "PDF"],
        [
            ["甲环罚〔2026〕1号", "U1", "general", "推选", "a.pdf"],
            ["甲环罚〔2026〕2号", "U1", "supporting", "drawn", "b.pdf"],
        ],
    )
    add_dossiers(panel, tmp_path / "d.csv")
    write_csv(tmp_path / "r.csv", ["id", "name", "role"], [["E1", "王专家", "expert"]])
    add_reviewers(panel, tmp_path / "r.csv")
    service = ReviewService(panel, "E1")
    one, two = service.dossier_codes()
    # the office's checklist plus the test rule set's own vetoes (panel_fixtures.RULESET)
    assert service.checklist(one).content_hash == checklist.with_vetoes(ruleset.active_vetoes).content_hash
    service.add_deduction(one, "s1.1", Decimal(3), reason_id="r1", page=1)
    service.add_deduction(one, "s1.1", Decimal("2.5"), reason_id="r2", page=1)  # inside its 1–3 range
    service.add_deduction(one, "s4.2", Decimal(5), reason_id="r1")
    service.add_deduction(one, "s3.2", Decimal("1.5"), text="裁量说明过于简单")
    score = service.score(one)
    # s1.1: 3 + 2.5 = 5.5 of its 6; s4.2: 5; s3.2: 1.5  ->  100 − 12 = 88
    assert score.total == Fraction(88) and score.item_deducted["s1.1"] == Decimal("5.5")
    service.set_veto(two, "v1", "现场检查仅一名执法人员")
    assert service.score(two).vetoes == ("v1",)
    from app.printing.documents import print_blank_sheets

    printed = print_blank_sheets(panel, tmp_path / "blank.pdf", "E1", [one])
    with pymupdf.open(printed.path) as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "立案审批表经负责人批准" in text and "执法人员不具备执法资格或少于两人" in text
    panel.close()
    with Panel.open(tmp_path / "p.dpanel") as reopened:
        assert (
            reopened.checklist(checklist.id).content_hash
            == checklist.with_vetoes(ruleset.active_vetoes).content_hash
        )
        assert {f.checklist_id for f in reopened.dossier_files().values()} == {checklist.id}


def test_cli_import_writes_the_toml_and_new_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "评查表.xlsx"
    source.write_bytes(TEMPLATE.read_bytes())
    assert main(["checklists", "import", str(source), "--id", "suzhou-2026", "--version", "2026.1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "checklist suzhou-2026 v2026.1: 4 sections, 9 items, 14 deduction reasons, 3 vetoes, 100 points"
    )
    written = load_checklist(tmp_path / "评查表.toml")
    assert out[1] == f"hash {written.content_hash}" and out[2] == str(tmp_path / "评查表.toml")
    assert main(["checklists", "import", str(source)]) == 2  # no silent overwrite
    assert "--force" in capsys.readouterr().err
    panel = tmp_path / "p.dpanel"
    assert (
        main(["new", str(panel), "--ruleset", "taian-2021", "--checklist", str(tmp_path / "评查表.toml")])
        == 0
    )
    with Panel.open(panel) as opened:
        assert opened.ruleset.checklist == "suzhou-2026"
        assert opened.checklist("suzhou-2026").vetoes[-1].id == "decision-letter-only"  # the rule set's own
    capsys.readouterr()
    assert (
        main(
            [
                "new",
                str(tmp_path / "q.dpanel"),
                "--ruleset",
                "taian-2021",
                "--checklist",
                str(source),
                "--replaces",
                "nope",
            ]
        )
        == 2
    )
    assert "has no checklist 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "q.dpanel").exists()


# ---------------------------------------------------------------------- bad sheets
def sheet_file(
    tmp_path: Path, rows: list[list[Any]], *, name: str = "checklist.xlsx", merges: tuple[str, ...] = ()
) -> Path:
    """Row 1 a title, row 2 blank, row 3 the header, items from row 4 on."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "评查表"
    sheet.append(["现场检查笔录评查表"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for merged in merges:
        sheet.merge_cells(merged)
    path = tmp_path / name
    book.save(path)
    return path


GOOD_ROWS: list[list[Any]] = [
    ["一、现场检查（10分）"],
    [1, "检查时间", "写明起止时间", 4, "未写明结束时间的，扣2分"],
    [2, "执法人员", "两人以上", 6, "未出示证件的，扣1-3分\n未记录证件号的，扣1分"],
    ["合计", None, None, 10],
]


def refusal(path: Path) -> str:
    with pytest.raises(ChecklistSheetError) as caught:
        import_checklist(path)
    return str(caught.value)


def test_a_small_good_sheet(tmp_path: Path) -> None:
    checklist = import_checklist(sheet_file(tmp_path, GOOD_ROWS))
    assert checklist.id == "checklist" and checklist.title == "现场检查笔录评查表"
    item = checklist.item("s1.2")
    assert item is not None and [(r.text, r.min_points, r.max_points, r.points) for r in item.reasons] == [
        ("未出示证件", 1, 3, None),
        ("未记录证件号", None, None, 1),
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("十", "is '十'; write points from 0.01 to 1000, at most two decimals"),
        ("2.555", "is '2.555': more than two decimal places"),
        (2.555, "is '2.555': more than two decimal places"),
        (-2, "is '-2'; write points from 0.01 to 1000, at most two decimals (no sign)"),
        ("-2", "is '-2'; write points from 0.01 to 1000, at most two decimals (no sign)"),
        ("NaN", "is 'NaN'; write points from 0.01 to 1000, at most two decimals"),
        ("inf", "is 'inf'; write points from 0.01 to 1000, at most two decimals"),
        (
            "1e400",
            "is '1e400'; write points from 0.01 to 1000, at most two decimals, in plain digits (no exponent)",
        ),
        (
            1e300,
            "is '1e+300'; write points from 0.01 to 1000, at most two decimals, in plain digits (no exponent)",
        ),
        (True, "is TRUE; write a number of points"),
        (0, "is '0'; write points from 0.01 to 1000, at most two decimals"),
        ("1000.5", "is '1000.5'; write points from 0.01 to 1000, at most two decimals"),
        (
            "=B5*2",
            "is a formula (=B5*2) without a saved value; type the number, or open and save the file in Excel or WPS",
        ),
    ],
)
def test_bad_points_name_sheet_row_and_column(tmp_path: Path, value: Any, problem: str) -> None:
    rows = [list(r) for r in GOOD_ROWS[:2]]
    rows[1][3] = value
    path = sheet_file(tmp_path, rows)
    assert refusal(path) == f"{path}, sheet 评查表, row 5, column D (分值): {problem}"


@pytest.mark.parametrize("value", ["4", "４", " 4 ", "4分", "4.00", 4.0])
def test_numbers_stored_as_text_or_full_width_are_read_exactly(tmp_path: Path, value: Any) -> None:
    rows = [list(r) for r in GOOD_ROWS[:2]]
    rows[1][3] = value
    rows[0] = ["一、现场检查（4分）"]
    item = import_checklist(sheet_file(tmp_path, rows)).item("s1.1")
    assert item is not None and item.max_points == Decimal(4) and str(item.max_points) == "4"


def _with_cached_value(path: Path, cell: str, formula: str, value: str) -> Path:
    """What Excel or WPS saves: the formula and its last computed value (openpyxl cannot write that)."""
    with zipfile.ZipFile(path) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = entries["xl/worksheets/sheet1.xml"].decode()
    xml, count = re.subn(
        rf'<c r="{cell}"[^>]*>.*?</c>', f'<c r="{cell}"><f>{formula}</f><v>{value}</v></c>', xml
    )
    assert count == 1
    entries["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_a_formula_with_its_saved_value_is_read(tmp_path: Path) -> None:
    path = _with_cached_value(sheet_file(tmp_path, [list(r) for r in GOOD_ROWS]), "D7", "D5+D6", "10")
    assert import_checklist(path).max_points == 10
    path = _with_cached_value(
        sheet_file(tmp_path, [list(r) for r in GOOD_ROWS], name="b.xlsx"), "D7", "D5+D6", "11"
    )
    assert (
        refusal(path)
        == f"{path}, sheet 评查表, row 7, column D (分值): the total 11 is not the sum of all the items above (10)"
    )


@pytest.mark.parametrize(
    ("row", "column", "value", "problem"),
    [
        (5, 4, 3, "the total 10 is not the sum of all the items above (9)"),  # then 合计 disagrees
        (
            5,
            5,
            "未写明结束时间的，扣5分",
            "takes off 5 points, more than the item's 4: '未写明结束时间的，扣5分'",
        ),
        (
            5,
            5,
            "未写明结束时间",
            "no points in this deduction reason (write 扣2分, 扣1-3分 or 不得分): '未写明结束时间'",
        ),
        (
            5,
            5,
            "未写明结束时间的，扣二分",
            "write the points in digits (扣2分, 扣1-3分): '未写明结束时间的，扣二分'",
        ),
        (5, 5, "未写明结束时间的，扣3-1分", "the range 3-1 runs backwards: '未写明结束时间的，扣3-1分'"),
        (5, 5, "扣2分", "a deduction reason needs words as well as points: '扣2分'"),
        (
            5,
            5,
            "缺时间扣1分，缺地点扣2分",
            "more than one number of points; give each reason its own line: '缺时间扣1分，缺地点扣2分'",
        ),
        (5, 5, "未写明结束时间的，扣0.125分", "'0.125': more than two decimal places"),
    ],
)
def test_bad_cells_are_named(tmp_path: Path, row: int, column: int, value: Any, problem: str) -> None:
    rows = [list(r) + [None] * (5 - len(r)) for r in GOOD_ROWS]
    rows[row - 4][column - 1] = value
    path = sheet_file(tmp_path, rows)
    letter, header = "ABCDE"[column - 1], HEADER[column - 1]
    expected_row = 7 if "total" in problem else row
    expected = (
        f"{path}, sheet 评查表, row {expected_row}, column {letter if 'total' not in problem else 'D'} "
    )
    expected += f"({header if 'total' not in problem else '分值'}): {problem}"
    assert refusal(path) == expected


def test_section_total_that_disagrees(tmp_path: Path) -> None:
    rows = [["一、现场检查（12分）"], *GOOD_ROWS[1:3]]
    path = sheet_file(tmp_path, rows)
    assert refusal(path) == (
        f"{path}, sheet 评查表, row 4, column A (序号): section '现场检查' says 12 points but its items add up to 10"
    )


def test_an_unknown_column_is_an_error_not_a_silent_skip(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["序号", "评查项目", "分值", "扣分依据"])
    sheet.append([1, "检查时间", 4, "x"])
    path = tmp_path / "t.xlsx"
    book.save(path)
    assert refusal(path).startswith(f"{path}, sheet Sheet1, row 1, column D: unknown column '扣分依据'")


def test_a_row_without_points_and_items_below_the_notes(tmp_path: Path) -> None:
    rows = [list(r) for r in GOOD_ROWS[:2]] + [[3, "询问笔录", "告知权利"]]
    path = sheet_file(tmp_path, rows)
    assert refusal(path) == f"{path}, sheet 评查表, row 6, column D (分值): no points (分值) for this item"
    rows = [list(r) for r in GOOD_ROWS[:2]] + [["说明：分值可调整"], [3, "询问笔录", "告知权利", 2]]
    path = sheet_file(tmp_path, rows, name="n.xlsx")
    assert refusal(path) == (
        f"{path}, sheet 评查表, row 7, column D (分值): a row with points below the notes (row 6); move it into the table"
    )


def test_vetoes_and_their_effects(tmp_path: Path) -> None:
    rows = [list(r) for r in GOOD_ROWS[:3]] + [
        ["否决项"],
        [1, "执法人员少于两人", None, None, "案卷计0分"],
        [2, "案卷造假", None, None, "该指标计0分"],
        [3, "违法主体认定错误", None, None, "案卷计0分，另扣1分"],
        [4, "未公开", None, None, ""],
    ]
    checklist = import_checklist(sheet_file(tmp_path, rows))
    assert [(v.text, v.effect, v.penalty) for v in checklist.vetoes] == [
        ("执法人员少于两人", VetoEffect.DOSSIER_ZERO, 0),
        ("案卷造假", VetoEffect.INDICATOR_ZERO, 0),
        ("违法主体认定错误", VetoEffect.DOSSIER_ZERO_AND_PENALTY, 1),
        ("未公开", VetoEffect.DOSSIER_ZERO, 0),
    ]
    rows[-1][4] = "通报批评"
    path = sheet_file(tmp_path, rows, name="v.xlsx")
    assert refusal(path) == (
        f"{path}, sheet 评查表, row 11, column E (扣分标准): '通报批评' is not a veto effect: "
        "write 案卷计0分, 该指标计0分, or 案卷计0分，另扣1分"
    )


def test_items_without_section_rows_and_reasons_on_continuation_rows(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        [1, "检查时间", "写明起止时间", 4, "未写明结束时间的，扣2分"],
        [None, None, None, None, "未写明地点的，扣1分"],  # a further reason, cells left empty
        [2, "执法人员", "两人以上", "6", "每缺一项扣1分，最多扣3分"],
    ]
    checklist = import_checklist(sheet_file(tmp_path, rows, merges=("B4:B5",)))
    assert [s.title for s in checklist.sections] == ["现场检查笔录评查表"]
    first, second = checklist.sections[0].items
    assert [r.text for r in first.reasons] == ["未写明结束时间", "未写明地点"]
    assert (second.reasons[0].min_points, second.reasons[0].max_points) == (1, 3)


def test_files_that_are_not_xlsx(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert (
        refusal(old)
        == f"{old}: is an old .xls/.et workbook; save it as .xlsx in Excel or WPS (另存为 Excel 工作簿 .xlsx)"
    )
    text = tmp_path / "t.xlsx"
    text.write_text("序号,评查项目", encoding="utf-8")
    assert refusal(text) == f"{text}: is not an .xlsx workbook"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["案卷", "得分"])
    book.save(tmp_path / "none.xlsx")
    assert refusal(tmp_path / "none.xlsx") == (
        f"{tmp_path / 'none.xlsx'}: no sheet has a header row with 分值 and 评查项目 or 评查内容 (sheets: Sheet)"
    )


def test_cli_refusal_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(r) for r in GOOD_ROWS[:2]]
    rows[1][3] = "十"
    path = sheet_file(tmp_path, rows)
    assert main(["checklists", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"error: {path}, sheet 评查表, row 5, column D (分值): is '十'; write points from 0.01 to 1000, at most two decimals\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checklist.xlsx"]
    assert (
        main(["new", str(tmp_path / "p.dpanel"), "--ruleset", "xinjiang-2017", "--checklist", str(path)]) == 2
    )
    assert not (tmp_path / "p.dpanel").exists()


def test_a_shipped_id_cannot_be_taken(tmp_path: Path) -> None:
    with pytest.raises(ChecklistSheetError, match="is the id of a shipped checklist"):
        import_checklist(TEMPLATE, checklist_id="inspection-interrogation")


def test_toml_text_of_a_shipped_checklist_round_trips() -> None:
    for checklist in library.checklists().values():
        import tomllib

        from app.review.checklist import Checklist

        again = Checklist.model_validate(tomllib.loads(checklist_toml(checklist)))
        assert again.content_hash == checklist.content_hash, checklist.id


def test_texts_are_cleaned_like_every_text_of_the_program(tmp_path: Path) -> None:
    rows = [list(r) for r in GOOD_ROWS[:3]]
    rows[1][1] = "检查\ufeff时间\n（起止）"  # an invisible BOM copied from a PDF; a line break in the cell
    item = import_checklist(sheet_file(tmp_path, rows)).item("s1.1")
    assert item is not None and item.text == "检查时间 （起止）"
    rows[1][1] = "很" * 600
    path = sheet_file(tmp_path, rows, name="long.xlsx")
    assert refusal(path).startswith(f"{path}, sheet 评查表, row 5, column B (评查项目): '很很很")
    assert refusal(path).endswith("is 600 characters long; at most 500 fit this field")


def test_section_rows_with_their_points_and_a_header_repeated_for_page_two(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["一、现场检查", None, None, 10],  # title merged A:C, the section's points on the row
        [1, "检查时间", "写明起止时间", 4, "未写明结束时间的，扣2分"],
        [2, "执法人员", "两人以上", 6, "未出示证件的，扣1-3分"],
        HEADER,  # the header again, as a form printed over two pages repeats it
        ["（二）询问笔录", None, None, 5],
        [3, "告知权利", "告知回避权利", 5, "未告知的，扣2分"],
        ["合计", None, None, 15],
    ]
    checklist = import_checklist(sheet_file(tmp_path, rows, merges=("A4:C4", "A8:C8")))
    assert [(s.title, s.max_points) for s in checklist.sections] == [("现场检查", 10), ("询问笔录", 5)]
    rows[0][3] = 12
    path = sheet_file(tmp_path, rows, name="b.xlsx", merges=("A4:C4",))
    assert refusal(path) == (
        f"{path}, sheet 评查表, row 4, column D (分值): section '现场检查' says 12 points but its items add up to 10"
    )


def test_a_section_without_items_is_named_where_its_title_stands(tmp_path: Path) -> None:
    rows = [["一、立案（5分）"], *[list(r) for r in GOOD_ROWS]]
    path = sheet_file(tmp_path, rows)
    assert refusal(path) == f"{path}, sheet 评查表, row 4, column A (序号): section '立案' has no items"
