"""PDF pages for the reviewer's window, without Qt and without MuPDF in the GUI process.

* ``RenderClient`` (render_client.py) - the one door: opens dossiers in a separate render process,
  renders pages without blocking, caches them (page_cache.py), indexes their text (text_index.py).
* ``inspect_pdf`` / ``sha256_file`` (document_info.py) - judge a file on import; these run PyMuPDF in
  the calling process, so import that module where it is needed (it is not loaded from here).
* records.py - the plain data both processes exchange.

Nothing in this package imports Qt; the Qt side turns ``PdfEvent`` callbacks into signals.
"""

from app.pdf.page_cache import PageCache
from app.pdf.records import (
    DocKey,
    OpenResult,
    PageImage,
    PageSizes,
    PdfEvent,
    PdfInfo,
    PdfProblem,
    PixelFormat,
    ProblemCode,
    RenderKey,
    RenderResult,
    RenderStatus,
    TextProgress,
    TocEntry,
    WorkerLost,
    page_rect_to_image,
)
from app.pdf.render_client import PRIORITY_PREFETCH, PRIORITY_VISIBLE, RenderClient
from app.pdf.text_index import SearchHit, TextIndex, hits_by_page

__all__ = [
    "PRIORITY_PREFETCH",
    "PRIORITY_VISIBLE",
    "DocKey",
    "OpenResult",
    "PageCache",
    "PageImage",
    "PageSizes",
    "PdfEvent",
    "PdfInfo",
    "PdfProblem",
    "PixelFormat",
    "ProblemCode",
    "RenderClient",
    "RenderKey",
    "RenderResult",
    "RenderStatus",
    "SearchHit",
    "TextIndex",
    "TextProgress",
    "TocEntry",
    "WorkerLost",
    "hits_by_page",
    "page_rect_to_image",
]
