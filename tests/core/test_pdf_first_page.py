"""First page first (issue 16): the render process answers an open with ``first_page`` after measuring
that one page, renders it, and only then measures the others and sends their sizes."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.pdf._pymupdf import pymupdf
from app.pdf.records import OpenResult, PageSizes, PdfEvent, RenderResult
from app.pdf.render_client import RenderClient

PAGES = 400
WIDE_PAGE = 250  # the one landscape page
SAFETY_TIMEOUT = 60.0  # only guards against a hung test; nothing is measured


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = pymupdf.open()
    for number in range(PAGES):
        size = (842, 595) if number == WIDE_PAGE else (595, 842)
        doc.new_page(width=size[0], height=size[1]).insert_text((72, 72), f"page {number + 1}")
    path = tmp_path_factory.mktemp("first-page") / "long.pdf"
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def client() -> Iterator[RenderClient]:
    with RenderClient() as shared:
        yield shared


def next_event(client: RenderClient) -> PdfEvent:
    try:
        return client.events.get(timeout=SAFETY_TIMEOUT)
    except queue.Empty:
        pytest.fail(f"no event after {SAFETY_TIMEOUT} s")


def test_the_first_page_is_rendered_before_the_others_are_measured(
    client: RenderClient, long_pdf: Path
) -> None:
    client.open("first", str(long_pdf), extract_text=False, first_page=3)
    opened = next_event(client)
    assert isinstance(opened, OpenResult) and opened.info is not None
    info = opened.info
    assert not info.sizes_final and info.page_count == PAGES
    assert set(info.page_sizes) == {(595.0, 842.0)}  # the asked-for page's size, for every page
    client.request("first", 3, 0.5)
    events = [next_event(client), next_event(client)]
    assert [type(event) for event in events] == [RenderResult, PageSizes]  # the page, then the sizes
    render, sizes = events
    assert isinstance(render, RenderResult) and render.ok and render.page == 3
    assert isinstance(sizes, PageSizes) and sizes.info.sizes_final
    assert sizes.info.page_sizes[WIDE_PAGE] == (842.0, 595.0)
    assert sizes.info.page_sizes[0] == (595.0, 842.0)
    assert client.info("first") == sizes.info  # the client's copy is the measured one from now on


def test_an_open_without_first_page_measures_every_page_at_once(client: RenderClient, long_pdf: Path) -> None:
    client.open("whole", str(long_pdf), extract_text=False)
    opened = next_event(client)
    assert isinstance(opened, OpenResult) and opened.info is not None
    assert opened.info.sizes_final and opened.info.page_sizes[WIDE_PAGE] == (842.0, 595.0)
    client.request("whole", 0, 0.2)
    assert isinstance(next_event(client), RenderResult)
    assert client.events.empty()  # no PageSizes: nothing was estimated


def test_sizes_come_even_if_no_page_is_asked_for(client: RenderClient, long_pdf: Path) -> None:
    client.open("idle", str(long_pdf), extract_text=False, first_page=0)
    assert isinstance(next_event(client), OpenResult)
    sizes = next_event(client)  # after SIZES_WAIT
    assert isinstance(sizes, PageSizes) and sizes.info.page_sizes[WIDE_PAGE] == (842.0, 595.0)
