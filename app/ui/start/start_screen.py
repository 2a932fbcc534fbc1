"""The first window: what would you like to do? — and the files opened lately.

It asks nothing it does not need: a reviewer opens the package the chair gave them; a chair opens or
creates a panel; anyone can try the demo. Each choice is a signal the launcher (``app.ui.start.launcher``)
acts on; while it works (unpacking a package, building the demo) the screen says so and waits. File
choices go through ``ask_file`` so tests answer them without a native dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.ui.shared import look, messages
from app.ui.shared.message_bar import MessageBar
from app.ui.shared.settings import UiSettings
from app.ui.start.recent_files import CHAIR, RecentEntry, RecentFiles

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def ask_file(parent: QWidget | None, title: str, filters: str, folder: str) -> Path | None:
    """A file chosen by the user, or ``None`` (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def app_icon() -> QIcon:
    """The program's icon from resources/icons (an empty icon if they are missing)."""
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for png in sorted(folder.glob("dossier-panel-*.png")):
        icon.addFile(str(png))
    return icon


class StartScreen(QWidget):
    package_requested = Signal(object)  # Path of a .dppkg
    panel_requested = Signal(object)  # Path of a .dpanel (a chair's panel or a workspace)
    new_panel_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # RecentEntry
    about_requested = Signal()

    def __init__(self, settings: UiSettings, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.recent = settings, recent
        self.setObjectName("startScreen")
        self.setWindowTitle(self.tr("Dossier Panel"))
        self.setWindowIcon(app_icon())

        title = QLabel(self.tr("Dossier Panel"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("Review of enforcement case dossiers, on this computer, without a network."), self
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet(f"color: {look.MUTED}")

        self.package_button = QCommandLinkButton(
            self.tr("Open a reviewer package"),
            self.tr("The .dppkg file the panel chair gave you (on a USB stick). You score on this computer."),
            self,
        )
        self.panel_button = QCommandLinkButton(
            self.tr("Open a panel"),
            self.tr("For the panel chair: a .dpanel file — packages, merging, results, printing."),
            self,
        )
        self.new_button = QCommandLinkButton(
            self.tr("New panel"), self.tr("For the panel chair: start a review panel from a rule set."), self
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Try the demo"),
            self.tr("A sample panel of synthetic dossiers; you score as expert E1. Nothing real is changed."),
            self,
        )
        self.package_button.clicked.connect(self.choose_package)
        self.panel_button.clicked.connect(self.choose_panel)
        self.new_button.clicked.connect(self.new_panel_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.busy_text = ""
        self.action_buttons = [self.package_button, self.panel_button, self.new_button, self.demo_button]

        actions = QVBoxLayout()
        actions.setSpacing(4)
        actions.addWidget(QLabel(self.tr("What would you like to do?"), self))
        for button in self.action_buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setWordWrap(True)
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_empty = QLabel(self.tr("Nothing opened yet."), self)
        self.recent_empty.setStyleSheet(f"color: {look.MUTED}")
        recent_box = QVBoxLayout()
        recent_box.setSpacing(4)
        recent_box.addWidget(QLabel(self.tr("Opened lately"), self))
        recent_box.addWidget(self.recent_empty)
        recent_box.addWidget(self.recent_list, 10)
        recent_box.addStretch(1)  # takes the room while the list is hidden (nothing opened yet)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(actions, 5)
        columns.addLayout(recent_box, 4)

        self.messages = MessageBar(self)
        self.busy_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.busy_bar)

        self.language = QComboBox(self)
        for code, name in (("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.about_button = QPushButton(self.tr("About"), self)
        self.about_button.clicked.connect(self.about_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Language"), self))
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.about_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.messages)
        layout.addLayout(columns, 1)
        layout.addLayout(busy_row)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.choose_package)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)
        self.set_busy("")
        self.refresh_recent()
        self.resize(860, 540)

    # ------------------------------------------------------------------ choices
    def choose_package(self) -> None:
        path = ask_file(
            self, self.tr("Open a reviewer package"), self.tr("Reviewer packages (*.dppkg)"), self._folder()
        )
        if path is not None:
            self.package_requested.emit(path)

    def choose_panel(self) -> None:
        path = ask_file(self, self.tr("Open a panel"), self.tr("Panels (*.dpanel)"), self._folder())
        if path is not None:
            self.panel_requested.emit(path)

    def _folder(self) -> str:
        entries = self.recent.entries()
        if entries:
            return str(entries[0].file.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )

    def _recent_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, RecentEntry):
            self.recent_chosen.emit(entry)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        if code != self.settings.language:
            self.settings.language = code
            self.messages.show_message("info", messages.language_text(code))

    # ------------------------------------------------------------------ showing
    def refresh_recent(self) -> None:
        self.recent_list.clear()
        for entry in self.recent.entries():
            item = QListWidgetItem(self.entry_text(entry), self.recent_list)
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(entry.path)
        empty = self.recent_list.count() == 0
        self.recent_list.setVisible(not empty)
        self.recent_empty.setVisible(empty)
        if not empty:
            self.recent_list.setCurrentRow(0)

    def entry_text(self, entry: RecentEntry) -> str:
        name = entry.title or entry.file.stem
        if entry.role == CHAIR:
            role = self.tr("chair")
        elif entry.reviewer:
            role = self.tr("reviewer {id}").format(id=entry.reviewer)
        else:
            role = self.tr("reviewer")
        return f"{name}\n{role} · {entry.file.parent}"

    def set_busy(self, text: str) -> None:
        """Say what is being done and wait (``""`` when done)."""
        self.busy_text = text
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(text))
        self.busy_bar.setVisible(bool(text))
        for button in self.action_buttons:
            button.setEnabled(not text)
        self.recent_list.setEnabled(not text)

    def show_problem(self, text: str) -> None:
        self.set_busy("")
        self.messages.show_message("warning", text)
