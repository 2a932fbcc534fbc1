"""Per-page text with character boxes, searched in memory.

The render process extracts each page's text once, in the background after visible renders
(``extract_page_text``), and sends a compact ``PageText`` to the GUI process. ``TextIndex`` keeps them, so
a search over 500 pages is a few ``str.find`` calls on prepared strings (milliseconds) and never has to
wait for MuPDF, which may be busy rendering.

Matching is case-insensitive and width-insensitive: text and query are folded with NFKC + casefold, so
"ＡＢＣ１２３" (full-width, common in Chinese documents) matches "abc123". Runs of white space match a
single space. Lines of one block are joined with a space, except next to CJK characters, where a line
break inside a word is common and no space is implied; blocks are separated by a newline that a
query cannot cross.

This module imports neither PyMuPDF nor Qt at import time; ``extract_page_text`` imports PyMuPDF when
it runs (in the render process only).
"""

from __future__ import annotations

import math
import threading
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from app.pdf.records import Rect

if TYPE_CHECKING:
    import pymupdf

_NAN = float("nan")
_SEPARATOR_BOX = (_NAN, _NAN, _NAN, _NAN)
BLOCK_SEPARATOR = "\n"


def is_cjk(char: str) -> bool:
    """CJK ideographs, kana, hangul, CJK punctuation and full-width forms: no spaces between them."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """Fold one character for matching; may return zero or several characters (e.g. 'ß' -> 'ss')."""
    if char == BLOCK_SEPARATOR:
        return char
    if char.isspace():
        return " "
    return unicodedata.normalize("NFKC", char).casefold()


def fold_text(text: str) -> tuple[str, array | None]:
    """Fold ``text`` and map each folded character back to its index in ``text``.

    Returns ``(folded, None)`` when the folded string lines up with ``text`` position by position (the
    common case for ASCII), which saves the index array.
    """
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    origin = array("I")
    for index, char in enumerate(text):
        for folded_char in _fold_char(char):
            if folded_char == " " and out and out[-1] in (" ", BLOCK_SEPARATOR):
                continue
            out.append(folded_char)
            origin.append(index)
    folded = "".join(out)
    if len(folded) == len(text) and all(origin[i] == i for i in range(len(origin))):
        return folded, None
    return folded, origin


def fold_query(query: str) -> str:
    """Fold a query the same way as page text; white space runs become one space, ends trimmed."""
    folded = "".join(_fold_char(char) for char in query if char != BLOCK_SEPARATOR)
    return " ".join(folded.split())


@dataclass(slots=True)
class PageText:
    """One page's text, its folded form for matching, and a box per character (display points)."""

    page: int
    text: str
    boxes: array  # 'f': x0, y0, x1, y1 per character of ``text``; NaN for inserted separators
    lines: array  # 'I': line number per character, so a hit's boxes merge into one rect per line
    folded: str
    fold_origin: array | None  # 'I': index into ``text`` for each character of ``folded``; None = same

    @classmethod
    def build(cls, page: int, chars: list[str], boxes: array, lines: array) -> PageText:
        text = "".join(chars)
        folded, origin = fold_text(text)
        if folded == text:
            folded = text  # share the string: no second copy for already-lowercase pages
        return cls(page=page, text=text, boxes=boxes, lines=lines, folded=folded, fold_origin=origin)

    @classmethod
    def empty(cls, page: int) -> PageText:
        return cls.build(page, [], array("f"), array("I"))

    def original_index(self, folded_index: int) -> int:
        return folded_index if self.fold_origin is None else self.fold_origin[folded_index]

    def rects(self, first: int, last: int) -> list[Rect]:
        """One rectangle per line covering characters ``first..last`` (inclusive) of ``text``."""
        merged: dict[int, list[float]] = {}
        boxes = self.boxes
        for index in range(first, last + 1):
            x0 = boxes[4 * index]
            if math.isnan(x0):
                continue
            y0, x1, y1 = boxes[4 * index + 1], boxes[4 * index + 2], boxes[4 * index + 3]
            line = self.lines[index]
            box = merged.get(line)
            if box is None:
                merged[line] = [x0, y0, x1, y1]
            else:
                box[0], box[1] = min(box[0], x0), min(box[1], y0)
                box[2], box[3] = max(box[2], x1), max(box[3], y1)
        return [(box[0], box[1], box[2], box[3]) for box in merged.values()]


@dataclass(slots=True, eq=False)
class SearchHit:
    """A match: its page, where it is in that page's ``PageText.text``, and rects to highlight.

    The rectangles are computed on first use: a common word can match thousands of times, and a view
    only highlights the hits on the pages it shows.
    """

    page: int
    start: int  # index of the first matched character in PageText.text
    end: int  # index after the last matched character
    source: PageText = field(repr=False)
    _rects: tuple[Rect, ...] | None = field(default=None, repr=False)

    @property
    def rects(self) -> tuple[Rect, ...]:
        """Display points of the page (see app.pdf.records), one rectangle per text line."""
        if self._rects is None:
            self._rects = tuple(self.source.rects(self.start, self.end - 1))
        return self._rects

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]


def hits_by_page(hits: Iterable[SearchHit]) -> dict[int, list[SearchHit]]:
    """Group hits for painting: the view looks up the pages it shows."""
    grouped: dict[int, list[SearchHit]] = {}
    for hit in hits:
        grouped.setdefault(hit.page, []).append(hit)
    return grouped


class TextIndex:
    """The searchable text of one document, filled page by page while extraction runs.

    Thread-safe: the client's listener thread adds pages while the GUI thread searches.
    """

    def __init__(self, page_count: int) -> None:
        self.page_count = page_count
        self._pages: dict[int, PageText] = {}
        self._lock = threading.Lock()

    @property
    def pages_done(self) -> int:
        return len(self._pages)

    @property
    def complete(self) -> bool:
        return len(self._pages) >= self.page_count

    def add(self, page_text: PageText) -> None:
        with self._lock:
            self._pages[page_text.page] = page_text

    def has_page(self, page: int) -> bool:
        return page in self._pages

    def missing_pages(self) -> list[int]:
        with self._lock:
            return [page for page in range(self.page_count) if page not in self._pages]

    def page_text(self, page: int) -> str | None:
        """The page's extracted text, or None while it has not been extracted yet."""
        entry = self._pages.get(page)
        return None if entry is None else entry.text

    def search(
        self, query: str, *, pages: Iterable[int] | None = None, max_hits: int = 2000
    ) -> list[SearchHit]:
        """Find ``query`` (case- and width-insensitive), in page order, at most ``max_hits`` hits.

        Matches do not overlap. ``pages`` limits the search, e.g. to the pages on screen.
        """
        needle = fold_query(query)
        if not needle:
            return []
        with self._lock:
            if pages is None:
                entries = sorted(self._pages.items())
            else:
                entries = [(page, self._pages[page]) for page in sorted(set(pages)) if page in self._pages]
        hits: list[SearchHit] = []
        size = len(needle)
        for page, entry in entries:
            haystack = entry.folded
            at = haystack.find(needle)
            while at != -1:
                first = entry.original_index(at)
                last = entry.original_index(at + size - 1)
                hits.append(SearchHit(page, first, last + 1, entry))
                if len(hits) >= max_hits:
                    return hits
                at = haystack.find(needle, at + size)
        return hits


def _transform(matrix: tuple[float, ...], box: tuple[float, float, float, float]) -> tuple[float, ...]:
    a, b, c, d, e, f = matrix
    x0, y0, x1, y1 = box
    xa, ya = a * x0 + c * y0 + e, b * x0 + d * y0 + f
    xb, yb = a * x1 + c * y1 + e, b * x1 + d * y1 + f
    return (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))


def extract_page_text(page: pymupdf.Page, page_number: int) -> PageText:
    """Extract a page's characters with boxes in display coordinates (runs in the render process).

    MuPDF reports boxes on the unrotated page; they are turned by the page's rotation matrix (and
    reduced like a page larger than ``MAX_PAGE_POINTS``) so that they line up with rendered pixels and
    ``PdfInfo.page_sizes``.
    """
    from app.pdf._pymupdf import pymupdf
    from app.pdf.document_info import display_factor

    flags = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES
    raw: dict[str, Any] = page.get_text("rawdict", flags=flags)
    factor = display_factor(page.rect.width, page.rect.height)
    turn = page.rotation_matrix * pymupdf.Matrix(factor, factor)
    matrix = (turn.a, turn.b, turn.c, turn.d, turn.e, turn.f)
    rotated = matrix != (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    chars: list[str] = []
    boxes = array("f")
    lines = array("I")
    line_number = 0

    def add(char: str, box: tuple[float, ...]) -> None:
        chars.append(char)
        boxes.extend(box)
        lines.append(line_number)

    for block in raw.get("blocks", ()):
        if block.get("type") != 0:
            continue
        if chars and chars[-1] != BLOCK_SEPARATOR:
            add(BLOCK_SEPARATOR, _SEPARATOR_BOX)
        for line in block.get("lines", ()):
            line_start = True
            for span in line.get("spans", ()):
                for item in span.get("chars", ()):
                    char = item["c"]
                    if not char:
                        continue
                    previous = chars[-1] if chars else BLOCK_SEPARATOR
                    if char.isspace():
                        if not previous.isspace():
                            add(" ", _SEPARATOR_BOX)
                        continue
                    if line_start and not previous.isspace() and not (is_cjk(previous) or is_cjk(char)):
                        add(" ", _SEPARATOR_BOX)
                    line_start = False
                    box = tuple(item["bbox"])
                    add(char, _transform(matrix, box) if rotated else box)
            line_number += 1
    return PageText.build(page_number, chars, boxes, lines)
