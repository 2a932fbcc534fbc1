"""Process-wide interpreter switches, each set only for the span that needs it and then restored.

``gc.disable``, ``gc.freeze`` and ``sys.setswitchinterval`` change the whole process, every thread of it.
Left set, they change work that never asked for them (a collector that stays off lets reference cycles
pile up; a 1 ms switch interval taxes every thread for the rest of the run). So each one here is a
context manager that remembers the value it found and puts it back in ``finally`` - on an exception
too. Code that holds a span across events (a window while a panel is open, a runner while it is
busy) enters it through a ``contextlib.ExitStack`` and closes the stack when the span ends.
"""

from __future__ import annotations

import gc
import sys
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


@contextmanager
def switch_interval(seconds: float) -> Iterator[None]:
    """Hand the interpreter lock between threads at most every ``seconds`` (never longer than now).

    Why: while a worker thread runs Python code, every event reaching a widget made in Python needs
    the lock back; at CPython's default 5 ms each hand-over can wait 5 ms, and a relayout needs dozens
    (bench/bench_import_responsiveness.py). The worker pays a little in extra switching - which is
    why this is for the span a worker is busy, not for the life of the process.
    """
    before = sys.getswitchinterval()
    if before > seconds:
        sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@contextmanager
def heap_frozen() -> Iterator[None]:
    """Move every object alive now out of the collector's full scans until the span ends.

    Why: a large panel's loaded state (10^5-10^6 objects) lives as long as the panel is open, and each
    full collection would walk all of it again. When the span ends (the panel is closed) the objects
    go back to the collector, so cycles among them are collected again. If something outside already
    froze objects, they are left frozen (``gc.unfreeze`` cannot unfreeze only ours).
    """
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if frozen_before == 0:
            gc.unfreeze()


def keep_frozen() -> None:
    """Inside a ``heap_frozen`` span, move what was made since into it too (no-op outside one).

    Why: a chair's read after a merge or an import makes the panel's state anew (10^6 objects); left
    to the collector, its next full collection walks them all while holding the interpreter lock —
    measured 0.9-2 s without a tick of the window's 1 ms heartbeat (bench/bench_chair_window.py).
    Call it with the collector paused, right after the long-lived objects were made."""
    if gc.get_freeze_count():
        gc.freeze()
