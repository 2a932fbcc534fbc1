"""One checklist item as a card: its reasons as checkable choices, free deductions, anchors and a note.

The card of the current item is open (accent border); the others are one line with their score and,
in red, what was taken off. Number keys 1–9 toggle the open card's reasons; a range reason asks its
points in a small spin box.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.review.checklist import DeductionReason, Item
from app.review.points import format_points
from app.services.review_service import DeductionView
from app.ui.reviewer.checklist_bus import ChecklistBus
from app.ui.shared import look


def spin_points(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}").normalize()


class PointsSpin(QDoubleSpinBox):
    """Points as everywhere else: a dot, at most two decimals, no trailing zeros ("4", "2.5")."""

    def textFromValue(self, value: float) -> str:
        return format_points(Decimal(f"{value:.2f}"))


def points_spin(low: Decimal, high: Decimal, value: Decimal, parent: QWidget) -> QDoubleSpinBox:
    spin = PointsSpin(parent)
    spin.setLocale(QLocale.c())  # a dot for decimals, whatever the system says
    spin.setDecimals(2)
    spin.setRange(float(low), float(high))
    spin.setSingleStep(0.5)
    spin.setValue(float(value))
    spin.setKeyboardTracking(False)
    spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("000.00") + 34)
    return spin


def wrapped(text: str, parent: QWidget, *, muted: bool = False, small: bool = False) -> QLabel:
    label = ClickLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    style = []
    if muted:
        style.append(f"color: {look.MUTED}")
    if small:
        style.append("font-size: 9pt")
    if style:
        label.setStyleSheet("; ".join(style))
    return label


class ClickLabel(QLabel):
    """A wrapping label that says when it is clicked, and asks for the height its width needs.

    (A rich-text QLabel's own size hint is for a narrow guess of its width, so inside nested
    layouts it would stand two lines tall with one line of text.)"""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(max(self.heightForWidth(self.width()), self.fontMetrics().height()))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(max(self.heightForWidth(self.width()), self.fontMetrics().height()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.wordWrap() and event.oldSize().width() != event.size().width():
            self.updateGeometry()


def anchor_text(view: DeductionView) -> str:
    if view.page is None:
        return look.translate("Anchor", "no page")
    if view.rect is not None:
        return look.translate("Anchor", "p. {page} (box)").format(page=view.page)
    return look.translate("Anchor", "p. {page}").format(page=view.page)


class AnchorLine(QWidget):
    """Where a deduction points: its page (click to go there), and buttons to re-anchor or remove it."""

    def __init__(self, bus: ChecklistBus, parent: QWidget, *, removable: bool = False) -> None:
        super().__init__(parent)
        self.bus = bus
        self.uid = ""
        self.jump = QToolButton(self)
        self.jump.setAutoRaise(True)
        self.jump.setToolTip(self.tr("Show the evidence in the dossier"))
        self.here = QToolButton(self)
        self.here.setText(self.tr("This page"))
        self.here.setToolTip(self.tr("Anchor to the page in view (A)"))
        self.draw = QToolButton(self)
        self.draw.setText(self.tr("Draw box"))
        self.draw.setToolTip(self.tr("Draw a box round the evidence on the page (B)"))
        self.remove = QToolButton(self)
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this deduction (Ctrl+Z brings it back)"))
        self.remove.setVisible(removable)
        self.removable = removable
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 0, 0, 0)
        layout.setSpacing(4)
        for button in (self.jump, self.here, self.draw, self.remove):
            layout.addWidget(button)
        layout.addStretch(1)
        self.jump.clicked.connect(lambda: self.bus.anchor_jump_requested.emit(self.uid))
        self.here.clicked.connect(lambda: self.bus.anchor_here_requested.emit(self.uid))
        self.draw.clicked.connect(lambda: self.bus.anchor_draw_requested.emit(self.uid))
        self.remove.clicked.connect(lambda: self.bus.remove_requested.emit(self.uid))

    def set_deduction(self, view: DeductionView) -> None:
        self.uid = view.uid
        self.jump.setText(anchor_text(view))
        self.jump.setEnabled(view.page is not None)
        self.jump.setStyleSheet("" if view.page is not None else f"color: {look.MUTED}")

    def set_read_only(self, read_only: bool) -> None:
        self.here.setVisible(not read_only)
        self.draw.setVisible(not read_only)
        self.remove.setVisible(self.removable and not read_only)


class ReasonRow(QWidget):
    """A deduction reason the reviewer can tick: "[n] text … 扣 3 分" (a range asks its points)."""

    def __init__(
        self, bus: ChecklistBus, item_id: str, reason: DeductionReason, number: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.bus, self.item_id, self.reason = bus, item_id, reason
        self.view: DeductionView | None = None
        self.check = QCheckBox(self)
        shortcut = f"{number}" if number <= 9 else ""
        self.check.setToolTip(self.tr("Tick or untick this reason ({key})").format(key=shortcut or "—"))
        self.check.setAccessibleName(reason.text)
        self.label = ClickLabel(f"{shortcut}  {reason.text}" if shortcut else reason.text, self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setToolTip(self.check.toolTip())
        self.spin: QDoubleSpinBox | None = None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        if reason.is_range:
            assert reason.min_points is not None and reason.max_points is not None
            self.spin = points_spin(reason.min_points, reason.max_points, reason.min_points, self)
            self.spin.setToolTip(
                self.tr("{low}–{high} pts: set the points, then tick").format(
                    low=format_points(reason.min_points), high=format_points(reason.max_points)
                )
            )
            self.spin.editingFinished.connect(self._spin_changed)
            top.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignTop)
        else:
            assert reason.points is not None
            self.points_label = QLabel(look.deducted(reason.points), self)
            self.points_label.setStyleSheet(f"color: {look.MUTED}")
            top.addWidget(self.points_label, 0, Qt.AlignmentFlag.AlignTop)
        self.anchor = AnchorLine(bus, self)
        self.anchor.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.anchor)
        self.check.clicked.connect(self._clicked)
        self.label.clicked.connect(self.check.click)

    def points(self) -> Decimal:
        if self.spin is not None:
            return spin_points(self.spin)
        assert self.reason.points is not None
        return self.reason.points

    def set_deduction(self, view: DeductionView | None) -> None:
        """Show ``view``; the check box and points are set again even when it is unchanged, since a
        click or an edit whose write failed left them showing what is not saved."""
        self.check.setChecked(view is not None)
        if view is not None and self.spin is not None and spin_points(self.spin) != view.points:
            self.spin.blockSignals(True)
            self.spin.setValue(float(view.points))
            self.spin.blockSignals(False)
        if view == self.view:
            return
        self.view = view
        if view is not None:
            self.anchor.set_deduction(view)
        self.anchor.setVisible(view is not None)
        if self.spin is None:
            colour = look.DEDUCTION_RED if view is not None else look.MUTED
            self.points_label.setStyleSheet(f"color: {colour}")

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.label.setEnabled(True)
        if self.spin is not None:
            self.spin.setEnabled(not read_only)
        self.anchor.set_read_only(read_only)

    def _clicked(self, checked: bool) -> None:
        self.bus.reason_toggled.emit(self.item_id, self.reason.id, checked, self.points())

    def _spin_changed(self) -> None:
        if self.view is not None and self.spin is not None and spin_points(self.spin) != self.view.points:
            self.bus.points_changed.emit(self.view.uid, spin_points(self.spin))


class FreeLine(QWidget):
    """A free deduction already made: its points, its written reason, its anchor."""

    def __init__(self, bus: ChecklistBus, view: DeductionView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        text = ClickLabel(f"{look.red(look.deducted(view.points))}&nbsp;&nbsp;{_escape(view.text)}", self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.anchor = AnchorLine(bus, self, removable=True)
        self.anchor.set_deduction(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 2, 0, 2)
        layout.setSpacing(0)
        layout.addWidget(text)
        layout.addWidget(self.anchor)
        anchor_layout = self.anchor.layout()
        if anchor_layout is not None:
            anchor_layout.setContentsMargins(0, 0, 0, 0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FreeEditor(QWidget):
    """Points and a written reason (required) for a deduction the listed reasons do not cover."""

    def __init__(self, bus: ChecklistBus, item: Item, parent: QWidget) -> None:
        super().__init__(parent)
        self.bus, self.item = bus, item
        self.spin = points_spin(Decimal("0.01"), item.max_points, min(Decimal(1), item.max_points), self)
        self.spin.setKeyboardTracking(True)
        self.spin.setToolTip(self.tr("Points to take off (F)"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Reason (required)"))
        self.text.setToolTip(self.tr("Write why the points are taken off; Enter saves"))
        self.button = QPushButton(self.tr("Deduct"), self)
        self.button.setToolTip(self.tr("Add this deduction (Enter)"))
        self.button.setEnabled(False)
        self.pending = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(self.spin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.text.textChanged.connect(lambda t: self.button.setEnabled(bool(t.strip())))
        self.text.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def submit(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        self.pending = text
        self.bus.free_deduction_requested.emit(self.item.id, spin_points(self.spin), text)

    def saw(self, views: list[DeductionView]) -> None:
        """Clear the editor once its deduction shows up as saved (a failed write keeps the text)."""
        if self.pending and any(v.text == self.pending for v in views):
            self.text.clear()
            self.pending = ""


class CardState(NamedTuple):
    """What one card shows: its deductions in the order they were made, its note, the points off."""

    views: tuple[DeductionView, ...]
    note: str
    deducted: Decimal


class ItemCard(QFrame):
    """A checklist item; ``clicked`` when the reviewer picks it."""

    clicked = Signal(str)

    def __init__(
        self, bus: ChecklistBus, number: str, item: Item, anchor_required: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.bus, self.item, self.number = bus, item, number
        self.setObjectName("itemCard")
        self.setProperty("current", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = ClickLabel(f"{number}  {item.text}", self)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.score = ClickLabel(self)
        self.score.setTextFormat(Qt.TextFormat.RichText)
        self.summary = ClickLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title, 1)
        head.addWidget(self.score, 0, Qt.AlignmentFlag.AlignTop)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 2, 0, 0)
        body.setSpacing(2)
        if item.standard:
            body.addWidget(wrapped(item.standard, self.body, muted=True, small=True))
        if anchor_required:
            body.addWidget(
                wrapped(self.tr("Every deduction here needs a page."), self.body, muted=True, small=True)
            )
        self.reasons = [ReasonRow(bus, item.id, r, n, self.body) for n, r in enumerate(item.reasons, 1)]
        for row in self.reasons:
            body.addWidget(row)
        self.free_box = QVBoxLayout()
        self.free_box.setSpacing(0)
        body.addLayout(self.free_box)
        self.free_lines: list[FreeLine] = []
        self.editor: FreeEditor | None = None
        if item.free_deduction:
            self.editor = FreeEditor(bus, item, self.body)
            body.addWidget(self.editor)
        self.note = QLineEdit(self.body)
        self.note.setPlaceholderText(self.tr("Note on this item (N)"))
        self.note.setToolTip(self.tr("A note for yourself or the chair; saved when you leave the field"))
        self.note.editingFinished.connect(self._note_done)
        body.addWidget(self.note)
        self.saved_note = ""
        self.views: list[DeductionView] = []
        self.shown: CardState | None = None  # what the card shows (None: nothing yet)
        self.refreshes = 0  # times the card was redrawn for a new state

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.body)
        for label in (self.title, self.score, self.summary):
            label.clicked.connect(lambda: self.clicked.emit(self.item.id))
        self.current = False
        self.body.hide()
        self.read_only = False

    # ------------------------------------------------------------------ state
    def set_current(self, current: bool) -> None:
        self.current = current
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)
        font = self.title.font()
        font.setBold(current)
        self.title.setFont(font)
        self.body.setVisible(current)
        self.summary.setVisible(bool(self.summary.text()) and not current)

    def set_state(self, state: CardState, *, force: bool = False) -> bool:
        """Show ``state``; nothing is touched when it is what the card shows already, unless ``force``
        (the reviewer acted on this card, so its widgets may show a change that was not saved).
        True when the card was redrawn (``refreshes`` counts it)."""
        if state == self.shown and not force:
            return False
        self.shown = state
        self.refreshes += 1
        views, note, deducted = state
        self.views = list(views)  # in the order they were made
        by_reason = {v.reason_id: v for v in views if v.reason_id}
        for row in self.reasons:
            row.set_deduction(by_reason.get(row.reason.id))
        free = [v for v in views if not v.reason_id]
        if [line.view for line in self.free_lines] != free:
            for line in self.free_lines:
                line.deleteLater()
            self.free_lines = [FreeLine(self.bus, v, self.body) for v in free]
            for line in self.free_lines:
                self.free_box.addWidget(line)
                line.anchor.set_read_only(self.read_only)
        if self.editor is not None:
            self.editor.saw(free)
        if not self.note.hasFocus() and self.note.text() != note:
            self.note.setText(note)
        self.saved_note = note
        self._show_score(deducted)
        self._show_summary(views, note)
        return True

    def _show_score(self, deducted: Decimal) -> None:
        score = self.item.max_points - deducted
        text = look.score_of(score, self.item.max_points)
        self.score.setText(look.red(text) if deducted else text)
        self.score.setToolTip(
            self.tr("Score {score} of {maximum} pts").format(
                score=format_points(score), maximum=format_points(self.item.max_points)
            )
        )

    def _show_summary(self, views: tuple[DeductionView, ...], note: str) -> None:
        lines = []
        for v in views:
            where = f" · {anchor_text(v)}" if v.page is not None else ""
            lines.append(f"{look.red(look.deducted(v.points))} {_escape(v.text)}{where}")
        if note:
            lines.append(f'<span style="color:{look.MUTED}">{self.tr("Note:")} {_escape(note)}</span>')
        self.summary.setText("<br>".join(lines))
        self.summary.setVisible(bool(lines) and not self.current)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.reasons:
            row.set_read_only(read_only)
        for line in self.free_lines:
            line.anchor.set_read_only(read_only)
        if self.editor is not None:
            self.editor.setVisible(not read_only)
        self.note.setReadOnly(read_only)

    # ------------------------------------------------------------------ keyboard
    def toggle_reason(self, number: int) -> bool:
        if self.read_only or not 1 <= number <= len(self.reasons):
            return False
        self.reasons[number - 1].check.click()
        return True

    def focus_free(self) -> bool:
        if self.editor is None or self.read_only:
            return False
        self.editor.spin.setFocus()
        self.editor.spin.selectAll()
        return True

    def focus_note(self) -> None:
        self.note.setFocus()

    def latest_deduction(self) -> DeductionView | None:
        return self.views[-1] if self.views else None

    def flush_note(self) -> None:
        """Save a note still being typed (the reviewer moved on without leaving the field)."""
        self._note_done()

    def _note_done(self) -> None:
        text = self.note.text().strip()
        if text != self.saved_note and not self.read_only:
            self.saved_note = text
            self.bus.item_note_changed.emit(self.item.id, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.item.id)
        super().mousePressEvent(event)
