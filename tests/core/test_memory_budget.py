"""The page cache's and MuPDF store's budgets follow the view's page size and the machine's memory."""

from __future__ import annotations

from app.pdf import memory_budget
from app.pdf.memory_budget import CACHED_PAGES, MIN_PAGES, page_cache_budget, store_budget

PAGE = 900 * 1273 * 4  # a fit-width scan page at 900 px, paint-ready
GIB = 1 << 30


def test_a_big_machine_caches_what_the_view_needs_and_no_more() -> None:
    assert page_cache_budget(PAGE, 24 * GIB) == CACHED_PAGES * PAGE
    assert page_cache_budget(PAGE, 256 * GIB) == CACHED_PAGES * PAGE


def test_a_small_machine_gets_a_share_of_its_memory_but_one_view_update_at_least() -> None:
    assert page_cache_budget(PAGE, 2 * GIB) == 2 * GIB // 64  # 32 MiB: between the two bounds
    assert page_cache_budget(PAGE, 1 * GIB) == MIN_PAGES * PAGE


def test_bigger_pages_get_a_bigger_budget_within_the_share() -> None:
    assert page_cache_budget(8 * PAGE, 24 * GIB) == 24 * GIB // 64  # 2x zoom, 384 MiB
    assert page_cache_budget(PAGE // 4, 24 * GIB) == CACHED_PAGES * (PAGE // 4)


def test_the_store_holds_two_decoded_scans_on_a_big_machine_less_on_a_small_one() -> None:
    assert store_budget(24 * GIB) == 2 * 2000 * 2800 * 3
    assert store_budget(2 * GIB) == 16 << 20
    assert store_budget(1 * GIB) == 16 << 20  # the floor


def test_the_machine_memory_is_read_and_used_when_not_given(monkeypatch) -> None:
    physical = memory_budget.physical_memory()
    assert physical is not None and physical > 256 << 20
    monkeypatch.setattr(memory_budget, "physical_memory", lambda: 1 * GIB)
    assert page_cache_budget(PAGE) == MIN_PAGES * PAGE
    monkeypatch.setattr(memory_budget, "physical_memory", lambda: None)  # unknown: a 4 GiB laptop
    assert page_cache_budget(2 * PAGE) == 4 * GIB // 64
