"""Vetoes and grave defects at the top of the checklist: each one ticked only with a written reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from app import vocabulary
from app.review.checklist import Veto
from app.review.points import format_points
from app.services.review_service import VetoView
from app.ui.reviewer.checklist_bus import ChecklistBus
from app.ui.reviewer.checklist_items import ClickLabel, wrapped
from app.ui.shared import look


def effect_text(veto: Veto) -> str:
    """What the veto does, in the domain's words (``app.vocabulary``): the sheets say the same."""
    return vocabulary.word("veto_effect", veto.effect, penalty=format_points(veto.penalty))


class VetoRow(QWidget):
    def __init__(self, bus: ChecklistBus, number: int, veto: Veto, parent: QWidget) -> None:
        super().__init__(parent)
        self.bus, self.veto = bus, veto
        self.view: VetoView | None = None
        self.read_only = False
        key = f"Alt+{number}" if number <= 9 else ""
        self.check = QCheckBox(self)
        self.check.setAccessibleName(veto.text)
        self.check.setToolTip(
            self.tr("Set or clear this veto ({key}); a written reason is required").format(key=key)
        )
        self.label = ClickLabel(veto.text, self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setToolTip(self.check.toolTip())
        self.effect = wrapped(effect_text(veto), self, muted=True, small=True)
        self.reason = wrapped("", self, small=True)
        self.edit_button = QToolButton(self)
        self.edit_button.setText(self.tr("Edit reason"))
        self.edit_button.setToolTip(self.tr("Change the written reason of this veto"))
        self.editor = QWidget(self)
        self.text = QLineEdit(self.editor)
        self.text.setPlaceholderText(self.tr("Reason for the veto (required)"))
        self.confirm = QPushButton(self.tr("Set veto"), self.editor)
        self.confirm.setToolTip(self.tr("Save the veto with this reason (Enter)"))
        self.cancel = QToolButton(self.editor)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Leave the veto unset (Esc)"))
        edit_row = QHBoxLayout(self.editor)
        edit_row.setContentsMargins(22, 0, 0, 0)
        edit_row.setSpacing(4)
        edit_row.addWidget(self.text, 1)
        edit_row.addWidget(self.confirm)
        edit_row.addWidget(self.cancel)
        self.editor.hide()

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        if key:
            hint = QLabel(key, self)
            hint.setStyleSheet(f"color: {look.MUTED}; font-size: 9pt")
            top.addWidget(hint, 0, Qt.AlignmentFlag.AlignTop)
        reason_row = QHBoxLayout()
        reason_row.setContentsMargins(22, 0, 0, 0)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(1)
        layout.addLayout(top)
        self.effect.setContentsMargins(22, 0, 0, 0)
        layout.addWidget(self.effect)
        layout.addLayout(reason_row)
        layout.addWidget(self.editor)

        self.check.clicked.connect(self._clicked)
        self.label.clicked.connect(self.check.click)
        self.edit_button.clicked.connect(self.begin_edit)
        self.confirm.clicked.connect(self._confirm)
        self.text.returnPressed.connect(self._confirm)
        self.cancel.clicked.connect(self._cancel)
        self.set_view(None)

    def set_view(self, view: VetoView | None) -> None:
        self.view = view
        self.check.setChecked(view is not None or self.editor.isVisible())  # a reason being written
        self.reason.setText(self.tr("Reason: {reason}").format(reason=view.reason) if view else "")
        self.reason.setVisible(view is not None)
        self.edit_button.setVisible(view is not None and not self.read_only)
        self.label.setStyleSheet(f"color: {look.DEDUCTION_RED}; font-weight: bold" if view else "")
        if view is not None and self.editor.isVisible() and self.text.text().strip() == view.reason:
            self.editor.hide()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.check.setEnabled(not read_only)
        if read_only:
            self.editor.hide()
        self.edit_button.setVisible(self.view is not None and not read_only)

    def toggle(self) -> None:
        if not self.read_only:
            self.check.click()

    def begin_edit(self) -> None:
        self.text.setText(self.view.reason if self.view else "")
        self.editor.show()
        self.text.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.editor.isVisible():
            self._cancel()
            return
        super().keyPressEvent(event)

    def _clicked(self, checked: bool) -> None:
        if checked:
            self.begin_edit()  # written only once a reason is given
        elif self.view is not None:
            self.bus.veto_clear_requested.emit(self.veto.id)
        else:
            self._cancel()

    def _confirm(self) -> None:
        reason = self.text.text().strip()
        if not reason:
            self.text.setFocus()
            return
        self.bus.veto_set_requested.emit(self.veto.id, reason)

    def _cancel(self) -> None:
        self.editor.hide()
        self.check.setChecked(self.view is not None)


class VetoBox(QFrame):
    def __init__(self, bus: ChecklistBus, vetoes: tuple[Veto, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("vetoBox")
        title = QLabel(self.tr("Vetoes and grave defects"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = wrapped(self.tr("Tick only with a written reason."), self, muted=True, small=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(hint, 1)
        layout.addLayout(head)
        self.rows = [VetoRow(bus, n, v, self) for n, v in enumerate(vetoes, 1)]
        for row in self.rows:
            layout.addWidget(row)

    def set_views(self, views: tuple[VetoView, ...]) -> None:
        by_id = {v.veto_id: v for v in views}
        for row in self.rows:
            row.set_view(by_id.get(row.veto.id))

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.set_read_only(read_only)

    def toggle(self, number: int) -> bool:
        if 1 <= number <= len(self.rows):
            self.rows[number - 1].toggle()
            return True
        return False
