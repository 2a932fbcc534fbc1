"""Help ▸ About: the version, the versions of what it runs on, where its files are, and the licences.

The licences are ``resources/licences.txt`` as shipped. Versions are read from the libraries
themselves (module attributes, not package metadata, which a bundle may not carry).
"""

from __future__ import annotations

import platform
import sqlite3

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import logs, paths

LICENCES_FILE = "licences.txt"


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt, PySide6, PyMuPDF/MuPDF, SQLite and the other libraries."""
    import PySide6
    import reportlab
    import sqlalchemy
    from PySide6.QtCore import qVersion

    from app.pdf._pymupdf import pymupdf

    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("PyMuPDF", f"{pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})"),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("reportlab", reportlab.Version),
    ]
    try:
        import openpyxl

        rows.append(("openpyxl", openpyxl.__version__))
    except ImportError:  # pragma: no cover - a dependency, but the About box must open regardless
        pass
    return rows


def licences_text() -> str:
    try:
        return (paths.resources_dir() / LICENCES_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Dossier Panel"))
        title = QLabel(self.tr("Dossier Panel {version}").format(version=logs.app_version()), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Offline review of enforcement case dossiers: reviewers score, the chair merges and ranks."
            ),
            self,
        )
        subtitle.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.version_labels: dict[str, QLabel] = {}
        for name, version in library_versions():
            label = QLabel(version, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.version_labels[name] = label
            form.addRow(name, label)
        log_file = logs.current_log_file() or logs.log_file()
        for caption, where in (
            (self.tr("Data folder"), paths.data_dir()),
            (self.tr("Settings"), paths.settings_file()),
            (self.tr("Log file"), log_file),
        ):
            label = QLabel(str(where), self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)

        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setPlainText(licences_text() or self.tr("The licence file is missing."))
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # its columns
        self.licences.setMinimumHeight(180)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        folder = buttons.addButton(self.tr("Open the data folder"), QDialogButtonBox.ButtonRole.ActionRole)
        folder.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def open_data_folder(self) -> None:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box (not modal) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
