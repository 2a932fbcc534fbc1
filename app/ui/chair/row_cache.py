"""The table rows of each state, built on the worker right after the state is read.

A page's row builder (``TableRows``) does the set-wise work over the whole state — the ids, flag
counts per dossier, the lookups — which at 50,000 dossiers (and ten times as many flags) is too
much for the GUI thread. The builders register here; ``prepare`` builds them for a new state on
the worker (``ChairContext`` calls it after each read), and ``rows_of`` hands a page the prepared
rows — or builds them there and then, when a state never went through the worker (tests). Only the
cells of the rows on screen are formatted later, on the GUI thread. Qt-free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar


class Prepared(Protocol):
    def prepare(self) -> None: ...

    def adopt(self, previous: Any) -> None: ...


R = TypeVar("R", bound=Prepared)

_builders: list[Callable[[Any], Prepared]] = []
_lock = threading.Lock()
_SLOT = "_table_rows"  # kept in the state's own __dict__, as functools.cached_property does: it goes with it


def register(builder: Callable[[Any], Prepared]) -> None:
    """Build ``builder(state)`` on the worker for every state read from now on."""
    with _lock:
        if builder not in _builders:
            _builders.append(builder)


def _entry(state: object) -> dict[Any, Prepared]:
    with _lock:
        built: dict[Any, Prepared] = vars(state).setdefault(_SLOT, {})
        return built


def forget(state: object) -> None:
    """Drop the rows kept for ``state`` (a newer state replaced it): they point back at the state, so
    keeping them would keep it alive until the collector's next full scan."""
    with _lock:
        vars(state).pop(_SLOT, None)


def rows_of(state: object, builder: Callable[[Any], R]) -> R:
    """``builder``'s rows for ``state``: the ones prepared on the worker, else built now."""
    built = _entry(state)
    rows = built.get(builder)
    if rows is None:
        rows = built[builder] = builder(state)
    return rows  # type: ignore[return-value]


def prepare(
    state: object, previous: object | None = None, builders: Sequence[Callable[[Any], Prepared]] | None = None
) -> None:
    """Build every registered builder's rows (or ``builders``') for ``state`` (worker thread). Rows
    whose ids are the same as ``previous``'s share them, so the GUI thread sees at once that the row
    set is the same."""
    if builders is None:
        with _lock:
            builders = list(_builders)
    old = _entry(previous) if previous is not None else {}
    for builder in builders:
        rows = rows_of(state, builder)
        rows.prepare()
        previous_rows = old.get(builder)
        if previous_rows is not None:
            rows.adopt(previous_rows)
