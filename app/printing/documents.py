"""The printing API: pure functions from a panel to a PDF file, plus a page preview for the window.

Each ``print_*`` function reads what it needs, lays the document out and writes ``out`` — first to a
temporary file beside it, renamed at the end, so a cancelled or failed run never leaves half a PDF
(or destroys the previous one). Long runs report through a Qt-free ``Progress`` (one step per sheet)
and stop at the next sheet when it is cancelled; the window runs them on a worker thread.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from app.printing.data import PrintContext, PrintingError
from app.printing.layout import SheetStart, build_pdf, sheets_story
from app.printing.review_sheet import review_sheet
from app.services.panel import Panel
from app.services.progress import Progress

__all__ = [
    "PrintedDocument",
    "PrintingError",
    "page_count",
    "print_blank_sheets",
    "print_merged_sheets",
    "print_panel_report",
    "print_passphrase_slips",
    "print_review_sheets",
]


@dataclass(frozen=True)
class PrintedDocument:
    path: Path
    sheets: int  # separately numbered sheets in the file (1 for the report)
    pages: int


def _write(
    out: str | Path,
    sheets: list[tuple[str, list[Flowable]]],
    *,
    title: str,
    progress: Progress | None,
) -> PrintedDocument:
    if not sheets:
        raise PrintingError("printing.nothing_to_print")
    target = Path(out)
    progress = progress or Progress()
    progress.start(len(sheets), "layout")

    def advance(flowable: Flowable) -> None:
        if isinstance(flowable, SheetStart):
            progress.advance()

    handle, temporary = tempfile.mkstemp(suffix=".pdf.part", dir=target.parent)
    os.close(handle)
    try:
        build_pdf(temporary, sheets_story(sheets), title=title, on_flowable=advance)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return PrintedDocument(target, len(sheets), page_count(target))


def _checked(progress: Progress | None) -> Callable[[], None]:
    return progress.check if progress is not None else lambda: None


def print_review_sheets(
    panel: Panel,
    out: str | Path,
    reviewer: str | None = None,
    dossiers: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
) -> PrintedDocument:
    """Every review's filled-in sheet (or one reviewer's, or some dossiers'), one PDF, each sheet
    numbered on its own. Ordered by reviewer, then dossier code."""
    ctx = PrintContext(panel)
    codes = [d.id for d in ctx.select_dossiers(dossiers)] if dossiers else None
    check = _checked(progress)
    sheets = []
    for review in ctx.reviews(reviewer, codes):
        check()
        sheets.append(review_sheet(ctx, ctx.dossiers[review.dossier_code], review))
    return _write(out, sheets, title="案卷评查表", progress=progress)


def print_blank_sheets(
    panel: Panel,
    out: str | Path,
    reviewer: str | None = None,
    dossiers: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
) -> PrintedDocument:
    """Blank forms for a paper review: header filled in, score columns empty.

    With ``reviewer``: their name on each sheet, for the dossiers assigned to them (all dossiers if
    the panel has no assignments yet) unless ``dossiers`` names others.
    """
    ctx = PrintContext(panel)
    person = ctx.reviewer(reviewer) if reviewer is not None else None
    chosen = ctx.select_dossiers(dossiers)
    if person is not None and not dossiers and ctx.assignments:
        assigned = set(ctx.assignments.get(person.id, ()))
        chosen = [d for d in chosen if d.id in assigned]
    check = _checked(progress)
    sheets = []
    for dossier in chosen:
        check()
        sheets.append(review_sheet(ctx, dossier, None, person))
    return _write(out, sheets, title="案卷评查表（空白）", progress=progress)


def print_merged_sheets(
    panel: Panel,
    out: str | Path,
    dossiers: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
) -> PrintedDocument:
    """Per dossier: every reviewer's score, the combined result and the chair's signature lines."""
    from app.printing.merged_sheet import merged_sheets

    ctx = PrintContext(panel)
    sheets = merged_sheets(ctx, ctx.select_dossiers(dossiers), _checked(progress))
    return _write(out, sheets, title="案卷评查汇总表", progress=progress)


def print_panel_report(
    panel: Panel,
    out: str | Path,
    *,
    progress: Progress | None = None,
) -> PrintedDocument:
    """The panel's report: title page, rankings with how they were computed, typical problems, draw
    records and a signature page for every panel member. One document, numbered throughout."""
    from app.printing.panel_report import panel_report

    ctx = PrintContext(panel)
    story = panel_report(ctx, _checked(progress))
    return _write(out, [("", story)], title=f"{ctx.info.title} 评查结果报告", progress=progress)


def print_passphrase_slips(
    panel: Panel, out: str | Path, reviewer_ids: Sequence[str] | None = None
) -> PrintedDocument:
    """The passphrase slip of every (or the named) reviewer's newest package, one sheet each
    (``app.printing.slips``); ``PrintingError`` when no package has been made yet."""
    from app.printing.slips import panel_slips, slip_sheet

    sheets = [slip_sheet(slip) for slip in panel_slips(panel, reviewer_ids)]
    return _write(out, sheets, title="评查包口令单", progress=None)


# ---------------------------------------------------------------------- pages
def page_count(pdf: str | Path) -> int:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return int(doc.page_count)
