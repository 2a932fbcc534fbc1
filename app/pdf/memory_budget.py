"""How much memory rendered pages may take, from what the view shows and what the machine has.

Two budgets (issue 16; they were a fixed 96 MiB each, on top of ~173 MiB of empty processes):

* the GUI process's page cache (``PageCache``): enough for the pages on screen, the pages prefetched
  around them and a few to scroll back to - ``CACHED_PAGES`` pages at the size the view renders them
  (a fit-width scan page at 900 px is ~4.6 MB of paint-ready pixels, so ~55 MB), but never more
  than ``1/MEMORY_SHARE`` of the machine's memory, and never fewer than the pages of one view
  update (``MIN_PAGES``) so that prefetching still works on a small machine;
* MuPDF's store in the render process (decoded images and fonts, emptied when the process grows past
  it): a couple of decoded scans (2000 × 2800 px is 16.8 MB), so a zoom change re-renders the pages on
  screen from decoded images, again within a share of the machine's memory.

Nothing here imports Qt or MuPDF.
"""

from __future__ import annotations

import os
import sys

CACHED_PAGES = 12
"""Pages the cache holds: up to 2 on screen + 2 prefetched each side + a few scrolled past."""
MIN_PAGES = 6
"""Never fewer: ``request_view`` prefetches only within half the budget."""
MEMORY_SHARE = 64
"""The page cache takes at most 1/64 of the machine's memory (64 MiB on a 4 GiB laptop)."""
FALLBACK_PHYSICAL = 4 << 30
"""Assumed when the machine's memory cannot be read: a small laptop."""
STORE_IMAGES = 2
DECODED_SCAN_BYTES = 2000 * 2800 * 3
STORE_SHARE = 128
MIN_STORE_BYTES = 16 << 20


def physical_memory() -> int | None:
    """Bytes of RAM in this machine, or None where it cannot be read."""
    if sys.platform == "win32":
        return _windows_physical_memory()
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return pages * page_size if pages > 0 and page_size > 0 else None


def _windows_physical_memory() -> int | None:
    import ctypes
    from ctypes import wintypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("dwLength", wintypes.DWORD),
            ("dwMemoryLoad", wintypes.DWORD),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        if not kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return None
    except (OSError, AttributeError):
        return None
    return int(status.ullTotalPhys)


def page_cache_budget(page_bytes: int, physical: int | None = None) -> int:
    """Bytes the page cache may hold when the view renders pages of ``page_bytes`` each."""
    machine = physical if physical is not None else (physical_memory() or FALLBACK_PHYSICAL)
    page_bytes = max(1, page_bytes)
    wanted = min(page_bytes * CACHED_PAGES, machine // MEMORY_SHARE)
    return max(page_bytes * MIN_PAGES, wanted)


def default_page_cache_budget(physical: int | None = None) -> int:
    """Before any page size is known: the budget for fit-width scan pages at 900 px (~4.6 MB)."""
    return page_cache_budget(900 * 1273 * 4, physical)


def store_budget(physical: int | None = None) -> int:
    """Bytes MuPDF's store may add to the render process before it is emptied."""
    machine = physical if physical is not None else (physical_memory() or FALLBACK_PHYSICAL)
    return max(MIN_STORE_BYTES, min(STORE_IMAGES * DECODED_SCAN_BYTES, machine // STORE_SHARE))
