"""The assignment matrix: one row per dossier, one column per reviewer, each cell a word and a colour.

Cells: 分配 (automatic), 手动 (the chair's), 已评 (review started, kept on re-runs), 冲突 (a pair the
region/unit rule bars, made by hand with a reason), 回避 (barred, so never assigned automatically),
已移除 (taken out by the chair). Each reviewer's column heading carries their load. A double-click
or the context menu asks to add or remove the pair; the page asks for the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.review.assignment import Conflict, rule_conflicts
from app.review.entities import DossierRecord
from app.review.scoring import Role
from app.services.chair_state import ChairState
from app.services.changes import Area
from app.services.panel import ReviewerRecord
from app.ui.chair.row_cache import register, rows_of
from app.ui.chair.wording import bar_word, conflict_text, join, role_word
from app.ui.shared import look
from app.ui.shared.look import translate


class Cell(Enum):
    EMPTY = "empty"
    AUTO = "auto"
    MANUAL = "manual"
    STARTED = "started"
    CONFLICT = "conflict"
    BARRED = "barred"
    REMOVED = "removed"


CELL_COLOURS = {
    Cell.AUTO: ("#2b6cb0", "#ebf4ff"),
    Cell.MANUAL: ("#2c5282", "#e2ecf9"),
    Cell.STARTED: ("#2f855a", "#f0fff4"),
    Cell.CONFLICT: ("#9c4221", "#feebc8"),
    Cell.BARRED: ("#7b8794", "#edf0f3"),
    Cell.REMOVED: ("#7b8794", "#ffffff"),
    Cell.EMPTY: ("#4a5568", "#ffffff"),
}


@dataclass(frozen=True)
class CellInfo:
    reviewer_id: str
    dossier_id: str
    kind: Cell
    assigned: bool
    barred: tuple[Conflict, ...]


Index = QModelIndex | QPersistentModelIndex
# The roles, looked up once: an enum member's attribute lookup costs more than the rest of data().
DISPLAY, TOOLTIP, FONT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole
FOREGROUND, BACKGROUND = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
ALIGNMENT, CENTRE = Qt.ItemDataRole.TextAlignmentRole, int(Qt.AlignmentFlag.AlignCenter.value)


class MatrixCells:
    """The lookups the matrix's cells are worked out from, for one state (built on the worker:
    ``row_cache``): dossiers down, reviewers across (experts first), the pairs, conflicts and
    exclusions by (reviewer, dossier)."""

    def __init__(self, state: ChairState) -> None:
        self.state = state
        self.reviewers = sorted(state.reviewers, key=lambda r: (r.role is not Role.EXPERT, r.id))
        self.dossiers = list(state.dossiers)
        self.names = state.candidate_names
        self.reviewer_names = state.reviewer_names
        self.candidates = {c.id: c for c in state.candidates}
        self.pairs = {(a.reviewer_id, a.dossier_id): a for a in state.assignments}
        self.conflicts: dict[tuple[str, str], list[Conflict]] = {}
        for conflict in state.conflicts:
            self.conflicts.setdefault((conflict.reviewer_id, conflict.dossier_id), []).append(conflict)
        self.removed = {(e.get("reviewer"), e.get("dossier")): e for e in state.exclusions}
        self.shape = (
            hash(tuple(r.id for r in self.reviewers)),
            hash(tuple(d.id for d in self.dossiers)),
            len(self.dossiers),
        )

    def prepare(self) -> None:
        """Everything is worked out in the constructor."""

    def adopt(self, previous: object) -> None:
        """Nothing to share: the shape is compared as it is."""


register(MatrixCells)


class MatrixModel(QAbstractTableModel):
    """Dossiers down, reviewers across; a cell's kind, word and tooltip worked out when it is shown
    (in the words of the ``AssignmentMatrix`` translation context they always had)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookups: MatrixCells | None = None
        self.reviewers: list[ReviewerRecord] = []
        self.dossiers: list[DossierRecord] = []
        self._cells: dict[tuple[int, int], tuple[CellInfo, str]] = {}
        self._brushes = {
            kind: (QBrush(QColor(f)), QBrush(QColor(b))) for kind, (f, b) in CELL_COLOURS.items()
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._words = self.words()

    def words(self) -> dict[Cell, str]:
        return {
            Cell.AUTO: translate("AssignmentMatrix", "Assigned"),
            Cell.MANUAL: translate("AssignmentMatrix", "By hand"),
            Cell.STARTED: translate("AssignmentMatrix", "Started"),
            Cell.CONFLICT: translate("AssignmentMatrix", "Conflict"),
            Cell.BARRED: translate("AssignmentMatrix", "Barred"),
            Cell.REMOVED: translate("AssignmentMatrix", "Removed"),
            Cell.EMPTY: "",
        }

    def set_state(self, state: ChairState) -> bool:
        """Show ``state``; True when the rows or columns changed (the model was reset)."""
        lookups = rows_of(state, MatrixCells)
        same = self.lookups is not None and self.lookups.shape == lookups.shape
        if not same:
            self.beginResetModel()
        self.lookups, self.reviewers, self.dossiers = lookups, lookups.reviewers, lookups.dossiers
        self._cells = {}
        self._words = self.words()
        if not same:
            self.endResetModel()
            return True
        if self.dossiers and self.reviewers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.dossiers) - 1, len(self.reviewers) - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.reviewers) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.dossiers) - 1)
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.dossiers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.reviewers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        lookups = self.lookups
        if (role != DISPLAY and role != TOOLTIP) or lookups is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.dossiers):
                return None
            dossier = self.dossiers[section]
            return f"{dossier.case_number} · {lookups.names.get(dossier.candidate_id, dossier.candidate_id)}"
        if not 0 <= section < len(self.reviewers):
            return None
        reviewer = self.reviewers[section]
        load = lookups.state.load.get(reviewer.id, 0)
        if role == DISPLAY:
            return translate("AssignmentMatrix", "{name}\n{role} · {load}").format(
                name=reviewer.name, role=role_word(reviewer.role), load=load
            )
        return translate(
            "AssignmentMatrix", "{id} {name}, {role}; region: {region}; unit: {unit}; {load} dossiers"
        ).format(
            id=reviewer.id,
            name=reviewer.name,
            role=role_word(reviewer.role),
            region=reviewer.region or "—",
            unit=reviewer.unit or "—",
            load=load,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info, tooltip = self.cell(index.row(), index.column())
        if role == DISPLAY:
            return self._words[info.kind]
        if role == TOOLTIP:
            return tooltip
        if role == FOREGROUND:
            return self._brushes[info.kind][0]
        if role == BACKGROUND:
            return self._brushes[info.kind][1]
        if role == ALIGNMENT:
            return CENTRE
        if role == FONT and info.kind is Cell.CONFLICT:
            return self._bold
        return None

    def cell(self, row: int, column: int) -> tuple[CellInfo, str]:
        """The cell's pair, kind and what it is allowed, and its tooltip."""
        found = self._cells.get((row, column))
        if found is None:
            found = self._cells[(row, column)] = self._work_out(self.reviewers[column], self.dossiers[row])
        return found

    def position(self, reviewer_id: str, dossier_id: str) -> tuple[int, int]:
        """The (row, column) of a pair, or (-1, -1)."""
        row = next((r for r, d in enumerate(self.dossiers) if d.id == dossier_id), -1)
        column = next((c for c, r in enumerate(self.reviewers) if r.id == reviewer_id), -1)
        return (row, column) if row >= 0 and column >= 0 else (-1, -1)

    def _work_out(self, reviewer: ReviewerRecord, dossier: DossierRecord) -> tuple[CellInfo, str]:
        lookups = self.lookups
        assert lookups is not None
        key = (reviewer.id, dossier.id)
        barred = tuple(
            rule_conflicts(
                reviewer,
                dossier,
                lookups.candidates,
                every_role=lookups.state.ruleset.policy.reviewers_never_own_region,
            )
        )
        assignment = lookups.pairs.get(key)
        if assignment is not None:
            if key in lookups.conflicts:
                kind = Cell.CONFLICT
                tooltip = translate("AssignmentMatrix", "{conflict}. Reason given: {reason}").format(
                    conflict=join(conflict_text(c, lookups.reviewer_names) for c in lookups.conflicts[key]),
                    reason=assignment.override_reason or "—",
                )
            elif assignment.reviewed:
                kind = Cell.STARTED
                tooltip = translate(
                    "AssignmentMatrix", "The review has started; this pair stays when you assign again"
                )
            elif assignment.manual:
                kind = Cell.MANUAL
                tooltip = translate(
                    "AssignmentMatrix", "Assigned by hand; kept when you assign again. Reason: {reason}"
                ).format(reason=assignment.override_reason or "—")
            else:
                kind = Cell.AUTO
                tooltip = translate("AssignmentMatrix", "Assigned automatically; double-click to take it out")
        elif barred:
            kind = Cell.BARRED
            tooltip = translate(
                "AssignmentMatrix", "Not allowed: {why}. Double-click to assign anyway, with a reason"
            ).format(why=join(f"{bar_word(c.code)} {c.value}" for c in barred))
        elif key in lookups.removed:
            kind = Cell.REMOVED
            tooltip = translate("AssignmentMatrix", "Taken out by the chair: {reason}").format(
                reason=lookups.removed[key].get("reason") or "—"
            )
        else:
            kind = Cell.EMPTY
            tooltip = translate("AssignmentMatrix", "Double-click to assign")
        return CellInfo(reviewer.id, dossier.id, kind, assignment is not None, barred), tooltip


class AssignmentMatrix(QTableView):
    shows = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES  # SCORES: a review started
    add_requested = Signal(str, str, object)  # reviewer id, dossier id, conflicts (tuple[Conflict, ...])
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = MatrixModel(self)
        self.setModel(self.matrix)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(96)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setMinimumHeight(44)
        self.setStyleSheet(f"QTableView {{ gridline-color: {look.INFO_BORDER}; }}")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(lambda index: self.toggle(index.row(), index.column()))

    def legend(self) -> str:
        words = self.matrix.words()
        meanings = {
            Cell.AUTO: self.tr("given by the automatic assignment"),
            Cell.MANUAL: self.tr("given by the chair, kept when assigning again"),
            Cell.STARTED: self.tr("review started, kept"),
            Cell.CONFLICT: self.tr("breaks the region rule, given with a reason"),
            Cell.BARRED: self.tr("own region or unit, never given automatically"),
            Cell.REMOVED: self.tr("taken out by the chair"),
        }
        parts = [self.tr("{word}: {meaning}").format(word=words[k], meaning=m) for k, m in meanings.items()]
        return self.tr("{parts}. Double-click a cell to change it.").format(parts=" · ".join(parts))

    def set_state(self, state: ChairState) -> None:
        """Show ``state``, keeping the chosen cell and the scroll position."""
        current = self.currentIndex()
        chosen = self.cell_info(current.row(), current.column()) if current.isValid() else None
        top, left = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        if not self.matrix.set_state(state):
            return
        self.updateGeometries()
        if chosen is not None:
            row, column = self.matrix.position(chosen.reviewer_id, chosen.dossier_id)
            if row >= 0:
                self.setCurrentIndex(self.matrix.index(row, column))
        self.verticalScrollBar().setValue(top)
        self.horizontalScrollBar().setValue(left)

    def cell_info(self, row: int, column: int) -> CellInfo | None:
        if not (0 <= row < self.matrix.rowCount() and 0 <= column < self.matrix.columnCount()):
            return None
        return self.matrix.cell(row, column)[0]

    def text_at(self, row: int, column: int) -> str:
        return str(self.matrix.index(row, column).data() or "")

    # ------------------------------------------------------------------ interaction
    def toggle(self, row: int, column: int) -> None:
        """Ask to take the pair out when assigned, to give it otherwise."""
        info = self.cell_info(row, column)
        if info is None:
            return
        if info.assigned:
            self.remove_requested.emit(info.reviewer_id, info.dossier_id)
        else:
            self.add_requested.emit(info.reviewer_id, info.dossier_id, info.barred)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        info = self.cell_info(index.row(), index.column()) if index.isValid() else None
        if info is None:
            return
        menu = QMenu(self)
        if info.assigned:
            action = menu.addAction(self.tr("Take this dossier away from the reviewer…"))
            action.triggered.connect(lambda: self.remove_requested.emit(info.reviewer_id, info.dossier_id))
        else:
            action = menu.addAction(self.tr("Give this dossier to the reviewer…"))
            action.triggered.connect(
                lambda: self.add_requested.emit(info.reviewer_id, info.dossier_id, info.barred)
            )
        menu.exec(self.viewport().mapToGlobal(point))
