"""GUI-thread time of the chair's big tables (issue 16): showing and refreshing the results page, the
dossiers page and the reviewers page at 5,000 and 50,000 dossiers, against bare Qt fills of the same
rows in the same run.

How it measures: everything runs on this (the GUI) thread, so the wall time of a call is GUI-thread
time. A figure is ``set_state`` plus the posted events and one synchronous repaint of the page (the
rows on screen are formatted then), best of 3. The pages are shown (offscreen Qt unless
``QT_QPA_PLATFORM`` says otherwise) at 1280×700 with the Chinese translations installed.

The 5,000-dossier state is read once from the bench panel of ``bench_results.py`` (5,000 dossiers,
200 reviewers, 3 reviews a dossier, 40 items), with the assignments its reviews imply. The 50,000
one is made from it (building a real 50,000-dossier panel takes too long here): every dossier, its
outcome, file, flags and assignments copied 10× under new codes and case numbers; the candidates,
the ranking and the composition check stay those of 5,000.

The worker's part is done before the clock starts, as in the program: after each read
``ChairContext`` builds the pages' rows (``row_cache.prepare``) on the worker; its time is printed
as "(worker)" — it holds the worker, not the GUI thread.

Refreshes: "moderation" — a state where one dossier's final score changed, with the ``Changes``
naming it (MODERATION, that dossier); "everything" — the same rows with ``EVERYTHING`` changed
(every row redrawn, no reset); "new row" — one more dossier (the row set changes: reset).
Bare: a ``QTableWidget`` filled with the same texts (formatted before the clock starts) and a
minimal ``QAbstractTableModel`` over the same texts (reset + repaint): Qt's own floor.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_chair_tables.py``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from bench_results import build
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QTableWidgetItem, QWidget

from app.review.scoring import Role
from app.services.assignment import AssignmentRow
from app.services.chair_state import ChairState, load_state
from app.services.changes import EVERYTHING, Area, Changes
from app.services.panel import Panel
from app.ui.chair import row_cache
from app.ui.chair.context import ChairContext
from app.ui.chair.dossiers_page import DossiersPage
from app.ui.chair.results_page import ResultsPage
from app.ui.chair.results_rows import DossierScoreRows
from app.ui.chair.reviewers_page import ReviewersPage
from app.ui.chair.widgets import ChairPage
from app.ui.shared.application import install_translators
from app.ui.shared.tasks import TaskRunner

SIZE = (1280, 700)
REPEATS = 3


def with_assignments(state: ChairState) -> ChairState:
    """The assignments the reviews imply (the bench panel writes reviews, not assignment rows)."""
    now = datetime.now()
    names = state.reviewer_names
    roles = {r.id: r.role for r in state.reviewers}
    rows = [
        AssignmentRow(
            r.reviewer_id,
            names.get(r.reviewer_id, ""),
            roles.get(r.reviewer_id, Role.EXPERT),
            o.dossier.id,
            o.dossier.candidate_id,
            False,
            None,
            now,
            True,
        )
        for o in state.results.dossiers
        for r in o.result.reviewers
    ]
    load: dict[str, int] = {}
    for row in rows:
        load[row.reviewer_id] = load.get(row.reviewer_id, 0) + 1
    return replace(state, assignments=tuple(rows), load=load)


def scaled(state: ChairState, times: int) -> ChairState:
    """``state`` with every dossier (outcome, file, flags, assignments) copied ``times``× under new codes."""

    def copies(code: str) -> list[str]:
        return [code if k == 0 else f"{code}-{k}" for k in range(times)]

    dossiers = [
        replace(d, id=c, case_number=f"{d.case_number}-{k}" if k else d.case_number)
        for d in state.dossiers
        for k, c in enumerate(copies(d.id))
    ]
    by_code = {d.id: d for d in dossiers}
    outcomes = [replace(o, dossier=by_code[c]) for o in state.results.dossiers for c in copies(o.dossier.id)]
    files = {c: f for code, f in state.files.items() for c in copies(code)}
    flags = [replace(f, dossier_id=c) for f in state.flags for c in copies(f.dossier_id)]
    rows = [replace(a, dossier_id=c) for a in state.assignments for c in copies(a.dossier_id)]
    load = {r: n * times for r, n in state.load.items()}
    return replace(
        state,
        dossiers=tuple(dossiers),
        files=files,
        results=replace(state.results, dossiers=tuple(outcomes)),
        flags=tuple(flags),
        assignments=tuple(rows),
        load=load,
    )


def moderated(state: ChairState) -> tuple[ChairState, Changes]:
    """The state after the chair settled one dossier's score: its final changed, the rest the same."""
    outcomes = list(state.results.dossiers)
    middle = len(outcomes) // 2
    one = outcomes[middle]
    outcomes[middle] = replace(one, result=replace(one.result, final=Fraction(7777, 100), moderated=True))
    new = replace(state, results=replace(state.results, dossiers=tuple(outcomes)))
    return new, Changes.of(Area.MODERATION, [one.dossier.id])


def one_more(state: ChairState) -> ChairState:
    """The state after one more dossier came in: the row set changes."""
    first = state.results.dossiers[0]
    extra = replace(first, dossier=replace(first.dossier, id="EXTRA", case_number="罚〔2026〕新号"))
    return replace(
        state,
        dossiers=(*state.dossiers, extra.dossier),
        results=replace(state.results, dossiers=(*state.results.dossiers, extra)),
    )


def timed(app: QApplication, widget: QWidget, work: Callable[[], object]) -> float:
    """Milliseconds of ``work`` plus the posted events and one repaint of ``widget``."""
    started = time.perf_counter()
    work()
    app.processEvents()
    widget.repaint()
    return (time.perf_counter() - started) * 1000


def best(app: QApplication, make: Callable[[], tuple[QWidget, Callable[[], object]]]) -> float:
    figures = []
    for _ in range(REPEATS):
        widget, work = make()
        figures.append(timed(app, widget, work))
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return min(figures)


def prepared(state: ChairState, previous: ChairState | None = None) -> float:
    """What the worker does after each read: the pages' rows for ``state`` (ms, not GUI-thread time)."""
    started = time.perf_counter()
    row_cache.prepare(state, previous)
    return (time.perf_counter() - started) * 1000


def page_figures(
    app: QApplication, kind: type[ChairPage], state: ChairState, after: ChairState, extra: ChairState
) -> dict[str, float]:
    _, changes = moderated(state)
    context = ChairContext(TaskRunner(synchronous=True), lambda _kind, _text: None)
    context.state = state

    def page() -> ChairPage:
        made: ChairPage
        if kind is ResultsPage:
            made = ResultsPage(context, lambda _code, _flag: None)
        elif kind is DossiersPage:
            made = DossiersPage(context, lambda: None)
            made.tabs.setCurrentIndex(1)  # the dossiers' table (the composition tree is timed apart)
        else:
            made = ReviewersPage(context)
        made.resize(*SIZE)
        made.show()
        app.processEvents()
        return made

    def shown(then: Callable[[ChairPage], object]) -> tuple[QWidget, Callable[[], object]]:
        made = page()
        made.set_state(state, EVERYTHING)
        app.processEvents()
        made.repaint()
        return made, lambda: then(made)

    figures = {
        "show": best(app, lambda: (lambda p: (p, lambda: p.set_state(state, EVERYTHING)))(page())),
        "refresh: moderation": best(app, lambda: shown(lambda p: p.set_state(after, changes))),
        "refresh: everything": best(app, lambda: shown(lambda p: p.set_state(after, EVERYTHING))),
        "refresh: new row": best(app, lambda: shown(lambda p: p.set_state(extra, EVERYTHING))),
    }
    if kind is ResultsPage:
        figures["sort by final"] = best(
            app, lambda: shown(lambda p: p.dossiers.sortByColumn(7, Qt.SortOrder.DescendingOrder))
        )
    if kind is DossiersPage:

        def composition(p: ChairPage) -> object:
            assert isinstance(p, DossiersPage)
            p.tabs.setCurrentIndex(0)
            return p.set_state(state, EVERYTHING)

        figures["show (composition tab)"] = best(app, lambda: shown(composition))
    return figures


class BareModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def data(self, index: Any, role: int = 0) -> Any:
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None


def bare_figures(app: QApplication, state: ChairState) -> dict[str, float]:
    builder = DossierScoreRows(state)
    texts = [tuple(c.text for c in builder.cells(r)) for r in range(len(builder))]

    def widget_fill() -> tuple[QWidget, Callable[[], object]]:
        table = QTableWidget(0, 9)
        table.resize(*SIZE)
        table.show()
        app.processEvents()

        def fill() -> None:
            table.setRowCount(len(texts))
            for r, row in enumerate(texts):
                for c, text in enumerate(row):
                    table.setItem(r, c, QTableWidgetItem(text))

        return table, fill

    def model_fill() -> tuple[QWidget, Callable[[], object]]:
        view = QTableView()
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        return view, lambda: view.setModel(BareModel(texts))

    return {
        "bare QTableWidget fill": best(app, widget_fill),
        "bare model + QTableView": best(app, model_fill),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        panel = build(Path(tmp) / "bench.dpanel", random.Random(20261123))
        panel.close()
        with Panel.open(Path(tmp) / "bench.dpanel") as panel:
            t1 = time.perf_counter()
            base = with_assignments(load_state(panel))
            t2 = time.perf_counter()
    print(f"bench panel built in {t1 - t0:.1f} s, its state read in {t2 - t1:.1f} s (once, reused)")
    states = {"5,000": base, "50,000": scaled(base, 10)}
    print("| dossiers | page | step | GUI-thread ms |")
    print("|---|---|---|---|")
    for label, state in states.items():
        after, extra = moderated(state)[0], one_more(state)
        worker = [prepared(state), prepared(after, state), prepared(extra, state)]
        print(f"| {label} | (worker) | the pages' rows prepared after a read | {max(worker):.1f} |")
        for kind in (ResultsPage, DossiersPage, ReviewersPage):
            for step, ms in page_figures(app, kind, state, after, extra).items():
                print(f"| {label} | {kind.__name__} | {step} | {ms:.1f} |", flush=True)
        for step, ms in bare_figures(app, state).items():
            print(f"| {label} | results' rows | {step} | {ms:.1f} |", flush=True)


if __name__ == "__main__":
    main()
