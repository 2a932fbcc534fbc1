"""Plain data shared by the GUI process and the render process.

Nothing here imports PyMuPDF or Qt: the GUI process only ever sees these records, so it can stay free
of MuPDF (which does not support threads and holds the interpreter lock while it renders). Every record
is picklable because it crosses the process boundary.

Conventions used everywhere in ``app.pdf``:

* pages are numbered from 0;
* page coordinates are PDF points (1/72 inch) of the page *as displayed*, i.e. with the page's own
  ``/Rotate`` applied, origin at the top-left; ``PdfInfo.page_sizes`` and search rectangles use them;
* a render's pixel size is the displayed page size times ``scale``, turned by the extra ``rotation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

DocKey = str
"""The caller's name for an open document (e.g. a dossier id); any string, unique per client."""

Rect = tuple[float, float, float, float]
"""``(x0, y0, x1, y1)`` with x0 <= x1 and y0 <= y1."""


class ProblemCode(StrEnum):
    """Why a file or a page could not be used. The UI maps these codes to translated messages."""

    MISSING = "missing"  # no file at that path
    UNREADABLE = "unreadable"  # the file exists but cannot be read (permissions, a folder, I/O error)
    NOT_PDF = "not_pdf"  # no PDF header: another kind of file
    DAMAGED = "damaged"  # a PDF that MuPDF cannot open or repair, or whose pages cannot be recovered
    ENCRYPTED = "encrypted"  # needs a password; detail is "password_required" or "wrong_password"
    EMPTY = "empty"  # a valid (or zero-byte) file without a single page
    TOO_MANY_PAGES = "too_many_pages"  # more pages than a dossier can have (document_info.MAX_PAGES)
    PAGE_OUT_OF_RANGE = "page_out_of_range"
    TOO_LARGE = "too_large"  # the requested render would exceed the pixel limit
    RENDER_FAILED = "render_failed"  # MuPDF raised while rendering or extracting this page
    NOT_OPEN = "not_open"  # a request for a document key that is not open in the render process
    WORKER_DIED = "worker_died"  # the render process ended (crash, kill, hang watchdog) before answering
    CLOSED = "closed"  # the client was closed before the request was answered


MAX_PAGES = 5_000
"""More pages than this and a file is refused (``too_many_pages``), at once: the count is known before
any page is read. A real dossier has 50-300 pages. The window reads every page's size on opening and
lists every page in its thumbnail bar, about 40 µs a page on the GUI thread: 200,000 pages froze it
for seconds and took 500 MB (bench/bench_huge_pdf.py), 5,000 pages cost a one-off ~0.2 s."""

PASSWORD_REQUIRED = "password_required"
WRONG_PASSWORD = "wrong_password"


class PdfProblem(Exception):
    """A typed failure with a stable ``code``; raised instead of PyMuPDF's own exceptions.

    ``detail`` is for logs and bug reports (English, untranslated); the UI should choose its message
    from ``code`` (and for ``encrypted`` from ``detail``, which is one of two fixed words).
    """

    def __init__(self, code: ProblemCode | str, path: str | None = None, detail: str = "") -> None:
        # Passing every field to Exception keeps the default pickling (by ``args``) working, which
        # matters because problems travel from the render process to the GUI process.
        super().__init__(ProblemCode(code), path, detail)
        self.code = ProblemCode(code)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.code.value}{where}{detail}"


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One outline (bookmark) entry; ``page`` is 0-based, or -1 when it points nowhere usable."""

    level: int
    title: str
    page: int


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What the reviewer's window needs to lay out a dossier before any page is rendered."""

    path: str
    page_count: int
    needs_password: bool  # the file is encrypted with a user password (it was opened with it)
    title: str
    toc: tuple[TocEntry, ...]
    page_sizes: tuple[tuple[float, float], ...]  # (width, height) in points, as displayed
    repaired: bool  # MuPDF had to rebuild the cross-reference table: usable, but the file is damaged
    sizes_final: bool = True
    """False when opened with ``first_page``: every size is that page's until ``PageSizes`` arrives."""


class PixelFormat(StrEnum):
    """Layout of ``PageImage.data``; the Qt side maps these to ``QImage.Format`` values."""

    RGB888 = "rgb888"  # 3 bytes per pixel, opaque (white paper) -> QImage.Format_RGB888
    RGBA8888 = "rgba8888"  # 4 bytes, premultiplied alpha, transparent paper -> Format_RGBA8888_Premultiplied
    BGRA8888 = "bgra8888"
    """4 bytes, B G R 255 in memory, opaque: the 32-bit word 0xFFRRGGBB on a little-endian machine, which
    is Qt's own ``Format_RGB32`` - the format Qt paints without converting (paint-ready)."""

    @property
    def bytes_per_pixel(self) -> int:
        return 3 if self is PixelFormat.RGB888 else 4


@dataclass(frozen=True, slots=True)
class PageImage:
    """A rendered page as a raw pixel buffer; rows are ``stride`` bytes apart, top row first.

    ``data`` is a bytearray when it came from the render process (copied without an extra pass);
    treat it as read-only: the same object is shared through the page cache.
    """

    width: int
    height: int
    stride: int
    pixel_format: PixelFormat
    data: bytes | bytearray

    @property
    def nbytes(self) -> int:
        return len(self.data)


class RenderKey(NamedTuple):
    """Identity of a render in the cache and among in-flight requests (scale quantised)."""

    doc_key: DocKey
    page: int
    scale: float
    rotation: int


MIN_SCALE = 0.0001
"""The smallest scale kept: rounding to 4 places must never turn a tiny positive scale into 0."""


def normalize_scale(scale: float) -> float:
    """Quantise a zoom factor so that 1.2500001 and 1.25 share one cache entry."""
    if not scale > 0:
        raise ValueError(f"scale must be positive, got {scale!r}")
    return max(MIN_SCALE, round(float(scale), 4))


def normalize_rotation(rotation: int) -> int:
    """Extra clockwise rotation in degrees: a multiple of 90, folded into 0..270."""
    if rotation % 90:
        raise ValueError(f"rotation must be a multiple of 90, got {rotation!r}")
    return int(rotation) % 360


def page_rect_to_image(rect: Rect, page_size: tuple[float, float], scale: float, rotation: int = 0) -> Rect:
    """Map a rectangle in display points of a page to pixels of its render at ``scale``/``rotation``.

    Used to draw search hits (``SearchHit.rects``) over a rendered page, also when the reviewer has
    turned the page: MuPDF turns the page clockwise and moves it back to the origin.
    """
    width, height = page_size
    x0, y0, x1, y1 = rect
    turn = normalize_rotation(rotation)
    if turn == 90:
        x0, y0, x1, y1 = height - y1, x0, height - y0, x1
    elif turn == 180:
        x0, y0, x1, y1 = width - x1, height - y1, width - x0, height - y0
    elif turn == 270:
        x0, y0, x1, y1 = y0, width - x1, y1, width - x0
    return (x0 * scale, y0 * scale, x1 * scale, y1 * scale)


class RenderStatus(StrEnum):
    OK = "ok"
    CANCELLED = "cancelled"  # superseded by a newer generation or cancel_stale(); nothing to show
    FAILED = "failed"  # see ``problem``


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The answer to one ``RenderClient.request``; exactly one arrives per request sent."""

    doc_key: DocKey
    page: int
    scale: float
    rotation: int
    generation: int
    priority: int
    status: RenderStatus
    image: PageImage | None = None
    problem: PdfProblem | None = None
    render_ms: float = 0.0  # time MuPDF spent in the render process (0 for failures)

    @property
    def key(self) -> RenderKey:
        return RenderKey(self.doc_key, self.page, self.scale, self.rotation)

    @property
    def ok(self) -> bool:
        return self.status is RenderStatus.OK


@dataclass(frozen=True, slots=True)
class OpenResult:
    """The answer to ``RenderClient.open``: the document's layout data, or why it cannot be opened."""

    doc_key: DocKey
    info: PdfInfo | None
    problem: PdfProblem | None

    @property
    def ok(self) -> bool:
        return self.info is not None


@dataclass(frozen=True, slots=True)
class TextProgress:
    """Background text extraction progress; search covers the pages done so far."""

    doc_key: DocKey
    pages_done: int
    page_count: int

    @property
    def complete(self) -> bool:
        return self.pages_done >= self.page_count


@dataclass(frozen=True, slots=True)
class PageSizes:
    """Every page's measured size, after an ``OpenResult`` that only knew the first page's."""

    doc_key: DocKey
    info: PdfInfo  # the document's info with ``page_sizes`` measured and ``sizes_final`` set


@dataclass(frozen=True, slots=True)
class WorkerLost:
    """The render process ended unexpectedly; call ``RenderClient.restart()`` to carry on."""

    exitcode: int | None
    detail: str


PdfEvent = OpenResult | RenderResult | TextProgress | PageSizes | WorkerLost
"""Everything the client hands to its event queue or callback."""
