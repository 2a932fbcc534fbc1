"""The reviewer's window: dossiers on the left, the PDF in the middle, the checklist on the right.

Everything it shows comes from the ``ReviewSession`` (the service through the worker); it remembers
its splitters, the last dossier, each dossier's page and the zoom in ``UiSettings``. The title and
the status bar always say panel, reviewer, dossier, page x / y and when the last change was saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import vocabulary
from app.services.review_service import ReviewStatus
from app.ui.reviewer.actions import build_actions
from app.ui.reviewer.checklist_panel import ChecklistPanel
from app.ui.reviewer.dossier_list import DossierList
from app.ui.reviewer.scoring import PdfLike, ScoringController
from app.ui.reviewer.session import DossierSnapshot, ReviewSession, WriteFailure
from app.ui.reviewer.shortcuts import CheatSheet
from app.ui.shared import messages
from app.ui.shared.message_bar import MessageBar
from app.ui.shared.passphrase_dialog import PASSPHRASE_CODES, Asker, ask_passphrase, passphrase_problem_text
from app.ui.shared.settings import UiSettings

ExportFunction = Callable[..., Any]  # (the open workspace's panel, the file to write, *, passphrase)
NARROW_WINDOW = 1300  # logical pixels: below this the PDF needs the room of its thumbnails

log = logging.getLogger(__name__)


def local_time(moment: datetime) -> str:
    """A UTC time stamp from the file as local time: "14:03:22", or "04-12 14:03" on another day."""
    local = moment.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%m-%d %H:%M")


class ReviewerWindow(QMainWindow):
    # File ▸ Open…: a package, panel or reviewer file chosen here; whoever started the window opens it
    # in its role (app.ui.start.launcher.Launcher.open_path).
    open_requested = Signal(object)

    def __init__(
        self,
        session: ReviewSession,
        settings: UiSettings,
        pdf_view: QWidget,
        *,
        source: Path,
        export: ExportFunction | None = None,
    ) -> None:
        super().__init__()
        self.session, self.settings, self.pdf, self.source = session, settings, pdf_view, source
        self.export_function = export
        # a workspace from an old, unprotected package: the dossiers can be read, nothing scored
        self.read_only = bool(getattr(session.service, "read_only", False))
        self.ask_passphrase: Asker = ask_passphrase  # tests answer in its place
        self.workspace_key = settings.workspace_key(source, session.reviewer.id)
        self.page = (0, 0)
        self.cheat_sheet: CheatSheet | None = None

        self.dossiers = DossierList(self)
        self.checklist = ChecklistPanel(self)
        self.messages = MessageBar(self)
        self.scoring = ScoringController(session, self.checklist.bus, cast(PdfLike, pdf_view), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.dossiers)
        self.splitter.addWidget(pdf_view)
        self.splitter.addWidget(self.checklist)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.where = {name: QLabel(self) for name in ("panel", "reviewer", "dossier", "page", "saved")}
        for name, label in self.where.items():
            if name == "panel":  # a short hint (status message) takes its place for a few seconds
                self.statusBar().addWidget(label, 1)
            else:
                self.statusBar().addPermanentWidget(label)
        self.where["panel"].setMinimumWidth(40)

        self.registry = build_actions(self, self)
        self.scoring.auto_anchor = self.registry.actions["auto_anchor"].isChecked()
        group = session.undo_group
        group.canUndoChanged.connect(self.registry.actions["undo"].setEnabled)
        group.canRedoChanged.connect(self.registry.actions["redo"].setEnabled)
        group.undoTextChanged.connect(lambda text: self._undo_text("undo", text))
        group.redoTextChanged.connect(lambda text: self._undo_text("redo", text))
        self.registry.actions["export"].setEnabled(export is not None and not self.read_only)
        self.checklist.locked = self.read_only
        if export is None:
            self.registry.actions["export"].setToolTip(
                self.tr("Arrives with the offline loop: export works in a reviewer's workspace")
            )

        session.entries_loaded.connect(self.dossiers.set_entries)
        session.entry_changed.connect(self.dossiers.update_entry)
        session.dossier_opened.connect(self._dossier_opened)
        session.state_changed.connect(self._state_changed)
        session.saved.connect(self._saved)
        session.write_failed.connect(self._write_failed)
        session.completion_checked.connect(self._completion_checked)
        session.saving.connect(self._saving)
        self.dossiers.dossier_chosen.connect(self.open_dossier)
        self.checklist.bus.complete_requested.connect(self.request_complete)
        self.checklist.bus.reopen_requested.connect(self.request_reopen)
        self.scoring.hint.connect(self._hint)
        _connect(pdf_view, "page_changed", self._page_changed)
        _connect(pdf_view, "rect_drawn", self.scoring.rect_drawn)
        _connect(pdf_view, "anchor_drawing_cancelled", self.scoring.drawing_cancelled)
        _connect(pdf_view, "document_problem", self._document_problem)
        _connect(pdf_view, "zoom_changed", lambda zoom: self.settings.set_zoom(self.workspace_key, zoom))

        self._restore_layout()
        self._update_where()

    # ------------------------------------------------------------------ starting
    def start(self) -> None:
        """Load the dossier list and reopen where the reviewer left off."""
        self.session.load_entries(then=self._open_initial)

    def _open_initial(self) -> None:
        entries = list(self.session.entries.values())
        if not entries:
            self.messages.show_message("info", self.tr("No dossiers are assigned to this reviewer."))
            return
        last = self.settings.last_dossier(self.workspace_key)
        if last not in self.session.entries:
            unfinished = [e for e in entries if e.status is not ReviewStatus.COMPLETE]
            last = (unfinished or entries)[0].code
        self.open_dossier(last)

    def _restore_layout(self) -> None:
        geometry = self.settings.bytes_value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(min(1600, screen.width()), min(1000, screen.height()))
        state = self.settings.bytes_value("state")
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.bytes_value("splitter")
        if sizes is None or not self.splitter.restoreState(sizes):
            self.default_splitter()
        self.dossiers.setVisible(self.settings.flag("list_visible", True))

    def default_splitter(self) -> None:
        """About 17 % for the list, a third at most for the checklist, the rest for the PDF; on a
        narrow window (1366×768 at 125 % is 1093 pixels) the PDF's thumbnails start hidden."""
        width = max(self.width(), 900)
        list_width = max(200, min(270, width * 16 // 100))
        checklist_width = max(370, min(520, width * 30 // 100))
        self.splitter.setSizes([list_width, width - list_width - checklist_width, checklist_width])
        if width < NARROW_WINDOW:
            button = getattr(getattr(self.pdf, "toolbar", None), "sidebar_button", None)
            if button is not None:
                button.setChecked(False)

    # ------------------------------------------------------------------ dossiers
    def open_dossier(self, code: str) -> None:
        current = self.session.current
        if current is not None and current.code == code:
            return
        self.checklist.flush_notes()
        self.session.open_dossier(code)

    def step_dossier(self, delta: int) -> None:
        current = self.session.current.code if self.session.current else None
        target = self.dossiers.neighbour(current, delta)
        if target is not None:
            self.open_dossier(target)

    def toggle_list(self) -> None:
        self.dossiers.setVisible(not self.dossiers.isVisible())
        self.settings.set_flag("list_visible", self.dossiers.isVisible())

    def _dossier_opened(self, snap: DossierSnapshot) -> None:
        self.dossiers.select(snap.code)
        self.checklist.show_dossier(snap)
        self.settings.set_last_dossier(self.workspace_key, snap.code)
        self.messages.dismiss()
        if self.read_only:
            self.messages.show_message("warning", self.read_only_text())
        self.page = (0, snap.entry.page_count or 0)
        if snap.pdf_path is not None and snap.pdf_path.is_file():
            page = self.settings.dossier_page(self.workspace_key, snap.code)
            zoom = self.settings.zoom(self.workspace_key)
            self.pdf_call("open_document", str(snap.pdf_path), page=page, zoom=zoom)
        else:
            self.pdf_call("close_document")
            self.messages.show_message("warning", self.tr("The PDF of this dossier is missing."))
        self.scoring.refresh_anchors(force=True)
        self._update_where()

    def _state_changed(self, snap: DossierSnapshot) -> None:
        self.checklist.update_state(snap)
        self.scoring.refresh_anchors()
        self._update_where()

    # ------------------------------------------------------------------ scoring
    def focus_free(self) -> None:
        if self.changeable() and not self.checklist.focus_free():
            self.statusBar().showMessage(self.tr("This item allows no free deduction."), 5000)

    def _latest(self) -> str | None:
        card = self.checklist.current
        view = card.latest_deduction() if card else None
        if view is None:
            self.statusBar().showMessage(self.tr("The current item has no deduction to anchor."), 5000)
            return None
        return view.uid

    def anchor_latest_here(self) -> None:
        uid = self._latest() if self.changeable() else None
        if uid:
            self.scoring.anchor_here(uid)

    def anchor_latest_draw(self) -> None:
        uid = self._latest() if self.changeable() else None
        if uid:
            self.scoring.anchor_draw(uid)

    def auto_anchor_toggled(self) -> None:
        on = self.registry.actions["auto_anchor"].isChecked()
        self.scoring.auto_anchor = on
        self.settings.set_flag("auto_anchor", on)

    def changeable(self) -> bool:
        """False (and a word in the status bar) while the dossier in view is complete."""
        if self.session.current is not None and self.session.current.complete:
            self.statusBar().showMessage(
                self.tr("This dossier is complete: reopen it to change its scores."), 6000
            )
            return False
        return True

    def undo(self) -> None:
        if self.changeable():
            self.checklist.flush_notes()
            self.session.runner.when_idle(self.session.undo_group.undo)

    def redo(self) -> None:
        if self.changeable():
            self.session.runner.when_idle(self.session.undo_group.redo)

    def _undo_text(self, name: str, text: str) -> None:
        action = self.registry.actions[name]
        if name == "undo":
            action.setText(self.tr("Undo {what}").format(what=text) if text else self.tr("Undo"))
        else:
            action.setText(self.tr("Redo {what}").format(what=text) if text else self.tr("Redo"))

    # ------------------------------------------------------------------ finishing
    def request_complete(self) -> None:
        if self.session.current is None or self.session.current.complete:
            return
        self.checklist.flush_notes()
        self.session.complete(accept_warnings=False)

    def request_reopen(self) -> None:
        if self.session.current is not None and self.session.current.complete:
            self.session.reopen()

    def _completion_checked(self, problems: list) -> None:
        snap = self.session.current
        if snap is None:
            return
        if not problems:
            done, total = self.dossiers.counts()
            following = self._next_unfinished()
            actions = [(self.tr("Next dossier"), lambda: self.open_dossier(following))] if following else []
            self.messages.show_message(
                "info",
                self.tr("Marked complete. Complete {done} / {total}.").format(done=done, total=total),
                actions,
            )
            return
        blocking = [p for p in problems if p.blocking]
        first = (blocking or problems)[0].item_id
        go = (self.tr("Go to the item"), lambda: self._go_to_problem(first))
        if blocking:
            text = messages.blocking_text(blocking, snap.checklist)
            self.messages.show_message("warning", text, [go])
        else:
            text = messages.unvisited_text(problems, snap.checklist)
            self.messages.show_message(
                "warning",
                text,
                [
                    (self.tr("Complete anyway"), self._accept_warnings),
                    go,
                    (self.tr("Cancel"), self.messages.dismiss),
                ],
                closable=False,
            )

    def _accept_warnings(self) -> None:
        self.messages.dismiss()
        self.session.complete(accept_warnings=True)

    def _go_to_problem(self, item_id: str | None) -> None:
        self.messages.dismiss()
        if item_id and self.checklist.card(item_id) is not None:
            self.checklist.set_current_item(item_id)

    def _next_unfinished(self) -> str | None:
        entries = self.dossiers.model.entries
        codes = [e.code for e in entries]
        start = codes.index(self.session.current.code) if self.session.current else -1
        for entry in entries[start + 1 :] + entries[: start + 1]:
            if entry.status is not ReviewStatus.COMPLETE:
                return entry.code
        return None

    def read_only_text(self) -> str:
        return self.tr(
            "This is an old, unprotected package (not encrypted, not signed): you can read the dossiers, but not score them or export. Ask the panel chair for a new package; the scores you entered are carried over."
        )

    def export_reviewer_file(self, problem: str = "", path: str = "") -> None:
        """Ask where, then the passphrase that unlocks the signing key; a wrong one is asked again."""
        if self.export_function is None:
            return
        if self.read_only:
            self.messages.show_message("warning", self.read_only_text())
            return
        export = self.export_function
        if path:
            self._export_to(export, path, problem)
            return
        suggested = str(self.source.parent / f"{self.session.reviewer.id}.dpreview")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reviewer file"), suggested, self.tr("Reviewer files (*.dpreview)")
        )
        if not path:
            return
        self._export_to(export, path, problem)

    def _export_to(self, export: ExportFunction, path: str, problem: str) -> None:
        passphrase = self.ask_passphrase(self, self.tr("Your signing key"), problem)
        if passphrase is None:
            return
        self.checklist.flush_notes()

        def failed(exc: BaseException) -> None:
            code = getattr(exc, "code", "")
            if code in PASSPHRASE_CODES:
                self.export_reviewer_file(passphrase_problem_text(code), path)
                return
            self.messages.show_message(
                "warning", self.tr("The reviewer file could not be written: {error}").format(error=exc)
            )

        self.session.runner.run(
            lambda: export(
                self.session.panel, Path(path), passphrase=passphrase
            ),  # the window holds the lock
            lambda _result: self.messages.show_message(
                "info", self.tr("Reviewer file written: {path}").format(path=path)
            ),
            failed,
        )

    # ------------------------------------------------------------------ the PDF
    def pdf_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.pdf, name, None)
        return method(*args, **kwargs) if method is not None else None

    def step_page(self, delta: int) -> None:
        page, count = self.page
        if count:
            self.go_to_page(min(max(page + delta, 1), count))

    def go_to_page(self, page: int) -> None:
        _, count = self.page
        if count and page >= 1:
            self.pdf_call("go_to", min(page, count))

    def _page_changed(self, page: int, count: int) -> None:
        self.page = (page, count)
        if self.session.current is not None and page:
            self.settings.set_dossier_page(self.workspace_key, self.session.current.code, page)
        self._update_where()

    def _hint(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 15000)
        else:
            self.statusBar().clearMessage()

    def _document_problem(self, code: str) -> None:
        # The PDF view shows the full message in place of the pages; a line here is enough.
        self.statusBar().showMessage(messages.document_problem_text(code), 10000)

    # ------------------------------------------------------------------ where am I
    def reviewer_label(self) -> str:
        reviewer = self.session.reviewer
        role = vocabulary.word("role", reviewer.role)
        return self.tr("{name} ({id}, {role})").format(name=reviewer.name, id=reviewer.id, role=role)

    def _update_where(self) -> None:
        snap = self.session.current
        page, count = self.page
        dossier = snap.entry.case_number if snap else "—"
        page_text = self.tr("Page {page} / {count}").format(page=page, count=count) if page and count else ""
        saved = self.session.last_saved_at or (snap.state.updated_at if snap else None)
        saved_text = (
            self.tr("Saved {time}").format(time=local_time(saved)) if saved else self.tr("No changes yet")
        )
        self.where["panel"].setText(self.session.title)
        self.where["reviewer"].setText(self.reviewer_label())
        self.where["dossier"].setText(dossier)
        self.where["page"].setText(page_text)
        if not self.where["saved"].property("failed"):
            self.where["saved"].setText(saved_text)
        parts = [dossier, page_text, self.reviewer_label(), self.session.title, saved_text]
        self.setWindowTitle(" · ".join(p for p in parts if p) + " — " + self.tr("Dossier Panel"))

    def _saved(self, _moment: datetime) -> None:
        self.where["saved"].setProperty("failed", False)
        self.where["saved"].setStyleSheet("")
        self._update_where()

    def _saving(self) -> None:
        if not self.where["saved"].property("failed"):
            self.where["saved"].setText(self.tr("Saving…"))

    def _write_failed(self, failure: WriteFailure) -> None:
        text = messages.failure_text(
            failure, self.session.current.checklist if self.session.current else None
        )
        self.messages.show_message("warning", text)
        if failure.code in messages.STORAGE_CODES:
            self.where["saved"].setProperty("failed", True)
            self.where["saved"].setText(self.tr("Not saved!"))
            self.where["saved"].setStyleSheet("font-weight: bold")
        else:  # refused (nothing was written): the last save still stands
            self._update_where()

    def ask_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a reviewer package or a panel"),
            "",
            self.tr("Reviewer packages and panels (*.dppkg *.dpanel);;Reviewer files (*.dpreview)"),
        )
        if path:
            self.open_requested.emit(Path(path))

    # ------------------------------------------------------------------ help and language
    def show_cheat_sheet(self) -> None:
        if self.cheat_sheet is None:
            self.cheat_sheet = CheatSheet(self.registry, self)
        self.cheat_sheet.show()
        self.cheat_sheet.raise_()

    def set_language(self, code: str) -> None:
        if code != self.settings.language:
            self.settings.language = code
            self.messages.show_message("info", messages.language_text(code))

    # ------------------------------------------------------------------ closing
    def save_layout(self) -> None:
        self.settings.set_bytes_value("geometry", self.saveGeometry())
        self.settings.set_bytes_value("state", self.saveState())
        self.settings.set_bytes_value("splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.checklist.flush_notes()
        self.save_layout()
        # Never wait for the worker here: what was handed in is still written there, in order, and
        # the panel is closed after it (so the next window or command may write the panel).
        if self.session.runner.busy:
            log.info("window closed while a change was being saved; it is finished in the background")
        self.session.runner.stop(after=self.session.panel.close)
        self.pdf_call("shutdown")
        if self.cheat_sheet is not None:
            self.cheat_sheet.close()
        super().closeEvent(event)


def _connect(widget: QWidget, signal: str, slot: Callable[..., Any]) -> None:
    bound = getattr(widget, signal, None)
    if bound is not None:
        bound.connect(slot)
