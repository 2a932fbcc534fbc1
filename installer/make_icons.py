"""Draw the program's icon set with Pillow: resources/icons/dossier-panel-<size>.png and dossier-panel.ico.

A dossier page on the accent blue with a tick for "reviewed" — shapes only, no font, so it draws the
same everywhere. Run it again after changing the drawing; the files it writes are kept in the tree.

    python installer/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SCALE = 4  # drawn this much larger, then reduced: smooth edges
ACCENT = (43, 108, 176, 255)  # look.ACCENT, #2b6cb0
PAGE = (255, 255, 255, 255)
FOLD = (203, 213, 224, 255)
LINE = (154, 167, 184, 255)
TICK = (47, 133, 90, 255)  # the "complete" green of the status icons


def draw(size: int) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * big), round(y0 * big), round(x1 * big), round(y1 * big))

    d.rounded_rectangle(box(0.03, 0.03, 0.97, 0.97), radius=round(0.2 * big), fill=ACCENT)
    left, top, right, bottom, fold = 0.24, 0.14, 0.72, 0.86, 0.14
    d.polygon(
        [
            (left * big, top * big),
            ((right - fold) * big, top * big),
            (right * big, (top + fold) * big),
            (right * big, bottom * big),
            (left * big, bottom * big),
        ],
        fill=PAGE,
    )
    d.polygon(
        [
            ((right - fold) * big, top * big),
            ((right - fold) * big, (top + fold) * big),
            (right * big, (top + fold) * big),
        ],
        fill=FOLD,
    )
    if size >= 24:  # text lines only where they can be seen
        for row in range(4):
            y = 0.36 + row * 0.1
            d.rounded_rectangle(
                box(0.31, y, 0.65 if row % 2 else 0.6, y + 0.035), radius=round(0.015 * big), fill=LINE
            )
    d.ellipse(box(0.52, 0.56, 0.9, 0.94), fill=TICK, outline=PAGE, width=max(1, round(0.025 * big)))
    d.line(
        [(0.6 * big, 0.75 * big), (0.68 * big, 0.83 * big), (0.82 * big, 0.67 * big)],
        fill=PAGE,
        width=max(2, round(0.05 * big)),
        joint="curve",
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(OUT / f"dossier-panel-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(OUT / "dossier-panel.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"{len(images)} PNG and dossier-panel.ico in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
