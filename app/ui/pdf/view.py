"""The dossier PDF beside the checklist: pages, thumbnails/outline, find bar, and what to say when a file
cannot be shown.

``PdfView`` wires the parts together and is the only thing the main window talks to (see the public
methods and signals; pages are 1-based there, 0-based inside). Every page render, the text index for
search and the opening of the file happen in the render process (``RenderBridge``), so nothing here
waits on MuPDF or the disk: ``open_document`` returns at once, and the pages, the outline and the
thumbnails appear as the answers arrive.

A file that cannot be shown (missing, not a PDF, damaged, empty, or encrypted and the password
refused) replaces the pages by a message and emits ``document_problem``; the view stays usable for
the next dossier.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.pdf.records import (
    MAX_PAGES,
    WRONG_PASSWORD,
    OpenResult,
    PageSizes,
    PdfInfo,
    ProblemCode,
    Rect,
    RenderResult,
    TextProgress,
)
from app.pdf.render_client import PRIORITY_PREFETCH
from app.pdf.text_index import SearchHit, hits_by_page
from app.ui.pdf.layout import FIT_PAGE, FIT_WIDTH, ZoomSpec, normalize_zoom
from app.ui.pdf.pages import PdfPageArea
from app.ui.pdf.search import PdfSearchBar, SearchHits, bounding_box
from app.ui.pdf.sidebar import PdfSidebar
from app.ui.pdf.toolbar import PdfToolbar
from app.ui.shared.qt_bridge import RenderBridge, page_image_to_qimage

PRIORITY_THUMBNAIL = PRIORITY_PREFETCH + 40  # after the visible pages and their neighbours
MAX_SEARCH_HITS = 2000

# What ``document_problem`` reports: the main window needs four cases, the message says more.
_SIGNALLED = {
    ProblemCode.MISSING: "missing",
    ProblemCode.UNREADABLE: "missing",
    ProblemCode.NOT_PDF: "damaged",
    ProblemCode.DAMAGED: "damaged",
    ProblemCode.EMPTY: "empty",
    ProblemCode.TOO_MANY_PAGES: "damaged",
    ProblemCode.ENCRYPTED: "encrypted",
}
_RENDERER_FAILED = "renderer_failed"
_document_serial = itertools.count(1)  # keys unique across views sharing one bridge, even after GC


def _zoom_or_fit_width(zoom: object) -> ZoomSpec:
    """A zoom from saved settings may be stale or a string ("1.5"); never let it stop a dossier opening."""
    if isinstance(zoom, str) and zoom not in (FIT_WIDTH, FIT_PAGE):
        try:
            zoom = float(zoom)
        except ValueError:
            return FIT_WIDTH
    try:
        return normalize_zoom(zoom)
    except ValueError:
        return FIT_WIDTH


class PdfView(QWidget):
    """Shows one dossier PDF at a time. Create with a shared ``RenderBridge`` or let it own one."""

    page_changed = Signal(int, int)  # current page (1-based), page count; (0, 0) with no document
    rect_drawn = Signal(int, object)  # page (1-based), (x0, y0, x1, y1) in PDF points as displayed
    document_problem = Signal(str)  # "encrypted", "damaged", "missing" or "empty"
    zoom_changed = Signal(object)  # "fit_width" | "fit_page" | float (1.0 = 100 %)
    anchor_drawing_cancelled = Signal()  # Esc during start_anchor_drawing()

    def __init__(self, parent: QWidget | None = None, *, bridge: RenderBridge | None = None) -> None:
        super().__init__(parent)
        self._owns_bridge = bridge is None
        self._bridge = bridge if bridge is not None else RenderBridge(self)
        self._key = ""
        self._thumb_key = ""
        self._thumbs_state = "closed"  # "closed" -> "opening" -> "open"
        self._first_page_seen = False
        self._path: Path | None = None
        self._password: str | None = None
        self._info: PdfInfo | None = None
        self._problem: str | None = None
        self._pending_go_to: tuple[int, Rect | None] = (0, None)
        self._zoom: ZoomSpec = FIT_WIDTH
        self._anchors: dict[int, list[Rect | None]] = {}
        self._search = SearchHits()
        self._asking_password = False
        self._wrong_password = False
        self._wanted_thumbs: list[int] = []
        self._shut_down = False
        self._password_timer = QTimer(self)  # the dialog runs after the signal that asked for it
        self._password_timer.setSingleShot(True)
        self._password_timer.setInterval(0)
        self._password_timer.timeout.connect(lambda: self._ask_password(wrong=self._wrong_password))
        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(0)
        self._sidebar_timer.timeout.connect(self._fill_sidebar)
        self._build()
        self._connect()

    # -- construction --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = PdfToolbar(self)
        self.search_bar = PdfSearchBar(self)
        self.search_bar.hide()
        self.page_area = PdfPageArea(self)
        self.sidebar = PdfSidebar(self)
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._password_button = QPushButton(self.tr("Enter password…"), self)
        self._password_button.clicked.connect(lambda: self._ask_password(wrong=False))
        message_page = QWidget(self)
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self._message)
        message_layout.addWidget(self._password_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)
        pages = QWidget(self)
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.setSpacing(0)
        pages_layout.addWidget(self.search_bar)
        pages_layout.addWidget(self.page_area, 1)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(pages)
        self._stack.addWidget(message_page)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self.sidebar)
        self._splitter.addWidget(self._stack)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setCollapsible(1, False)
        self._splitter.setSizes([self.sidebar.thumbnail_width() + 40, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._splitter, 1)

    def _connect(self) -> None:
        bridge = self._bridge
        bridge.opened.connect(self._on_opened)
        bridge.rendered.connect(self._on_rendered)
        bridge.text_progress.connect(self._on_text_progress)
        bridge.sizes_known.connect(self._on_sizes_known)
        bridge.worker_failed.connect(self._on_worker_failed)
        area = self.page_area
        area.current_page_changed.connect(self._on_current_page)
        area.zoom_changed.connect(self._on_zoom_changed)
        area.rect_drawn.connect(lambda page, rect: self.rect_drawn.emit(page + 1, rect))
        area.anchor_drawing_cancelled.connect(self.anchor_drawing_cancelled)
        self.sidebar.page_activated.connect(lambda page: self.go_to(page + 1))
        self.sidebar.thumbnails_needed.connect(self._request_thumbnails)
        bar = self.toolbar
        bar.page_entered.connect(self._page_entered)
        bar.zoom_chosen.connect(self.set_zoom)
        bar.zoom_in_clicked.connect(self.zoom_in)
        bar.zoom_out_clicked.connect(self.zoom_out)
        bar.rotate_clicked.connect(self.rotate)
        bar.find_clicked.connect(self.open_find_bar)
        bar.sidebar_toggled.connect(self.sidebar.setVisible)
        search = self.search_bar
        search.query_changed.connect(self.search)
        search.next_requested.connect(self.find_next)
        search.previous_requested.connect(self.find_previous)
        search.closed.connect(self._find_bar_closed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Each key once: two shortcuts with one key (F3 is also StandardKey.FindNext) would both be
        # "ambiguous" and neither would fire. The main window leaves these keys to the view while it has
        # the focus (its own actions for them are local to the list and the checklist).
        for keys, slot in (
            ("Ctrl+F", self.open_find_bar),
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", lambda: self.set_zoom(FIT_WIDTH)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(slot)

    # -- the interface the main window uses ----------------------------------------------------------

    def open_document(
        self, path: Path, *, page: int = 1, zoom: object = FIT_WIDTH, password: str | None = None
    ) -> None:
        """Start opening a dossier PDF; returns at once. Pages show as they arrive from the renderer."""
        if self._shut_down or self._bridge.is_closed:
            return
        self.close_document()
        self._bridge.revive()
        self._path = Path(path)
        self._zoom = _zoom_or_fit_width(zoom)
        self._pending_go_to = (max(0, page - 1), None)
        self._open(password)

    def _open(self, password: str | None) -> None:
        assert self._path is not None
        if self._key:
            self._close_keys()
        self._password = password
        self._key = f"pdfview-{next(_document_serial)}"
        # Page 1 (or the page asked for) is measured and rendered before the other pages are measured.
        first_page = self._pending_go_to[0]
        self._bridge.client.open(self._key, str(self._path), password, first_page=first_page)

    def close_document(self) -> None:
        """Forget the current document (its renders are cancelled in the render process)."""
        had_document = self._info is not None or self._problem is not None
        self._close_keys()
        self._key = ""
        self._path, self._password, self._info, self._problem = None, None, None, None
        self._anchors = {}
        self._search.replace([], here=0, jump=False)
        self.page_area.clear_document()
        self.sidebar.clear_document()
        self._stack.setCurrentIndex(0)
        self.toolbar.show_page(0, 0)
        if had_document:
            self.page_changed.emit(0, 0)

    def _close_keys(self) -> None:
        client = self._bridge.client
        if not self._bridge.is_closed:
            for key in (self._key, self._thumb_key):
                if key:
                    client.close_document(key)
        self._thumb_key, self._thumbs_state, self._first_page_seen = "", "closed", False
        self._wanted_thumbs = []

    def go_to(self, page: int, rect: tuple[float, float, float, float] | None = None) -> None:
        """Scroll to a page (1-based); with a rectangle in PDF points, scroll to it and outline it."""
        if self._info is None:
            self._pending_go_to = (max(0, page - 1), rect)
            return
        self.page_area.go_to(max(0, min(self._info.page_count, page) - 1), rect)

    def current_page(self) -> int:
        return self.page_area.current_page() + 1 if self._info is not None else 0

    def page_count(self) -> int:
        return self._info.page_count if self._info is not None else 0

    def set_zoom(self, zoom: object) -> None:
        zoom = normalize_zoom(zoom)
        self._zoom = zoom
        if self._info is not None:
            self.page_area.set_zoom(zoom)

    def zoom(self) -> ZoomSpec:
        return self._zoom

    def zoom_in(self) -> None:
        self.page_area.zoom_in()

    def zoom_out(self) -> None:
        self.page_area.zoom_out()

    def rotate(self) -> None:
        self.page_area.rotate()

    def start_anchor_drawing(self) -> None:
        """The next drag on a page draws a rectangle and emits ``rect_drawn``; Esc cancels."""
        if self._info is not None:
            self.page_area.start_anchor_drawing()

    def show_anchors(self, anchors: list[tuple[int, tuple | None]]) -> None:
        """Outline existing anchors: (page 1-based, rect in PDF points or None for the whole page)."""
        grouped: dict[int, list[Rect | None]] = {}
        for page, rect in anchors:
            box: Rect | None = None
            if rect is not None:
                x0, y0, x1, y1 = (float(value) for value in rect)
                box = (x0, y0, x1, y1)
            grouped.setdefault(page - 1, []).append(box)
        self._anchors = grouped
        self.page_area.set_anchors(grouped)

    def search(self, text: str) -> int:
        """Highlight every match of ``text``, go to the first one from the current page on; the count.

        Covers the pages whose text has been read so far; the count grows while reading goes on.
        """
        self._search.query = text
        if text:
            self.search_bar.set_query(text)
        self._run_search(jump=True)
        return len(self._search.hits)

    def find_next(self) -> None:
        self._step_hit(+1)

    def find_previous(self) -> None:
        self._step_hit(-1)

    def open_find_bar(self) -> None:
        self.search_bar.open_bar()

    def shutdown(self) -> None:
        """Close the document and, if this view owns it, stop the render process (at exit)."""
        if self._shut_down:
            return
        self.close_document()
        self._shut_down = True
        if self._owns_bridge:
            self._bridge.shutdown()

    @property
    def bridge(self) -> RenderBridge:
        return self._bridge

    # -- answers from the render process -------------------------------------------------------------

    def _on_opened(self, result: OpenResult) -> None:
        if self._shut_down:
            return  # queued before shutdown, delivered after
        if result.doc_key == self._thumb_key:
            self._thumbs_state = "open" if result.ok else "failed"
            self._request_thumbnails([])
            return
        if result.doc_key != self._key:
            return
        if result.info is None:
            problem = result.problem
            code = problem.code if problem is not None else ProblemCode.DAMAGED
            if code is ProblemCode.ENCRYPTED:
                self._wrong_password = problem is not None and problem.detail == WRONG_PASSWORD
                self._password_timer.start()
            else:
                self._show_problem(code)
            return
        if self._info is not None:  # reopened after the render process was restarted
            self.page_area.update_requests()
            return
        info = self._info = result.info
        self._stack.setCurrentIndex(0)
        self.page_area.set_document(self._bridge.client, self._key, info, self._zoom)
        self.page_area.set_anchors(self._anchors)
        page, rect = self._pending_go_to
        self.page_area.go_to(min(page, info.page_count - 1), rect)
        self.page_area.update_requests()  # the first page's render starts now, not a loop turn later
        if info.sizes_final:
            self._sidebar_timer.start()  # hundreds of list items: filled while the first page renders
        self._on_current_page(self.page_area.current_page())
        self.zoom_changed.emit(self._zoom)
        self.toolbar.show_zoom(self._zoom)
        if self._search.query:
            self._run_search(jump=False)

    def _on_sizes_known(self, event: PageSizes) -> None:
        """Every page measured (the layout had the first page's size for all): re-lay out in place."""
        if self._shut_down or event.doc_key != self._key or self._info is None:
            return
        self._info = event.info
        self.page_area.set_page_sizes(event.info.page_sizes)
        self._sidebar_timer.start()

    def _fill_sidebar(self) -> None:
        if self._info is not None:
            self.sidebar.set_document(self._info)
            self.sidebar.set_current_page(self.page_area.current_page())

    def _on_rendered(self, result: RenderResult) -> None:
        if self._shut_down:
            return
        if result.doc_key == self._key:
            self.page_area.page_rendered(result)
            if not self._first_page_seen:
                self._first_page_seen = True
                self._request_thumbnails([])  # the first page is done: the thumbnails may start
        elif result.doc_key == self._thumb_key and result.ok and result.image is not None:
            self.sidebar.set_thumbnail(
                result.page, page_image_to_qimage(result.image, self.devicePixelRatioF())
            )

    def _on_text_progress(self, progress: TextProgress) -> None:
        if progress.doc_key == self._key and self._search.query:
            self._run_search(jump=False)

    def _on_worker_failed(self) -> None:
        if self._key:
            self._show_problem(_RENDERER_FAILED)

    # -- thumbnails ----------------------------------------------------------------------------------

    def _request_thumbnails(self, pages: list[int]) -> None:
        """Thumbnails come from a second handle on the file, opened after the first page is shown, so
        their (cheap, low-priority) renders keep their own generations and never cancel a page's."""
        self._wanted_thumbs = sorted(set(self._wanted_thumbs) | set(pages))
        if self._info is None or not self._first_page_seen or self._bridge.is_closed:
            return
        client = self._bridge.client
        if self._thumbs_state == "closed":
            self._thumb_key = f"{self._key}#thumbs"
            self._thumbs_state = "opening"
            client.open(self._thumb_key, str(self._path), self._password, extract_text=False)
            return
        if self._thumbs_state != "open" or not self._wanted_thumbs:
            return
        ratio = self.devicePixelRatioF()
        widest = max(width for width, _ in self._info.page_sizes)
        scale = self.sidebar.thumbnail_width() / widest * ratio
        generation = client.next_generation()
        for page in self._wanted_thumbs:
            image = client.request(
                self._thumb_key, page, scale, generation=generation, priority=PRIORITY_THUMBNAIL
            )
            if image is not None:
                self.sidebar.set_thumbnail(page, page_image_to_qimage(image, ratio))
        self._wanted_thumbs = []

    # -- problems and passwords ----------------------------------------------------------------------

    def _ask_password(self, *, wrong: bool) -> None:
        if self._asking_password or self._path is None:
            return
        path, key = self._path, self._key
        prompt = self.tr("“%1” is protected by a password.").replace("%1", path.name)
        if wrong:
            prompt += "\n" + self.tr("The password was not correct. Please try again.")
        prompt += "\n" + self.tr("Password:")
        self._asking_password = True
        try:
            text, ok = QInputDialog.getText(
                self, self.tr("Password required"), prompt, QLineEdit.EchoMode.Password
            )
        finally:
            self._asking_password = False
        if self._path != path or self._key != key:
            return  # another document was opened while the dialog was up
        if ok:
            self._stack.setCurrentIndex(0)
            self._open(text)
        else:
            self._show_problem(ProblemCode.ENCRYPTED)

    def _show_problem(self, code: str) -> None:
        """Replace the pages by a message saying what is wrong; the view stays usable."""
        where = str(self._path) if self._path is not None else ""
        messages = {
            ProblemCode.MISSING: self.tr("The PDF file of this dossier was not found."),
            ProblemCode.UNREADABLE: self.tr(
                "The PDF file of this dossier could not be read (no permission, or a disk error)."
            ),
            ProblemCode.NOT_PDF: self.tr("This file is not a PDF document, or it is badly damaged."),
            ProblemCode.DAMAGED: self.tr("The PDF file is damaged and cannot be shown."),
            ProblemCode.EMPTY: self.tr("The PDF file has no pages."),
            ProblemCode.TOO_MANY_PAGES: self.tr(
                "The PDF file has far more pages than a dossier can have ({limit} at most) and is not shown."
            ).format(limit=MAX_PAGES),
            ProblemCode.ENCRYPTED: self.tr("This PDF is protected by a password and was not opened."),
            _RENDERER_FAILED: self.tr(
                "The page renderer stopped repeatedly while showing this file; the file may be damaged."
            ),
        }
        text = messages.get(code, self.tr("The PDF file cannot be shown."))
        self._message.setText(f"{text}\n\n{where}" if where else text)
        self._password_button.setVisible(code == ProblemCode.ENCRYPTED)
        self._problem = str(code)
        self._info = None
        self.page_area.clear_document()
        self.sidebar.clear_document()
        self.toolbar.show_page(0, 0)
        self._stack.setCurrentIndex(1)
        self.page_changed.emit(0, 0)
        self.document_problem.emit(_SIGNALLED.get(code, "damaged"))  # type: ignore[call-overload]

    def problem_message(self) -> str:
        """The message shown in place of the pages ('' when the pages show)."""
        return self._message.text() if self._stack.currentIndex() == 1 else ""

    # -- page box, zoom, search ------------------------------------------------------------------------

    def _on_current_page(self, page: int) -> None:
        count = self.page_count()
        self.toolbar.show_page(page + 1, count)
        self.sidebar.set_current_page(page)
        self.page_changed.emit(page + 1, count)

    def _on_zoom_changed(self, zoom: ZoomSpec) -> None:
        self._zoom = zoom
        self.toolbar.show_zoom(zoom)
        self.zoom_changed.emit(zoom)

    def _page_entered(self, page: int) -> None:
        self.go_to(page)
        self.page_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run_search(self, *, jump: bool) -> None:
        hits: list[SearchHit] = []
        if self._search.query.strip() and self._key and self._info is not None:
            hits = self._bridge.client.search(self._key, self._search.query, max_hits=MAX_SEARCH_HITS)
        self._search.replace(hits, here=self.page_area.current_page(), jump=jump)
        self._show_hits(reveal=jump)

    def _step_hit(self, delta: int) -> None:
        typed = self.search_bar.query()
        if typed and typed != self._search.query:
            self.search(typed)  # F3 after typing: search first
            return
        if self._search.step(delta, self.page_area.current_page()) is not None:
            self._show_hits(reveal=True)

    def _show_hits(self, *, reveal: bool) -> None:
        current = self._search.current
        self.page_area.set_search_hits(hits_by_page(self._search.hits), current)
        box = bounding_box(current) if reveal and current is not None else None
        if current is not None and box is not None:
            self.page_area.ensure_visible(current.page, box)
        index = self._bridge.client.text_index(self._key) if self._key else None
        done, count = (index.pages_done, index.page_count) if index is not None else (0, 0)
        self.search_bar.show_status(self._search.index + 1, len(self._search.hits), done, count)

    def _find_bar_closed(self) -> None:
        self._search.clear()
        self.page_area.set_search_hits({}, None)
        self.page_area.setFocus(Qt.FocusReason.OtherFocusReason)
