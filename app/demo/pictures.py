"""Pictures for the synthetic dossiers, drawn with Pillow (a dependency of reportlab).

Scan ageing for text pages rendered to bitmaps, crude but photo-like on-site pictures, and the
large noisy pages of the benchmark dossiers. All seeded, so the bytes are reproducible.
"""

from __future__ import annotations

import functools
import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFont

__all__ = ["age_like_scan", "photo_jpeg", "scanned_page_jpeg"]


@functools.cache
def _noise(width: int, height: int, variant: int, mode: str, shadow: bool = True) -> Image.Image:
    """Speckle (0..10 grey levels) drawn at half resolution, plus a scanner's binding shadow."""
    w, h = max(1, width // 2), max(1, height // 2)
    small = Image.frombytes("L", (w, h), random.Random(f"noise-{variant}").randbytes(w * h))
    grey = small.point([v * 10 // 255 for v in range(256)]).resize((width, height), Image.Resampling.BILINEAR)
    if not shadow:
        return grey if mode == "L" else Image.merge("RGB", (grey, grey, grey))
    shade = Image.linear_gradient("L").rotate(90, expand=True).resize((max(1, width // 14), height))
    shade = shade.point([(255 - v) * 40 // 255 for v in range(256)])
    grey.paste(ImageChops.add(grey.crop((0, 0, shade.width, height)), shade), (0, 0))
    return grey if mode == "L" else Image.merge("RGB", (grey, grey, grey))


def _paper_lut(rng: random.Random, mode: str) -> list[int]:
    ink, white = rng.randint(18, 40), rng.randint(228, 242)
    tints = (0, 3, 12) if mode == "RGB" else (0,)
    return [ink + v * (white - t - ink) // 255 for t in tints for v in range(256)]


def _jpeg(picture: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def age_like_scan(picture: Image.Image, seed: int) -> bytes:
    """JPEG of ``picture`` made to look scanned: off-white paper, grey ink, speckle, binding shadow."""
    rng = random.Random(seed)
    noise = _noise(*picture.size, rng.randrange(3), picture.mode)
    return _jpeg(
        ImageChops.subtract(picture.point(_paper_lut(rng, picture.mode)), noise), rng.randint(40, 48)
    )


def photo_jpeg(kind: str, seed: int, stamp: str) -> bytes:
    """A small, crude but photo-like on-site picture of ``kind`` (gate, outlet, drums, ...)."""
    rng, w, h = random.Random(f"photo-{kind}-{seed}"), 480, 360
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)

    def shade(base: tuple[int, int, int], spread: int = 18) -> tuple[int, int, int]:
        light = rng.randint(-spread, spread)  # mostly brightness, a little hue
        c = [max(0, min(255, v + light + rng.randint(-4, 4))) for v in base]
        return (c[0], c[1], c[2])

    horizon = (
        int(h * rng.uniform(0.3, 0.45))
        if kind not in ("workshop", "cabinet", "ground", "pipe")
        else int(h * 0.15)
    )
    for y in range(horizon):  # sky or ceiling gradient
        v = 150 + y * 80 // max(horizon, 1)
        draw.line(
            (0, y, w, y), fill=(v - 25, v - 8, v + 10) if horizon > h * 0.2 else (v - 40, v - 40, v - 38)
        )
    draw.rectangle((0, horizon, w, h), fill=shade((128, 122, 110)))
    if kind in ("gate", "building"):
        roof = (52, 96, 160) if kind == "building" else shade((200, 196, 186))
        x0, x1 = rng.randint(-40, 60), rng.randint(w - 60, w + 40)
        draw.rectangle((x0, horizon - 110, x1, horizon + 40), fill=shade((214, 210, 198)))
        draw.polygon(
            [
                (x0 - 10, horizon - 110),
                (x1 + 10, horizon - 110),
                (x1 - 30, horizon - 140),
                (x0 + 30, horizon - 140),
            ],
            fill=roof,
        )
        for gx in range(x0 + 20, x1 - 30, 46):
            draw.rectangle((gx, horizon - 90, gx + 26, horizon - 60), fill=(70, 86, 100))
        if kind == "gate":
            draw.rectangle((w // 2 - 120, horizon - 40, w // 2 + 120, horizon - 14), fill=(176, 30, 34))
            for gx in range(w // 2 - 108, w // 2 + 100, 22):
                draw.rectangle((gx, horizon - 34, gx + 14, horizon - 20), fill=(238, 220, 150))
            draw.rectangle((w // 2 - 70, horizon - 10, w // 2 + 70, horizon + 40), fill=(60, 60, 64))
        else:
            draw.rectangle((w // 2 - 50, horizon - 50, w // 2 + 50, horizon + 40), fill=(90, 90, 96))
    elif kind in ("outlet", "sampling", "pipe"):
        draw.rectangle((0, horizon, w, int(h * 0.62)), fill=shade((150, 146, 136)))
        draw.rectangle((0, int(h * 0.62), w, h), fill=shade((92, 88, 64)))
        px, py, r = rng.randint(150, 330), int(h * 0.5), rng.randint(18, 34)
        if kind == "pipe":
            draw.polygon(
                [(0, int(h * 0.45)), (w, int(h * 0.35)), (w, int(h * 0.55)), (0, int(h * 0.7))],
                fill=(84, 66, 46),
            )
            draw.line((20, int(h * 0.6), w - 20, int(h * 0.42)), fill=(232, 232, 226), width=r)
        else:
            draw.ellipse(
                (px - r, py - r, px + r, py + r), fill=(40, 40, 40), outline=(170, 170, 166), width=6
            )
            draw.polygon(
                [(px - r // 2, py), (px + r // 2, py), (px + r, int(h * 0.66)), (px - r, int(h * 0.66))],
                fill=shade((112, 104, 84)),
            )
        if kind == "sampling":
            draw.rectangle((px + 60, int(h * 0.55), px + 86, int(h * 0.7)), fill=(236, 236, 232))
            draw.line((px + 73, int(h * 0.55), px + 140, int(h * 0.2)), fill=(60, 60, 70), width=5)
    elif kind == "drums":
        for k in range(rng.randint(5, 9)):
            x, y = 20 + k * 52 + rng.randint(-6, 6), int(h * 0.55) + rng.randint(-10, 20)
            body = rng.choice(((40, 70, 140), (30, 30, 34), (120, 40, 30)))
            draw.rectangle((x, y, x + 44, y + 90), fill=shade(body, 10))
            draw.ellipse((x, y - 8, x + 44, y + 8), fill=shade(body, 20))
    elif kind in ("workshop", "facility", "cabinet"):
        base = (90, 110, 130) if kind == "workshop" else (150, 150, 140)
        for k in range(rng.randint(2, 4)):
            x = 20 + k * 120 + rng.randint(0, 30)
            top = int(h * rng.uniform(0.25, 0.5))
            draw.rectangle((x, top, x + 90, int(h * 0.85)), fill=shade(base, 25))
            if kind != "workshop":
                draw.ellipse((x, top - 12, x + 90, top + 12), fill=shade(base, 30))
            for sy in range(top + 14, int(h * 0.8), 26):
                draw.rectangle(
                    (x + 12, sy, x + 30, sy + 8), fill=(30, 120, 50) if kind == "cabinet" else (60, 60, 60)
                )
    for _ in range(rng.randint(3, 8) if kind == "ground" else 0):  # oil stains on a concrete floor
        x, y = rng.randint(0, w), rng.randint(horizon, h)
        draw.ellipse((x - 60, y - 20, x + 60, y + 20), fill=shade((62, 58, 50), 10))
    img = img.reduce(2).resize((w, h), Image.Resampling.BILINEAR)  # camera softness, cheaply
    img = ImageChops.subtract(img, _noise(w, h, seed % 3, "RGB", shadow=False))
    ImageDraw.Draw(img).text(
        (w - 150, h - 24),
        stamp.replace("年", "-").replace("月", "-").replace("日", " ").replace("时", ":").replace("分", ""),
        fill=(255, 150, 40),
    )
    return _jpeg(img, 62)


@functools.cache
def _scan_background(width: int, height: int, variant: int, color: bool) -> Image.Image:
    mode = "RGB" if color else "L"
    paper = Image.new(mode, (width, height), (236, 232, 222) if color else 234)
    return ImageChops.subtract(paper, _noise(width, height, variant, mode))


def scanned_page_jpeg(number: int, width: int, height: int, seed: int, color: bool) -> bytes:
    """One benchmark scan page: shared paper background, page-specific 'text', table and seal."""
    rng = random.Random(f"scan-{seed}-{number}")
    img = _scan_background(width, height, rng.randrange(3), color).copy()
    draw = ImageDraw.Draw(img)
    ink = (38, 38, 44) if color else 40
    unit, left, right = height // 90, width // 10, width - width // 10
    y = height // 14
    title = rng.randint(width // 5, width // 3)
    draw.rectangle(((width - title) // 2, y, (width + title) // 2, y + unit * 2), fill=ink)
    y += unit * 5
    if number % 4 == 1:  # a form page: ruled table
        rows = rng.randint(6, 11)
        for r in range(rows + 1):
            draw.line((left, y + r * unit * 4, right, y + r * unit * 4), fill=ink, width=3)
        for x in (left, left + (right - left) // 4, right):
            draw.line((x, y, x, y + rows * unit * 4), fill=ink, width=3)
        y += rows * unit * 4 + unit * 2
    glyph, stroke = unit * 3 // 4, max(2, unit // 9)
    while y < height - height // 8:  # lines of glyph-like marks: texture much like scanned print
        x = left + (glyph * 2 if rng.random() < 0.2 else 0)
        end = right if rng.random() < 0.8 else rng.randint(left + (right - left) // 4, right)
        while x < end - glyph:
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.55:
                    gy = y + rng.randint(0, glyph)
                    draw.line(
                        (x + rng.randint(0, glyph // 3), gy, x + glyph - rng.randint(0, glyph // 3), gy),
                        fill=ink,
                        width=stroke,
                    )
                else:
                    gx = x + rng.randint(0, glyph)
                    draw.line((gx, y + rng.randint(0, glyph // 3), gx, y + glyph), fill=ink, width=stroke)
            x += glyph + unit // 4
        y += int(unit * rng.choice((2.0, 2.0, 2.0, 3.4)))
    if color and rng.random() < 0.3:
        cx, cy, r = (
            rng.randint(width // 2, right - unit * 8),
            rng.randint(height // 2, height - height // 6),
            unit * 8,
        )
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(205, 40, 40), width=max(3, unit // 3))
    try:
        font: ImageFont.ImageFont | ImageFont.FreeTypeFont = ImageFont.load_default(size=unit * 3)
    except (OSError, TypeError):  # Pillow without FreeType: small bitmap font
        font = ImageFont.load_default()
    draw.text((right, height // 28), str(number + 1), fill=ink, font=font)
    return _jpeg(img, 55)
