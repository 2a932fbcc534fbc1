"""What the PDF view draws over the pages: search hits, anchors, the outlined target, the rubber band.

Kept apart from ``PdfPageArea`` so the page area deals with scrolling and renders, and the look of the
marks lives in one place. Colours: hits in yellow/orange (the usual find colours), anchors and the
outline in the palette's accent, so red stays reserved for deductions (ui-guide). Every mark is also
told apart by shape (filled box, framed box, dashed frame), so it reads in grey-scale.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.pdf.records import Rect
from app.pdf.text_index import SearchHit
from app.ui.pdf.layout import PageLayout

HIT_COLOUR = QColor(255, 215, 0, 110)
CURRENT_HIT_COLOUR = QColor(255, 140, 0, 150)
CURRENT_HIT_FRAME = QColor(200, 90, 0)
WHOLE_PAGE_BAR = 5  # pixels: an anchor without a rectangle marks the page's left edge


def page_rect_in_view(layout: PageLayout, page: int, rect: Rect, origin: QRect) -> QRectF:
    """A rectangle in page points -> viewport pixels, given where the page's slot is drawn."""
    slot = layout.slots[page]
    x0, y0, x1, y1 = layout.rect_to_content(page, rect)
    return QRectF(origin.x() + x0 - slot.x, origin.y() + y0 - slot.y, x1 - x0, y1 - y0)


def paint_page_marks(
    painter: QPainter,
    layout: PageLayout,
    page: int,
    origin: QRect,
    *,
    hits: Sequence[SearchHit],
    current_hit: SearchHit | None,
    anchors: Sequence[Rect | None],
    outline: Rect | None,
    accent: QColor,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for hit in hits:
        current = hit is current_hit
        for hit_rect in hit.rects:
            box = page_rect_in_view(layout, page, hit_rect, origin).adjusted(-1, -1, 1, 1)
            painter.fillRect(box, CURRENT_HIT_COLOUR if current else HIT_COLOUR)
            if current:
                painter.setPen(QPen(CURRENT_HIT_FRAME, 1))
                painter.drawRect(box)
    fill = QColor(accent)
    fill.setAlpha(40)
    for anchor in anchors:
        if anchor is None:
            painter.fillRect(QRect(origin.left(), origin.top(), WHOLE_PAGE_BAR, origin.height()), accent)
            continue
        box = page_rect_in_view(layout, page, anchor, origin)
        painter.fillRect(box, fill)
        painter.setPen(QPen(accent, 2))
        painter.drawRect(box)
    if outline is not None:
        painter.setPen(QPen(accent, 3, Qt.PenStyle.DashLine))
        painter.drawRect(page_rect_in_view(layout, page, outline, origin).adjusted(-3, -3, 3, 3))


def paint_rubber_band(painter: QPainter, box: QRectF, accent: QColor) -> None:
    """The rectangle being drawn in anchor mode."""
    fill = QColor(accent)
    fill.setAlpha(50)
    painter.fillRect(box, fill)
    painter.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
    painter.drawRect(box)
