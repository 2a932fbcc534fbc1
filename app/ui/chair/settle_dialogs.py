"""The chair's settlement dialogs that ask for more than a reason: a unit's grade (points in the rule
set's range, checked as they are typed) and the member candidates a unit pools (as many as the rule
set says). Both need a reason; OK waits until everything asked is filled in correctly.

Pages run them through ``dialogs.exec_dialog`` so a test fills them in instead of a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.review.field_values import FieldError, parse_points
from app.review.points import format_points
from app.ui.shared import look


class _ReasonedDialog(QDialog):
    """A prompt, the dialog's own fields, a required reason, a hint line and OK/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(
            self.tr("Required: it is kept with the change and printed in the records")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(70)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {look.MUTED}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self.update_state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def problem(self) -> str:
        """What is still missing or wrong, in words; "" when OK may be pressed."""
        return "" if self.reason() else self.tr("Write the reason to go on.")

    def update_state(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.hint.setText(problem)


class GradeDialog(_ReasonedDialog):
    """The chair's grade of a unit: exact points from 0 to the rule set's maximum, two decimals at most."""

    def __init__(
        self,
        parent: QWidget | None,
        candidate: str,
        label: str,
        maximum: Decimal | int,
        current: Decimal | None,
        current_reason: str,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Enter the chair's grade"),
            self.tr("{label} of {candidate}: 0 to {maximum} points, at most two decimals.").format(
                label=label, candidate=candidate, maximum=format_points(maximum)
            ),
        )
        self.maximum = Decimal(maximum)
        self.points_edit = QLineEdit(self)
        self.points_edit.setMaxLength(16)
        self.points_edit.setPlaceholderText(self.tr("0 – {maximum}").format(maximum=format_points(maximum)))
        self.form.addRow(self.tr("Points"), self.points_edit)
        if current is not None:
            self.points_edit.setText(format_points(current))
            self.form.addRow(
                self.tr("Entered before"),
                QLabel(
                    self.tr("{points} ({reason})").format(
                        points=format_points(current), reason=current_reason
                    ),
                    self,
                ),
            )
        self.points_edit.textChanged.connect(self.update_state)
        self.resize(480, 300)
        self.update_state()

    def points(self) -> Decimal | None:
        try:
            return parse_points(self.points_edit.text(), maximum=self.maximum)
        except FieldError:
            return None

    def problem(self) -> str:
        if self.points() is None:
            return self.tr("Write the points: 0 to {maximum}, at most two decimals.").format(
                maximum=format_points(self.maximum)
            )
        return super().problem()


class PoolDialog(_ReasonedDialog):
    """Which member candidates (counties) a unit (a city) pools: exactly ``count`` of ``members``."""

    def __init__(
        self,
        parent: QWidget | None,
        unit: str,
        members: Sequence[tuple[str, str]],
        count: int,
        chosen: Sequence[str],
    ) -> None:
        super().__init__(
            parent,
            self.tr("Choose the pooled member candidates"),
            self.tr(
                "{unit} has {have} member candidates; the notice pools {count}. Tick the {count} whose dossiers count for it."
            ).format(unit=unit, have=len(members), count=count),
        )
        self.count = count
        self.boxes: dict[str, QCheckBox] = {}
        for member_id, name in members:
            box = QCheckBox(f"{name}（{member_id}）", self)
            box.setChecked(member_id in chosen)
            box.toggled.connect(self.update_state)
            self.boxes[member_id] = box
            self.form.addRow(box)
        self.resize(480, 320)
        self.update_state()

    def members(self) -> list[str]:
        return [member_id for member_id, box in self.boxes.items() if box.isChecked()]

    def problem(self) -> str:
        chosen = len(self.members())
        if chosen != self.count:
            return self.tr("Tick exactly {count} ({chosen} ticked).").format(count=self.count, chosen=chosen)
        return super().problem()
