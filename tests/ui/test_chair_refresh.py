"""What the chair's window redraws after an operation, and how reads of the state queue up: a page is
redrawn only for a change to an area it shows; changes that come while a read is under way are read
together once it is back; a read begun before a newer panel (or a newer read) never replaces it."""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.services import chair_ops
from app.services.chair_state import ChairState, load_state
from app.services.changes import EVERYTHING, Area, Changes
from app.services.panel import Panel
from app.ui.chair import context as context_module
from app.ui.chair.chair_window import ChairWindow
from app.ui.chair.context import ChairContext
from app.ui.shared.tasks import TaskRunner
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui, demo_master, demo_panel  # noqa: F401 (fixtures)

PAGES = ("overview", "dossiers", "reviewers", "packages", "merge", "results", "export")


def count_redraws(window: ChairWindow) -> dict[str, list[Changes]]:
    """Each page's ``set_state`` calls from now on, with the changes it was given."""
    calls: dict[str, list[Changes]] = {name: [] for name in PAGES}
    for name in PAGES:
        page = getattr(window, name)
        real = page.set_state

        def spy(state: Any, changes: Changes = EVERYTHING, name: str = name, real: Any = real) -> None:
            calls[name].append(changes)
            real(state, changes)

        page.set_state = spy
    return calls


def open_every_page(window: ChairWindow, panel: Path) -> None:
    """Open the panel and show each page once, so none is left to fill from the opening."""
    window.open_panel(panel)
    for row in range(7):
        window.nav.setCurrentRow(row)
    assert not window.stale


def moderate(window: ChairWindow, code: str, points: str = "80") -> None:
    window.context.run_quick(
        "moderation",
        lambda panel: chair_ops.settle_dossier(panel, code, expert_score=Decimal(points), reason="复核"),
    )


def test_a_moderation_redraws_the_results_not_the_packages(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    window = make_chair()
    open_every_page(window, demo_panel)
    window.nav.setCurrentRow(5)  # the results page in view
    calls = count_redraws(window)
    state = window.context.state
    assert state is not None
    moderate(window, state.dossiers[0].id)
    assert [c.areas for c in calls["results"]] == [Area.MODERATION | Area.AUDIT]
    for row in range(7):  # every page comes into view; only those showing a moderation redraw
        window.nav.setCurrentRow(row)
    redrawn = {name for name, seen in calls.items() if seen}
    assert redrawn == {"overview", "results"}
    assert not calls["packages"] and not calls["reviewers"] and not calls["export"]


def test_a_page_out_of_view_redraws_once_for_every_change_it_missed(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    window = make_chair()
    open_every_page(window, demo_panel)
    window.nav.setCurrentRow(3)  # packages in view
    calls = count_redraws(window)
    state = window.context.state
    assert state is not None
    moderate(window, state.dossiers[0].id)
    moderate(window, state.dossiers[1].id)
    assert not calls["results"] and not calls["packages"]
    window.nav.setCurrentRow(5)
    assert len(calls["results"]) == 1
    assert calls["results"][0].dossiers == {state.dossiers[0].id, state.dossiers[1].id}
    window.nav.setCurrentRow(3)
    assert not calls["packages"]


def test_an_unrelated_change_keeps_the_reviewers_selection_and_scroll(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    window = make_chair(size=(1366, 500))
    window.open_panel(demo_panel)
    window.nav.setCurrentRow(2)
    page = window.reviewers
    page.table.selectRow(3)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled, rows = bar.value(), page.table.rows_model.rows
    state = window.context.state
    assert state is not None
    moderate(window, state.dossiers[0].id)
    assert page.table.chosen_row() == 3 and bar.value() == scrolled
    assert page.table.rows_model.rows is rows  # the very rows: not filled again


def test_the_flag_dialog_reads_again_only_for_its_own_dossier(
    make_chair: ChairFactory, demo_panel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_chair()
    window.open_panel(demo_panel)
    state = window.context.state
    assert state is not None
    mine, other = state.dossiers[0].id, state.dossiers[1].id
    window.open_flag(mine, None)
    dialog = window.flag_dialog
    assert dialog is not None
    reads: list[str] = []
    real = dialog.load
    monkeypatch.setattr(dialog, "load", lambda: reads.append("read") or real())
    moderate(window, other)
    assert reads == []
    moderate(window, mine)
    assert reads == ["read"] and "80" in dialog.current.text()
    window.context.run_quick("packages", lambda panel: chair_ops.OpResult(None, Changes.of(Area.PACKAGES)))
    assert reads == ["read"]
    dialog.close()


# ---------------------------------------------------------------------- queued reads
class StepRunner(TaskRunner):
    """A worker the test drives: each task waits until ``step`` runs the oldest one."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.jobs: list[Callable[[], None]] = []

    def run(self, work: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
        def job() -> None:
            super(StepRunner, self).run(work, on_done, on_error)

        self.jobs.append(job)

    def step(self) -> None:
        self.jobs.pop(0)()


@pytest.fixture
def panel(demo_panel: Path) -> Any:
    opened = Panel.open(demo_panel)
    yield opened
    opened.close()


def reads_of(monkeypatch: pytest.MonkeyPatch) -> list[Changes]:
    seen: list[Changes] = []

    def counted(panel: Panel, previous: Any, changes: Changes) -> ChairState:
        seen.append(changes)
        return load_state(panel)

    monkeypatch.setattr(context_module, "read_state", counted)
    return seen


def test_changes_queued_during_a_read_are_read_together_once(
    qapp: Any, panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = StepRunner()
    context = ChairContext(runner, lambda *_a: None)
    context.set_panel(panel, load_state(panel))
    reads = reads_of(monkeypatch)
    shown: list[Changes] = []
    context.state_changed.connect(lambda _state, changes: shown.append(changes))
    context.refresh(Changes.of(Area.MODERATION, ["D1"]))
    context.refresh(Changes.of(Area.MODERATION, ["D2"]))
    context.refresh(Changes.of(Area.PACKAGES))
    assert len(runner.jobs) == 1  # one read under way, the rest wait for it
    runner.step()
    assert reads == [Changes.of(Area.MODERATION, ["D1"])]
    assert len(runner.jobs) == 2  # letting the state before go, and the two queued changes: one read
    runner.step()
    runner.step()
    assert reads[1] == Changes.of(Area.MODERATION | Area.PACKAGES)
    runner.step()
    assert shown == reads and not runner.jobs


def test_a_read_begun_before_another_panel_was_opened_is_dropped(
    qapp: Any, panel: Panel, demo_panel: Path, tmp_path: Path
) -> None:
    runner = StepRunner()
    context = ChairContext(runner, lambda *_a: None)
    context.set_panel(panel, load_state(panel))
    context.refresh(Changes.of(Area.SCORES))
    other_path = tmp_path / "other.dpanel"
    Panel.create(other_path, "xinjiang-2017", title="另一个评审").close()
    other = Panel.open(other_path)
    try:
        newer = load_state(other)
        shown: list[Any] = []
        context.set_panel(other, newer)
        context.state_changed.connect(lambda state, _changes: shown.append(state))
        while runner.jobs:
            runner.step()  # closes the first panel, delivers its old read
        assert context.state is newer and shown == []
        assert not context.reading
        context.refresh(Changes.of(Area.ROSTER))
        runner.step()
        assert shown and shown[-1].info.title == "另一个评审"
    finally:
        other.close()


def test_a_failed_read_is_read_again_with_the_next_change(
    qapp: Any, panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    runner = StepRunner()
    context = ChairContext(runner, lambda _kind, text: said.append(text))
    context.set_panel(panel, load_state(panel))
    seen: list[Changes] = []

    def flaky(panel: Panel, previous: Any, changes: Changes) -> ChairState:
        seen.append(changes)
        if len(seen) == 1:
            raise OSError("disk busy")
        return load_state(panel)

    monkeypatch.setattr(context_module, "read_state", flaky)
    context.refresh(Changes.of(Area.MODERATION, ["D1"]))
    runner.step()
    assert said and not runner.jobs  # said, and not tried again on its own
    context.refresh(Changes.of(Area.PACKAGES))
    runner.step()
    assert seen[1] == Changes.of(Area.MODERATION | Area.PACKAGES)


def test_refreshes_on_the_real_worker_thread_coalesce(
    qtbot: Any, panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = TaskRunner()
    try:
        context = ChairContext(runner, lambda *_a: None)
        context.set_panel(panel, load_state(panel))
        reads = reads_of(monkeypatch)
        shown: list[Changes] = []
        context.state_changed.connect(lambda _state, changes: shown.append(changes))
        for code in ("D1", "D2", "D3", "D4"):
            context.refresh(Changes.of(Area.MODERATION, [code]))
        qtbot.waitUntil(lambda: not context.reading and len(shown) == 2, timeout=20000)
        assert reads == shown
        assert reads[0].dossiers == {"D1"} and reads[1].dossiers == {"D2", "D3", "D4"}
    finally:
        runner.shutdown()


def test_a_new_state_joins_the_frozen_heap_and_only_inside_a_frozen_span(qapp: Any, panel: Panel) -> None:
    import gc

    from app.services.switches import heap_frozen

    def collected(state: object) -> bool:
        """In one of the collector's generations (not moved out of its scans)."""
        return any(o is state for o in gc.get_objects())

    runner = StepRunner()
    context = ChairContext(runner, lambda *_a: None)
    context.set_panel(panel, load_state(panel))
    context.refresh(Changes.of(Area.SCORES))
    runner.step()
    assert collected(context.state)  # nothing frozen outside a span
    with heap_frozen():
        context.refresh(Changes.of(Area.SCORES))
        while runner.jobs:
            runner.step()
        assert not collected(context.state)  # the new state: out of the full scans
    assert collected(context.state)


def test_a_replaced_state_is_let_go_on_the_worker_even_in_a_frozen_heap(
    qapp: Any, panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weakref

    from app.services.switches import heap_frozen
    from app.ui.chair import row_cache
    from app.ui.chair.results_rows import FlagRows

    runner = StepRunner()
    context = ChairContext(runner, lambda *_a: None)
    with heap_frozen():  # as the window keeps it: a cycle here would never be collected
        context.set_panel(panel, load_state(panel))
        context.refresh(Changes.of(Area.SCORES))
        while runner.jobs:
            runner.step()
        old = context.state
        assert old is not None
        row_cache.rows_of(old, FlagRows)  # rows that point back at their state
        gone = weakref.ref(old)
        del old
        context.refresh(Changes.of(Area.SCORES))
        runner.step()  # the read; the state before is handed to the worker to let go
        assert gone() is not None and len(runner.jobs) == 1
        runner.step()
        assert gone() is None
