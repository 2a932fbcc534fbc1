"""The byte-budgeted LRU cache of rendered pages."""

from __future__ import annotations

from app.pdf.page_cache import PageCache
from app.pdf.records import PageImage, PixelFormat, RenderKey


def image(nbytes: int) -> PageImage:
    return PageImage(
        width=nbytes // 3, height=1, stride=nbytes, pixel_format=PixelFormat.RGB888, data=bytes(nbytes)
    )


def key(page: int, doc: str = "a", scale: float = 1.0) -> RenderKey:
    return RenderKey(doc, page, scale, 0)


def test_evicts_least_recently_used_by_bytes() -> None:
    cache = PageCache(max_bytes=1000)
    cache.put(key(0), image(300))
    cache.put(key(1), image(300))
    cache.put(key(2), image(300))
    assert cache.get(key(0)) is not None  # page 0 is now the most recent
    evicted = cache.put(key(3), image(300))
    assert evicted == [key(1)]
    assert cache.bytes_used == 900 and len(cache) == 3
    evicted = cache.put(key(4), image(600))  # needs two victims
    assert evicted == [key(2), key(0)]
    assert set(cache._entries) == {key(3), key(4)}
    assert cache.bytes_used == 900


def test_entries_of_different_sizes_share_one_budget() -> None:
    cache = PageCache(max_bytes=10_000)
    for page in range(10):
        cache.put(key(page, scale=0.5), image(999))
    assert len(cache) == 10
    cache.put(key(0, scale=2.0), image(8000))  # one zoomed page pushes out eight small ones
    assert cache.bytes_used <= 10_000
    assert len(cache) == 3


def test_replacing_an_entry_does_not_count_it_twice() -> None:
    cache = PageCache(max_bytes=1000)
    cache.put(key(0), image(600))
    cache.put(key(0), image(600))
    assert cache.bytes_used == 600 and len(cache) == 1


def test_image_larger_than_budget_is_not_kept() -> None:
    cache = PageCache(max_bytes=1000)
    cache.put(key(0), image(300))
    assert cache.put(key(1), image(3000)) == []
    assert key(1) not in cache and key(0) in cache


def test_discard_document_and_shrink_budget() -> None:
    cache = PageCache(max_bytes=3000)
    for page in range(3):
        cache.put(key(page, doc="a"), image(300))
        cache.put(key(page, doc="b"), image(300))
    assert cache.discard("a") == 3
    assert all(entry.doc_key == "b" for entry in cache._entries)
    assert cache.bytes_used == 900
    assert cache.set_budget(400) == [key(0, doc="b"), key(1, doc="b")]
    assert cache.bytes_used == 300
    assert cache.discard() == 1 and cache.bytes_used == 0


def test_peek_does_not_refresh_and_misses_are_counted() -> None:
    cache = PageCache(max_bytes=600)
    cache.put(key(0), image(300))
    cache.put(key(1), image(300))
    assert cache.peek(key(0)) is not None
    cache.put(key(2), image(300))
    assert key(0) not in cache  # peek left it the oldest
    assert cache.get(key(0)) is None
    assert cache.misses == 1 and cache.hits == 0
