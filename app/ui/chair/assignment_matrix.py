"""The assignment matrix: one row per dossier, one column per reviewer, each cell a word and a colour.

Cells: 分配 (automatic), 手动 (the chair's), 已评 (review started, kept on re-runs), 冲突 (a pair the
region/unit rule bars, made by hand with a reason), 回避 (barred, so never assigned automatically),
已移除 (taken out by the chair). Each reviewer's column heading carries their load. A double-click
or the context menu asks to add or remove the pair; the page asks for the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableWidget, QTableWidgetItem, QWidget

from app.review.assignment import Conflict, rule_conflicts
from app.review.scoring import Role
from app.services.assignment import AssignmentRow
from app.services.chair_state import ChairState
from app.services.changes import Area
from app.ui import look
from app.ui.chair.wording import bar_word, conflict_text, join, role_word


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


class AssignmentMatrix(QTableWidget):
    shows = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES  # SCORES: a review started
    add_requested = Signal(str, str, object)  # reviewer id, dossier id, conflicts (tuple[Conflict, ...])
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(96)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.cellDoubleClicked.connect(self._toggle)
        self.cells: dict[tuple[int, int], CellInfo] = {}

    def words(self) -> dict[Cell, str]:
        return {
            Cell.AUTO: self.tr("Assigned"),
            Cell.MANUAL: self.tr("By hand"),
            Cell.STARTED: self.tr("Started"),
            Cell.CONFLICT: self.tr("Conflict"),
            Cell.BARRED: self.tr("Barred"),
            Cell.REMOVED: self.tr("Removed"),
            Cell.EMPTY: "",
        }

    def legend(self) -> str:
        words = self.words()
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
        reviewers = sorted(state.reviewers, key=lambda r: (r.role is not Role.EXPERT, r.id))
        dossiers = list(state.dossiers)
        names = state.candidate_names
        reviewer_names = state.reviewer_names
        candidates = {c.id: c for c in state.candidates}
        pairs: dict[tuple[str, str], AssignmentRow] = {
            (a.reviewer_id, a.dossier_id): a for a in state.assignments
        }
        conflicts: dict[tuple[str, str], list[Conflict]] = {}
        for conflict in state.conflicts:
            conflicts.setdefault((conflict.reviewer_id, conflict.dossier_id), []).append(conflict)
        removed = {(e.get("reviewer"), e.get("dossier")): e for e in state.exclusions}
        words = self.words()
        self.clear()
        self.cells = {}
        self.setRowCount(len(dossiers))
        self.setColumnCount(len(reviewers))
        for column, reviewer in enumerate(reviewers):
            load = state.load.get(reviewer.id, 0)
            head = QTableWidgetItem(
                self.tr("{name}\n{role} · {load}").format(
                    name=reviewer.name, role=role_word(reviewer.role), load=load
                )
            )
            head.setToolTip(
                self.tr("{id} {name}, {role}; region: {region}; unit: {unit}; {load} dossiers").format(
                    id=reviewer.id,
                    name=reviewer.name,
                    role=role_word(reviewer.role),
                    region=reviewer.region or "—",
                    unit=reviewer.unit or "—",
                    load=load,
                )
            )
            self.setHorizontalHeaderItem(column, head)
        for row, dossier in enumerate(dossiers):
            label = QTableWidgetItem(
                f"{dossier.case_number} · {names.get(dossier.candidate_id, dossier.candidate_id)}"
            )
            label.setToolTip(label.text())
            self.setVerticalHeaderItem(row, label)
            for column, reviewer in enumerate(reviewers):
                key = (reviewer.id, dossier.id)
                barred = tuple(
                    rule_conflicts(
                        reviewer,
                        dossier,
                        candidates,
                        every_role=state.ruleset.policy.reviewers_never_own_region,
                    )
                )
                assignment = pairs.get(key)
                tooltip = ""
                if assignment is not None:
                    if key in conflicts:
                        kind = Cell.CONFLICT
                        tooltip = self.tr("{conflict}. Reason given: {reason}").format(
                            conflict=join(conflict_text(c, reviewer_names) for c in conflicts[key]),
                            reason=assignment.override_reason or "—",
                        )
                    elif assignment.reviewed:
                        kind = Cell.STARTED
                        tooltip = self.tr("The review has started; this pair stays when you assign again")
                    elif assignment.manual:
                        kind = Cell.MANUAL
                        tooltip = self.tr(
                            "Assigned by hand; kept when you assign again. Reason: {reason}"
                        ).format(reason=assignment.override_reason or "—")
                    else:
                        kind = Cell.AUTO
                        tooltip = self.tr("Assigned automatically; double-click to take it out")
                elif barred:
                    kind = Cell.BARRED
                    tooltip = self.tr(
                        "Not allowed: {why}. Double-click to assign anyway, with a reason"
                    ).format(why=join(f"{bar_word(c.code)} {c.value}" for c in barred))
                elif key in removed:
                    kind = Cell.REMOVED
                    tooltip = self.tr("Taken out by the chair: {reason}").format(
                        reason=removed[key].get("reason") or "—"
                    )
                else:
                    kind = Cell.EMPTY
                    tooltip = self.tr("Double-click to assign")
                item = QTableWidgetItem(words[kind])
                foreground, background = CELL_COLOURS[kind]
                item.setForeground(QColor(foreground))
                item.setBackground(QColor(background))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(tooltip)
                if kind is Cell.CONFLICT:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
                self.cells[(row, column)] = CellInfo(
                    reviewer.id, dossier.id, kind, assignment is not None, barred
                )
        self.horizontalHeader().setMinimumHeight(44)
        self.setStyleSheet(f"QTableWidget {{ gridline-color: {look.INFO_BORDER}; }}")

    # ------------------------------------------------------------------ interaction
    def _toggle(self, row: int, column: int) -> None:
        info = self.cells.get((row, column))
        if info is None:
            return
        if info.assigned:
            self.remove_requested.emit(info.reviewer_id, info.dossier_id)
        else:
            self.add_requested.emit(info.reviewer_id, info.dossier_id, info.barred)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        info = self.cells.get((index.row(), index.column()))
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
