"""The view sizes the page cache from its pages and the machine, and the cache keeps to it."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.pdf import memory_budget
from app.pdf.memory_budget import MIN_PAGES
from app.ui.pdf.view import PdfView

PAGES = 24


@pytest.fixture
def long_pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    for number in range(PAGES):
        doc.new_page(width=595, height=842).insert_text((72, 100), f"page {number + 1}")
    path = tmp_path / "long.pdf"
    doc.save(path)
    return path


def test_a_small_machine_keeps_a_small_cache_while_reading_on(qtbot, monkeypatch, long_pdf: Path) -> None:
    monkeypatch.setattr(memory_budget, "physical_memory", lambda: 1 << 30)  # 1 GiB: 16 MiB share
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    try:
        view.open_document(long_pdf)
        qtbot.waitUntil(lambda: view.page_area.was_painted(0), timeout=10_000)
        cache = view.bridge.client.cache
        area = view.page_area
        layout = area.layout_info
        assert layout is not None
        page_bytes = int(595 * 842 * area.render_scale() ** 2) * 4
        assert cache.max_bytes == MIN_PAGES * page_bytes  # the share is smaller than one view update
        for page in range(1, PAGES + 1):
            view.go_to(page)
            qtbot.waitUntil(lambda page=page: area.was_painted(page - 1), timeout=10_000)
            assert cache.bytes_used <= cache.max_bytes
        pages_held = [key for key in cache._entries if key.doc_key == area.doc_key]  # not thumbnails
        assert len(pages_held) <= MIN_PAGES < PAGES  # pages read earlier were evicted
    finally:
        view.shutdown()
