"""Where every page of a dossier sits in the continuous view, and how points map to pixels.

Kept free of Qt so the arithmetic (zoom modes, view rotation, hit-testing) can be reasoned about and
tested on its own; ``PdfPageArea`` turns these numbers into QRects.

Coordinates used here:

* *page points*: PDF points of the page as displayed (its own ``/Rotate`` applied), origin at the
  top-left - the convention of ``app.pdf`` (``PdfInfo.page_sizes``, search rectangles, anchors);
* *content pixels*: logical pixels of the whole scrollable column of pages, origin at its top-left;
  the view shows the part starting at the scroll bars' values.

The view's own rotation (``rotate()``, view only) turns every page clockwise by 0/90/180/270 degrees
around its centre, exactly as ``RenderClient`` renders it, so pixels and rectangles always agree.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from app.pdf.records import Rect

POINTS_TO_PIXELS = 96.0 / 72.0
"""Logical pixels per PDF point at 100 % zoom: 100 % shows the paper at its real size."""

PAGE_GAP = 10  # logical pixels between pages
PAGE_MARGIN = 10  # logical pixels around the column of pages
MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"
ZoomSpec = str | float
"""``"fit_width"``, ``"fit_page"`` or a factor (1.0 = 100 %)."""


def normalize_zoom(zoom: object) -> ZoomSpec:
    """Validate a zoom given by a caller; factors are clamped to the supported range."""
    if zoom in (FIT_WIDTH, FIT_PAGE):
        return str(zoom)
    if isinstance(zoom, int | float) and not isinstance(zoom, bool) and zoom > 0:
        return min(MAX_ZOOM, max(MIN_ZOOM, float(zoom)))
    raise ValueError(f"zoom must be 'fit_width', 'fit_page' or a positive number, got {zoom!r}")


def next_zoom_step(factor: float, direction: int) -> float:
    """The next preset factor above (direction > 0) or below the given one."""
    if direction > 0:
        bigger = [step for step in ZOOM_STEPS if step > factor * 1.001]
        return bigger[0] if bigger else MAX_ZOOM
    smaller = [step for step in ZOOM_STEPS if step < factor * 0.999]
    return smaller[-1] if smaller else MIN_ZOOM


def rotated_size(size: tuple[float, float], rotation: int) -> tuple[float, float]:
    width, height = size
    return (height, width) if rotation in (90, 270) else (width, height)


def rotate_point(x: float, y: float, size: tuple[float, float], rotation: int) -> tuple[float, float]:
    """A page point as it appears after turning the page ``rotation`` degrees clockwise."""
    width, height = size
    if rotation == 90:
        return height - y, x
    if rotation == 180:
        return width - x, height - y
    if rotation == 270:
        return y, width - x
    return x, y


def unrotate_point(x: float, y: float, size: tuple[float, float], rotation: int) -> tuple[float, float]:
    """Inverse of ``rotate_point``: where a point of the turned page lies on the page itself."""
    width, height = size
    if rotation == 90:
        return y, height - x
    if rotation == 180:
        return width - x, height - y
    if rotation == 270:
        return width - y, x
    return x, y


def rotate_rect(rect: Rect, size: tuple[float, float], rotation: int) -> Rect:
    ax, ay = rotate_point(rect[0], rect[1], size, rotation)
    bx, by = rotate_point(rect[2], rect[3], size, rotation)
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def unrotate_rect(rect: Rect, size: tuple[float, float], rotation: int) -> Rect:
    ax, ay = unrotate_point(rect[0], rect[1], size, rotation)
    bx, by = unrotate_point(rect[2], rect[3], size, rotation)
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


@dataclass(frozen=True, slots=True)
class PageSlot:
    """One page's place in content pixels (integers, so pages never straddle a pixel)."""

    x: int
    y: int
    width: int
    height: int


class PageLayout:
    """The column of pages for one zoom, rotation and viewport size.

    Built from ``PdfInfo.page_sizes`` alone, so the scroll bar has its final length before any page
    has been rendered.
    """

    def __init__(
        self,
        page_sizes: tuple[tuple[float, float], ...],
        zoom: ZoomSpec,
        rotation: int,
        viewport: tuple[int, int],
    ) -> None:
        self.page_sizes = page_sizes
        self.zoom = zoom
        self.rotation = rotation
        self.turned = [rotated_size(size, rotation) for size in page_sizes]
        self.scale = self._scale_for(zoom, viewport)
        widths = [max(1, round(width * self.scale)) for width, _ in self.turned]
        heights = [max(1, round(height * self.scale)) for _, height in self.turned]
        widest = max(widths, default=0)
        self.width = max(viewport[0], widest + 2 * PAGE_MARGIN)
        slots: list[PageSlot] = []
        y = PAGE_MARGIN
        for width, height in zip(widths, heights, strict=True):
            slots.append(PageSlot((self.width - width) // 2, y, width, height))
            y += height + PAGE_GAP
        self.slots = slots
        self.height = y - PAGE_GAP + PAGE_MARGIN if slots else 0
        self._tops = [slot.y for slot in slots]

    @property
    def page_count(self) -> int:
        return len(self.slots)

    @property
    def zoom_factor(self) -> float:
        """The effective zoom (1.0 = 100 %) whatever the mode, for the zoom box and zoom steps."""
        return self.scale / POINTS_TO_PIXELS

    def _scale_for(self, zoom: ZoomSpec, viewport: tuple[int, int]) -> float:
        """Logical pixels per point. Fit modes use the largest page so the scale is one for all pages."""
        if isinstance(zoom, float):
            return zoom * POINTS_TO_PIXELS
        if not self.turned:
            return POINTS_TO_PIXELS
        widest = max(width for width, _ in self.turned)
        tallest = max(height for _, height in self.turned)
        by_width = max(1.0, viewport[0] - 2 * PAGE_MARGIN) / widest
        if zoom == FIT_PAGE:
            by_height = max(1.0, viewport[1] - 2 * PAGE_MARGIN) / tallest
            by_width = min(by_width, by_height)
        return min(MAX_ZOOM * POINTS_TO_PIXELS, max(MIN_ZOOM * POINTS_TO_PIXELS, by_width))

    def pages_between(self, top: int, bottom: int) -> list[int]:
        """0-based pages that intersect content rows ``top`` to ``bottom``."""
        if not self.slots or bottom < top:
            return []
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        pages: list[int] = []
        for page in range(first, len(self.slots)):
            slot = self.slots[page]
            if slot.y > bottom:
                break
            if slot.y + slot.height >= top:
                pages.append(page)
        return pages

    def page_at(self, x: float, y: float) -> int | None:
        """The page under a content point, or None in the gaps and margins."""
        for page in self.pages_between(int(y), int(y) + 1):
            slot = self.slots[page]
            if slot.x <= x <= slot.x + slot.width and slot.y <= y <= slot.y + slot.height:
                return page
        return None

    def page_size_points(self, page: int) -> tuple[float, float]:
        return self.page_sizes[page]

    def to_content(self, page: int, x: float, y: float) -> tuple[float, float]:
        """A page point -> content pixels, with the view rotation applied."""
        slot = self.slots[page]
        tx, ty = rotate_point(x, y, self.page_sizes[page], self.rotation)
        return slot.x + tx * slot.width / self.turned[page][0], slot.y + ty * slot.height / self.turned[page][
            1
        ]

    def to_page(self, page: int, x: float, y: float, *, clamp: bool = True) -> tuple[float, float]:
        """Content pixels -> a page point (clamped to the page unless asked not to)."""
        slot = self.slots[page]
        tx = (x - slot.x) * self.turned[page][0] / slot.width
        ty = (y - slot.y) * self.turned[page][1] / slot.height
        if clamp:
            tx = min(max(tx, 0.0), self.turned[page][0])
            ty = min(max(ty, 0.0), self.turned[page][1])
        return unrotate_point(tx, ty, self.page_sizes[page], self.rotation)

    def rect_to_content(self, page: int, rect: Rect) -> Rect:
        ax, ay = self.to_content(page, rect[0], rect[1])
        bx, by = self.to_content(page, rect[2], rect[3])
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def most_visible_page(self, top: int, bottom: int) -> int:
        """The page showing the most rows between ``top`` and ``bottom`` (the earlier one on a tie)."""
        best, best_rows = 0, -1
        for page in self.pages_between(top, bottom):
            slot = self.slots[page]
            rows = min(bottom, slot.y + slot.height) - max(top, slot.y)
            if rows > best_rows:
                best, best_rows = page, rows
        return best
