"""Hostile PDFs built in the tests (issue 11): each a small file that once broke, or could break, a viewer.

``hostile_pdfs(folder)`` writes them all and returns {name: path}; the named builders are used alone
where a test needs one. The page-count file is written as raw PDF (one shared content stream), since
making thousands of pages through PyMuPDF would take most of a minute.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

USER_UNIT = "75000"


def _one_page(path: Path, **keys: str) -> Path:
    """A one-page A4 PDF with text, then ``keys`` written into the page dictionary as given."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "现场检查笔录 hostile", fontname="china-s", fontsize=16)
    for key, value in keys.items():
        doc.xref_set_key(page.xref, key, value)
    doc.save(path)
    doc.close()
    return path


def user_unit_pdf(path: Path) -> Path:
    """A page whose /UserUnit makes it 1.08 × 10⁹ points square (381 km): the largest the spec allows."""
    return _one_page(path, MediaBox="[0 0 14400 14400]", UserUnit=USER_UNIT)


def many_pages_pdf(path: Path, pages: int) -> Path:
    """``pages`` A4 pages sharing one content stream, written directly (fast even for 200,000 pages)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}

    def obj(number: int, body: bytes) -> None:
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    content = b"BT /F1 24 Tf 72 720 Td (page) Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(
        2,
        b"<< /Type /Pages /Count %d /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Kids [%s] >>" % (pages, kids),
    )
    obj(3, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    obj(4, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n in range(pages):
        obj(5 + n, b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>")
    xref = len(out)
    size = 5 + pages
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.extend(b"%010d 00000 n \n" % offsets[number])
    out.extend(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    path.write_bytes(bytes(out))
    return path


def broken_xref_pdf(path: Path) -> Path:
    """A valid file whose cross-reference table points every object at a wrong offset (MuPDF repairs)."""
    import re

    _one_page(path)
    data = path.read_bytes()
    table = data.rindex(b"\nxref\n")
    start = data.rindex(b"startxref")
    entries = re.sub(rb"\d{10} (\d{5}) n", rb"0000000003 \1 n", data[table:start])
    path.write_bytes(data[:table] + entries + data[start:])
    return path


def encrypted_pdf(path: Path, password: str = "secret") -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "encrypted", fontsize=16)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw=password, user_pw=password)
    doc.close()
    return path


def hostile_pdfs(folder: Path) -> dict[str, Path]:
    """Every hostile PDF, written into ``folder``."""
    from app.pdf.records import MAX_PAGES

    folder.mkdir(parents=True, exist_ok=True)
    return {
        "user-unit": user_unit_pdf(folder / "user-unit.pdf"),
        "zero-mediabox": _one_page(folder / "zero-mediabox.pdf", MediaBox="[0 0 0 0]"),
        "negative-mediabox": _one_page(folder / "negative-mediabox.pdf", MediaBox="[0 0 -595 -842]"),
        "flat-mediabox": _one_page(folder / "flat-mediabox.pdf", MediaBox="[0 0 595 0]"),
        "tiny-mediabox": _one_page(folder / "tiny-mediabox.pdf", MediaBox="[0 0 0.001 0.001]"),
        "huge-numbers-mediabox": _one_page(folder / "huge-numbers-mediabox.pdf", MediaBox="[0 0 1e38 1e38]"),
        "rotated-45": _one_page(folder / "rotated-45.pdf", Rotate="45"),
        "rotated-minus-7290": _one_page(folder / "rotated-minus-7290.pdf", Rotate="-7290"),
        "broken-xref": broken_xref_pdf(folder / "broken-xref.pdf"),
        "encrypted": encrypted_pdf(folder / "encrypted.pdf"),
        "too-many-pages": many_pages_pdf(folder / "too-many-pages.pdf", MAX_PAGES + 1),
    }
