"""BreakingTable on its own: the splits a printed sheet needs when a row or a group outgrows a page.

Each table is laid out on A4 by the same ``build_pdf`` the documents use, then read back: every cell's
text is there once (twice only for a repeated header), in order, and inside the frame.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.printing.layout import FONT, FRAME_WIDTH, MARGIN, PAGE_HEIGHT, breaking_table, build_pdf, para, paras
from tests.core.test_printing import assert_inside_margins, squash

WIDTHS = (60, FRAME_WIDTH - 60)
GRID = ("GRID", (0, 0), (-1, -1), 0.6, "black")
CJK = ("FONT", (0, 0), (-1, -1), FONT, 10.5)


def page_texts(pdf: Path) -> list[str]:
    """Each page's text inside the frame (without the footer), white space removed."""
    with pymupdf.open(pdf) as doc:
        clip = pymupdf.Rect(0, 0, 1000, PAGE_HEIGHT - MARGIN + 1)
        return [squash(page.get_text(clip=clip)) for page in doc]


def numbered(prefix: str, lines: int) -> str:
    return "\n".join(f"{prefix}{n:03d}" for n in range(lines))


def printed(tmp_path: Path, table: object) -> list[str]:
    out = tmp_path / "table.pdf"
    build_pdf(out, [table], title="table")  # type: ignore[list-item]
    assert_inside_margins(out)
    return page_texts(out)


def test_a_group_kept_together_but_taller_than_a_page_is_broken_at_the_top_of_a_page(tmp_path: Path) -> None:
    rows = [["序号", "内容"]] + [[str(n), paras([numbered(f"组{n}行", 22)])] for n in range(3)]
    table = breaking_table(rows, WIDTHS, [GRID, CJK, ("NOSPLIT", (0, 1), (-1, 3))], repeat_rows=1)
    texts = printed(tmp_path, table)
    whole = "".join(texts)
    for n in range(3):
        assert squash(numbered(f"组{n}行", 22)) in whole.replace("序号内容", "")
    assert all(text.startswith("序号内容") for text in texts)  # the header on every page


def test_a_header_taller_than_200_points_is_not_repeated(tmp_path: Path) -> None:
    header = [para("序号"), paras([numbered("表头", 20)])]
    rows = [header] + [[str(n), para(f"第{n}行内容")] for n in range(60)]
    texts = printed(tmp_path, breaking_table(rows, WIDTHS, [GRID, CJK], repeat_rows=1))
    assert len(texts) >= 2
    whole = "".join(texts)
    assert whole.count("表头000") == 1
    assert all(f"第{n}行内容" in whole for n in range(60))


def test_a_spanned_cell_splits_at_the_width_of_its_span(tmp_path: Path) -> None:
    words = "".join(chr(0x4E00 + (n * 7919) % 6000) for n in range(3000))
    rows = [["标签", para(words), ""], ["尾", "甲", "乙"]]
    table = breaking_table(rows, (60, 200, FRAME_WIDTH - 260), [GRID, CJK, ("SPAN", (1, 0), (2, 0))])
    out = tmp_path / "span.pdf"
    build_pdf(out, [table], title="span")
    assert_inside_margins(out)
    text = "".join(page_texts(out))
    assert squash(words) in text.replace("（续）", "")
    with pymupdf.open(out) as doc:  # lines run across both spanned columns, not the first one only
        right = max(
            line["bbox"][2] for block in doc[0].get_text("dict")["blocks"] for line in block.get("lines", [])
        )
    assert right > MARGIN + 260 + 100
    assert "尾甲乙" in text  # the row after the split one follows it


def test_a_figure_in_a_split_row_stays_whole_on_the_first_part(tmp_path: Path) -> None:
    rows = [["12.5", paras([numbered("理由", 120)])]]
    texts = printed(tmp_path, breaking_table(rows, WIDTHS, [GRID, CJK]))
    assert len(texts) >= 2
    assert "12.5" in texts[0] and "12.5" not in "".join(texts[1:])
    assert "（续）" in texts[1]
    assert squash(numbered("理由", 120)) in "".join(texts).replace("（续）", "").replace("12.5", "")
