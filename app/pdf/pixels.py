"""Rendering straight into the pixel layout the GUI paints without converting (render process only).

Qt paints a ``Format_RGB32`` image onto a window by copying rows; any other format (PyMuPDF's RGB888
among them) is converted on every paint, on the GUI thread and in Qt's thread pool, which on a 2-core
machine waits behind the render process (issue 16: ~11 % of the GUI thread's samples while scrolling
scans). ``Format_RGB32`` is the 32-bit word 0xFFRRGGBB, i.e. the bytes B, G, R, 255 on a little-endian
machine; MuPDF draws exactly that into a BGR pixmap with an alpha channel cleared to opaque white. The
pixels cost 4 bytes instead of 3 and no pass of their own: MuPDF writes them once, in this process.

PyMuPDF's ``Page.get_pixmap`` offers RGB, grey and CMYK only, so this goes through its low-level MuPDF
bindings (``pymupdf.mupdf``), the same calls ``get_pixmap`` makes, with the BGR device colour space.
"""

from __future__ import annotations

from typing import Any

from app.pdf._pymupdf import pymupdf


def render_bgra(page: Any, matrix: Any) -> Any:
    """``page`` drawn through ``matrix`` as an opaque BGRA ``pymupdf.Pixmap`` on white paper."""
    mupdf = pymupdf.mupdf
    ctm = mupdf.FzMatrix(matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    bounds = mupdf.fz_round_rect(mupdf.fz_transform_rect(mupdf.fz_bound_page(page.this), ctm))
    pixmap = mupdf.fz_new_pixmap_with_bbox(mupdf.fz_device_bgr(), bounds, mupdf.FzSeparations(), 1)
    mupdf.fz_clear_pixmap_with_value(pixmap, 0xFF)  # white, and alpha 255 everywhere
    device = mupdf.fz_new_draw_device(ctm, pixmap)
    try:
        mupdf.fz_run_page(page.this, device, mupdf.FzMatrix(), mupdf.FzCookie())
    finally:
        mupdf.fz_close_device(device)
    return pymupdf.Pixmap("raw", pixmap)
