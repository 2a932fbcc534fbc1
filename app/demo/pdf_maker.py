"""Synthetic case-dossier PDFs for the demo panel, the tests and the benchmarks.

:func:`make_dossier` writes a whole Chinese enforcement case file (cover, contents, filing
approval, inspection and interrogation records, photos, notices, decision, receipts, closing
approval) from a :class:`~app.demo.dossier_text.DossierSpec`. Text pages carry real, extractable
text in PyMuPDF's built-in CJK font (embedded as a subset, so no system font is needed); pages
chosen as "scanned" are rendered, aged like a scan and stored as a JPEG with no text layer.
:func:`make_scanned_dossier_pdf` writes large all-image dossiers for benchmarks.

Pictures come from :mod:`app.demo.pictures`. Everything is driven by seeded random generators,
so the same spec and seed give the same file, byte for byte.
"""

from __future__ import annotations

import contextlib
import functools
import math
import random
import zlib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image

from app.demo.dossier_blocks import (
    SIGN,
    Block,
    Document,
    Para,
    Photo,
    Seal,
    Signatures,
    Sketch,
    Table,
    WebPage,
)
from app.demo.dossier_docs import build_contents, build_cover, build_documents
from app.demo.dossier_text import Defect, DossierSpec
from app.demo.pictures import age_like_scan, photo_jpeg, scanned_page_jpeg

__all__ = ["DossierManifest", "make_dossier", "make_dossier_pdf", "make_scanned_dossier_pdf"]

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LEFT, RIGHT, TOP = 62.0, PAGE_W - 62.0, 58.0
BOTTOM_PLAIN, BOTTOM_RECORD = PAGE_H - 56.0, PAGE_H - 112.0
LINE = 1.9  # line height as a multiple of the font size, like a ruled record form
INK = (0.0, 0.0, 0.0)
SIGN_INK = (0.08, 0.14, 0.45)
RED = (0.86, 0.08, 0.08)
SCAN_DPI = 150
NO_LINE_START = "，。、；：？！）】》〕”’…%"


@functools.cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("china-s")


@functools.cache
def _advance(ch: str) -> float:
    """Advance width of ``ch`` at font size 1."""
    return float(_font().text_length(ch, fontsize=1))


def _width(text: str, size: float) -> float:
    return sum(_advance(c) for c in text) * size


def _parse(text: str) -> tuple[str, list[bool]]:
    """Strip ``[[...]]`` markup; return the plain text and an underline flag per character."""
    plain, flags, under, i = [], [], False, 0
    while i < len(text):
        if text.startswith("[[", i) or text.startswith("]]", i):
            under = text[i] == "["
            i += 2
            continue
        plain.append(text[i])
        flags.append(under)
        i += 1
    return "".join(plain), flags


def _wordish(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-./:_")


def _wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[tuple[int, int]]:
    """Break ``text`` into (start, end) index ranges fitting ``width``, CJK style."""
    lines: list[tuple[int, int]] = []
    start, used, limit = 0, indent, width
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            lines.append((start, i))
            start, used, i = i + 1, 0.0, i + 1
            continue
        w = _advance(ch) * size
        if used + w > limit and i > start and ch not in NO_LINE_START:
            cut = i
            if _wordish(ch):  # keep numbers, sample codes and Latin words whole
                while cut > start and _wordish(text[cut - 1]):
                    cut -= 1
                cut = cut if cut > start else i
            lines.append((start, cut))
            start, used = cut, _width(text[cut:i], size)
        used += w
        i += 1
    lines.append((start, len(text)))
    return lines


@dataclass(frozen=True)
class DossierManifest:
    """What was written: pages, where each document sits and which defects were planted."""

    path: Path
    page_count: int
    documents: tuple[tuple[str, int, int], ...]  # (title, first page, last page), 0-based PDF indices
    scanned_pages: frozenset[int]
    defects: frozenset[Defect]

    def pages_of(self, title: str) -> range:
        """PDF page indices of the first document called ``title``."""
        for name, first, last in self.documents:
            if name == title:
                return range(first, last + 1)
        raise KeyError(title)

    def defect_pages(self) -> dict[Defect, int]:
        """The first page (0-based) of the document that holds each planted defect."""
        return {d: self.pages_of(d.document).start for d in sorted(self.defects)}


@functools.cache
def _seal_png(org: str, radius: float = 44.0) -> bytes:
    """A red round official seal for ``org`` (ring, star, name on an arc) as a transparent PNG."""
    doc = pymupdf.open()
    page = doc.new_page(width=2 * radius + 8, height=2 * radius + 8)
    c = radius + 4
    tilt = zlib.crc32(org.encode()) % 21 - 10.0  # stable across runs, unlike hash()
    shape = page.new_shape()
    shape.draw_circle((c, c), radius)
    shape.finish(color=RED, width=2.4, stroke_opacity=0.85)
    star = [
        (c + radius * (0.32 if k % 2 == 0 else 0.13) * math.sin(math.radians(k * 36 + tilt)),
         c - radius * (0.32 if k % 2 == 0 else 0.13) * math.cos(math.radians(k * 36 + tilt)))
        for k in range(10)
    ]  # fmt: skip
    shape.draw_polyline(star)
    shape.finish(color=RED, fill=RED, closePath=True, fill_opacity=0.85, stroke_opacity=0.85)
    shape.commit()
    size = min(13.0, 2 * math.pi * radius * 0.62 / max(len(org), 1) * 0.8)
    span = min(250.0, 26.0 * len(org))
    for k, ch in enumerate(org):
        angle = tilt - span / 2 + span * (k + 0.5) / len(org)
        x = c + (radius - size * 0.5 - 5) * math.sin(math.radians(angle))
        y = c - (radius - size * 0.5 - 5) * math.cos(math.radians(angle))
        writer = pymupdf.TextWriter(page.rect)
        writer.append((x - size / 2, y + size * 0.38), ch, font=_font(), fontsize=size)
        writer.write_text(page, color=RED, opacity=0.85, morph=(pymupdf.Point(x, y), pymupdf.Matrix(-angle)))
    return bytes(page.get_pixmap(dpi=120, alpha=True).tobytes("png"))


def _append_content(page: pymupdf.Page, data: bytes) -> None:
    """Add a content stream of raw PDF operators to the end of ``page``'s contents."""
    doc = page.parent
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, data)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    contents = {"array": value[:-1] + f" {xref} 0 R]", "xref": f"[{value} {xref} 0 R]"}.get(
        kind, f"{xref} 0 R"
    )
    doc.xref_set_key(page.xref, "Contents", contents)


def _rgb(color: tuple[float, float, float]) -> str:
    return " ".join(f"{c:g}" for c in color)


class _Canvas:
    """Flows blocks onto A4 pages of one PyMuPDF document.

    Text goes through TextWriters (embedded, extractable CJK font); lines, boxes and signatures
    are collected as raw PDF operators and written as one content stream per page, which is
    several times faster than PyMuPDF's Shape for the thousands of small strokes of a dossier.
    """

    def __init__(self, doc: pymupdf.Document, rng: random.Random) -> None:
        self.doc, self.rng = doc, rng
        self.page: pymupdf.Page | None = None
        self.writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}
        self.ops: list[str] = []  # PDF drawing operators, in PDF (bottom-up) coordinates
        self.fills: list[str] = []  # backgrounds, drawn before the text
        self.seals: list[tuple[pymupdf.Rect, str]] = []  # stamped last, over the text
        self.y, self.bottom = TOP, BOTTOM_PLAIN
        self.folio: int | None = None  # dossier page number stamped top right, if any
        self.seal_xrefs: dict[str, int] = {}

    # --- pages and primitives
    def new_page(self) -> None:
        self.flush()
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        if self.folio is not None:
            self.folio += 1
            self.text(PAGE_W - 48 - _width(str(self.folio), 13), 34, str(self.folio), 13)

    def flush(self) -> None:
        page = self.page
        if page is None:
            return
        if self.fills:
            _append_content(page, ("q\n" + "\n".join(self.fills) + "\nQ\n").encode())
        for color, writer in self.writers.items():
            writer.write_text(page, color=color)
        if self.ops:
            _append_content(page, ("q 1 J 1 j\n" + "\n".join(self.ops) + "\nQ\n").encode())
        for rect, org in self.seals:  # one image object per organisation, shared by its seals
            xref = self.seal_xrefs.get(org, 0)
            self.seal_xrefs[org] = page.insert_image(rect, stream=None if xref else _seal_png(org), xref=xref)
        self.writers, self.fills, self.ops, self.seals, self.page = {}, [], [], [], None

    def ensure(self, height: float) -> None:
        if self.page is None or self.y + height > self.bottom:
            self.new_page()

    def text(
        self, x: float, y: float, text: str, size: float, color: tuple[float, float, float] = INK
    ) -> None:
        assert self.page is not None
        writer = self.writers.get(color)
        if writer is None:
            writer = self.writers[color] = pymupdf.TextWriter(self.page.rect)
        writer.append((x, y), text, font=_font(), fontsize=size)

    def line(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 0.7, dashes: str = "[] 0"
    ) -> None:
        self.ops.append(
            f"0 G {width:g} w {dashes} d {x0:.2f} {PAGE_H - y0:.2f} m {x1:.2f} {PAGE_H - y1:.2f} l S"
        )

    def rect(
        self,
        r: pymupdf.Rect,
        stroke: tuple[float, float, float] | None = INK,
        fill: tuple[float, float, float] | None = None,
        width: float = 0.8,
    ) -> None:
        box = f"{r.x0:.2f} {PAGE_H - r.y1:.2f} {r.width:.2f} {r.height:.2f} re"
        if fill is not None:
            self.fills.append(f"{_rgb(fill)} rg {box} f")
        if stroke is not None:
            self.ops.append(f"{_rgb(stroke)} RG {width:g} w [] 0 d {box} S")

    def signature(self, x: float, y: float, width: float = 64.0) -> None:
        """A scribbled handwritten name with its baseline at ``y``."""
        rng, px, py = self.rng, x, y - 4
        path = [f"{_rgb(SIGN_INK)} RG 1.1 w [] 0 d {px:.2f} {PAGE_H - py:.2f} m"]
        for _ in range(rng.randint(2, 4)):
            step = width / 3.2 * rng.uniform(0.7, 1.1)
            c1 = (px + step * rng.uniform(0.1, 0.5), py - rng.uniform(6, 14))
            c2 = (px + step * rng.uniform(0.5, 1.2), py + rng.uniform(0, 8))
            px, py = px + step, y - rng.uniform(2, 8)
            path.append(" ".join(f"{u:.2f} {PAGE_H - v:.2f}" for u, v in (c1, c2, (px, py))) + " c")
        self.ops.append(" ".join(path) + " S")

    # --- blocks
    def para(self, b: Para, x0: float = LEFT, x1: float = RIGHT) -> None:
        plain, flags = _parse(b.text)
        self.ensure(b.space_before + b.size * LINE)
        self.y += b.space_before
        indent = 2 * b.size if b.indent else 0.0
        for n, (s, e) in enumerate(_wrap(plain, x1 - x0, b.size, indent)):
            self.ensure(b.size * LINE)
            chunk = plain[s:e]
            width = _width(chunk, b.size) + (indent if n == 0 else 0.0)
            x = {"center": (x0 + x1 - width) / 2, "right": x1 - width}.get(b.align, x0)
            x += indent if n == 0 else 0.0
            base = self.y + b.size * 1.25
            if chunk:
                self.text(x, base, chunk, b.size)
            run_start: float | None = None
            cx = x
            for k in range(s, e + 1):
                under = k < e and flags[k]
                if under and run_start is None:
                    run_start = cx
                if not under and run_start is not None:
                    self.line(run_start, base + 2.5, cx, base + 2.5, 0.5)
                    run_start = None
                if k < e:
                    cx += _advance(plain[k]) * b.size
            self.y += b.size * LINE

    def table(self, t: Table) -> None:
        lead = t.size * 1.45
        for r, row in enumerate(t.rows):
            total = sum(w for _, w in row.cells)
            widths = [(RIGHT - LEFT) * w / total for _, w in row.cells]
            bodies = [text.removeprefix(SIGN) for text, _ in row.cells]
            wrapped = [_wrap(body, w - 10, t.size) for body, w in zip(bodies, widths, strict=True)]
            height = max(row.height, *(len(lines) * lead + 12 for lines in wrapped))
            self.ensure(height)
            x = LEFT
            for c, ((text, _), body, w, lines) in enumerate(
                zip(row.cells, bodies, widths, wrapped, strict=True)
            ):
                self.rect(pymupdf.Rect(x, self.y, x + w, self.y + height))
                top = self.y + (height - len(lines) * lead) / 2 if len(lines) == 1 else self.y + 6
                centered = c in t.centered or (t.header and r == 0)
                if text.startswith(SIGN):  # signature on the left, the date on the right
                    self.signature(x + 10, top + lead * 0.95)
                for n, (s, e) in enumerate(lines):
                    chunk = body[s:e]
                    width = _width(chunk, t.size)
                    tx = (
                        x + w - width - 10
                        if text.startswith(SIGN)
                        else x + (w - width) / 2
                        if centered
                        else x + 5
                    )
                    self.text(tx, top + lead * n + t.size * 1.05, chunk, t.size)
                x += w
            self.y += height

    def signatures(self, b: Signatures) -> None:
        self.ensure(40)
        self.y += 12
        slot = (RIGHT - LEFT) / len(b.labels)
        base = self.y + 14
        for k, label in enumerate(b.labels):
            x = LEFT + slot * k
            self.text(x, base, f"{label}：", 11)
            self.signature(x + _width(label + "：", 11) + 4, base)
        self.y += 30

    def seal_block(self, b: Seal) -> None:
        if self.page is None or self.y + 100 > self.bottom:
            self.new_page()  # an official letter's seal never stands alone without saying so
            self.para(Para("（此页无正文）", indent=True))
        assert self.page is not None
        self.y += 22
        for k, line in enumerate((b.org, b.date)):
            self.text(RIGHT - 20 - _width(line, 12), self.y + 16 + k * 24, line, 12)
        cx = RIGHT - 20 - max(_width(b.org, 12), _width(b.date, 12)) / 2 + self.rng.uniform(-12, 12)
        cy = self.y + 18 + self.rng.uniform(-4, 6)
        self.seals.append((pymupdf.Rect(cx - 48, cy - 48, cx + 48, cy + 48), b.org))
        self.y += 70

    def photo(self, b: Photo) -> None:
        self.ensure(300)
        assert self.page is not None
        box = pymupdf.Rect(LEFT, self.y + 14, LEFT + 288, self.y + 230)
        self.page.insert_image(box, stream=photo_jpeg(b.kind, self.rng.randrange(1 << 30), b.time))
        self.rect(box, width=0.6)
        captions = (
            ("照片编号", b.number),
            ("拍摄时间", b.time),
            ("拍摄地点", b.place),
            ("拍摄人", b.photographer),
            ("证明内容", b.subject),
        )
        y, x = self.y + 26, box.x1 + 12
        for label, value in captions:
            self.text(x, y + 10, f"{label}：", 10)
            indent = _width(f"{label}：", 10)
            for s, e in _wrap(value, RIGHT - x - indent, 10):
                self.text(x + indent, y + 10, value[s:e], 10)
                y += 18
            y += 8
        self.y += 300

    def sketch(self, b: Sketch) -> None:
        self.ensure(222)
        self.para(Para("现场示意图：", space_before=4))
        rng, frame = self.rng, pymupdf.Rect(LEFT + 30, self.y + 16, RIGHT - 30, self.y + 182)
        self.line(frame.x0, frame.y0, frame.x1, frame.y0, 0.9, "[4 3] 0")
        self.line(frame.x0, frame.y1, frame.x1, frame.y1, 0.9, "[4 3] 0")
        self.line(frame.x0, frame.y0, frame.x0, frame.y1, 0.9, "[4 3] 0")
        self.line(frame.x1, frame.y0, frame.x1, frame.y1, 0.9, "[4 3] 0")
        slots = [(0.06, 0.12), (0.4, 0.12), (0.06, 0.5), (0.62, 0.46)]
        rng.shuffle(slots)
        for label, (fx, fy) in zip(b.buildings, slots, strict=False):
            w, h = frame.width * rng.uniform(0.22, 0.3), frame.height * rng.uniform(0.26, 0.32)
            r = pymupdf.Rect(frame.x0 + frame.width * fx, frame.y0 + frame.height * fy, 0, 0)
            r.x1, r.y1 = r.x0 + w, r.y0 + h
            self.rect(r)
            self.text(r.x0 + (w - _width(label, 9.5)) / 2, r.y0 + h / 2 + 3.5, label, 9.5)
        self.text(frame.x1 - 62, frame.y1 - 8, b.mark, 10)
        self.text(frame.x0 + 8, frame.y1 - 8, "厂  区  道  路", 9)
        self.text(frame.x0 + frame.width / 2 - 9, frame.y0 - 4, "大门", 9)
        nx, ny = RIGHT - 14, frame.y0 + 8
        self.line(nx, ny + 26, nx, ny, 1.0)
        self.line(nx - 4, ny + 7, nx, ny, 1.0)
        self.line(nx + 4, ny + 7, nx, ny, 1.0)
        self.text(nx - 5, ny + 40, "北", 10)
        self.y += 190

    def web_page(self, b: WebPage) -> None:
        self.ensure(500)
        frame = pymupdf.Rect(LEFT - 20, self.y + 10, RIGHT + 20, self.y + 600)
        self.rect(frame, stroke=(0.6, 0.6, 0.6))
        self.rect(
            pymupdf.Rect(frame.x0, frame.y0, frame.x1, frame.y0 + 22), stroke=None, fill=(0.9, 0.9, 0.92)
        )
        self.text(frame.x0 + 8, frame.y0 + 15, b.url, 8, (0.25, 0.25, 0.25))
        self.rect(
            pymupdf.Rect(frame.x0, frame.y0 + 22, frame.x1, frame.y0 + 70),
            stroke=None,
            fill=(0.1, 0.35, 0.62),
        )
        self.text(frame.x0 + 16, frame.y0 + 54, b.site, 18, (1.0, 1.0, 1.0))
        self.text(
            frame.x0 + 16, frame.y0 + 90, "首页 > 信息公开 > 行政处罚 > 处罚决定", 9, (0.35, 0.35, 0.35)
        )
        self.y = frame.y0 + 104
        self.para(Para(b.title, 15, "center"))
        self.para(Para(f"发布日期：{b.published}    来源：{b.site.removesuffix('门户网站')}", 9, "center"))
        self.line(frame.x0 + 16, self.y, frame.x1 - 16, self.y, 0.5)
        self.y += 8
        for line in b.body:
            self.para(Para(line, 10.5, indent=True), frame.x0 + 24, frame.x1 - 24)
        self.text(
            frame.x0 + 16,
            frame.y1 - 12,
            f"主办单位：{b.site.removesuffix('门户网站')}    网站标识码：{self.rng.randint(3200000000, 6599999999)}",
            8,
            (0.4, 0.4, 0.4),
        )
        self.y = frame.y1 + 10

    def block(self, b: Block) -> None:
        match b:
            case Para():
                self.para(b)
            case Table():
                self.table(b)
            case Signatures():
                self.signatures(b)
            case Seal():
                self.seal_block(b)
            case Photo():
                self.photo(b)
            case Sketch():
                self.sketch(b)
            case WebPage():
                self.web_page(b)

    def document(self, doc: Document) -> tuple[int, int]:
        """Lay out ``doc`` from a fresh page; returns its first and last page index."""
        self.bottom = BOTTOM_RECORD if doc.footer else BOTTOM_PLAIN
        self.new_page()
        first = self.doc.page_count - 1
        for b in doc.blocks:
            self.block(b)
        self.flush()
        last = self.doc.page_count - 1
        if doc.footer:
            for k in range(first, last + 1):
                self.page = self.doc[k]
                y = PAGE_H - 96
                self.line(LEFT, y - 14, RIGHT, y - 14, 0.5)
                slot = (RIGHT - LEFT) / len(doc.footer.labels)
                for n, label in enumerate(doc.footer.labels):
                    self.text(LEFT + slot * n, y + 8, f"{label}：", 10)
                    if not (n == 0 and (k - first) in doc.footer.unsigned_pages):
                        self.signature(LEFT + slot * n + _width(label + "：", 10) + 2, y + 8, 52)
                pages = f"第 {k - first + 1} 页  共 {last - first + 1} 页"
                self.text((PAGE_W - _width(pages, 10)) / 2, PAGE_H - 50, pages, 10)
                self.flush()
        return first, last


def _scan_pages(doc: pymupdf.Document, indices: AbstractSet[int], rng: random.Random) -> None:
    """Replace each page in ``indices`` by a JPEG picture of it that looks scanned."""
    color = rng.random() < 0.5
    zoom = SCAN_DPI / 72
    size = (round(PAGE_W * zoom), round(PAGE_H * zoom))
    for pno in sorted(indices):
        # MuPDF renders the slight skew itself: far cheaper than rotating the bitmap afterwards
        matrix = pymupdf.Matrix(zoom, zoom).prerotate(rng.uniform(-0.6, 0.6))
        pix = doc[pno].get_pixmap(matrix=matrix, colorspace=pymupdf.csRGB if color else pymupdf.csGRAY)
        picture = Image.frombytes("RGB" if color else "L", (pix.width, pix.height), pix.samples)
        left, top = (pix.width - size[0]) // 2, (pix.height - size[1]) // 2
        jpeg = age_like_scan(picture.crop((left, top, left + size[0], top + size[1])), rng.randrange(1 << 30))
        doc.delete_page(pno)
        page = doc.new_page(pno, width=PAGE_W, height=PAGE_H)
        page.insert_image(page.rect, stream=jpeg)


def _save(doc: pymupdf.Document, path: Path, title: str = "") -> None:
    with contextlib.suppress(Exception):  # older PyMuPDF needs fontTools; a full font still works
        doc.subset_fonts()  # keep only the glyphs used
    # no dates in the metadata, so the same input gives the same bytes
    doc.set_metadata({"title": title, "producer": "Dossier Panel demo", "creator": "Dossier Panel demo"})
    doc.save(path, garbage=3, deflate=True, no_new_id=True)


def make_dossier(
    path: str | Path, spec: DossierSpec, *, scanned_pages: bool | AbstractSet[int] = False, seed: int
) -> DossierManifest:
    """Write the case file for ``spec`` to ``path`` and describe what was written.

    ``scanned_pages``: ``True`` scans every page, ``False`` none, or a set of 0-based page indices
    (the cover is page 0, the contents page 1; indices past the end are ignored). ``seed`` varies
    the wording, dates after the inspection, photos and scan noise; the planted defects are
    ``spec.defects``.
    """
    path = Path(path)
    rng = random.Random(f"dossier-{seed}-{spec.case_number}")
    documents, timeline = build_documents(spec, rng)
    doc = pymupdf.open()
    canvas = _Canvas(doc, rng)
    canvas.folio = 0
    placed = [(d, *canvas.document(d)) for d in documents]
    body = doc.page_count
    canvas.folio = None
    canvas.document(Document("卷宗封面", "", "", build_cover(spec, timeline, body)))
    canvas.document(Document("卷内目录", "", "", build_contents([(d, a + 1, b + 1) for d, a, b in placed])))
    doc.move_page(body, 0)
    doc.move_page(body + 1, 1)
    total = doc.page_count
    if scanned_pages is True:
        scanned = frozenset(range(total))
    elif scanned_pages is False:
        scanned = frozenset()
    else:
        scanned = frozenset(p for p in scanned_pages if 0 <= p < total)
    _scan_pages(doc, scanned, rng)
    _save(doc, path, f"{spec.case_number} {spec.title}")
    doc.close()
    entries = (("卷宗封面", 0, 0), ("卷内目录", 1, 1), *((d.title, a + 2, b + 2) for d, a, b in placed))
    return DossierManifest(path, total, entries, scanned, spec.defects)


def make_dossier_pdf(
    path: str | Path, spec: DossierSpec, *, scanned_pages: bool | AbstractSet[int] = False, seed: int
) -> int:
    """Write the case file for ``spec`` to ``path``; returns its page count (see :func:`make_dossier`)."""
    return make_dossier(path, spec, scanned_pages=scanned_pages, seed=seed).page_count


def make_scanned_dossier_pdf(
    path: str | Path, pages: int, *, width: int = 2000, height: int = 2800, seed: int = 0, color: bool = False
) -> int:
    """Write a dossier of ``pages`` scanned-image pages (``width`` x ``height`` px JPEGs, ~240 dpi).

    Each page is distinct (its own text-like lines, tables, seals and page number) on one of a few
    shared paper-noise backgrounds. Returns the page count.
    """
    doc = pymupdf.open()
    page_w = PAGE_W
    page_h = PAGE_W * height / width
    for n in range(pages):
        page = doc.new_page(width=page_w, height=page_h)
        page.insert_image(page.rect, stream=scanned_page_jpeg(n, width, height, seed, color))
    doc.save(Path(path), garbage=1, no_new_id=True)
    doc.close()
    return pages
