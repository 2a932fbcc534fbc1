"""The reviewer's dossiers on the left: case number, type, status (word, colour and shape), score.

The candidate's name is shown unless the panel is blind (the service already leaves it empty then).
Above the list: "已完成 n / N" and a thin progress bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.review_service import DossierEntry, ReviewStatus
from app.ui.shared import look

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class DossierListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[DossierEntry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.case_number
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.case_number, entry.type_name, entry.candidate_name, look.status_word(entry.status)]
            if entry.total is not None:
                parts.append(look.points(entry.total))
            if entry.page_count:
                parts.append(self.tr("{pages} pages").format(pages=entry.page_count))
            return "\n".join(p for p in parts if p)
        if role == ENTRY_ROLE:
            return entry
        return None

    def set_entries(self, entries: list[DossierEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def update_entry(self, entry: DossierEntry) -> None:
        for row, old in enumerate(self.entries):
            if old.code == entry.code:
                self.entries[row] = entry
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def row_of(self, code: str) -> int:
        return next((row for row, e in enumerate(self.entries) if e.code == code), -1)


class DossierDelegate(QStyledItemDelegate):
    """Two lines: case number and score; status (shape + word) and type · candidate."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(160, height * 2 + self.PAD * 2 + 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: DossierEntry = index.data(ENTRY_ROLE)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, QColor(look.ACCENT_SOFT))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(look.ACCENT))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + self.PAD, rect.bottom(), rect.right() - self.PAD, rect.bottom())

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        left, right = rect.left() + self.PAD + 4, rect.right() - self.PAD
        top = rect.top() + self.PAD

        score = look.points(entry.total) if entry.total is not None else "—"
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        score_width = metrics.horizontalAdvance(score)
        painter.drawText(
            QRect(right - score_width, top, score_width, line), Qt.AlignmentFlag.AlignRight, score
        )
        painter.setFont(bold)
        title = QFontMetrics(bold).elidedText(
            entry.case_number, Qt.TextElideMode.ElideMiddle, right - left - score_width - 8
        )
        painter.drawText(QRect(left, top, right - left, line), Qt.AlignmentFlag.AlignLeft, title)

        top += line + 3
        look.paint_status(painter, QRectF(left, top + (line - 12) / 2, 12, 12), entry.status)
        painter.setFont(font)
        word = look.status_word(entry.status)
        painter.setPen(look.status_colour(entry.status))
        x = left + 16
        painter.drawText(QRect(x, top, right - x, line), Qt.AlignmentFlag.AlignLeft, word)
        x += metrics.horizontalAdvance(word) + 8
        room = max(0, right - x)
        detail = " · ".join(p for p in (entry.type_name, entry.candidate_name) if p)
        if metrics.horizontalAdvance(detail) > room:
            detail = entry.type_name  # the candidate stays in the tooltip
        painter.setPen(QColor(look.MUTED))
        painter.drawText(
            QRect(x, top, max(0, right - x), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, max(0, right - x)),
        )
        painter.restore()


class DossierList(QWidget):
    """The list with its progress line; ``dossier_chosen`` when the reviewer picks another dossier."""

    dossier_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DossierListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(DossierDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(self.tr("Dossiers"))
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._quiet = False
        self.setMinimumWidth(150)

    def set_entries(self, entries: list[DossierEntry]) -> None:
        self._quiet = True
        try:
            self.model.set_entries(entries)
        finally:
            self._quiet = False
        self._update_progress()

    def update_entry(self, entry: DossierEntry) -> None:
        self.model.update_entry(entry)
        self._update_progress()

    def select(self, code: str) -> None:
        """Show ``code`` as the current dossier without announcing it."""
        row = self.model.row_of(code)
        if row < 0:
            return
        self._quiet = True
        try:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))
        finally:
            self._quiet = False

    def neighbour(self, code: str | None, step: int) -> str | None:
        row = self.model.row_of(code) if code else -1
        target = row + step
        if 0 <= target < len(self.model.entries):
            return self.model.entries[target].code
        return None

    def counts(self) -> tuple[int, int]:
        done = sum(1 for e in self.model.entries if e.status is ReviewStatus.COMPLETE)
        return done, len(self.model.entries)

    def _update_progress(self) -> None:
        done, total = self.counts()
        self.progress_label.setText(self.tr("Complete {done} / {total}").format(done=done, total=total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.dossier_chosen.emit(self.model.entries[current.row()].code)
