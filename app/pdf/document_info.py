"""Opening and describing PDF files, with every failure turned into a typed ``PdfProblem``.

Dossiers come from scanners, office suites and half-finished copies on USB sticks, so opening one must
never end in a raw PyMuPDF exception or a traceback: the caller gets a ``PdfInfo`` or a ``PdfProblem``
with a stable code. The render process uses ``open_document``/``describe_document`` from here too, so a
file is judged the same way wherever it is opened.

This module imports PyMuPDF. PyMuPDF holds the interpreter lock while it works, so in the GUI process
call ``inspect_pdf`` from a background task for a handful of files only; the render process
(``RenderClient.open``) returns the same ``PdfInfo`` without touching the GUI process.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from app.pdf._pymupdf import pymupdf
from app.pdf.records import (
    MAX_PAGES,
    PASSWORD_REQUIRED,
    WRONG_PASSWORD,
    PdfInfo,
    PdfProblem,
    ProblemCode,
    TocEntry,
)

__all__ = ["PdfInfo", "PdfProblem", "describe_document", "inspect_pdf", "open_document", "sha256_file"]

HEADER_SEARCH_BYTES = 1024
"""The PDF header may follow some junk; Acrobat accepts it within the first 1024 bytes."""

MAX_PAGE_POINTS = 14_400.0
"""The longest page side shown, in points (5.08 m, the PDF limit without ``/UserUnit``). A page that
``/UserUnit`` makes larger (75,000 × 14,400 pt is 381 km) is shown scaled down to this size, and the
render process renders it at the same reduction, so both agree on the page's pixels."""

_quiet = False
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def quiet_mupdf() -> None:
    """Keep MuPDF from printing repair warnings to stderr; they are collected for ``detail`` instead."""
    global _quiet
    if not _quiet:
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        _quiet = True


def _last_warnings() -> str:
    """The most recent MuPDF warnings (a short tail), for a problem's ``detail``."""
    try:
        text = pymupdf.TOOLS.mupdf_warnings()
    except Exception:  # the warnings store is a diagnostic aid, never a reason to fail
        return ""
    lines = [line for line in text.splitlines() if line.strip()]
    return "; ".join(lines[-3:])


def _check_file(path: Path) -> None:
    """Cheap checks before MuPDF sees the file, so 'no such file' and 'not a PDF' are told apart."""
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PdfProblem(ProblemCode.MISSING, where, "no such file") from None
    except OSError as exc:
        raise PdfProblem(ProblemCode.UNREADABLE, where, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise PdfProblem(ProblemCode.UNREADABLE, where, "not a regular file")
    if info.st_size == 0:
        raise PdfProblem(ProblemCode.EMPTY, where, "zero-byte file")
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_SEARCH_BYTES)
    except OSError as exc:
        raise PdfProblem(ProblemCode.UNREADABLE, where, exc.strerror or str(exc)) from None
    if b"%PDF-" not in head:
        raise PdfProblem(ProblemCode.NOT_PDF, where, "no %PDF- header")


def open_document(path: str | os.PathLike[str], password: str | None = None) -> tuple[pymupdf.Document, bool]:
    """Open a PDF for reading; returns the document and whether it needed a password.

    Raises ``PdfProblem`` for every failure. The document is authenticated and has at least one page.
    """
    file_path = Path(path)
    where = str(file_path)
    _check_file(file_path)
    quiet_mupdf()
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        # filetype="pdf" stops MuPDF from guessing another format (XPS, EPUB, image) from the content.
        doc = pymupdf.open(file_path, filetype="pdf")
    except pymupdf.FileNotFoundError:
        raise PdfProblem(ProblemCode.MISSING, where, "no such file") from None
    except Exception as exc:  # MuPDF reports damage as several exception types
        raise PdfProblem(ProblemCode.DAMAGED, where, str(exc) or type(exc).__name__) from None
    try:
        needs_password = bool(doc.needs_pass)
        if needs_password:
            if password is None:
                raise PdfProblem(ProblemCode.ENCRYPTED, where, PASSWORD_REQUIRED)
            if not doc.authenticate(password):
                raise PdfProblem(ProblemCode.ENCRYPTED, where, WRONG_PASSWORD)
        try:
            page_count = doc.page_count
        except Exception as exc:
            raise PdfProblem(ProblemCode.DAMAGED, where, str(exc)) from None
        if page_count > MAX_PAGES:
            raise PdfProblem(
                ProblemCode.TOO_MANY_PAGES, where, f"{page_count} pages; at most {MAX_PAGES} are accepted"
            )
        if page_count <= 0:
            if doc.is_repaired:
                raise PdfProblem(
                    ProblemCode.DAMAGED, where, "no page could be recovered: " + _last_warnings()
                )
            raise PdfProblem(ProblemCode.EMPTY, where, "the document has no pages")
    except BaseException:
        doc.close()
        raise
    return doc, needs_password


def _clean(text: object) -> str:
    """Metadata and outline strings may carry NULs and control characters (seen in ImageMagick files)."""
    return " ".join(_CONTROL_CHARS.sub("", str(text or "")).split())


def display_factor(width: float, height: float) -> float:
    """How much a page of ``width`` × ``height`` points is reduced for showing (1.0: not at all)."""
    longest = max(width, height)
    if not longest > MAX_PAGE_POINTS:  # also NaN: MuPDF normalises boxes, this is a last guard
        return 1.0
    return MAX_PAGE_POINTS / longest


def page_size(doc: pymupdf.Document, number: int) -> tuple[float, float]:
    """Displayed size of one page, in points, without loading the page's contents."""
    rect = doc.load_page(number).rect  # already reflects the page's /Rotate and /UserUnit
    factor = display_factor(rect.width, rect.height)
    return (round(rect.width * factor, 3), round(rect.height * factor, 3))


def page_sizes(doc: pymupdf.Document) -> tuple[tuple[float, float], ...]:
    """Displayed size of every page, in points (~60 µs a page)."""
    return tuple(page_size(doc, number) for number in range(doc.page_count))


def _toc(doc: pymupdf.Document, page_count: int) -> tuple[TocEntry, ...]:
    """The outline with 0-based pages; a broken outline is dropped rather than failing the file."""
    try:
        raw = doc.get_toc(simple=True)
    except Exception:
        return ()
    entries: list[TocEntry] = []
    for item in raw:
        level, title, page = int(item[0]), str(item[1]), int(item[2])
        target = page - 1 if 1 <= page <= page_count else -1
        entries.append(TocEntry(level=level, title=_clean(title), page=target))
    return tuple(entries)


def describe_document(
    doc: pymupdf.Document,
    path: str | os.PathLike[str],
    needs_password: bool,
    *,
    first_page: int | None = None,
) -> PdfInfo:
    """Collect ``PdfInfo`` from an open document; damage found while reading pages is a problem.

    With ``first_page`` only that page is measured and every page is given its size
    (``sizes_final=False``): the caller measures the rest later, after rendering that page.
    """
    where = str(path)
    try:
        if first_page is None:
            sizes = page_sizes(doc)
        else:
            sizes = (page_size(doc, min(max(0, first_page), doc.page_count - 1)),) * doc.page_count
    except Exception as exc:
        raise PdfProblem(ProblemCode.DAMAGED, where, f"page tree: {exc}") from None
    try:
        metadata = doc.metadata or {}
    except Exception:  # unreadable metadata is common and harmless
        metadata = {}
    return PdfInfo(
        path=where,
        page_count=len(sizes),
        needs_password=needs_password,
        title=_clean(metadata.get("title")),
        toc=_toc(doc, len(sizes)),
        page_sizes=sizes,
        repaired=bool(doc.is_repaired),
        sizes_final=first_page is None,
    )


def inspect_pdf(path: str | os.PathLike[str], password: str | None = None) -> PdfInfo:
    """Open, describe and close a PDF. Raises ``PdfProblem`` (never a PyMuPDF exception)."""
    doc, needs_password = open_document(path, password)
    try:
        return describe_document(doc, path, needs_password)
    finally:
        doc.close()


def sha256_file(path: str | os.PathLike[str], chunk_size: int = 1 << 20) -> str:
    """Hex SHA-256 of a file, read in chunks so a 500 MB dossier never sits in memory.

    hashlib releases the interpreter lock for large updates, so this is safe in a GUI worker thread.
    """
    where = str(path)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(chunk_size):
                digest.update(chunk)
    except FileNotFoundError:
        raise PdfProblem(ProblemCode.MISSING, where, "no such file") from None
    except OSError as exc:
        raise PdfProblem(ProblemCode.UNREADABLE, where, exc.strerror or str(exc)) from None
    return digest.hexdigest()
