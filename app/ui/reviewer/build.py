"""The reviewer's window put together: its PDF view and the session it scores in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.ui.reviewer.opening import Opened, export_function
from app.ui.reviewer.session import ReviewSession
from app.ui.reviewer.window import ReviewerWindow
from app.ui.shared.settings import UiSettings

PdfFactory = Callable[[QWidget | None], QWidget]


def default_pdf_view(parent: QWidget | None = None) -> QWidget:
    from app.ui.pdf.view import PdfView

    return PdfView(parent)


def build_window(
    session: ReviewSession,
    opened: Opened,
    settings: UiSettings,
    pdf_factory: PdfFactory = default_pdf_view,
) -> ReviewerWindow:
    window = ReviewerWindow(
        session,
        settings,
        pdf_factory(None),
        source=opened.path,
        export=export_function(opened.is_workspace),
    )
    settings.set_last_opened(opened.path, session.reviewer.id)
    return window
