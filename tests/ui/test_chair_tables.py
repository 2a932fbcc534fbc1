"""The chair's big tables (model/view): row counts, sort order of points, counts and Chinese names,
the filter, a refresh that keeps the selection and scroll position, dataChanged against a reset.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.review.points import format_points
from app.services.chair_state import load_state
from app.services.changes import Area, Changes
from app.services.panel import Panel
from app.ui.chair import row_cache
from app.ui.chair.results_rows import DossierScoreRows, ProgressRows
from app.ui.chair.table_model import Cell, RowsView, TableRows, changed_dossiers, number_key, text_cell
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui, demo_master, demo_panel  # noqa: F401 (fixtures)

DESCENDING = Qt.SortOrder.DescendingOrder


class Rows(TableRows):
    """Rows of (id, name, points), points formatted as the pages format them."""

    def __init__(self, rows: Sequence[tuple[str, str, Decimal | None]]) -> None:
        self.rows = list(rows)
        self.ids = tuple(r[0] for r in self.rows)
        self.formatted: list[int] = []

    def cells(self, row: int) -> Sequence[Cell]:
        self.formatted.append(row)
        code, name, points = self.rows[row]
        return (
            text_cell(code),
            text_cell(name),
            text_cell(format_points(points) if points else "", number=True),
        )

    def sort_key(self, row: int, column: int) -> Any:
        return number_key(self.rows[row][2]) if column == 2 else self.rows[row][column]

    def search_text(self, row: int) -> str:
        return f"{self.rows[row][0]}\n{self.rows[row][1]}"


ROWS = [
    ("D1", "张家港市", Decimal("9.5")),
    ("D2", "常熟市", Decimal("10")),
    ("D3", "太仓市", None),
    ("D4", "昆山市", Decimal("86.25")),
    ("D5", "吴江区", Decimal("100")),
]


def column(view: RowsView, c: int) -> list[str]:
    model = view.rows_model
    return [str(model.index(r, c).data()) for r in range(model.rowCount())]


def make_view(qtbot: Any, rows: Rows) -> RowsView:
    view = RowsView(["编号", "名称", "得分"])
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show_rows(rows)
    return view


def signals(view: RowsView) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {"reset": [], "changed": [], "layout": []}
    model = view.rows_model
    model.modelReset.connect(lambda: seen["reset"].append(1))
    model.dataChanged.connect(lambda a, b, *_r: seen["changed"].append((a.row(), b.row())))
    model.layoutChanged.connect(lambda *_a: seen["layout"].append(1))
    return seen


def test_points_sort_as_numbers_and_the_missing_last(qtbot: Any) -> None:
    view = make_view(qtbot, Rows(ROWS))
    assert view.rows_model.rowCount() == 5 and view.rows_model.columnCount() == 3
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert column(view, 2) == ["9.5", "10", "86.25", "100", ""]  # as text, "10" < "9.5"
    view.sortByColumn(2, DESCENDING)
    assert column(view, 0) == ["D3", "D5", "D4", "D2", "D1"]
    assert view.rows_model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_chinese_names_sort_by_code_point_as_the_tables_did(qtbot: Any) -> None:
    view = make_view(qtbot, Rows(ROWS))
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(view, 1) == sorted(name for _c, name, _p in ROWS)  # str order: QString's code points
    assert column(view, 1)[0] == "吴江区"


def test_the_filter_narrows_by_case_number_or_name_and_keeps_the_sort(qtbot: Any) -> None:
    view = make_view(qtbot, Rows(ROWS))
    view.sortByColumn(2, DESCENDING)
    view.set_filter("市")
    assert column(view, 0) == ["D3", "D4", "D2", "D1"]
    view.set_filter(" d4 ")
    assert column(view, 0) == ["D4"] and view.rows_model.row_of("D1") == -1
    view.set_filter("")
    assert view.rows_model.rowCount() == 5


def test_only_the_rows_on_screen_are_formatted(qtbot: Any) -> None:
    many = Rows([(f"D{i}", f"候选{i}", Decimal(i)) for i in range(5000)])
    view = make_view(qtbot, many)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paints what is on screen
    assert 0 < len(set(many.formatted)) < 100


def test_a_refresh_of_the_same_rows_emits_data_changed_for_the_named_rows_only(qtbot: Any) -> None:
    view = make_view(qtbot, Rows(ROWS))
    view.choose("D4")
    seen = signals(view)
    changed = list(ROWS)
    changed[1] = ("D2", "常熟市", Decimal("55"))
    view.show_rows(Rows(changed), frozenset({"D2"}))
    assert seen["reset"] == [] and seen["changed"] == [(1, 1)]
    assert view.rows_model.index(1, 2).data() == "55"  # the cache of that row was dropped
    assert view.chosen_id() == "D4"
    view.show_rows(Rows(changed))  # not known which: every row, still no reset
    assert seen["reset"] == [] and seen["changed"][-1] == (0, 4)


def test_a_named_change_moves_its_row_when_the_table_is_sorted_by_it(qtbot: Any) -> None:
    view = make_view(qtbot, Rows(ROWS))
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    view.choose("D1")
    changed = [("D1", "张家港市", Decimal("99")), *ROWS[1:]]
    seen = signals(view)
    view.show_rows(Rows(changed), {"D1"})
    assert seen["reset"] == [] and seen["layout"] == [1]
    assert column(view, 0) == ["D2", "D4", "D1", "D5", "D3"]
    assert view.chosen_id() == "D1"  # the selection followed the row


def test_a_new_row_set_resets_and_keeps_the_chosen_row_and_the_scroll(qtbot: Any) -> None:
    rows = [(f"D{i:04d}", f"候选{i}", Decimal(i)) for i in range(2000)]
    view = make_view(qtbot, Rows(rows))
    view.show()
    qtbot.waitExposed(view)
    view.choose("D0500")
    top = view.verticalScrollBar().value()
    assert top > 0
    seen = signals(view)
    view.show_rows(Rows([("D9999", "新", None), *rows]))  # one more dossier: a new row set
    assert seen["reset"] == [1]
    assert view.chosen_id() == "D0500" and view.verticalScrollBar().value() == top


def test_which_changes_narrow_the_redraw_to_dossiers() -> None:
    assert changed_dossiers(None) is None
    assert changed_dossiers(Changes.of(Area.SCORES)) is None  # any dossier
    assert changed_dossiers(Changes.of(Area.MODERATION, ["D1"])) == {"D1"}
    assert changed_dossiers(Changes.of(Area.ROSTER | Area.MODERATION, ["D1"])) is None  # names may change


def test_the_results_rows_of_a_real_panel(qtbot: Any, demo_panel: Path, chinese_ui: None) -> None:
    with Panel.open(demo_panel) as panel:
        state = load_state(panel)
    view = RowsView([str(c) for c in range(9)])
    qtbot.addWidget(view)
    rows = DossierScoreRows(state)
    view.show_rows(rows)
    assert view.rows_model.rowCount() == len(state.dossiers) == 16
    view.sortByColumn(7, DESCENDING)  # final scores, as numbers
    finals = [o.result.final for o in state.results.dossiers if o.result.final is not None]
    shown = [view.rows_model.index(r, 7).data().rstrip("*") for r in range(len(finals))]
    assert shown == [format_points(f) for f in sorted(finals, reverse=True)]
    first = view.rows_model.id_at(0)
    assert view.rows_model.index(0, 0).data(Qt.ItemDataRole.UserRole) == first
    progress = RowsView([str(c) for c in range(8)])
    qtbot.addWidget(progress)
    progress.show_rows(ProgressRows(state))
    progress.sortByColumn(2, DESCENDING)  # assigned, as integers
    assigned = [int(progress.rows_model.index(r, 2).data()) for r in range(progress.rows_model.rowCount())]
    assert assigned == sorted(assigned, reverse=True) and len(assigned) == len(state.progress)
    assert progress.rows_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not progress.rows_model.index(0, 0).parent().isValid()
    assert progress.rows_model.rowCount(progress.rows_model.index(0, 0)) == 0
    assert QModelIndex() == progress.rows_model.index(0, 0).parent()


def test_the_results_page_opens_a_dossier_and_filters(make_chair: ChairFactory, demo_panel: Path) -> None:
    window = make_chair()
    window.open_panel(demo_panel)
    window.nav.setCurrentRow(5)
    results = window.results
    assert len(results.shown_dossiers) == 16
    opened: list[tuple[str, object]] = []
    results.open_flag = lambda code, flag: opened.append((code, flag))
    results.dossiers.doubleClicked.emit(results.dossiers.rows_model.index(3, 0))
    assert opened and opened[0][0] == results.shown_dossiers[3]
    case = str(results.dossiers.rows_model.index(3, 0).data())
    results.dossiers_filter.setText(case)
    assert results.shown_dossiers == [opened[0][0]]


def test_the_assignment_matrix_works_out_only_the_cells_shown(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    window = make_chair()
    window.open_panel(demo_panel)
    window.nav.setCurrentRow(2)
    matrix = window.reviewers.matrix
    state = window.context.state
    assert state is not None
    model = matrix.matrix
    assert model.rowCount() == len(state.dossiers) and model.columnCount() == len(state.reviewers)
    assert len(model._cells) < model.rowCount() * model.columnCount()  # not every pair up front
    pair = state.assignments[0]
    row, column = model.position(pair.reviewer_id, pair.dossier_id)
    assert matrix.text_at(row, column) in {"已分配", "手动", "已开始", "冲突"}
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    matrix.setCurrentIndex(model.index(row, column))
    matrix.set_state(state)  # same dossiers and reviewers: no reset, the chosen cell stays
    assert resets == [] and matrix.currentIndex().row() == row
    assert window.reviewers.table.rows_model.rowCount() == len(state.reviewers)


class FakeState:
    def __init__(self, rows: Sequence[tuple[str, str, Decimal | None]]) -> None:
        self.rows = rows


def rows_of_fake(state: FakeState) -> Rows:
    return Rows(state.rows)


def test_rows_prepared_on_the_worker_are_the_ones_the_page_gets(qtbot: Any) -> None:
    first, second = FakeState(ROWS), FakeState(list(ROWS))
    row_cache.prepare(first, builders=[rows_of_fake])
    prepared = row_cache.rows_of(first, rows_of_fake)
    assert row_cache.rows_of(first, rows_of_fake) is prepared and prepared.index["D3"] == 2
    row_cache.prepare(
        second, first, [rows_of_fake]
    )  # the same ids: shared, so the GUI thread sees it at once
    assert row_cache.rows_of(second, rows_of_fake).ids is prepared.ids
    third = FakeState([*ROWS, ("D6", "新", None)])
    assert row_cache.rows_of(third, rows_of_fake).fingerprint != prepared.fingerprint  # built on demand
    view = make_view(qtbot, prepared)
    seen = signals(view)
    view.show_rows(row_cache.rows_of(second, rows_of_fake))
    assert seen["reset"] == []
    view.show_rows(row_cache.rows_of(third, rows_of_fake))
    assert seen["reset"] == [1]
