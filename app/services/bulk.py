"""Helpers for work on many rows at once (results of a large panel, merging many reviewer files)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause CPython's cycle collector while some 10^5 small objects are built and used.

    Why: every full collection walks all of them again; measured, that triples the parse time of a
    200-file merge (bench/bench_merge.py) and adds about a third to a 5,000-dossier panel's results
    (bench/bench_results.py). Nothing here makes reference cycles, reference counting still frees
    everything, and the collector is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
