"""The renders a page view holds on to, and how it asks for more.

``PdfPageArea`` deals with geometry and events; this class knows the render client: which pages to
ask for (visible first, neighbours prefetched, through ``RenderClient.request_view`` so pages scrolled
past are dropped by generation), which answers to keep (only the current scale and rotation, only
near the viewport), and which pages failed for good. Pixels stay in the ``bytes`` the client copied out
of shared memory; the QImage shares them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QImage

from app.pdf.memory_budget import page_cache_budget
from app.pdf.records import DocKey, PageImage, ProblemCode, RenderResult, normalize_scale
from app.pdf.render_client import RenderClient
from app.ui.pdf.layout import PageLayout
from app.ui.shared.qt_bridge import page_image_to_qimage

PREFETCH_PAGES = 2
KEEP_AROUND = 3  # pages either side of the visible ones whose images the view holds on to
MAX_RENDER_PIXELS = 16_000_000  # above this a page is rendered smaller and stretched (48 MB of RGB)
_TRANSIENT_FAILURES = {ProblemCode.WORKER_DIED, ProblemCode.CLOSED, ProblemCode.NOT_OPEN}


def render_scale(layout: PageLayout, device_pixel_ratio: float) -> float:
    """Pixels per point to ask MuPDF for: the zoom times the screen's pixel ratio, within a budget."""
    scale = layout.scale * device_pixel_ratio
    largest = max(width * height for width, height in layout.page_sizes)
    if largest * scale * scale > MAX_RENDER_PIXELS:
        scale = math.sqrt(MAX_RENDER_PIXELS / largest)
    return normalize_scale(scale)


@dataclass(slots=True)
class ShownPage:
    """A render held for a page; ``painted`` records that it has been on screen."""

    scale: float
    rotation: int
    image: QImage
    source: PageImage
    painted: bool = False


class PageRenders:
    """One document's renders as the view sees them (GUI thread only)."""

    def __init__(self, client: RenderClient, key: DocKey) -> None:
        self.client = client
        self.key = key
        self.images: dict[int, ShownPage] = {}
        self.failed: dict[int, ProblemCode] = {}
        self._budget_for: tuple[PageLayout, float] | None = None

    def fit_budget(self, layout: PageLayout, scale: float) -> None:
        """Size the client's page cache for this layout's pages at ``scale`` (and the machine)."""
        if self._budget_for == (layout, scale):
            return
        self._budget_for = (layout, scale)
        largest = max((width * height for width, height in layout.page_sizes), default=0.0)
        page_bytes = int(largest * scale * scale) * 4
        budget = page_cache_budget(page_bytes)
        if budget != self.client.cache.max_bytes:
            self.client.cache.set_budget(budget)

    def request(
        self, visible: list[int], scale: float, rotation: int, device_pixel_ratio: float
    ) -> list[int]:
        """Ask for the visible pages and their neighbours; returns pages whose image just changed."""
        try:
            found = self.client.request_view(self.key, visible, scale, rotation, prefetch=PREFETCH_PAGES)
        except RuntimeError:  # the client was closed under us (shutdown)
            return []
        changed = [
            page
            for page, image in found.items()
            if self.store(page, scale, rotation, image, device_pixel_ratio)
        ]
        keep = range(visible[0] - KEEP_AROUND, visible[-1] + KEEP_AROUND + 1)
        for page in [page for page in self.images if page not in keep]:
            del self.images[page]
        return changed

    def accept(
        self, result: RenderResult, scale: float, rotation: int, visible: list[int], device_pixel_ratio: float
    ) -> bool:
        """Take an answer from the render process; True if the view should repaint that page."""
        if not result.ok or result.image is None:
            problem = result.problem
            if problem is None or problem.code in _TRANSIENT_FAILURES:
                return False  # cancelled, or asked again once the render process is back
            self.failed[result.page] = problem.code
            return True
        if (result.scale, result.rotation) != (scale, rotation) or not visible:
            return False
        if not visible[0] - KEEP_AROUND <= result.page <= visible[-1] + KEEP_AROUND:
            return False  # prefetched far away: it waits in the client's cache
        return self.store(result.page, scale, rotation, result.image, device_pixel_ratio)

    def lookup(self, page: int, scale: float, rotation: int, device_pixel_ratio: float) -> ShownPage | None:
        """The held render for a page, or a sharp one prefetched meanwhile (a cache look-up, no render)."""
        shown = self.images.get(page)
        if shown is None or (shown.scale, shown.rotation) != (scale, rotation):
            cached = self.client.cached(self.key, page, scale, rotation)
            if cached is not None:
                self.store(page, scale, rotation, cached, device_pixel_ratio)
                shown = self.images[page]
        return shown

    def store(
        self, page: int, scale: float, rotation: int, image: PageImage, device_pixel_ratio: float
    ) -> bool:
        """Hold a render for a page; False if it is the one already held."""
        shown = self.images.get(page)
        if shown is not None and shown.source is image:
            return False
        self.failed.pop(page, None)
        qimage = page_image_to_qimage(image, device_pixel_ratio)
        self.images[page] = ShownPage(scale, rotation, qimage, image)
        return True

    def drop_images(self) -> None:
        """Forget every held render (e.g. after a rotation, when they cannot even serve as previews)."""
        self.images.clear()
