"""The page column when the real page sizes arrive after the first page (issue 16: first page first).

The view opens a dossier with every page given the first page's size and re-lays out when the render
process has measured the others; the reader must not see the page under the top of the view move.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.pdf.page_cache import PageCache
from app.pdf.records import PdfInfo
from app.ui.pdf.layout import FIT_WIDTH
from app.ui.pdf.pages import PdfPageArea

A4 = (595.0, 842.0)
PAGES = 20


class _NoRenders:
    """Stands in for the render client: the geometry under test never needs a pixel."""

    cache = PageCache()

    def request_view(self, *args: Any, **kwargs: Any) -> dict[int, Any]:
        return {}

    def cached(self, *args: Any, **kwargs: Any) -> None:
        return None


def _info(sizes: tuple[tuple[float, float], ...], *, final: bool) -> PdfInfo:
    return PdfInfo("x.pdf", len(sizes), False, "", (), sizes, False, sizes_final=final)


@pytest.fixture
def area(qtbot) -> PdfPageArea:
    widget = PdfPageArea()
    qtbot.addWidget(widget)
    widget.resize(640, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(_NoRenders(), "doc", _info((A4,) * PAGES, final=False), FIT_WIDTH)  # type: ignore[arg-type]
    return widget


# Taller pages before the one being read, and a landscape page after it.
MEASURED = ((595.0, 1400.0),) * 5 + (A4,) * 10 + ((595.0, 420.0),) + (A4,) * 4


@pytest.mark.parametrize("offset", [200, -5])  # inside page 10, and in the gap just above it
def test_late_sizes_keep_the_page_at_the_top_where_it_was(area: PdfPageArea, offset: int) -> None:
    layout = area.layout_info
    assert layout is not None
    bar = area.verticalScrollBar()
    bar.setValue(layout.slots[10].y + offset)
    before = area.current_page()
    area.set_page_sizes(MEASURED)
    moved = area.layout_info
    assert moved is not None and moved.page_sizes == MEASURED
    assert moved.slots[10].y > layout.slots[10].y  # the pages above did grow
    assert bar.value() - moved.slots[10].y == offset  # yet the same rows of page 10 are on screen
    assert area.current_page() == before


def test_late_sizes_after_go_to_keep_that_page_at_the_top(area: PdfPageArea) -> None:
    area.go_to(12)
    area.set_page_sizes(MEASURED)
    layout = area.layout_info
    assert layout is not None
    assert area.verticalScrollBar().value() == layout.slots[12].y - 10  # PAGE_MARGIN above the page
    assert area.current_page() == 12


def test_sizes_of_another_length_are_ignored(area: PdfPageArea) -> None:
    layout = area.layout_info
    area.set_page_sizes((A4,) * (PAGES + 1))
    assert area.layout_info is layout
