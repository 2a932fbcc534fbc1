"""Text extraction with character boxes and in-memory search (no render process involved)."""

from __future__ import annotations

from array import array

import pytest

from app.pdf._pymupdf import pymupdf
from app.pdf.records import page_rect_to_image
from app.pdf.text_index import (
    PageText,
    TextIndex,
    extract_page_text,
    fold_query,
    fold_text,
    hits_by_page,
)


def _page(doc: pymupdf.Document, lines: list[tuple[float, float, str]], rotation: int = 0) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    for x, y, text in lines:
        page.insert_text((x, y), text, fontname="china-s", fontsize=12)
    if rotation:
        page.set_rotation(rotation)
    return page


def _contains(outer: tuple[float, ...], inner: tuple[float, ...], slack: float = 1.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def test_folding_ignores_case_and_full_width_forms() -> None:
    assert fold_query("  ＡＢＣ１２３  Case\tFOLD ") == "abc123 case fold"
    folded, origin = fold_text("ＸＹ号 Ab")
    assert folded == "xy号 ab"
    assert origin is None  # one folded character per original one: no map needed
    folded, origin = fold_text("Maße")
    assert folded == "masse"
    assert origin is not None and list(origin) == [0, 1, 2, 2, 3]


def test_chinese_and_latin_search_with_rectangles() -> None:
    doc = pymupdf.open()
    page = _page(doc, [(72, 100, "行政处罚决定书 环境保护局"), (72, 130, "Hello World ＡＢＣ１２３")])
    index = TextIndex(page_count=1)
    index.add(extract_page_text(page, 0))

    hits = index.search("处罚决定")
    assert len(hits) == 1 and hits[0].text == "处罚决定"
    expected = page.search_for("处罚决定")[0]
    assert len(hits[0].rects) == 1 and _contains(tuple(expected), hits[0].rects[0], slack=2.0)

    assert [hit.text for hit in index.search("HELLO world")] == ["Hello World"]
    assert [hit.text for hit in index.search("abc123")] == ["ＡＢＣ１２３"]
    assert index.search("不存在") == []
    assert index.search("   ") == []


def test_rectangles_follow_page_rotation() -> None:
    doc = pymupdf.open()
    page = _page(doc, [(100, 200, "旋转页面 rotated")], rotation=90)
    entry = extract_page_text(page, 0)
    index = TextIndex(1)
    index.add(entry)
    (hit,) = index.search("rotated")
    # search_for reports unrotated coordinates; the index reports them as displayed.
    unrotated = page.search_for("rotated")[0]
    displayed = unrotated * page.rotation_matrix
    assert _contains(tuple(displayed), hit.rects[0], slack=2.0)
    assert hit.rects[0][2] <= page.rect.width and hit.rects[0][3] <= page.rect.height

    # The same rectangle mapped onto a render of the page at 2x, turned by another 90 degrees.
    size = (page.rect.width, page.rect.height)
    mapped = page_rect_to_image(hit.rects[0], size, 2.0, 90)
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(2, 2).prerotate(90))
    assert 0 <= mapped[0] < mapped[2] <= pixmap.width and 0 <= mapped[1] < mapped[3] <= pixmap.height
    centre = (int((mapped[0] + mapped[2]) / 2), int((mapped[1] + mapped[3]) / 2))
    window = [
        pixmap.pixel(x, y)[0]
        for x in range(centre[0] - 6, centre[0] + 7)
        for y in range(centre[1] - 6, centre[1] + 7)
    ]
    assert min(window) < 128  # ink under the highlight


def test_lines_join_without_space_between_chinese_characters() -> None:
    doc = pymupdf.open()
    page = _page(
        doc, [(72, 100, "责令改正违法"), (72, 116, "行为决定书"), (72, 140, "second"), (72, 156, "line")]
    )
    entry = extract_page_text(page, 0)
    index = TextIndex(1)
    index.add(entry)
    (hit,) = index.search("违法行为")
    assert len(hit.rects) == 2  # one rectangle per line
    assert hit.rects[0][1] < hit.rects[1][1]


def test_search_over_many_pages_in_memory() -> None:
    def page_text(number: int) -> PageText:
        text = f"第{number}页 当事人 某某公司 违法事实 Page {number}"
        boxes = array("f")
        for column in range(len(text)):
            boxes.extend((10.0 * column, 10.0, 10.0 * column + 9.0, 20.0))
        return PageText.build(number, list(text), boxes, array("I", [0] * len(text)))

    index = TextIndex(page_count=500)
    for number in range(500):
        index.add(page_text(number))
    assert index.complete and index.missing_pages() == []
    hits = index.search("违法事实")
    assert len(hits) == 500 and [hit.page for hit in hits] == list(range(500))
    assert hits[7].rects == (
        (130.0, 10.0, 169.0, 20.0),
    )  # characters 13-16 of "第7页 当事人 某某公司 违法事实"
    assert len(index.search("违法事实", max_hits=10)) == 10
    assert [hit.page for hit in index.search("page 12")] == [
        12,
        120,
        121,
        122,
        123,
        124,
        125,
        126,
        127,
        128,
        129,
    ]
    assert [hit.page for hit in index.search("当事人", pages=[3, 4, 999])] == [3, 4]
    grouped = hits_by_page(index.search("某某"))
    assert set(grouped) == set(range(500)) and all(len(items) == 1 for items in grouped.values())


def test_partial_index_reports_missing_pages() -> None:
    index = TextIndex(page_count=3)
    index.add(PageText.empty(1))
    assert index.missing_pages() == [0, 2]
    assert index.page_text(1) == "" and index.page_text(0) is None
    assert not index.complete


@pytest.mark.parametrize("query", ["aa", "AA"])
def test_matches_do_not_overlap(query: str) -> None:
    text = "aaaaa"
    boxes = array("f", [0.0, 0.0, 1.0, 1.0] * len(text))
    index = TextIndex(1)
    index.add(PageText.build(0, list(text), boxes, array("I", [0] * len(text))))
    assert [(hit.start, hit.end) for hit in index.search(query)] == [(0, 2), (2, 4)]
