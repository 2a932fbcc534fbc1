"""The find bar above the pages (Ctrl+F): a query box, previous/next, and where we are among the hits.

The bar only collects input and shows counts; ``PdfView`` runs the search on the document's
``TextIndex`` (in memory, milliseconds) and moves between hits. Typing searches after a short pause,
so a reviewer sees hits while typing without a search per keystroke on a 500-page dossier.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.pdf.records import Rect
from app.pdf.text_index import SearchHit
from app.ui.pdf.icons import arrow_icon, close_icon

TYPING_PAUSE_MS = 250


class SearchHits:
    """The matches of the current query and which one is selected (plain bookkeeping, no Qt).

    Re-running the query while the text index fills keeps the selected match selected, so the count
    can grow under the reviewer's eyes without the view jumping.
    """

    def __init__(self) -> None:
        self.query = ""
        self.hits: list[SearchHit] = []
        self.index = -1

    @property
    def current(self) -> SearchHit | None:
        return self.hits[self.index] if 0 <= self.index < len(self.hits) else None

    def replace(self, hits: list[SearchHit], *, here: int, jump: bool) -> None:
        """New results; with ``jump`` select the first match on or after page ``here`` (0-based)."""
        previous = self.current
        self.hits, self.index = hits, -1
        if jump and hits:
            self.index = next((i for i, hit in enumerate(hits) if hit.page >= here), 0)
        elif previous is not None:
            same = (
                (i, hit)
                for i, hit in enumerate(hits)
                if (hit.page, hit.start) == (previous.page, previous.start)
            )
            self.index = next((i for i, _ in same), -1)

    def step(self, delta: int, here: int) -> SearchHit | None:
        """Select the next (+1) or previous (-1) match, wrapping round; from page ``here`` if none yet."""
        if not self.hits:
            return None
        if self.index < 0:
            after = [i for i, hit in enumerate(self.hits) if hit.page >= here]
            first_after = after[0] if after else len(self.hits)
            self.index = first_after if delta > 0 else first_after - 1
        else:
            self.index += delta
        self.index %= len(self.hits)
        return self.current

    def clear(self) -> None:
        self.query, self.hits, self.index = "", [], -1


def bounding_box(hit: SearchHit) -> Rect | None:
    """One rectangle around a match that may span lines."""
    rects = hit.rects
    if not rects:
        return None
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )


class _QueryEdit(QLineEdit):
    """Enter = next hit, Shift+Enter = previous, Esc = close the bar."""

    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)


class PdfSearchBar(QWidget):
    """Hidden until Ctrl+F. Emits what the user asks for; ``show_status`` tells them the result."""

    query_changed = Signal(str)  # after a typing pause, or at once on Enter with a new query
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = _QueryEdit(self)
        self._edit.setPlaceholderText(self.tr("Find in document"))
        self._edit.setClearButtonEnabled(True)
        self._status = QLabel(self)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._previous = self._button(arrow_icon(up=True), self.tr("Previous match (Shift+F3)"))
        self._next = self._button(arrow_icon(up=False), self.tr("Next match (F3, Enter)"))
        self._close = self._button(close_icon(), self.tr("Close the find bar (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._status)
        layout.addWidget(self._previous)
        layout.addWidget(self._next)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit_query)
        self._last_query = ""
        self._edit.textChanged.connect(lambda _text: self._timer.start())
        self._edit.next_requested.connect(self._enter_next)
        self._edit.previous_requested.connect(self._enter_previous)
        self._edit.close_requested.connect(self.close_bar)
        self._previous.clicked.connect(self.previous_requested)
        self._next.clicked.connect(self.next_requested)
        self._close.clicked.connect(self.close_bar)

    def _button(self, icon: object, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def open_bar(self) -> None:
        """Show the bar with the query selected, ready to type over (Ctrl+F)."""
        self.show()
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def set_query(self, text: str) -> None:
        """Show a query searched from elsewhere (``PdfView.search``), without searching again."""
        if text != self._edit.text():
            self._edit.blockSignals(True)
            self._edit.setText(text)
            self._edit.blockSignals(False)
        self._timer.stop()
        self._last_query = text
        self.show()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        return self._edit.text()

    def show_status(self, current: int, total: int, pages_done: int, page_count: int) -> None:
        """``current`` is 1-based (0 = none selected); indexing progress shows while text extraction runs."""
        if not self._edit.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        else:
            text = self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
        if page_count and pages_done < page_count:
            progress = self.tr("reading text: %1 of %2 pages")
            progress = progress.replace("%1", str(pages_done)).replace("%2", str(page_count))
            text = f"{text}  ({progress})" if text else progress
        self._status.setText(text)

    def _emit_query(self) -> None:
        self._last_query = self._edit.text()
        self.query_changed.emit(self._last_query)

    def _enter_next(self) -> None:
        if self._timer.isActive() or self._edit.text() != self._last_query:
            self._timer.stop()
            self._emit_query()  # a new query already shows its first hit
        else:
            self.next_requested.emit()

    def _enter_previous(self) -> None:
        if self._timer.isActive() or self._edit.text() != self._last_query:
            self._timer.stop()
            self._emit_query()
        else:
            self.previous_requested.emit()
