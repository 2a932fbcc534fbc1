"""A byte-budgeted LRU cache of rendered pages, on the GUI side of the render process.

Rendered pages are big (a fit-width scan page is ~3.4 MB of RGB), so the cache is bounded by bytes,
not by entries: zoom changes make entries of very different sizes. Pages are evicted least recently
used first; a lookup counts as a use, so the pages on screen, which the view asks for on every scroll
step, stay while prefetched pages that were never shown go first.

Thread-safe: the client's listener thread stores results while the GUI thread looks pages up.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from app.pdf.records import DocKey, PageImage, RenderKey

DEFAULT_BUDGET_BYTES = 128 * 1024 * 1024  # ~37 fit-width scan pages of 900 px


class PageCache:
    """``RenderKey -> PageImage`` with at most ``max_bytes`` of pixel data."""

    def __init__(self, max_bytes: int = DEFAULT_BUDGET_BYTES) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        self._max_bytes = max_bytes
        self._entries: OrderedDict[RenderKey, PageImage] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def max_bytes(self) -> int:
        return self._max_bytes

    @property
    def bytes_used(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: RenderKey) -> PageImage | None:
        """The cached image, marked as most recently used; None when absent."""
        with self._lock:
            image = self._entries.get(key)
            if image is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return image

    def peek(self, key: RenderKey) -> PageImage | None:
        """Like ``get`` but without touching the LRU order or the statistics."""
        return self._entries.get(key)

    def put(self, key: RenderKey, image: PageImage) -> list[RenderKey]:
        """Store an image and return the keys evicted to make room.

        An image larger than the whole budget is not stored (it is still delivered to the caller).
        """
        size = image.nbytes
        evicted: list[RenderKey] = []
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes
            if size > self._max_bytes:
                return evicted
            while self._entries and self._bytes + size > self._max_bytes:
                victim, victim_image = self._entries.popitem(last=False)
                self._bytes -= victim_image.nbytes
                evicted.append(victim)
            self._entries[key] = image
            self._bytes += size
        return evicted

    def set_budget(self, max_bytes: int) -> list[RenderKey]:
        """Change the budget (e.g. from settings); evicts at once if the cache is now too full."""
        evicted: list[RenderKey] = []
        with self._lock:
            self._max_bytes = max(0, max_bytes)
            while self._entries and self._bytes > self._max_bytes:
                victim, victim_image = self._entries.popitem(last=False)
                self._bytes -= victim_image.nbytes
                evicted.append(victim)
        return evicted

    def discard(self, doc_key: DocKey | None = None) -> int:
        """Drop one document's pages (or everything); returns how many entries went."""
        with self._lock:
            if doc_key is None:
                count = len(self._entries)
                self._entries.clear()
                self._bytes = 0
                return count
            keys = [key for key in self._entries if key.doc_key == doc_key]
            for key in keys:
                self._bytes -= self._entries.pop(key).nbytes
            return len(keys)
