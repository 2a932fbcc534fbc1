"""Page set-up shared by every printed document: A4, 2 cm margins, styles, "第 x 页 共 y 页".

Several sheets go into one PDF (a reviewer's 40 dossiers print as one job), yet each sheet is its own
signed record, so each restarts its page numbering: a ``SheetStart`` marker opens every sheet, and
``NumberedCanvas`` holds the pages back until the end, when it knows how many pages each sheet took
and writes the footers. One layout pass instead of two keeps 500 sheets within seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import PageBreak

from app.printing.fonts import FONT, fake_bold, register_fonts
from app.printing.tables import BreakingTable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 10.5  # 五号
SMALL_SIZE = 9
TITLE_SIZE = 16
GRID = 0.6
SHADE = colors.HexColor("#E8E8E8")  # header and section rows: reads on a grey-scale printer
FAINT = colors.HexColor("#555555")


# Chinese line-breaking (W3C clreq, GB/T 15834): these marks never begin a line. reportlab's list is
# Japanese and misses the Chinese comma, semicolon, colon, ？！ and closing quotes and book-title marks,
# so a line could start with "，". Both its CJK wrappers (one frag: textsplit.wordSplit; several:
# paragraph.cjkFragSplit) read a module-level string at call time; we extend both once, additively.
_CHINESE_CANNOT_START = "，；：？！》〉』】〕］｝”’"


def _teach_chinese_line_breaking() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        known: str = module.ALL_CANNOT_START
        missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in known)
        if missing:
            module.ALL_CANNOT_START = known + missing


_teach_chinese_line_breaking()


def style(
    name: str, size: float = BODY_SIZE, align: int = TA_LEFT, leading: float | None = None, **extra: Any
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT,
        fontSize=size,
        leading=leading or round(size * 1.3, 1),
        alignment=align,
        wordWrap="CJK",  # Chinese breaks between any two characters
        **extra,
    )


class Styles:
    """The paragraph styles, built after the font is registered."""

    def __init__(self) -> None:
        register_fonts()
        self.body = style("body")
        self.centre = style("centre", align=TA_CENTER)
        self.right = style("right", align=TA_RIGHT)
        self.small = style("small", SMALL_SIZE)
        self.small_centre = style("small-centre", SMALL_SIZE, TA_CENTER)
        self.hint = style("hint", 8, textColor=FAINT)
        self.heading = style("heading", 12, spaceBefore=8, spaceAfter=4)
        self.subtitle = style("subtitle", BODY_SIZE, TA_CENTER, textColor=FAINT)
        self.continued = style("continued", 7.5, TA_CENTER, textColor=FAINT)  # （续） on a split row


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles()
    return _styles


# Characters people type that the embedded face lacks, drawn with a look-alike it has (else: a gap).
LOOK_ALIKES = str.maketrans({"−": "－", "☐": "□", "☑": "■", "☒": "■", "✔": "√", "✓": "√", "✗": "×"})


def escape(text: object) -> str:
    """Text for a reportlab Paragraph (which reads a little XML), with look-alikes for missing glyphs."""
    return (
        str(text)
        .translate(LOOK_ALIKES)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )


class CellParagraph(Paragraph):
    """A paragraph that keeps CJK hanging punctuation inside its box.

    reportlab lets a closing mark that may not start a line (）。，”) hang past the right edge; in a
    ruled table that pushes it over the grid line. A paragraph with such a line is wrapped again half
    an em narrower, which leaves the room (the ink of those marks sits in the left half of their em
    box); the others keep the full width.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A table wraps each cell to measure the row and again to draw it, always at the column's
        # width: breaking CJK lines is the bulk of the printing time, so the last result is kept.
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        if self._overhangs():
            hang = self.style.fontSize * 0.5
            size = super().wrap(max(availWidth - hang, hang), availHeight)
        self._wrapped = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Paragraph.split may drop ``blPara`` (when too little fits); the kept size must go with it.
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not hasattr(self, "blPara"):
            self._wrapped = None
        return parts

    def _overhangs(self) -> bool:
        for line in self.blPara.lines:
            extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
            if extra < -0.01:
                return True
        return False


def para(text: object, st: ParagraphStyle | None = None) -> CellParagraph:
    return CellParagraph(escape(text), st or styles().body)


def paras(lines: Iterable[object], st: ParagraphStyle | None = None) -> list[CellParagraph]:
    """Several lines in one cell, one paragraph each: a line that exactly fills the width and then a
    <br/> would leave an empty line in reportlab, a list of paragraphs never does.

    A line's own line breaks make paragraphs too (an empty line keeps its height): a reason of 500
    lines as one paragraph is line-broken again in full at every page it is split across, which
    made a long one take minutes; as paragraphs each is broken once.
    """
    out: list[CellParagraph] = []
    for line in lines:
        parts = str(line).split("\n")
        out += [para(part if part or len(parts) == 1 else "\u00a0", st) for part in parts]
    return out


class BoldParagraph(CellParagraph):
    """A paragraph drawn in fake bold (the embedded face has no bold)."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        with fake_bold(canvas):
            super().drawOn(canvas, x, y, _sW)


def bold(text: object, st: ParagraphStyle | None = None) -> BoldParagraph:
    return BoldParagraph(escape(text), st or styles().body)


_shared = threading.local()
SHARED_LIMIT = 4096


def fixed(text: object, st: ParagraphStyle | None = None, *, heavy: bool = False) -> CellParagraph:
    """A table cell whose text repeats from sheet to sheet (headings, item texts, standards).

    500 sheets of one checklist hold the same few hundred texts; parsing and line-breaking each once
    instead of 500 times is most of the speed of a large print. Sharing one instance is safe because
    a table re-wraps every cell at its own column width right before drawing it (and wrapping is
    deterministic); the cache is per thread, so two print jobs never share an instance.
    """
    st = st or styles().body
    cache: dict[tuple[str, str, bool], CellParagraph] | None = getattr(_shared, "cache", None)
    if cache is None or len(cache) > SHARED_LIMIT:
        cache = _shared.cache = {}
    key = (str(text), st.name, heavy)
    found = cache.get(key)
    if found is None:
        found = cache[key] = bold(text, st) if heavy else para(text, st)
    return found


class Title(Flowable):
    """The centred bold title of a form: one line, shrunk a little if need be; a longer text wraps.

    A panel's or checklist's title is text someone typed: shrinking it to one line at any cost would
    print a 300-character title at 2 pt. Below ``MIN_SHRINK`` of its size it wraps instead, as a
    centred bold paragraph that splits across pages like any other.
    """

    MIN_SHRINK = 0.75

    def __init__(self, text: str, size: float = TITLE_SIZE, space_after: float = 10) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.space_after = space_after
        self._wrapping: BoldParagraph | None = None

    def _paragraph(self) -> BoldParagraph:
        if self._wrapping is None:
            st = style(f"title-{self.size}", self.size, TA_CENTER, spaceAfter=self.space_after)
            self._wrapping = BoldParagraph(escape(self.text), st)
        return self._wrapping

    def _one_line(self, available_width: float) -> float | None:
        """The font size that puts the title on one line, or None when it must wrap."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        natural = stringWidth(self.text, FONT, self.size)
        if natural <= available_width:
            return self.size
        if "\n" in self.text or natural * self.MIN_SHRINK > available_width:
            return None
        return self.size * available_width / natural

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        size = self._one_line(available_width)
        if size is None:
            width, height = self._paragraph().wrap(available_width, available_height)
            return width, height + self.space_after
        self.draw_size = size
        return available_width, size * 1.4 + self.space_after

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._one_line(available_width) is not None:
            return []
        return self._paragraph().split(available_width, available_height)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._one_line(self.width) is None:
            self._paragraph().drawOn(canvas, x, y + self.space_after, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        with fake_bold(self.canv, 0.45):
            self.canv.setFont(FONT, self.draw_size)
            self.canv.drawCentredString(self.width / 2, self.space_after + self.draw_size * 0.3, self.text)


class SheetStart(Flowable):
    """Marks the first page of a sheet, and what its footer says at the left (e.g. case number)."""

    _ZEROSIZE = True

    def __init__(self, footer_left: str = "") -> None:
        super().__init__()
        self.footer_left = footer_left
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas._sheet_number = getattr(canvas, "_sheet_number", 0) + 1
        canvas._sheet_footer = self.footer_left


class NumberedCanvas(Canvas):
    """Holds every page until ``save`` so each footer can say "第 x 页 共 y 页" of its own sheet."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT  # else every page names an unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._sheet_number = 0
        self._sheet_footer = ""

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._pages:
            counts[state["_sheet_number"]] = counts.get(state["_sheet_number"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            sheet = state["_sheet_number"]
            seen[sheet] = seen.get(sheet, 0) + 1
            self.__dict__.update(state)
            self._draw_footer(seen[sheet], counts[sheet], state["_sheet_footer"])
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int, left: str) -> None:
        self.saveState()
        self.setFont(FONT, SMALL_SIZE)
        self.drawCentredString(PAGE_WIDTH / 2, MARGIN * 0.55, f"第 {page} 页 共 {pages} 页")
        if left:
            self.setFillColor(FAINT)
            self.setFont(FONT, 7.5)
            self.drawString(MARGIN, MARGIN * 0.55, fit_width(left, FONT, 7.5, FRAME_WIDTH / 2 - 40))
        self.restoreState()


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` points (the footer's locator; the sheet has it whole)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def ruled_table(
    data: list[list[object]],
    widths: Sequence[float],
    extra: Sequence[tuple[object, ...]] = (),
    size: float = 10.5,
) -> Table:
    """A gridded table with a shaded header row that repeats on every page (merged sheet, report);
    a row taller than a page splits (``BreakingTable``)."""
    return breaking_table(
        data,
        widths,
        [
            ("GRID", (0, 0), (-1, -1), GRID, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("FONT", (0, 0), (-1, -1), FONT, size),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ],
        repeat_rows=1,
    )


def breaking_table(
    data: Sequence[Sequence[object]],
    widths: Sequence[float],
    commands: Sequence[tuple[object, ...]],
    *,
    repeat_rows: int = 0,
    min_row_height: float | None = None,
) -> BreakingTable:
    """Every table of a printed document: rows split across pages, continuations marked （续）."""
    return BreakingTable(
        data,
        widths,
        commands,
        repeatRows=repeat_rows,
        min_row_height=min_row_height,
        continued=styles().continued,
    )


def sheets_story(sheets: Iterable[tuple[str, Sequence[Flowable]]]) -> list[Flowable]:
    """One story from (footer text, flowables) per sheet: each on fresh pages, numbered on its own."""
    story: list[Flowable] = []
    for footer, flowables in sheets:
        if story:
            story.append(PageBreak())
        story.append(SheetStart(footer))
        story.extend(flowables)
    return story


def build_pdf(
    out: str | Path,
    story: list[Flowable],
    *,
    title: str,
    subject: str = "",
    on_flowable: Callable[[Flowable], None] | None = None,
) -> None:
    """Lay out ``story`` on A4 with 2 cm margins and write it to ``out``.

    ``on_flowable`` is called after each flowable is laid out (progress and cancel hooks).
    """
    register_fonts()
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        subject=subject,
        author="Dossier Panel",
        creator="Dossier Panel (案卷评查)",
        lang="zh-CN",
    )
    if on_flowable is not None:
        doc.afterFlowable = on_flowable
    if not story or not isinstance(story[0], SheetStart):
        story = [SheetStart(), *story]
    doc.build(story, canvasmaker=NumberedCanvas)
