"""The one Chinese font every printed document uses, embedded so the PDF prints the same anywhere.

Panels print on government machines that may have no Chinese font at all, and the signed sheet is the
legal record: so the glyphs travel inside the PDF. We take the CJK TrueType font PyMuPDF already
carries (``pymupdf.Font("china-s")``: Droid Sans Fallback, Apache 2.0) — no extra file to ship — and
hand its bytes to reportlab's ``TTFont``, which embeds only the glyphs used (subsets with a ToUnicode
map, so text stays searchable and copyable).

The face has no bold: titles and headings are "fake bold" (glyphs filled and stroked, PDF text render
mode 2), which keeps them real text. Registration parses 3.5 MB once per process (~0.4 s), guarded by
a lock because printing runs on a worker thread.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = "DossierCJK"  # the reportlab name; the embedded subsets are named after the face itself
FAKE_BOLD_STROKE = 0.35  # stroke width in points that makes a 10-16 pt glyph read as bold

_lock = threading.Lock()


def font_bytes() -> bytes:
    """The TrueType bytes of PyMuPDF's built-in simplified-Chinese font."""
    import pymupdf

    return bytes(pymupdf.Font("china-s").buffer)


def register_fonts() -> str:
    """Register the CJK font with reportlab (once per process) and return its name."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, io.BytesIO(font_bytes())))
    return FONT


def has_glyphs(text: str) -> bool:
    """Whether the font draws every character of ``text`` (tests: no tofu boxes)."""
    font = pdfmetrics.getFont(register_fonts())
    widths = font.face.charWidths
    return all(ord(ch) in widths for ch in text if not ch.isspace())


@contextmanager
def fake_bold(canvas: Canvas, stroke: float = FAKE_BOLD_STROKE) -> Iterator[None]:
    """Draw the text inside as fill-and-stroke: a bold look without a bold font file.

    The text render mode is part of the graphics state, so the surrounding save/restore ends it.
    """
    canvas.saveState()
    canvas.setLineWidth(stroke)
    canvas.setLineJoin(1)
    canvas.addLiteral("2 Tr")
    try:
        yield
    finally:
        canvas.restoreState()
