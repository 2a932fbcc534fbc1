"""Any text the program accepted prints in full: rows taller than a page split across pages (issue 11).

A reason of 700 Chinese characters, 500 line breaks or a 3,000-character word, and a 3,000-character
dossier title, used to end the print job with reportlab's ``LayoutError``. Each is printed here and
read back from the PDF column by column, page by page: every character is there, in order, inside the
margins, and the continuation of a split row says （续）.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import update

from app.cli import main
from app.models import schema
from app.printing.documents import (
    print_blank_sheets,
    print_merged_sheets,
    print_panel_report,
    print_review_sheets,
)
from app.printing.layout import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from app.printing.panel_report import PROBLEM_COLUMNS
from app.printing.review_sheet import HEADER_COLUMNS, ITEM_COLUMNS, VETO_COLUMNS
from app.services.panel import Panel
from app.services.registry import add_dossiers
from app.services.scores import import_scores
from tests.core.panel_fixtures import make_pdf, write_csv
from tests.core.test_printing import (
    D1,
    D3,
    SCORE_HEADER,
    assert_inside_margins,
    page_texts,
    scored_panel,
    squash,
)

# 700 different Chinese characters (none repeats in a period, so a lost stretch cannot hide)
CJK_REASON = "".join(chr(0x4E00 + (n * 7919) % 6000) for n in range(700))
BROKEN_REASON = "\n".join(f"第{n}行" for n in range(500))
LONG_WORD = "".join(str(n) for n in range(1100))[:3000]  # one unbroken Latin "word"


def with_reason(tmp_path: Path, reason: str) -> Panel:
    """The scored panel with E1's review of D1 replaced by one deduction with ``reason``."""
    panel = scored_panel(tmp_path)
    write_csv(tmp_path / "long.csv", SCORE_HEADER, [["E1", D1, "insp.facts", "2", "", reason, "3", ""]])
    import_scores(panel, tmp_path / "long.csv")
    return panel


def column_text(pdf: Path, left: float, right: float) -> tuple[str, int]:
    """The text inside one column of the sheet's tables on every page, joined; and the page count."""
    parts = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            clip = pymupdf.Rect(left + 0.5, MARGIN - 1, right - 0.5, PAGE_HEIGHT - MARGIN + 1)
            parts.append(squash(page.get_text(clip=clip)))
        return "".join(parts), doc.page_count


REASON_LEFT = MARGIN + sum(ITEM_COLUMNS[:5])
REASON_RIGHT = REASON_LEFT + ITEM_COLUMNS[5]


@pytest.mark.parametrize(
    "reason", [CJK_REASON, BROKEN_REASON, LONG_WORD], ids=["700-chinese", "500-line-breaks", "3000-char-word"]
)
def test_a_reason_taller_than_a_page_prints_whole_across_pages(tmp_path: Path, reason: str) -> None:
    panel = with_reason(tmp_path, reason)
    printed = print_review_sheets(panel, tmp_path / "sheet.pdf", reviewer="E1", dossiers=[D1])
    text, pages = column_text(printed.path, REASON_LEFT, REASON_RIGHT)
    assert pages >= 2
    assert squash(reason) + "（扣2分）" in text.replace("扣分理由", "")  # every character, in order
    texts = page_texts(printed.path)
    assert sum("（续）" in t for t in texts) >= 1  # the continued row says so
    for number, page_text in enumerate(texts, start=1):
        assert "序号评查项目评查标准分值扣分扣分理由页码" in page_text or number == len(texts)
        assert f"第{number}页共{len(texts)}页" in page_text
    assert "评查得分98分大写玖拾捌分" in texts[-1]  # the sheet goes on to its total and signature
    assert "评查人（签字）：" in texts[-1]
    assert_inside_margins(printed.path)
    panel.close()


def test_the_cli_prints_a_long_reason_instead_of_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = with_reason(tmp_path, CJK_REASON)
    path = panel.path
    panel.close()
    out = tmp_path / "cli.pdf"
    assert main(["print", str(path), "--sheets", "--out", str(out)]) == 0
    assert "page(s)" in capsys.readouterr().out
    assert squash(CJK_REASON) in column_text(out, REASON_LEFT, REASON_RIGHT)[0].replace("扣分理由", "")


def test_a_long_word_in_the_report_wraps_and_prints_whole(tmp_path: Path) -> None:
    panel = with_reason(tmp_path, LONG_WORD)
    printed = print_panel_report(panel, tmp_path / "report.pdf")
    left = MARGIN + sum(PROBLEM_COLUMNS[:-1])  # 典型问题 lists the most frequent reasons
    text, _pages = column_text(printed.path, left, left + PROBLEM_COLUMNS[-1])
    assert LONG_WORD + "（1次）" in text.replace("常见扣分理由", "")
    assert_inside_margins(printed.path)
    panel.close()


def long_title_panel(tmp_path: Path, title: str, case_number: str = "甲环罚〔2026〕99号") -> Panel:
    """A fourth dossier with ``title``; written to the database directly when it is longer than a
    manifest accepts today (500 characters), as a panel from an earlier version may hold it."""
    panel = scored_panel(tmp_path)
    make_pdf(tmp_path / "long.pdf")
    # a case number too long to be a file name needs a code of its own (docs/manifests.md)
    code = case_number if len(case_number) <= 64 else "long-case-1"
    write_csv(
        tmp_path / "long-dossier.csv",
        ["案卷编号", "案卷代码", "候选对象编号", "案卷类型", "来源", "案卷名称", "PDF"],
        [[case_number, code, "U1", "general", "推选", title[:500], "long.pdf"]],
    )
    add_dossiers(panel, tmp_path / "long-dossier.csv")
    with panel.transaction() as conn:
        conn.execute(
            update(schema.dossiers).where(schema.dossiers.c.case_number == case_number).values(title=title)
        )
    return panel


def test_a_3000_character_dossier_title_prints_on_the_merged_and_blank_sheets(tmp_path: Path) -> None:
    title = "".join(chr(0x4E00 + (n * 104729) % 6000) for n in range(3000))
    panel = long_title_panel(tmp_path, title)
    left = MARGIN + HEADER_COLUMNS[0]
    right = MARGIN + sum(HEADER_COLUMNS)
    for printer in (print_merged_sheets, print_blank_sheets):
        printed = printer(panel, tmp_path / "long.pdf", dossiers=["甲环罚〔2026〕99号"])
        text, pages = column_text(printed.path, left, right)
        assert pages >= 2, printer.__name__
        assert squash(title) in text, printer.__name__
        assert_inside_margins(printed.path)
    panel.close()


def test_a_long_panel_title_wraps_on_the_report_instead_of_shrinking_to_nothing(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    title = "二〇二六年度全省生态环境行政执法案卷评查暨执法大练兵活动" * 6
    with panel.transaction() as conn:
        conn.execute(update(schema.panel).values(title=title))
    printed = print_panel_report(panel, tmp_path / "report.pdf")
    with pymupdf.open(printed.path) as doc:
        spans = [
            span
            for block in doc[0].get_text("dict")["blocks"]
            for line in block.get("lines", [])
            for span in line["spans"]
            if span["text"].strip() and span["text"].strip() in title
        ]
    assert "".join(squash(s["text"]) for s in spans if s["size"] > 16).startswith(squash(title))
    assert all(s["bbox"][0] >= MARGIN - 1 and s["bbox"][2] <= PAGE_WIDTH - MARGIN + 1 for s in spans)
    panel.close()


def test_a_long_veto_reason_prints_whole(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    write_csv(tmp_path / "veto.csv", SCORE_HEADER, [["E2", D3, "", "", "", CJK_REASON, "1", "not-qualified"]])
    import_scores(panel, tmp_path / "veto.csv")
    printed = print_review_sheets(panel, tmp_path / "veto.pdf", reviewer="E2", dossiers=[D3])
    left = MARGIN + sum(VETO_COLUMNS[:-1])
    text, pages = column_text(printed.path, left, left + VETO_COLUMNS[-1])
    assert pages >= 2
    assert squash(CJK_REASON) + "（第1页）" in text.replace("理由及页码", "")
    assert_inside_margins(printed.path)
    panel.close()


def test_a_long_case_number_prints_whole_in_the_header_and_cut_in_the_footer(tmp_path: Path) -> None:
    case_number = "甲环罚〔2026〕" + "".join(chr(0x4E00 + (n * 31) % 6000) for n in range(200)) + "号"
    panel = long_title_panel(tmp_path, "短标题", case_number)
    printed = print_blank_sheets(panel, tmp_path / "blank.pdf", dossiers=[case_number])
    text = "".join(page_texts(printed.path))
    assert squash(case_number) in text  # whole in the header
    assert "…" in text  # the footer's locator is cut to its corner
    assert_inside_margins(printed.path)  # the footer too
    panel.close()


def test_line_breaks_in_a_reason_are_kept_one_line_each(tmp_path: Path) -> None:
    panel = with_reason(tmp_path, BROKEN_REASON)
    printed = print_review_sheets(panel, tmp_path / "lines.pdf", reviewer="E1", dossiers=[D1])
    printed_lines: list[str] = []
    with pymupdf.open(printed.path) as doc:
        for page in doc:
            clip = pymupdf.Rect(REASON_LEFT + 0.5, MARGIN - 1, REASON_RIGHT - 0.5, PAGE_HEIGHT - MARGIN + 1)
            printed_lines += [line.strip() for line in page.get_text(clip=clip).splitlines() if line.strip()]
    expected = BROKEN_REASON.split("\n")
    expected[-1] += "（扣2分）"
    found = [line for line in printed_lines if line.startswith("第")]
    assert found == expected  # each typed line on a line of its own, in order, none lost
    panel.close()
