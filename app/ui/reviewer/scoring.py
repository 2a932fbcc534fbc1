"""Turns what the reviewer does in the checklist into service calls, each with its undo command.

Anchors: with "anchor to the page in view" on (the default), a new deduction or veto points at the
page the reviewer is reading. A deduction can be re-anchored to the page in view, or to a rectangle
drawn on the page (``PdfView.start_anchor_drawing`` → ``rect_drawn``); clicking its page jumps there
and outlines the rectangle.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.services.review_service import DeductionView, VetoView
from app.ui.reviewer.checklist_bus import ChecklistBus
from app.ui.reviewer.session import ReviewSession
from app.ui.reviewer.undo import (
    AddDeduction,
    ChangeVeto,
    RemoveDeduction,
    SetItemNote,
    SetNote,
    UpdateDeduction,
)

Rect = tuple[float, float, float, float]


class PdfLike(Protocol):
    def current_page(self) -> int: ...
    def page_count(self) -> int: ...
    def go_to(self, page: int, rect: Any = None) -> None: ...
    def start_anchor_drawing(self) -> None: ...
    def show_anchors(self, anchors: list[tuple[int, Any]]) -> None: ...


def as_rect(value: Any) -> Rect | None:
    """A rectangle from the PDF view as (x0, y0, x1, y1) in page points, whatever shape it came in."""
    if value is None:
        return None
    if all(hasattr(value, name) for name in ("x", "y", "width", "height")):  # QRectF
        x, y, w, h = (float(getattr(value, n)()) for n in ("x", "y", "width", "height"))
        return (x, y, x + w, y + h)
    x0, y0, x1, y1 = (float(v) for v in value)
    return (x0, y0, x1, y1)


class ScoringController(QObject):
    hint = Signal(str)  # a short line for the status bar
    drawing_started = Signal(str)  # deduction uid

    def __init__(
        self, session: ReviewSession, bus: ChecklistBus, pdf: PdfLike, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.bus, self.pdf = session, bus, pdf
        self.auto_anchor = True
        self.drawing_for: str | None = None
        self.shown_anchors: list[tuple[int, Rect | None]] | None = None
        bus.item_activated.connect(session.mark_visited)
        bus.reason_toggled.connect(self.reason_toggled)
        bus.points_changed.connect(self.points_changed)
        bus.free_deduction_requested.connect(self.free_deduction)
        bus.remove_requested.connect(self.remove)
        bus.anchor_here_requested.connect(self.anchor_here)
        bus.anchor_draw_requested.connect(self.anchor_draw)
        bus.anchor_jump_requested.connect(self.jump)
        bus.veto_set_requested.connect(self.set_veto)
        bus.veto_clear_requested.connect(self.clear_veto)
        bus.item_note_changed.connect(self.item_note)
        bus.note_changed.connect(self.note)

    # ------------------------------------------------------------------ helpers
    @property
    def dossier(self) -> str | None:
        return self.session.current.code if self.session.current else None

    def page_in_view(self) -> int | None:
        try:
            count = self.pdf.page_count()
            page = self.pdf.current_page()
        except RuntimeError:
            return None
        return page if count and 1 <= page <= count else None

    def deduction(self, uid: str) -> DeductionView | None:
        if self.session.current is None:
            return None
        return next((d for d in self.session.current.state.deductions if d.uid == uid), None)

    def anchors(self) -> list[tuple[int, Rect | None]]:
        if self.session.current is None:
            return []
        return [(d.page, d.rect) for d in self.session.current.state.deductions if d.page is not None]

    # ------------------------------------------------------------------ deductions
    def add(self, item_id: str, points: Decimal, *, reason_id: str | None = None, text: str = "") -> None:
        code = self.dossier
        if code is None:
            return
        page = self.page_in_view() if self.auto_anchor else None
        session = self.session
        self.session.write(
            lambda s, d: s.add_deduction(d, item_id, points, reason_id=reason_id, text=text, page=page),
            command=lambda view: AddDeduction(session, code, view),
        )

    def reason_toggled(self, item_id: str, reason_id: str, checked: bool, points: Decimal) -> None:
        if checked:
            self.add(item_id, points, reason_id=reason_id)
            return
        if self.session.current is None:
            return
        for view in self.session.current.state.deductions:
            if view.item_id == item_id and view.reason_id == reason_id:
                self.remove(view.uid)
                return

    def free_deduction(self, item_id: str, points: Decimal, text: str) -> None:
        self.add(item_id, points, text=text)

    def remove(self, uid: str) -> None:
        old, code = self.deduction(uid), self.dossier
        if old is None or code is None:
            return
        session = self.session
        self.session.write(
            lambda s, d: s.remove_deduction(d, uid), command=lambda _r: RemoveDeduction(session, code, old)
        )

    def update(self, uid: str, **changes: Any) -> None:
        old, code = self.deduction(uid), self.dossier
        if old is None or code is None:
            return
        new = replace(old, **changes)
        if new == old:
            return
        session = self.session
        self.session.write(
            lambda s, d: s.update_deduction(d, uid, **changes),
            command=lambda _r: UpdateDeduction(session, code, old, new),
        )

    def points_changed(self, uid: str, points: Decimal) -> None:
        self.update(uid, points=points)

    # ------------------------------------------------------------------ anchors
    def anchor_here(self, uid: str) -> None:
        page = self.page_in_view()
        if page is None:
            self.hint.emit(self.tr("Open the dossier's PDF first."))
            return
        self.update(uid, page=page, rect=None)

    def anchor_draw(self, uid: str) -> None:
        if self.page_in_view() is None:
            self.hint.emit(self.tr("Open the dossier's PDF first."))
            return
        self.drawing_for = uid
        self.pdf.start_anchor_drawing()
        self.drawing_started.emit(uid)
        self.hint.emit(self.tr("Drag a box round the evidence on the page (Esc cancels)."))

    def rect_drawn(self, page: int, rect: object) -> None:
        uid, self.drawing_for = self.drawing_for, None
        self.hint.emit("")  # the drawing hint is done with
        if uid is not None:
            self.update(uid, page=int(page), rect=as_rect(rect))

    def drawing_cancelled(self) -> None:
        self.drawing_for = None
        self.hint.emit("")

    def jump(self, uid: str) -> None:
        view = self.deduction(uid)
        if view is not None and view.page is not None:
            self.pdf.go_to(view.page, view.rect)

    def refresh_anchors(self, *, force: bool = False) -> None:
        """Outline the dossier's anchors on its pages; when they are those shown already (a note, a
        visit), the PDF is not repainted, unless ``force`` (a document just opened)."""
        anchors = self.anchors()
        if anchors == self.shown_anchors and not force:
            return
        with contextlib.suppress(RuntimeError):  # no document open
            self.pdf.show_anchors(anchors)
            self.shown_anchors = anchors

    # ------------------------------------------------------------------ vetoes and notes
    def _veto(self, veto_id: str) -> VetoView | None:
        if self.session.current is None:
            return None
        return next((v for v in self.session.current.state.vetoes if v.veto_id == veto_id), None)

    def set_veto(self, veto_id: str, reason: str) -> None:
        code = self.dossier
        if code is None:
            return
        old = self._veto(veto_id)
        page = self.page_in_view() if self.auto_anchor else None
        if old is not None:
            page = old.page
        new = VetoView(veto_id, reason, page)
        session = self.session
        self.session.write(
            lambda s, d: s.set_veto(d, veto_id, reason, page),
            command=lambda _r: ChangeVeto(session, code, veto_id, old, new),
        )

    def clear_veto(self, veto_id: str) -> None:
        old, code = self._veto(veto_id), self.dossier
        if old is None or code is None:
            return
        session = self.session
        self.session.write(
            lambda s, d: s.clear_veto(d, veto_id),
            command=lambda _r: ChangeVeto(session, code, veto_id, old, None),
        )

    def item_note(self, item_id: str, text: str) -> None:
        code = self.dossier
        if code is None or self.session.current is None:
            return
        old = self.session.current.state.item_notes.get(item_id, "")
        if old == text:
            return
        session = self.session
        self.session.write(
            lambda s, d: s.set_item_note(d, item_id, text),
            command=lambda _r: SetItemNote(session, code, item_id, old, text),
        )

    def note(self, text: str) -> None:
        code = self.dossier
        if code is None or self.session.current is None:
            return
        old = self.session.current.state.note
        if old == text:
            return
        session = self.session
        self.session.write(
            lambda s, d: s.set_note(d, text), command=lambda _r: SetNote(session, code, old, text)
        )
