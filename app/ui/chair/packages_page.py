"""Step 3: packages — one click writes every reviewer's package into a chosen folder, with progress
and cancel, and a table of which file goes to whom with its passphrase; the passphrase slips print
to a PDF (one sheet per reviewer), to be handed over apart from the USB sticks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import chair_ops
from app.services.chair_ops import OpResult
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.services.panel import ReviewerRecord
from app.services.progress import Progress
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.widgets import (
    ChairPage,
    Tone,
    fill_table,
    fit_columns,
    heading_label,
    hint_label,
    make_table,
    status_item,
    text_item,
)
from app.ui.chair.wording import role_word


class PackagesPage(ChairPage):
    shows = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.PACKAGES  # who gets a package, passphrases

    def __init__(self, context: ChairContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.built: dict[str, Path] = {}  # reviewer id -> package written in this session
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("Choose a folder, e.g. on the USB stick"))
        choose = QPushButton(self.tr("Choose folder…"), self)
        choose.clicked.connect(self.choose_folder)
        self.build_button = QPushButton(self.tr("Make every reviewer's package"), self)
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.open_button = QPushButton(self.tr("Open the folder"), self)
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.slips_button = QPushButton(self.tr("Print the passphrase slips…"), self)
        self.slips_button.clicked.connect(self.print_slips)
        self.slips_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Write the packages to"), self))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.build_button)
        row.addWidget(self.open_button)
        row.addWidget(self.slips_button)
        self.table = make_table(
            [
                self.tr("Reviewer"),
                self.tr("Role"),
                self.tr("Dossiers"),
                self.tr("Package file"),
                self.tr("Passphrase"),
                self.tr("Status"),
            ],
            self,
            stretch=3,
        )
        fit_columns(self.table, [190, 100, 80, 0, 260, 150])
        self.passphrases: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Packages for the reviewers"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each reviewer gets one encrypted file with their dossiers' PDFs, the checklist and the key their scores will be signed with, and a passphrase to open it. Copy each file to that reviewer's USB stick and hand them the printed passphrase slip separately, never with the stick. Making the packages again (after changing the assignment) gives new passphrases: print the slips again."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def choose_folder(self) -> None:
        chosen = dialogs.ask_folder(self, self.tr("Where should the packages go?"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def open_folder(self) -> None:
        if self.folder.text():
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def build(self) -> None:
        if self.context.panel is None:
            return
        if not self.folder.text():
            self.choose_folder()
            if not self.folder.text():
                return
        out = Path(self.folder.text())
        panel = self.context.panel

        def work(progress: Progress) -> OpResult[list[tuple[ReviewerRecord, Path]]]:
            return chair_ops.make_packages(panel, out, progress)

        def done(built: list[tuple[ReviewerRecord, Path]]) -> None:
            self.built = {reviewer.id: path for reviewer, path in built}
            self.open_button.setEnabled(True)
            self.context.say(
                "info",
                self.tr("{count} packages written to {folder}. Hand each file to its reviewer.").format(
                    count=len(built), folder=out
                ),
            )

        self.context.run_long(self.tr("Making the packages"), work, done)

    def print_slips(self) -> None:
        panel = self.context.panel
        if panel is None or not self.passphrases:
            return
        target = dialogs.ask_save_file(
            self,
            self.tr("Save the passphrase slips"),
            str(panel.path.parent / self.tr("{name}-passphrase-slips.pdf").format(name=panel.path.stem)),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        folder = Path(self.folder.text()) if self.folder.text() else None
        if folder is not None and target.resolve().is_relative_to(folder.resolve()):
            self.context.say(
                "warning",
                self.tr("Do not save the slips with the packages: whoever gets both opens every dossier."),
            )
            return

        def work(progress: Progress) -> OpResult[Path]:
            return chair_ops.print_slips(panel, target)

        def done(path: Path) -> None:
            self.context.say(
                "info",
                self.tr(
                    "The slips are in {path}. Print them and hand each to its reviewer separately from the USB stick."
                ).format(path=path),
            )

        self.context.run_long(self.tr("Printing the slips"), work, done)

    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        if state is None:
            return
        self.passphrases = dict(state.passphrases)
        self.slips_button.setEnabled(bool(self.passphrases))
        if not self.folder.text():
            self.folder.setText(
                str(state.path.parent / self.tr("{name}-packages").format(name=state.path.stem))
            )
        load = state.load
        rows = []
        for reviewer in state.reviewers:
            count = load.get(reviewer.id, 0)
            path = self.built.get(reviewer.id)
            if not count:
                status = status_item(Tone.WAITING, self.tr("No dossier assigned"))
            elif path is not None:
                status = status_item(Tone.GOOD, self.tr("Written"), str(path))
            else:
                status = status_item(Tone.WAITING, self.tr("Not written yet"))
            rows.append(
                [
                    text_item(f"{reviewer.name}（{reviewer.id}）"),
                    text_item(role_word(reviewer.role)),
                    text_item(count, number=True),
                    text_item(path.name if path else state.package_file(reviewer) if count else "—"),
                    text_item(self.passphrases.get(reviewer.id, "—")),
                    status,
                ]
            )
        fill_table(self.table, rows)

    def set_busy(self, busy: bool) -> None:
        self.build_button.setEnabled(not busy)
