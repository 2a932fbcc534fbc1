"""Generate scanned-looking dossiers for the render benchmarks (cached in bench/out/).

A real dossier is one JPEG per page from a scanner: ~2000x2800 px, paper noise, dark text, and often an
invisible OCR text layer. Encoding 500 noisy JPEGs with MuPDF would take minutes, so a pool of distinct
page images is made once and reused; every page still gets its own image object (a unique JPEG
comment defeats PyMuPDF's de-duplication), so MuPDF decodes each page cold, as it would a real scan.
Only PyMuPDF and the standard library are used (no numpy or Pillow in the project's dependencies).
"""

from __future__ import annotations

import os
import random
import struct
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.pdf._pymupdf import pymupdf

OUT_DIR = Path(__file__).resolve().parent / "out"
IMAGE_WIDTH, IMAGE_HEIGHT = 2000, 2800
A4 = (595.28, 841.89)
UNIQUE_IMAGES = 16
FORMAT_VERSION = 2  # bump to regenerate cached files after changing the generator

_WORDS = [
    "行政处罚决定书",
    "环境保护局",
    "当事人",
    "违法事实",
    "证据",
    "调查询问笔录",
    "现场检查",
    "勘验笔录",
    "送达回证",
    "责令改正违法行为决定书",
    "立案审批表",
    "案件调查终结报告",
    "听证告知书",
    "罚款",
    "排污许可证",
    "废水",
    "废气",
    "固体废物",
    "监测报告",
    "执法人员",
    "签名",
    "日期",
    "第",
    "号",
    "依据",
    "《中华人民共和国环境保护法》",
    "第六十三条",
]


def _noise_table(low: int, high: int) -> bytes:
    """Map uniform random bytes onto light paper greys in [low, high]."""
    span = high - low + 1
    return bytes(low + (value * span) // 256 for value in range(256))


def _page_image(seed: int) -> bytes:
    """One scan-like page: noisy paper, 40-odd lines of Chinese text, encoded as JPEG."""
    rnd = random.Random(seed)
    noise = os.urandom(IMAGE_WIDTH * IMAGE_HEIGHT * 3).translate(_noise_table(234, 252))
    paper = pymupdf.Pixmap(pymupdf.csRGB, IMAGE_WIDTH, IMAGE_HEIGHT, noise, 0)
    sheet = pymupdf.open()
    page = sheet.new_page(width=IMAGE_WIDTH, height=IMAGE_HEIGHT)
    page.insert_image(page.rect, pixmap=paper)
    y = 220.0
    for _ in range(42):
        line = "".join(rnd.choice(_WORDS) for _ in range(rnd.randint(3, 9)))[:38]
        page.insert_text((170, y), line, fontname="china-s", fontsize=44, color=(0.12, 0.12, 0.14))
        y += 58
    page.draw_rect(pymupdf.Rect(1400, 2450, 1820, 2640), color=(0.7, 0.1, 0.1), width=6)  # a seal's box
    pixmap = page.get_pixmap()
    return pixmap.tobytes("jpeg", jpg_quality=72)


def _with_comment(jpeg: bytes, text: str) -> bytes:
    """Insert a COM segment after SOI: same picture, different bytes, so no xref is shared."""
    payload = text.encode()
    return jpeg[:2] + b"\xff\xfe" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def _ocr_layer(page: pymupdf.Page, number: int, rnd: random.Random) -> None:
    """An invisible text layer like OCR software adds (render mode 3), so search has work to do."""
    y = 60.0
    page.insert_text((50, 40), f"案卷第{number + 1}页", fontname="china-s", fontsize=9, render_mode=3)
    for _ in range(42):
        line = "".join(rnd.choice(_WORDS) for _ in range(rnd.randint(3, 9)))[:38]
        page.insert_text((60, y), line, fontname="china-s", fontsize=12, render_mode=3)
        y += 17.4


def scanned_dossier(pages: int, *, verbose: bool = True) -> Path:
    """Path of a cached ``pages``-page scanned dossier, generated on first use."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"scanned-{pages}p-v{FORMAT_VERSION}.pdf"
    if path.exists():
        return path
    images = _image_pool(verbose)
    started = time.perf_counter()
    doc = pymupdf.open()
    rnd = random.Random(pages)
    for number in range(pages):
        page = doc.new_page(width=A4[0], height=A4[1])
        jpeg = _with_comment(images[number % len(images)], f"page {number}")
        page.insert_image(page.rect, stream=jpeg)
        _ocr_layer(page, number, rnd)
    partial = path.with_suffix(".part")
    doc.save(partial, garbage=1)
    partial.replace(path)
    if verbose:
        size = path.stat().st_size / 2**20
        print(
            f"generated {path.name}: {pages} pages, {size:.0f} MiB in {time.perf_counter() - started:.1f} s"
        )
    return path


def _image_pool(verbose: bool) -> list[bytes]:
    pool_dir = OUT_DIR / f"images-v{FORMAT_VERSION}"
    pool_dir.mkdir(parents=True, exist_ok=True)
    images: list[bytes] = []
    for index in range(UNIQUE_IMAGES):
        image_path = pool_dir / f"page-{index:02d}.jpg"
        if not image_path.exists():
            if verbose:
                print(f"generating scan image {index + 1}/{UNIQUE_IMAGES}", flush=True)
            image_path.write_bytes(_page_image(index))
        images.append(image_path.read_bytes())
    return images


if __name__ == "__main__":
    for count in (300, 500):
        print(scanned_dossier(count))
