"""The side-by-side table of one dossier: checklist items down, reviewers across, each cell the
points that reviewer took off the item and why (with the page), the disputed item highlighted.

``load_reviews`` reads each reviewer's review on the worker (through ``ReviewService``, which keeps
the page boxes); ``CompareTable`` shows it and says which page a clicked cell points at.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.review.checklist import Checklist, Item
from app.review.disagreement import Decision, Flag
from app.review.points import format_points
from app.review.scoring import Role
from app.services.chair_state import ChairState
from app.services.panel import Panel, ReviewerRecord
from app.services.review_service import DeductionView, ReviewService, ReviewState, ReviewStatus, VetoView
from app.ui.chair.wording import role_word
from app.ui.shared import look

log = logging.getLogger(__name__)
Anchor = tuple[int, tuple[float, float, float, float] | None]


@dataclass(frozen=True)
class DossierReviews:
    code: str
    case_number: str
    pdf: Path | None
    checklist: Checklist
    reviewers: tuple[ReviewerRecord, ...]  # experts first
    states: dict[str, ReviewState] = field(default_factory=dict)


def load_reviews(panel: Panel, state: ChairState, code: str) -> DossierReviews:
    """Every review of one dossier as its reviewer entered it (worker thread)."""
    outcome = next(o for o in state.results.dossiers if o.dossier.id == code)
    ids = [r.reviewer_id for r in outcome.result.reviewers]
    reviewers = tuple(
        sorted((r for r in state.reviewers if r.id in ids), key=lambda r: (r.role is not Role.EXPERT, r.id))
    )
    states: dict[str, ReviewState] = {}
    for reviewer in reviewers:
        try:
            states[reviewer.id] = ReviewService(panel, reviewer.id).state(code)
        except Exception:  # a review without an assignment (paper sheet): fall back to the raw deductions
            log.info("review of %s by %s read from the deductions", code, reviewer.id)
            deductions = tuple(
                DeductionView(d.uid, d.item_id, d.points, d.reason_id, d.text, d.page)
                for d in state.deductions
                if d.dossier_id == code and d.reviewer_id == reviewer.id
            )
            score = next(s for s in outcome.result.reviewers if s.reviewer_id == reviewer.id)
            vetoes = tuple(VetoView(v, "") for v in score.vetoes)
            states[reviewer.id] = ReviewState(
                code, ReviewStatus.IN_PROGRESS, deductions=deductions, vetoes=vetoes
            )
    file = state.files.get(code)
    checklist = state.checklists[outcome.checklist_id]
    return DossierReviews(
        code, outcome.dossier.case_number, file.pdf_path if file else None, checklist, reviewers, states
    )


def reason_text(checklist: Checklist, deduction: DeductionView) -> str:
    if deduction.text.strip():
        return deduction.text.strip()
    item = checklist.item(deduction.item_id)
    reason = item.reason(deduction.reason_id) if item and deduction.reason_id else None
    return reason.text if reason else ""


class CompareTable(QTableWidget):
    anchor_chosen = Signal(int, object)  # page (1-based), rect or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.anchors: dict[tuple[int, int], Anchor] = {}
        self.item_rows: dict[str, int] = {}
        self.cellClicked.connect(self._clicked)

    def show_reviews(self, data: DossierReviews, flags: list[Flag], decisions: dict[str, Decision]) -> None:
        self.clear()
        self.anchors = {}
        self.item_rows = {}
        reviewers = data.reviewers
        self.setColumnCount(2 + len(reviewers))
        heads = [self.tr("Item"), self.tr("Worth")]
        heads += [f"{r.name}\n{role_word(r.role)}" for r in reviewers]
        self.setHorizontalHeaderLabels(heads)
        disputed = {f.item_id for f in flags if f.item_id}
        checklist = data.checklist
        rows: list[tuple[str, str, Item | None]] = []
        for s_number, section in enumerate(checklist.sections, 1):
            rows.append(("section", f"{s_number}. {section.title}", None))
            for i_number, entry in enumerate(section.items, 1):
                rows.append(("item", f"{s_number}.{i_number} {entry.text}", entry))
        marked = sorted({v.veto_id for s in data.states.values() for v in s.vetoes})
        rows += [("veto", veto_id, None) for veto_id in marked]
        rows.append(("total", "", None))
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (kind, payload, item) in enumerate(rows):
            if kind == "section":
                cell = QTableWidgetItem(str(payload))
                cell.setFont(bold)
                cell.setBackground(QColor(look.INFO_BG))
                self.setItem(row, 0, cell)
                self.setSpan(row, 0, 1, self.columnCount())
                continue
            if kind == "item" and item is not None:
                self.item_rows[item.id] = row
                head = QTableWidgetItem(payload)
                head.setToolTip(item.standard or payload)
                self.setItem(row, 0, head)
                self.setItem(row, 1, self._number(format_points(item.max_points)))
                for column, reviewer in enumerate(reviewers, 2):
                    self.setItem(
                        row, column, self._deductions(row, column, data, reviewer.id, item.id, decisions)
                    )
                if item.id in disputed:
                    for column in range(self.columnCount()):
                        shaded = self.item(row, column)
                        if shaded is not None:
                            shaded.setBackground(QColor(look.ACCENT_SOFT))
                    head.setFont(bold)
            elif kind == "veto":
                veto = checklist.veto(str(payload))
                head = QTableWidgetItem(self.tr("Veto: {text}").format(text=veto.text if veto else payload))
                head.setFont(bold)
                self.setItem(row, 0, head)
                for column, reviewer in enumerate(reviewers, 2):
                    self.setItem(
                        row, column, self._veto(row, column, data.states.get(reviewer.id), str(payload))
                    )
            else:
                head = QTableWidgetItem(self.tr("Total / points off"))
                head.setFont(bold)
                self.setItem(row, 0, head)
                self.setItem(row, 1, self._number(format_points(checklist.max_points)))
                for column, reviewer in enumerate(reviewers, 2):
                    self.setItem(row, column, self._total(data, reviewer))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.setColumnWidth(1, 48)
        for column in range(2, self.columnCount()):
            self.setColumnWidth(column, 128)
        self.resizeRowsToContents()

    def _number(self, text: str) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell

    def _deductions(
        self,
        row: int,
        column: int,
        data: DossierReviews,
        reviewer_id: str,
        item_id: str,
        decisions: dict[str, Decision],
    ) -> QTableWidgetItem:
        state = data.states.get(reviewer_id)
        found = [d for d in state.deductions if d.item_id == item_id] if state else []
        if not found:
            return QTableWidgetItem("")
        parts = []
        for d in found:
            text = f"−{format_points(d.points)} {reason_text(data.checklist, d)}"
            if d.page:
                text += self.tr(" (p. {page})").format(page=d.page)
            decision = decisions.get(d.uid)
            if decision is Decision.REJECTED:
                text += self.tr(" [rejected]")
            elif decision is Decision.ACCEPTED:
                text += self.tr(" [kept]")
            parts.append(text)
        anchored = next((d for d in found if d.page), None)
        if anchored is not None and anchored.page is not None:
            self.anchors[(row, column)] = (anchored.page, anchored.rect)
        cell = QTableWidgetItem("\n".join(parts))
        cell.setForeground(QColor(look.DEDUCTION_RED))
        cell.setToolTip("\n".join(parts) + (("\n" + self.tr("Click to show the page")) if anchored else ""))
        return cell

    def _veto(self, row: int, column: int, state: ReviewState | None, veto_id: str) -> QTableWidgetItem:
        veto = next((v for v in state.vetoes if v.veto_id == veto_id), None) if state else None
        if veto is None:
            return QTableWidgetItem(self.tr("not marked"))
        text = self.tr("Marked: {reason}").format(reason=veto.reason or "—")
        if veto.page:
            self.anchors[(row, column)] = (veto.page, None)
            text += self.tr(" (p. {page})").format(page=veto.page)
        cell = QTableWidgetItem(text)
        cell.setForeground(QColor(look.DEDUCTION_RED))
        return cell

    def _total(self, data: DossierReviews, reviewer: ReviewerRecord) -> QTableWidgetItem:
        state = data.states.get(reviewer.id)
        taken: dict[str, Decimal] = {}
        for d in state.deductions if state else ():
            taken[d.item_id] = taken.get(d.item_id, Decimal(0)) + d.points
        maxima = data.checklist.item_maxima
        off = sum((min(v, maxima.get(k, v)) for k, v in taken.items()), Decimal(0))
        if reviewer.role is Role.EXPERT:
            text = self.tr("{score} (−{off})").format(
                score=format_points(data.checklist.max_points - off), off=format_points(off)
            )
        else:
            text = self.tr("−{off}").format(off=format_points(off))
        cell = self._number(text)
        font = cell.font()
        font.setBold(True)
        cell.setFont(font)
        return cell

    def _clicked(self, row: int, column: int) -> None:
        anchor = self.anchors.get((row, column))
        if anchor is not None:
            self.anchor_chosen.emit(anchor[0], anchor[1])
