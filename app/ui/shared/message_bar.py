"""A quiet bar above the work area for things the reviewer should know, never a blocking dialog.

Kinds: ``info`` (grey-blue, goes away by itself after a while), ``warning`` or ``error`` (amber, stays until
closed or acted on). Red is kept for deductions, so errors are amber with a word that says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from app.ui.shared import look

INFO_TIMEOUT_MS = 8000


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.dismiss)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 4, 6, 4)
        self._row.setSpacing(6)
        self._row.addWidget(self.label, 1)
        self._row.addWidget(self.close_button)
        self.kind = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(
        self,
        kind: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        *,
        closable: bool = True,
    ) -> None:
        """Show ``text``; each action is a button; ``closable=False`` when an action already cancels."""
        self._timer.stop()
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for title, callback in actions:
            button = QPushButton(title, self)
            button.clicked.connect(callback)
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self.kind = kind
        background, border = (
            (look.WARNING_BG, look.WARNING_BORDER)
            if kind in ("warning", "error")
            else (look.INFO_BG, look.INFO_BORDER)
        )
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
        )
        self.label.setText(text)
        self.close_button.setVisible(closable)
        self.show()
        if kind == "info" and not actions:
            self._timer.start(INFO_TIMEOUT_MS)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.kind = ""
