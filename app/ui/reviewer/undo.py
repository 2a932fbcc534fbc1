"""Undo commands for every scoring change; each one calls the service through the session's worker.

A command is pushed after its first write has been saved, so its first ``redo`` (which QUndoStack
calls on push) does nothing. Later undo and redo write again; the session drops the dossier's
history if such a write fails.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.review_service import DeductionView, ReviewService, VetoView
from app.ui.reviewer.session import ReviewSession


def deduction_fields(view: DeductionView) -> dict[str, Any]:
    return {
        "points": view.points,
        "reason_id": view.reason_id,
        "text": view.text,
        "page": view.page,
        "rect": view.rect,
    }


class ServiceCommand(QUndoCommand):
    def __init__(self, session: ReviewSession, dossier: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.dossier = dossier
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the change is already saved: push() only records it
            self._pushed = True
            return
        self.session.write(self.forward, dossier=self.dossier, replaying=True)

    def undo(self) -> None:
        self.session.write(self.backward, dossier=self.dossier, replaying=True)

    def forward(self, service: ReviewService, dossier: str) -> object:
        raise NotImplementedError

    def backward(self, service: ReviewService, dossier: str) -> object:
        raise NotImplementedError


class AddDeduction(ServiceCommand):
    def __init__(self, session: ReviewSession, dossier: str, view: DeductionView) -> None:
        super().__init__(session, dossier, QCoreApplication.translate("Undo", "deduction"))
        self.view = view

    def forward(self, service: ReviewService, dossier: str) -> object:
        return service.restore_deduction(dossier, self.view)

    def backward(self, service: ReviewService, dossier: str) -> object:
        return service.remove_deduction(dossier, self.view.uid)


class RemoveDeduction(ServiceCommand):
    def __init__(self, session: ReviewSession, dossier: str, view: DeductionView) -> None:
        super().__init__(session, dossier, QCoreApplication.translate("Undo", "removing a deduction"))
        self.view = view

    def forward(self, service: ReviewService, dossier: str) -> object:
        return service.remove_deduction(dossier, self.view.uid)

    def backward(self, service: ReviewService, dossier: str) -> object:
        return service.restore_deduction(dossier, self.view)


class UpdateDeduction(ServiceCommand):
    def __init__(self, session: ReviewSession, dossier: str, old: DeductionView, new: DeductionView) -> None:
        text = (
            QCoreApplication.translate("Undo", "evidence anchor")
            if (old.page, old.rect) != (new.page, new.rect)
            else QCoreApplication.translate("Undo", "changing points")
        )
        super().__init__(session, dossier, text)
        self.old, self.new = old, new

    def forward(self, service: ReviewService, dossier: str) -> object:
        return service.update_deduction(dossier, self.new.uid, **deduction_fields(self.new))

    def backward(self, service: ReviewService, dossier: str) -> object:
        return service.update_deduction(dossier, self.old.uid, **deduction_fields(self.old))


class ChangeVeto(ServiceCommand):
    """Setting, re-wording or clearing a veto: ``old``/``new`` are None when the veto was/is not set."""

    def __init__(
        self, session: ReviewSession, dossier: str, veto_id: str, old: VetoView | None, new: VetoView | None
    ) -> None:
        super().__init__(
            session,
            dossier,
            QCoreApplication.translate("Undo", "veto")
            if new is not None
            else QCoreApplication.translate("Undo", "clearing a veto"),
        )
        self.veto_id, self.old, self.new = veto_id, old, new

    @staticmethod
    def _put(service: ReviewService, dossier: str, veto_id: str, view: VetoView | None) -> None:
        if view is None:
            service.clear_veto(dossier, veto_id)
        else:
            service.set_veto(dossier, veto_id, view.reason, view.page)

    def forward(self, service: ReviewService, dossier: str) -> object:
        self._put(service, dossier, self.veto_id, self.new)
        return None

    def backward(self, service: ReviewService, dossier: str) -> object:
        self._put(service, dossier, self.veto_id, self.old)
        return None


class SetNote(ServiceCommand):
    def __init__(self, session: ReviewSession, dossier: str, old: str, new: str) -> None:
        super().__init__(session, dossier, QCoreApplication.translate("Undo", "review note"))
        self.old, self.new = old, new

    def forward(self, service: ReviewService, dossier: str) -> object:
        service.set_note(dossier, self.new)
        return None

    def backward(self, service: ReviewService, dossier: str) -> object:
        service.set_note(dossier, self.old)
        return None


class SetItemNote(ServiceCommand):
    def __init__(self, session: ReviewSession, dossier: str, item_id: str, old: str, new: str) -> None:
        super().__init__(session, dossier, QCoreApplication.translate("Undo", "item note"))
        self.item_id, self.old, self.new = item_id, old, new

    def forward(self, service: ReviewService, dossier: str) -> object:
        service.set_item_note(dossier, self.item_id, self.new)
        return None

    def backward(self, service: ReviewService, dossier: str) -> object:
        service.set_item_note(dossier, self.item_id, self.old)
        return None
