"""The scrolling column of pages: placeholders at once, sharp renders as they arrive, overlays on top.

Why a QAbstractScrollArea drawing pages itself, rather than one widget or scene item per page: a
300-page dossier would need 300 widgets, while the page positions are plain arithmetic
(``PageLayout``); painting only the pages that intersect the viewport keeps scrolling cheap whatever
the length. The scroll bar's range comes from the page sizes, so it is right before anything renders.

Pixels come from ``RenderClient``: every scroll, zoom or resize asks ``request_view`` for the visible
pages at the current scale (a new generation, so pages scrolled past are dropped in the render
process), and neighbours are prefetched. Pages are drawn 1:1 in device pixels (rendered at the
screen's device pixel ratio) so text stays sharp on high-DPI screens. Until the sharp render
arrives, an earlier render at another zoom is stretched into place, or the page is blank.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.pdf.records import DocKey, PdfInfo, Rect, RenderResult
from app.pdf.render_client import RenderClient
from app.pdf.text_index import SearchHit
from app.ui.pdf.layout import (
    FIT_WIDTH,
    MAX_ZOOM,
    MIN_ZOOM,
    PAGE_MARGIN,
    PageLayout,
    ZoomSpec,
    next_zoom_step,
    normalize_zoom,
)
from app.ui.pdf.overlays import paint_page_marks, paint_rubber_band
from app.ui.pdf.renders import PageRenders, ShownPage, render_scale

MIN_DRAWN_POINTS = 2.0  # a smaller rectangle is taken for a slip of the mouse, not an anchor
WHEEL_ZOOM_FACTOR = 1.1


class PdfPageArea(QAbstractScrollArea):
    """Shows one document's pages in a continuous vertical column. Pages are 0-based here."""

    current_page_changed = Signal(int)
    zoom_changed = Signal(object)  # "fit_width" | "fit_page" | float
    rect_drawn = Signal(int, object)  # page, (x0, y0, x1, y1) in page points
    anchor_drawing_cancelled = Signal()
    page_painted = Signal(int)  # a sharp render of this page was painted for the first time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no fit-width feedback loop
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        # Every pixel is painted, so Qt may scroll by copying pixels instead of repainting everything.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._renders: PageRenders | None = None
        self._layout: PageLayout | None = None
        self._zoom: ZoomSpec = FIT_WIDTH
        self._rotation = 0
        self._dpr = 1.0
        self._hits: dict[int, list[SearchHit]] = {}
        self._current_hit: SearchHit | None = None
        self._anchors: dict[int, list[Rect | None]] = {}
        self._outline: tuple[int, Rect] | None = None
        self._current = 0
        self._pinned: tuple[int, int] | None = None  # (page, scroll value) set by go_to
        self._relayouting = False
        self._drawing = False
        self._drag: tuple[int, QPointF, QPointF] | None = None  # page, start and end in content px
        self._pan: tuple[QPointF, int, int] | None = None
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._request_timer.timeout.connect(self.update_requests)

    # -- document ------------------------------------------------------------------------------------

    def set_document(self, client: RenderClient, key: DocKey, info: PdfInfo, zoom: ZoomSpec) -> None:
        self.clear_document()
        self._renders = PageRenders(client, key)
        self._zoom = normalize_zoom(zoom)
        self._relayout(info.page_sizes)

    def set_page_sizes(self, page_sizes: tuple[tuple[float, float], ...]) -> None:
        """Measured sizes replace estimated ones; what is at the top of the view stays where it is."""
        if self._layout is not None and len(page_sizes) == self._layout.page_count:
            self._relayout(page_sizes)

    def clear_document(self) -> None:
        self._renders, self._layout = None, None
        self._hits, self._current_hit, self._anchors, self._outline = {}, None, {}, None
        self._current, self._pinned, self._rotation = 0, None, 0
        self.cancel_anchor_drawing()
        self.horizontalScrollBar().setRange(0, 0)
        self.verticalScrollBar().setRange(0, 0)
        self.viewport().update()

    @property
    def doc_key(self) -> DocKey:
        return "" if self._renders is None else self._renders.key

    @property
    def layout_info(self) -> PageLayout | None:
        return self._layout

    def page_count(self) -> int:
        return 0 if self._layout is None else self._layout.page_count

    def current_page(self) -> int:
        return self._current

    def zoom(self) -> ZoomSpec:
        return self._zoom

    def rotation(self) -> int:
        return self._rotation

    def has_sharp_image(self, page: int) -> bool:
        shown = None if self._renders is None else self._renders.images.get(page)
        return shown is not None and self._is_sharp(shown)

    def was_painted(self, page: int) -> bool:
        """Whether the page's sharp render has been on screen (tests and benchmarks wait for this)."""
        shown = None if self._renders is None else self._renders.images.get(page)
        return shown is not None and self._is_sharp(shown) and shown.painted

    # -- zoom and rotation ---------------------------------------------------------------------------

    def set_zoom(self, zoom: object, anchor: QPointF | None = None) -> None:
        zoom = normalize_zoom(zoom)
        if zoom == self._zoom:
            return
        self._zoom = zoom
        if self._layout is not None:
            self._relayout(self._layout.page_sizes, anchor)
        self.zoom_changed.emit(zoom)

    def zoom_factor(self) -> float:
        return 1.0 if self._layout is None else self._layout.zoom_factor

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom_step(self.zoom_factor(), +1))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom_step(self.zoom_factor(), -1))

    def rotate(self) -> None:
        """Turn every page 90° clockwise (view only) and keep the current page in view."""
        self._rotation = (self._rotation + 90) % 360
        if self._renders is not None:
            self._renders.drop_images()  # renders of another rotation cannot even serve as a preview
        if self._layout is not None:
            page = self._current
            self._relayout(self._layout.page_sizes)
            self.go_to(page)

    # -- navigation ----------------------------------------------------------------------------------

    def go_to(self, page: int, rect: Rect | None = None) -> None:
        """Scroll so the page's top (or the rectangle, a third down the view) shows; outline the rect."""
        layout = self._layout
        if layout is None or not 0 <= page < layout.page_count:
            return
        slot = layout.slots[page]
        self._outline = (page, rect) if rect is not None else None
        x = self.horizontalScrollBar().value()
        if rect is None:
            y = slot.y - PAGE_MARGIN
        else:
            x0, y0, x1, _ = layout.rect_to_content(page, rect)
            y = int(y0 - self.viewport().height() / 3)
            if x0 < x or x1 > x + self.viewport().width():
                x = int((x0 + x1 - self.viewport().width()) / 2)
        self._scroll_to(page, x, y)

    def ensure_visible(self, page: int, rect: Rect) -> None:
        """Scroll only as far as needed for the rectangle to be seen (search hits)."""
        layout = self._layout
        if layout is None or not 0 <= page < layout.page_count:
            return
        x0, y0, x1, y1 = layout.rect_to_content(page, rect)
        left, top = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        width, height = self.viewport().width(), self.viewport().height()
        x = left if x0 >= left and x1 <= left + width else int((x0 + x1 - width) / 2)
        y = top if y0 >= top and y1 <= top + height else int(y0 - height / 3)
        self._scroll_to(page, x, y)

    def _scroll_to(self, page: int, x: int, y: int) -> None:
        vbar = self.verticalScrollBar()
        y = max(vbar.minimum(), min(vbar.maximum(), y))
        self._pinned = (page, y)
        self.horizontalScrollBar().setValue(x)
        vbar.setValue(y)
        self._refresh_current_page()
        self.viewport().update()

    def step_page(self, delta: int) -> None:
        """PgDn/PgUp: the next page's top; PgUp first returns to the top of a page read half-way."""
        layout = self._layout
        if layout is None:
            return
        page = self._current
        if delta < 0 and self.verticalScrollBar().value() > layout.slots[page].y - PAGE_MARGIN:
            self.go_to(page)
            return
        self.go_to(max(0, min(layout.page_count - 1, page + delta)))

    def _refresh_current_page(self) -> None:
        layout = self._layout
        if layout is None or self._relayouting:
            return
        top = self.verticalScrollBar().value()
        if self._pinned is not None and self._pinned[1] == top:
            page = self._pinned[0]
        else:
            self._pinned = None
            page = layout.most_visible_page(top, top + self.viewport().height())
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    # -- overlays ------------------------------------------------------------------------------------

    def set_search_hits(self, hits: dict[int, list[SearchHit]], current: SearchHit | None) -> None:
        self._hits, self._current_hit = hits, current
        self.viewport().update()

    def set_anchors(self, anchors: dict[int, list[Rect | None]]) -> None:
        self._anchors = anchors
        self.viewport().update()

    def start_anchor_drawing(self) -> None:
        self._drawing, self._drag = True, None
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_anchor_drawing(self) -> None:
        was_drawing = self._drawing
        self._drawing, self._drag = False, None
        self.viewport().unsetCursor()
        self.viewport().update()
        if was_drawing:
            self.anchor_drawing_cancelled.emit()

    def is_drawing(self) -> bool:
        return self._drawing

    # -- renders -------------------------------------------------------------------------------------

    def render_scale(self) -> float:
        """Pixels per point to ask MuPDF for at the current zoom and screen."""
        return 1.0 if self._layout is None else render_scale(self._layout, self._dpr)

    def schedule_requests(self) -> None:
        """Ask for pages once the current burst of scroll events has been handled."""
        if not self._request_timer.isActive():
            self._request_timer.start()

    def _visible_pages(self) -> list[int]:
        if self._layout is None:
            return []
        top = self.verticalScrollBar().value()
        return self._layout.pages_between(top, top + self.viewport().height())

    def update_requests(self) -> None:
        """Ask the render process for the visible pages (and neighbours); take what is cached already."""
        self._request_timer.stop()  # a direct call answers a pending scheduled one
        if self._renders is None or not self.isVisible():
            return  # a hidden view has no size to fit yet; showEvent asks again
        self._dpr = self.devicePixelRatioF()
        visible = self._visible_pages()
        if visible:
            assert self._layout is not None
            self._renders.fit_budget(self._layout, self.render_scale())
            for page in self._renders.request(visible, self.render_scale(), self._rotation, self._dpr):
                self._update_page(page)

    def page_rendered(self, result: RenderResult) -> None:
        """A render arrived (GUI thread): keep it if it is for this view's scale and near the viewport."""
        renders = self._renders
        if renders is None or result.doc_key != renders.key:
            return
        if renders.accept(result, self.render_scale(), self._rotation, self._visible_pages(), self._dpr):
            self._update_page(result.page)

    def _update_page(self, page: int) -> None:
        """Repaint one page (if on screen) rather than the whole viewport."""
        if self._layout is None:
            return
        slot = self._layout.slots[page]
        rect = QRect(
            slot.x - self.horizontalScrollBar().value(),
            slot.y - self.verticalScrollBar().value(),
            slot.width,
            slot.height,
        ).adjusted(-1, -1, 1, 1)
        visible = rect.intersected(self.viewport().rect())
        if not visible.isEmpty():
            self.viewport().update(visible)

    def _is_sharp(self, shown: ShownPage) -> bool:
        return shown.rotation == self._rotation and shown.scale == self.render_scale()

    # -- layout --------------------------------------------------------------------------------------

    def _relayout(self, page_sizes: tuple[tuple[float, float], ...], anchor: QPointF | None = None) -> None:
        """Recompute page places and keep the same spot of the same page under ``anchor``."""
        old = self._layout
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        view = self.viewport()
        point = anchor if anchor is not None else QPointF(view.width() / 2, 0)
        kept: tuple[int, float, float] | None = None
        if old is not None and old.page_count:
            cx, cy = hbar.value() + point.x(), vbar.value() + point.y()
            # the first page from that row down: a row in the gap between pages belongs to the next
            pages = old.pages_between(int(cy), int(cy) + view.height()) or [old.page_count - 1]
            page = self._pinned[0] if self._pinned is not None and anchor is None else pages[0]
            slot = old.slots[page]
            fy = (cy - slot.y) / slot.height
            if self._pinned is not None and anchor is None:
                fy = -PAGE_MARGIN / slot.height
            kept = (page, (cx - slot.x) / slot.width, fy)
        self._dpr = self.devicePixelRatioF()
        layout = PageLayout(page_sizes, self._zoom, self._rotation, (view.width(), view.height()))
        self._layout = layout
        self._relayouting = True
        try:
            hbar.setRange(0, max(0, layout.width - view.width()))
            vbar.setRange(0, max(0, layout.height - view.height()))
            hbar.setPageStep(view.width())
            vbar.setPageStep(view.height())
            hbar.setSingleStep(40)
            vbar.setSingleStep(40)
            if kept is not None:
                page, fx, fy = kept
                slot = layout.slots[page]
                hbar.setValue(round(slot.x + fx * slot.width - point.x()))
                vbar.setValue(round(slot.y + fy * slot.height - point.y()))
                if self._pinned is not None and anchor is None:
                    self._pinned = (page, vbar.value())
        finally:
            self._relayouting = False
        self._refresh_current_page()
        self.schedule_requests()
        self.viewport().update()

    # -- Qt events -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule_requests()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._layout is not None:
            self._relayout(self._layout.page_sizes)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Move what is on screen and paint only the strip that scrolled in: a full repaint converts
        # the whole viewport's pixels every frame (~4 ms at 900x760), a strip a fraction of that.
        if self._drag is None:
            self.viewport().scroll(dx, dy)
        else:
            self.viewport().update()  # the rubber band is drawn in content coordinates of its own
        self._refresh_current_page()
        self.schedule_requests()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Mid))
        layout = self._layout
        newly_painted: list[int] = []
        if layout is not None:
            if self.devicePixelRatioF() != self._dpr:
                self.schedule_requests()  # moved to a screen with another pixel ratio: re-render
            left, top = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            for page in layout.pages_between(top, top + self.viewport().height()):
                slot = layout.slots[page]
                rect = QRect(slot.x - left, slot.y - top, slot.width, slot.height)
                if rect.intersects(event.rect()) and self._paint_page(painter, page, rect):
                    newly_painted.append(page)
            self._paint_drag(painter, left, top)
        painter.end()
        for page in newly_painted:
            self.page_painted.emit(page)

    def _paint_page(self, painter: QPainter, page: int, rect: QRect) -> bool:
        """Draw one page and its overlays; True if its sharp render was shown for the first time."""
        renders = self._renders
        assert renders is not None
        # A page prefetched meanwhile shows now rather than blank until the next request round.
        shown = renders.lookup(page, self.render_scale(), self._rotation, self._dpr)
        first_time = False
        painter.setPen(QPen(QColor(0, 0, 0, 70), 1))
        painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.fillRect(rect, Qt.GlobalColor.white)  # paper under a render a pixel short, or none yet
        if shown is not None and shown.rotation == self._rotation:
            image = shown.image
            natural = image.deviceIndependentSize()
            if abs(natural.width() - rect.width()) <= 2 and abs(natural.height() - rect.height()) <= 2:
                painter.drawImage(QPointF(rect.topLeft()), image)  # 1:1 in device pixels: sharp and fast
            else:  # a preview at another zoom, or a page capped by MAX_RENDER_PIXELS
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._is_sharp(shown))
                painter.drawImage(QRectF(rect), image)
            if self._is_sharp(shown) and not shown.painted:
                shown.painted = first_time = True
        elif page in renders.failed:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._failure_text()
            )
        self._paint_overlays(painter, page, rect)
        return first_time

    def _failure_text(self) -> str:
        return self.tr("This page could not be shown.")

    def _paint_overlays(self, painter: QPainter, page: int, rect: QRect) -> None:
        assert self._layout is not None
        outline = self._outline[1] if self._outline is not None and self._outline[0] == page else None
        paint_page_marks(
            painter,
            self._layout,
            page,
            rect,
            hits=self._hits.get(page, ()),
            current_hit=self._current_hit,
            anchors=self._anchors.get(page, ()),
            outline=outline,
            accent=self.palette().color(QPalette.ColorRole.Highlight),
        )

    def _paint_drag(self, painter: QPainter, left: int, top: int) -> None:
        if self._drag is not None:
            _, start, end = self._drag
            box = QRectF(start, end).normalized().translated(-left, -top)
            paint_rubber_band(painter, box, self.palette().color(QPalette.ColorRole.Highlight))

    def _content_point(self, event: QMouseEvent | QWheelEvent) -> QPointF:
        position = event.position()
        return QPointF(
            position.x() + self.horizontalScrollBar().value(), position.y() + self.verticalScrollBar().value()
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._layout is None:
            super().mousePressEvent(event)
            return
        point = self._content_point(event)
        if self._drawing:
            page = self._layout.page_at(point.x(), point.y())
            if page is not None:
                self._drag = (page, point, point)
            return
        self._pan = (event.position(), self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and self._layout is not None:
            page, start, _ = self._drag
            slot = self._layout.slots[page]
            point = self._content_point(event)
            end = QPointF(
                min(max(point.x(), slot.x), slot.x + slot.width),
                min(max(point.y(), slot.y), slot.y + slot.height),
            )
            self._drag = (page, start, end)
            self.viewport().update()
        elif self._pan is not None:
            origin, x, y = self._pan
            delta = event.position() - origin
            self.horizontalScrollBar().setValue(round(x - delta.x()))
            self.verticalScrollBar().setValue(round(y - delta.y()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and self._layout is not None:
            self.mouseMoveEvent(event)
            page, start, end = self._drag
            self._drag = None
            x0, y0 = self._layout.to_page(page, start.x(), start.y())
            x1, y1 = self._layout.to_page(page, end.x(), end.y())
            rect = (
                round(min(x0, x1), 2),
                round(min(y0, y1), 2),
                round(max(x0, x1), 2),
                round(max(y0, y1), 2),
            )
            self.viewport().update()
            if rect[2] - rect[0] >= MIN_DRAWN_POINTS and rect[3] - rect[1] >= MIN_DRAWN_POINTS:
                self._drawing = False
                self.viewport().unsetCursor()
                self.rect_drawn.emit(page, rect)
            return
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._layout is not None:
            steps = event.angleDelta().y() / 120.0
            if steps:
                factor = self.zoom_factor() * WHEEL_ZOOM_FACTOR**steps
                self.set_zoom(min(MAX_ZOOM, max(MIN_ZOOM, factor)), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drawing:
            self.cancel_anchor_drawing()
        elif key == Qt.Key.Key_PageDown:
            self.step_page(+1)
        elif key == Qt.Key.Key_PageUp:
            self.step_page(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.page_count() - 1)
        else:
            super().keyPressEvent(event)
