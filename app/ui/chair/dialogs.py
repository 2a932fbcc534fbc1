"""The small questions the chair's window asks: files, folders, a choice, a written reason, a yes or no.

Pages call these through the module (``dialogs.ask_open_files(...)``), so a test replaces them with
answers and no native dialog ever opens in a test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.shared import look
from app.ui.shared.look import translate


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )


def manifest_filter() -> str:
    return translate("Dialogs", "Manifests (*.csv *.xlsx *.tsv *.txt);;All files (*)")


def ask_open_files(parent: QWidget | None, title: str, filters: str, folder: str = "") -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder or documents_folder(), filters)
    return [Path(n) for n in names]


def ask_open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder or documents_folder(), filters)
    return Path(name) if name else None


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def ask_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, folder or documents_folder())
    return Path(name) if name else None


def ask_choice(parent: QWidget | None, title: str, prompt: str, choices: list[str]) -> str | None:
    """One of ``choices`` (the first preselected), or None when the chair cancels."""
    chosen, ok = QInputDialog.getItem(parent, title, prompt, choices, 0, False)
    return str(chosen) if ok else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ReasonDialog(QDialog):
    """Asks for a written reason; with ``required`` the OK button waits until something is written."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, required: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("Required: it is kept with the change and printed in the records")
            if required
            else self.tr("Optional: it is kept with the change")
        )
        self.text.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {look.MUTED}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self.resize(460, 240)
        self._update()

    def _update(self) -> None:
        missing = self.required and not self.reason().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        self.hint.setText(self.tr("Write the reason to go on.") if missing else "")

    def reason(self) -> str:
        return self.text.toPlainText().strip()


def ask_reason(parent: QWidget | None, title: str, prompt: str, *, required: bool) -> str | None:
    """The reason written, "" when optional and left empty, or None when cancelled."""
    dialog = ReasonDialog(parent, title, prompt, required=required)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; True when accepted (tests replace this to fill the dialog in instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted
