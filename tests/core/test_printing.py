"""Reviewer sheets and blank sheets as PDF: golden on content, read back with PyMuPDF (and pdftotext).

The layout is checked by what a reader of the paper sees: the Chinese text is there and extractable,
each sheet numbers its own pages, the font travels inside the file, a long reason wraps inside its
column, a long checklist repeats the table header, and nothing lies outside the 2 cm margins.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import update

from app.models import schema
from app.printing.documents import (
    PrintingError,
    print_blank_sheets,
    print_review_sheets,
)
from app.printing.fonts import has_glyphs
from app.printing.layout import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from app.printing.numerals import integer_capitals, points_capitals
from app.printing.review_sheet import ITEM_COLUMNS
from app.review import library
from app.review.checklist import Checklist
from app.review.ruleset import RuleSet
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.services.scores import import_scores
from tests.core.panel_fixtures import RULESET, populated_panel, write_csv

D1, D2, D3 = "甲环罚〔2026〕1号", "甲环罚〔2026〕2号", "甲环罚〔2026〕3号"
LONG_REASON = (
    "违法事实描述含糊，未写明污染防治设施运行状况、排污口位置及废水去向，也未记载现场拍照取证的照片编号"
    "与对应内容，现场示意图缺失，无法与后续调查询问笔录相互印证"
)
SCORE_HEADER = ["reviewer", "dossier", "item", "points", "reason_id", "reason", "page", "veto"]
SCORES = [
    # D1: E1 takes 3 (a checklist reason) + 2.5 (the long free reason) + 1 → 93.5
    ["E1", D1, "insp.officers", "3", "no-cert-number", "", "2", ""],
    ["E1", D1, "insp.facts", "2.5", "", LONG_REASON, "3", ""],
    ["E1", D1, "insp.facts", "1", "", "未记载现场负责人在场情况", "1", ""],
    # E2 takes 1.5 → 98.5; the cross-reviewer C1 finds 2
    ["E2", D1, "intg.form", "1.5", "", "个别问题诱导", "", ""],
    ["C1", D1, "intg.signatures", "2", "", "未逐页签字", "3", ""],
    ["E1", D2, "", "", "", "", "", ""],
    ["E2", D2, "", "", "", "", "", ""],
    # D3: E1 nothing off → 100; E2 vetoes it
    ["E1", D3, "", "", "", "", "", ""],
    ["E2", D3, "", "", "", "执法人员少于两人", "1", "not-qualified"],
]


# ---------------------------------------------------------------------- helpers (used by the report tests too)
def scored_panel(tmp_path: Path) -> Panel:
    """The fixture panel with seven reviews typed in from paper."""
    panel = populated_panel(tmp_path)
    write_csv(tmp_path / "scores.csv", SCORE_HEADER, SCORES)
    import_scores(panel, tmp_path / "scores.csv")
    return panel


def squash(text: str) -> str:
    """Text without any white space: wrapped lines and cell breaks never split an expected string."""
    return "".join(text.split())


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as doc:
        return [squash(page.get_text()) for page in doc]


def sheets(pdf: Path) -> list[str]:
    """The text of each separately numbered sheet (a sheet starts at 第1页)."""
    found: list[str] = []
    for text in page_texts(pdf):
        if "第1页共" in text or not found:
            found.append(text)
        else:
            found[-1] += text
    return found


def the_sheet(pdf: Path, *needles: str) -> str:
    matches = [s for s in sheets(pdf) if all(n in s for n in needles)]
    assert len(matches) == 1, f"{len(matches)} sheets contain {needles}"
    return matches[0]


def assert_inside_margins(pdf: Path) -> None:
    """Every piece of text lies inside the 2 cm frame (the footer in the bottom margin)."""
    with pymupdf.open(pdf) as doc:
        for number, page in enumerate(doc, start=1):
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        if not span["text"].strip():
                            continue
                        x0, y0, x1, y1 = span["bbox"]
                        where = f"page {number}: {span['text']!r} at {span['bbox']}"
                        assert x0 >= MARGIN - 1 and x1 <= PAGE_WIDTH - MARGIN + 1, where
                        footer = y0 > PAGE_HEIGHT - MARGIN
                        assert y0 >= MARGIN - 1 and (y1 <= PAGE_HEIGHT - MARGIN + 1 or footer), where
                        assert y1 <= PAGE_HEIGHT - 10, where


def assert_fonts_embedded(pdf: Path) -> None:
    with pymupdf.open(pdf) as doc:
        for page in doc:
            fonts = page.get_fonts(full=True)
            assert fonts
            for _xref, ext, kind, basefont, *_rest in fonts:
                assert ext == "ttf" and kind == "TrueType", (ext, kind, basefont)
                subset_tag = basefont.split("+")[0]
                assert len(subset_tag) == 6 and subset_tag.isupper(), basefont  # a subset, not the whole font
        assert all(has_glyphs(text) for text in page_texts(pdf)), "a character without a glyph (tofu)"


# ---------------------------------------------------------------------- capitals
@pytest.mark.parametrize(
    ("value", "words"),
    [
        (Decimal("85.5"), "捌拾伍点伍分"),
        (100, "壹佰分"),
        (0, "零分"),
        (10, "壹拾分"),
        (105, "壹佰零伍分"),
        (Decimal("85.25"), "捌拾伍点贰伍分"),
        (Fraction(256, 3), "捌拾伍点叁叁分"),  # 85.333… shown as 85.33
        (Fraction(171, 2), "捌拾伍点伍分"),
        (Decimal("-1"), "负壹分"),
    ],
)
def test_points_in_capitals(value: Decimal | int | Fraction, words: str) -> None:
    assert points_capitals(value) == words


def test_integer_capitals_write_each_zero_gap_once() -> None:
    assert integer_capitals(1005) == "壹仟零伍"
    assert integer_capitals(1050) == "壹仟零伍拾"
    assert integer_capitals(20300) == "贰万零叁佰"
    assert integer_capitals(100005) == "壹拾万零伍"
    assert integer_capitals(110000) == "壹拾壹万"


# ---------------------------------------------------------------------- reviewer sheets
def test_every_review_prints_as_its_own_numbered_sheet(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf")
    assert printed.sheets == 7
    texts = page_texts(printed.path)
    assert printed.pages == len(texts)
    numbered = sheets(printed.path)
    assert len(numbered) == 7
    for sheet in numbered:  # each sheet counts 第 1 页 … 第 n 页 共 n 页 on its own
        total = sheet.count("第1页共")
        assert total == 1
        pages = int(sheet.split("第1页共")[1].split("页")[0])
        assert all(f"第{k}页共{pages}页" in sheet for k in range(1, pages + 1))
    # ordered by reviewer, then dossier: C1, E1 ×3, E2 ×3
    assert "钱交叉" in numbered[0] and "王专家" in numbered[1] and "赵专家" in numbered[-1]
    panel.close()


def test_a_filled_sheet_says_what_the_reviewer_did(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf", reviewer="E1", dossiers=[D1])
    assert printed.sheets == 1
    text = sheets(printed.path)[0]
    checklist = library.checklist("inspection-interrogation")
    for expected in (
        "现场检查（勘察）笔录和调查询问笔录评查表",  # the checklist's title
        "评查活动测试面板",
        "被评查对象甲县生态环境局",
        f"案卷编号{D1}",
        "案卷类型一般行政处罚案卷（推选）",
        "评查人王专家（专家评审）",
        "序号评查项目评查标准分值扣分扣分理由页码",
        "一、现场检查（勘察）笔录（50分）",
        "二、调查询问笔录（50分）",
        "未记载执法证件号（扣3分）",  # the checklist's reason, once
        squash(f"①{LONG_REASON}（扣2.5分）"),
        "②未记载现场负责人在场情况（扣1分）",
        "小计506.5得分：43.5",
        "合计1006.5得分：93.5",
        "否决项（一票否决、严重缺陷）",
        "评查得分93.5分大写玖拾叁点伍分",
        "评查人（签字）：",
        "日期：",
        "第1页共2页",
        "第2页共2页",
    ):
        assert expected in text, expected
    assert "未记载执法证件号：未记载执法证件号" not in text
    for item in checklist.items():
        assert squash(item.text) in text and squash(item.standard) in text
    assert "个别问题诱导" not in text  # E2's deduction is not on E1's sheet
    assert_inside_margins(printed.path)
    panel.close()


def test_a_cross_reviewer_sheet_states_the_deduction_and_a_veto_sheet_the_zero(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf")
    cross = the_sheet(printed.path, "钱交叉（交叉评审）")
    assert "扣分合计2分大写贰分" in cross and "未逐页签字（扣2分）" in cross
    vetoed = the_sheet(printed.path, "赵专家", f"案卷编号{D3}")
    assert "评查得分0分大写零分" in vetoed
    assert "按评查项目计100分；存在一票否决情形，该案卷按0分计" in vetoed
    assert "是执法人员少于两人（第1页）" in vetoed
    panel.close()


def test_fonts_are_embedded_subsets_and_every_character_has_a_glyph(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf")
    assert_fonts_embedded(printed.path)
    panel.close()


def test_a_long_reason_wraps_inside_its_column(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf", reviewer="E1", dossiers=[D1])
    left = MARGIN + sum(ITEM_COLUMNS[:5])
    right = left + ITEM_COLUMNS[5]
    with pymupdf.open(printed.path) as doc:
        lines = [
            (line["bbox"], "".join(span["text"] for span in line["spans"]))
            for block in doc[0].get_text("dict")["blocks"]
            for line in block.get("lines", [])
        ]
    reason_lines = [
        (bbox, text)
        for bbox, text in lines
        if len(squash(text)) > 3 and squash(text) in squash(f"①{LONG_REASON}（扣2.5分）")
    ]
    assert len(reason_lines) >= 4  # 84 characters in a 138 pt column
    assert "".join(squash(t) for _, t in reason_lines) == squash(f"①{LONG_REASON}（扣2.5分）")
    for (x0, _y0, x1, _y1), text in reason_lines:
        assert left < x0 and x1 <= right, text  # nothing crosses the column's rule
    tops = [bbox[1] for bbox, _ in reason_lines]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    panel.close()


def _long_checklist() -> Checklist:
    """The panel's checklist id, but 4 sections of 12 items with long standards: 3 pages or more."""
    return Checklist.model_validate(
        {
            "id": "inspection-interrogation",
            "title": "长评查表测试",
            "version": "long",
            "sections": [
                {
                    "id": f"s{s}",
                    "title": f"第{s}部分笔录",
                    "items": [
                        {
                            "id": f"s{s}.i{i}",
                            "text": f"项目{s}-{i}",
                            "standard": f"标准{s}-{i}：" + "写明起止时间、地点、执法人员姓名及证件号，" * 2,
                            "max_points": "2",
                        }
                        for i in range(12)
                    ],
                }
                for s in range(1, 5)
            ],
        }
    )


def test_a_long_checklist_breaks_across_pages_with_the_header_repeated(tmp_path: Path) -> None:
    no_vetoes = RuleSet.model_validate(RULESET.model_dump() | {"vetoes": []})  # no veto table page
    panel = Panel.create(
        tmp_path / "long.dpanel", no_vetoes, checklists={"inspection-interrogation": _long_checklist()}
    )
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "甲县生态环境局", "county-unit"]])
    write_csv(
        tmp_path / "d.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源"],
        [["长〔2026〕1号", "U1", "general", "推选"]],
    )
    write_csv(tmp_path / "r.csv", ["id", "name", "role"], [["E1", "王专家", "expert"]])
    from app.services.registry import add_candidates, add_dossiers, add_reviewers

    add_candidates(panel, tmp_path / "c.csv")
    add_dossiers(panel, tmp_path / "d.csv")
    add_reviewers(panel, tmp_path / "r.csv")
    write_csv(
        tmp_path / "s.csv", SCORE_HEADER, [["E1", "长〔2026〕1号", "s4.i11", "1", "", "最后一项扣分", "", ""]]
    )
    import_scores(panel, tmp_path / "s.csv")

    printed = print_review_sheets(panel, tmp_path / "long.pdf")
    texts = page_texts(printed.path)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "序号评查项目评查标准分值扣分扣分理由页码" in text, f"header missing on page {number}"
        assert f"第{number}页共{len(texts)}页" in text
    page_of = {
        f"项目{s}-{i}": n
        for n, t in enumerate(texts)
        for s in range(1, 5)
        for i in range(12)
        if f"项目{s}-{i}" in t
    }
    assert len(page_of) == 48
    for s in range(1, 5):  # a section heading stays with its first item
        assert page_of[f"项目{s}-0"] == next(n for n, t in enumerate(texts) if f"第{s}部分笔录" in t)
    assert "最后一项扣分（扣1分）" in texts[page_of["项目4-11"]]
    assert "合计961得分：95" in texts[page_of["项目4-11"]]  # the total stays with the last item
    assert "评查得分95分大写玖拾伍分" in texts[-1]
    assert_inside_margins(printed.path)
    panel.close()


def test_blind_mode_leaves_candidates_out(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    with panel.transaction() as conn:
        conn.execute(update(schema.panel).values(blind=True))
    path = panel.path
    panel.close()
    panel = Panel.open(path)
    for printer in (print_review_sheets, print_blank_sheets):
        text = "".join(page_texts(printer(panel, tmp_path / "blind.pdf").path))
        assert D1 in text
        for hidden in ("被评查对象", "甲县生态环境局", "张三"):
            assert hidden not in text, (printer.__name__, hidden)
    panel.close()


# ---------------------------------------------------------------------- blank sheets
def test_blank_sheets_fill_the_header_and_leave_the_scores_empty(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_blank_sheets(panel, tmp_path / "blank.pdf", reviewer="E2")
    assert printed.sheets == 3  # no assignments yet: every dossier
    text = the_sheet(printed.path, f"案卷编号{D1}")
    for expected in (
        "现场检查（勘察）笔录和调查询问笔录评查表",
        "被评查对象甲县生态环境局",
        "评查人赵专家（专家评审）",
        "评查日期年月日",
        "扣分情形：未写明检查结束时间（扣2分）；检查地点不具体（扣2分）",
        "小计50得分：",
        "合计100得分：",
        "□是□否",
        "评查得分分大写",
        "评查人（签字）：",
    ):
        assert expected in text, expected
    for entered in ("个别问题诱导", "未记载现场负责人在场情况", "违法事实描述含糊", "93.5", "98.5"):
        assert entered not in text  # nobody's scores
    one = print_blank_sheets(panel, tmp_path / "one.pdf", dossiers=[D3])
    assert one.sheets == 1
    assert "评查人（专家评审）" not in sheets(one.path)[0]  # no reviewer: the line is left to fill in
    assert_fonts_embedded(printed.path)
    assert_inside_margins(printed.path)
    panel.close()


# ---------------------------------------------------------------------- other readers, preview, errors
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_chinese_too(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf", reviewer="E1", dossiers=[D1])
    text = squash(
        subprocess.run(
            ["pdftotext", str(printed.path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for expected in (
        "现场检查（勘察）笔录和调查询问笔录评查表",
        D1,
        "未记载执法证件号（扣3分）",
        "玖拾叁点伍分",
        "第1页共2页",
    ):
        assert expected in text, expected
    panel.close()


def test_cancelling_leaves_no_pdf_and_keeps_the_previous_one(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"the previous print")
    progress = Progress(lambda done, total, stage: progress.cancel() if done >= 2 else None)
    with pytest.raises(Cancelled):
        print_review_sheets(panel, out, progress=progress)
    assert out.read_bytes() == b"the previous print"
    assert [p.name for p in tmp_path.glob("*.part")] == []
    seen: list[tuple[int, int]] = []
    print_review_sheets(panel, out, progress=Progress(lambda done, total, _stage: seen.append((done, total))))
    assert seen[-1] == (7, 7)
    panel.close()


def test_unknown_reviewer_or_dossier_is_refused(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    with pytest.raises(PrintingError, match=r"printing\.unknown_reviewer"):
        print_review_sheets(panel, tmp_path / "x.pdf", reviewer="E9")
    with pytest.raises(PrintingError, match=r"printing\.unknown_dossier"):
        print_blank_sheets(panel, tmp_path / "x.pdf", dossiers=["无此案"])
    with pytest.raises(PrintingError, match=r"printing\.nothing_to_print"):
        print_review_sheets(panel, tmp_path / "x.pdf", dossiers=[D2], reviewer="C1")
    assert not (tmp_path / "x.pdf").exists()
    panel.close()


def test_an_unfinished_review_says_so_on_its_sheet(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    with panel.transaction() as conn:
        conn.execute(
            update(schema.reviews).where(schema.reviews.c.reviewer_id == "C1").values(status="in_progress")
        )
    printed = print_review_sheets(panel, tmp_path / "sheets.pdf")
    assert "进行中（评查未完成）" in the_sheet(printed.path, "钱交叉")
    assert sum("评查未完成" in s for s in sheets(printed.path)) == 1
    panel.close()
