"""Asking for a package's passphrase (the slip the chair handed over apart from the USB stick).

The dialog checks the form as the reviewer types (24 letters and digits in six groups; case,
spaces and hyphens do not matter) and shows why the last try failed ("wrong passphrase") above the
field. The passphrase is shown as typed: it is read off paper, and hidden characters make 24 of
them hard to get right; it is never stored by the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.exchange.crypto import CryptoError, grouped, normalise
from app.ui.shared import look
from app.ui.shared.look import translate

Asker = Callable[[QWidget | None, str, str], str | None]
PASSPHRASE_CODES = {"wrong_passphrase", "bad_passphrase"}  # refusals that ask for the passphrase again


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, what: str, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.prompt = QLabel(
            self.tr(
                "{what} is protected. Type the passphrase printed on the slip the panel chair gave you with it."
            ).format(what=what),
            self,
        )
        self.prompt.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {look.WARNING_BORDER}")
        self.problem.setVisible(bool(problem))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 3)
        self.field.setFont(mono)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {look.MUTED}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.problem)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update)
        self.resize(480, 200)
        self._update()

    def passphrase(self) -> str | None:
        """The typed passphrase in its printed form, or None while it cannot be one."""
        try:
            return grouped(normalise(self.field.text()))
        except CryptoError:
            return None

    def _update(self) -> None:
        ok = self.passphrase() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        typed = sum(ch.isalnum() for ch in self.field.text())
        self.hint.setText(
            ""
            if ok
            else self.tr("{typed} of 24 letters and digits; case, spaces and hyphens do not matter.").format(
                typed=typed
            )
        )


def ask_passphrase(parent: QWidget | None, what: str, problem: str = "") -> str | None:
    """The passphrase, or None when the reviewer cancels. ``problem``: why the last one failed."""
    dialog = PassphraseDialog(parent, what, problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def passphrase_problem_text(code: str) -> str:
    """Why a passphrase did not open the package or unlock the signing key, in the reviewer's words."""
    if code == "bad_passphrase":
        return translate(
            "Passphrase", "That is not a passphrase: it has 24 letters and digits in six groups."
        )
    return translate(
        "Passphrase",
        "The passphrase does not open this package. Check it against the slip (the slip of this package, not another one) and type it again.",
    )
