"""The chair's big tables as model/view: size costs nothing on the GUI thread.

A page hands the table a ``TableRows`` (a widget-free row builder over the ``ChairState``: one row per
dossier, flag, reviewer…). The model formats a row only when the view asks for it — the rows on
screen — and keeps the cells until the row changes, so showing 50,000 dossiers formats ~30 of them.

Sorting and filtering are done here rather than by a ``QSortFilterProxyModel``: that proxy calls the
model's Python ``data()`` for every comparison (O(n log n) calls, seconds at 50,000 rows). Here each
sortable column gives a plain Python key per row (points as numbers, ranks as integers, names by code
point like the tables sorted before), built once per column and state, and a sort is one ``sorted``.

``show_rows`` on a new state keeps the selection and the scroll position: the same rows (same ids, same
order) only emit ``dataChanged`` — for the rows named changed when known, else for all — and the
model is reset only when the row set changes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from app.services.changes import Area, Changes
from app.ui.chair.widgets import TONE_BACKGROUNDS, TONE_COLOURS, Tone, tone_icon

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's id (a dossier code, a reviewer id …)
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RIGHT_VALUE = int(RIGHT.value)
# The roles, looked up once: an enum member's attribute lookup costs more than the rest of data().
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
DECORATION, FOREGROUND = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole
BACKGROUND, ALIGNMENT = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole
# Emitting dataChanged row by row is worth it for a few rows; beyond that one range is cheaper.
FEW_ROWS = 64


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as shown: its text, tooltip (default: the text), tone (icon and colours), alignment."""

    text: str = ""
    tooltip: str = ""
    tone: Tone | None = None
    number: bool = False


def text_cell(text: object, tooltip: str = "", *, number: bool = False) -> Cell:
    return Cell("" if text is None else str(text), tooltip, None, number)


def status_cell(tone: Tone, word: str, tooltip: str = "") -> Cell:
    return Cell(word, tooltip, tone)


def number_key(value: Any) -> tuple[bool, float, Any]:
    """A sort key for an optional number (points as ``Fraction``/``Decimal``, counts as ``int``):
    numbers in order, the missing ones after them. The float comes first so that most comparisons
    are float ones (a ``Fraction`` comparison is ~20× slower); the exact value settles equal floats."""
    if value is None:
        return (True, 0.0, 0)
    return (False, float(value), value)


class TableRows:
    """The rows of one table for one state: ``ids`` in the state's order, cells and keys on demand.

    The constructor does the set-wise work over the state and runs on the worker (``row_cache``);
    subclasses format cells with the existing wording functions; nothing here touches a widget."""

    ids: Sequence[str] = ()

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def fingerprint(self) -> tuple[int, int]:
        """Tells two row sets apart without comparing every id on the GUI thread."""
        return (len(self.ids), hash(tuple(self.ids)))

    @cached_property
    def index(self) -> dict[str, int]:
        """id -> row (the first row, should an id repeat)."""
        found: dict[str, int] = {}
        for row, row_id in enumerate(self.ids):
            found.setdefault(row_id, row)
        return found

    def prepare(self) -> None:
        """Work out on the worker what the GUI thread would otherwise work out over every row."""
        _ = self.fingerprint, self.index

    def adopt(self, previous: TableRows) -> None:
        """Share ``previous``'s ids when they are the same rows (the GUI thread then sees it at once)."""
        if type(previous) is type(self) and previous.fingerprint == self.fingerprint:
            self.ids, self.__dict__["index"] = previous.ids, previous.index

    def same_rows(self, other: TableRows | None) -> bool:
        return other is not None and (other.ids is self.ids or other.fingerprint == self.fingerprint)

    def cells(self, row: int) -> Sequence[Cell]:
        raise NotImplementedError

    def sort_key(self, row: int, column: int) -> Any:
        """The key ``column`` sorts ``row`` by; by default its text (formats the row)."""
        return self.cells(row)[column].text

    def search_text(self, row: int) -> str:
        """What the filter box looks in; by default the row's id."""
        return self.ids[row]


class _Tones:
    """Icons and brushes made once per tone."""

    def __init__(self) -> None:
        self.icons: dict[Tone, QIcon] = {}
        self.foregrounds = {tone: QBrush(QColor(colour)) for tone, colour in TONE_COLOURS.items()}
        self.backgrounds = {tone: QBrush(QColor(colour)) for tone, colour in TONE_BACKGROUNDS.items()}

    def icon(self, tone: Tone) -> QIcon:
        if tone not in self.icons:
            self.icons[tone] = tone_icon(tone)
        return self.icons[tone]


_tones: _Tones | None = None


def tones() -> _Tones:
    global _tones
    if _tones is None:
        _tones = _Tones()
    return _tones


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: TableRows | None = None
        self.order: Sequence[int] = range(0)  # view row -> source row (after filter and sort)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.filter_text = ""
        self._cells: dict[int, Sequence[Cell]] = {}
        self._keys: dict[int, list[Any]] = {}  # column -> key of each source row
        self._position: dict[int, int] | None = None  # source row -> view row (built when asked)

    # ------------------------------------------------------------------ Qt's side
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self.rows
        if rows is None or not index.isValid():
            return None
        source = self.order[index.row()]
        if role == ID_ROLE:
            return rows.ids[source]
        cells = self._cells.get(source)
        if cells is None:
            cells = self._cells[source] = rows.cells(source)
        cell = cells[index.column()]
        if role == DISPLAY:
            return cell.text
        if role == TOOLTIP:
            return cell.tooltip or cell.text
        if cell.tone is not None:
            if role == DECORATION:
                return tones().icon(cell.tone)
            if role == FOREGROUND:
                return tones().foregrounds[cell.tone]
            if role == BACKGROUND:
                return tones().backgrounds[cell.tone]
        if role == ALIGNMENT and cell.number:
            return RIGHT_VALUE
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._relayout(self._ordered())

    # ------------------------------------------------------------------ the pages' side
    def cell(self, source: int, column: int) -> Cell:
        cells = self._cells.get(source)
        if cells is None:
            assert self.rows is not None
            cells = self._cells[source] = self.rows.cells(source)
        return cells[column]

    def id_at(self, row: int) -> str | None:
        return (
            self.rows.ids[self.order[row]] if self.rows is not None and 0 <= row < len(self.order) else None
        )

    def row_of(self, row_id: str) -> int:
        """The view row showing ``row_id``, or -1 (not there or filtered out)."""
        source = self.rows.index.get(row_id) if self.rows is not None else None
        if source is None:
            return -1
        if isinstance(self.order, range):
            return source if source < len(self.order) else -1
        if self._position is None:
            self._position = {s: r for r, s in enumerate(self.order)}
        return self._position.get(source, -1)

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._relayout(self._ordered())

    def set_rows(self, rows: TableRows, changed: Collection[str] | None = None) -> bool:
        """Show ``rows``; ``changed``: the ids whose rows changed, when known. True: the model was reset."""
        old = self.rows
        if not rows.same_rows(old):
            self.beginResetModel()
            self.rows = rows
            self._cells, self._keys = {}, {}
            self.order = self._ordered()
            self._position = None
            self.endResetModel()
            return True
        self.rows = rows
        if changed is None:
            self._cells, self._keys = {}, {}
            sources: list[int] | None = None
        else:
            sources = [rows.index[c] for c in changed if c in rows.index]
            for source in sources:
                self._cells.pop(source, None)
            for column, keys in self._keys.items():
                for source in sources:
                    keys[source] = rows.sort_key(source, column)
        if self.sort_column >= 0 or self.filter_text:
            self._relayout(self._ordered())
        self._rows_changed(sources)
        return False

    # ------------------------------------------------------------------ internals
    def _ordered(self) -> Sequence[int]:
        rows = self.rows
        if rows is None:
            return range(0)
        order: Sequence[int] = range(len(rows.ids))
        if self.filter_text:
            needle = self.filter_text.casefold()
            order = [s for s in order if needle in rows.search_text(s).casefold()]
        if 0 <= self.sort_column < len(self.headers):
            keys = self._keys.get(self.sort_column)
            if keys is None:
                column = self.sort_column
                keys = self._keys[column] = [rows.sort_key(s, column) for s in range(len(rows.ids))]
            descending = self.sort_order == Qt.SortOrder.DescendingOrder
            return sorted(order, key=keys.__getitem__, reverse=descending)
        return order

    def _relayout(self, order: Sequence[int]) -> None:
        if order is self.order or order == self.order:
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        sources = [(self.order[i.row()], i.column()) for i in kept]
        self.order = order
        self._position = None
        moved = []
        for source, column in sources:
            row = self.row_of(self.rows.ids[source]) if self.rows is not None else -1
            moved.append(self.index(row, column) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _rows_changed(self, sources: list[int] | None) -> None:
        last = self.columnCount() - 1
        if not self.order or last < 0:
            return
        if sources is None or len(sources) > FEW_ROWS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.order) - 1, last))
            return
        for source in sources:
            row = self.row_of(self.rows.ids[source]) if self.rows is not None else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))


class RowsView(QTableView):
    """A read-only table over a ``RowsModel`` that selects whole rows, as ``make_table`` did."""

    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None = None,
        *,
        stretch: int = -1,
        sortable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch == -1)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(sortable)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSortingEnabled(sortable)

    def fit_columns(self, widths: Sequence[int]) -> None:
        for column, width in enumerate(widths):
            if width > 0:
                self.setColumnWidth(column, width)

    def show_rows(self, rows: TableRows, changed: Collection[str] | None = None) -> None:
        """Show a new state's rows, keeping the chosen row and the scroll position."""
        chosen = self.chosen_id()
        top = self.verticalScrollBar().value()
        left = self.horizontalScrollBar().value()
        if not self.rows_model.set_rows(rows, changed):
            return  # same rows: the selection and scroll stayed where they were
        self.updateGeometries()  # the scroll range for the new row count, before restoring
        if chosen is not None:
            self.choose(chosen, scroll=False)
        self.verticalScrollBar().setValue(top)
        self.horizontalScrollBar().setValue(left)

    def set_filter(self, text: str) -> None:
        self.rows_model.set_filter(text)

    def chosen_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def chosen_id(self) -> str | None:
        return self.rows_model.id_at(self.chosen_row())

    def choose(self, row_id: str, *, scroll: bool = True) -> bool:
        row = self.rows_model.row_of(row_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(self.rows_model.index(row, 0), flags)
        if scroll:
            self.scrollTo(self.rows_model.index(row, 0))
        return True

    def id_at(self, index: QModelIndex) -> str | None:
        return self.rows_model.id_at(index.row()) if index.isValid() else None


def filter_box(view: RowsView, placeholder: str, parent: QWidget | None = None) -> QLineEdit:
    """A line that narrows ``view`` to the rows whose search text holds what is typed."""
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(view.set_filter)
    return box


def changed_dossiers(changes: Changes | None) -> frozenset[str] | None:
    """The dossiers whose rows an action changed, or None when it may have changed any row
    (not known, or it touched the panel's settings or roster: names, types, files)."""
    if changes is None or not changes.dossiers or changes.touches(Area.PANEL | Area.ROSTER):
        return None
    return changes.dossiers
