"""Pictures for the demo content: simple typographic posters, drawn with Pillow when the content is loaded.

The demo has no photographs, and the seeds carry none, so the press items get
posters of their own: a title in English and French, a few lines of facts from the
seeds (dates, times, places) and a small network motif, on the portal's colours.
Each poster is described by a :class:`Poster` and drawn by :func:`build_poster`.

The bytes depend only on the poster, Pillow's version and the fonts, never on the
clock or on chance: the motif is fixed, text is laid out with FreeType's basic
layout (no system shaping library), the PNG has no timestamp, so a second load
finds the same file and rewrites nothing. Text is set in the portal's own font,
Source Sans 3 (``static/fonts/``, OFL), found through Django's static files; where it
cannot be read, in the font Pillow ships with.
"""

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

# Drawn at twice the size, then scaled down: smooth circles and lines without extra libraries.
SCALE = 2
MARGIN = 96
TEXT_WIDTH = 980

FONT_FILES = {
    "regular": "fonts/SourceSans3-Regular.woff2",
    "semibold": "fonts/SourceSans3-Semibold.woff2",
    "bold": "fonts/SourceSans3-Bold.woff2",
}

# The network motif: nodes (x, y, radius) in a 1600 × 900 frame, and the links between them.
NODES = (
    (1230, 170, 22),
    (1420, 260, 34),
    (1150, 380, 16),
    (1330, 450, 46),
    (1500, 520, 18),
    (1190, 610, 28),
    (1400, 690, 22),
    (1270, 790, 14),
    (1520, 120, 12),
)
LINKS = ((0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (3, 5), (4, 6), (5, 6), (5, 7), (6, 7), (1, 8), (1, 4), (2, 5))


@dataclass(frozen=True)
class Poster:
    """What a poster says and how it is coloured.

    ``eyebrow`` is a short line above the title; ``subtitle`` usually the title in
    the other language; ``lines`` are (label, text) pairs such as a time and a session;
    ``footer`` names who made it. Colours are ``#rrggbb``.
    """

    eyebrow: str
    title: str
    subtitle: str = ""
    lines: tuple[tuple[str, str], ...] = ()
    footer: str = "Cities & Drugs Network"
    background: str = "#12495c"
    accent: str = "#f2b134"
    ink: str = "#ffffff"
    muted: str = "#b9d6df"
    size: tuple[int, int] = (1600, 900)


def build_poster(poster):
    """The PNG bytes of ``poster``."""
    width, height = poster.size
    canvas = Image.new("RGB", (width * SCALE, height * SCALE), poster.background)
    draw = ImageDraw.Draw(canvas)
    _draw_network(draw, poster, width / 1600, height / 900)

    y = MARGIN
    y = _write(draw, poster.eyebrow.upper(), "semibold", 30, poster.accent, y, spacing=1.3)
    y += 28
    y = _write(draw, poster.title, "bold", 104, poster.ink, y, spacing=1.05)
    if poster.subtitle:
        y += 12
        y = _write(draw, poster.subtitle, "regular", 54, poster.muted, y, spacing=1.15)
    y += 40
    draw.rectangle(_scaled((MARGIN, y, MARGIN + 120, y + 8)), fill=poster.accent)
    y += 44
    label_font = _font("bold", 38)
    # One column for the texts, just right of the widest label.
    column = MARGIN + max((label_font.getlength(label) / SCALE for label, _text in poster.lines), default=0) + 28
    for label, text in poster.lines:
        draw.text(_scaled((MARGIN, y)), label, font=label_font, fill=poster.accent)
        y = max(y + 58, _write(draw, text, "regular", 38, poster.ink, y, left=column, spacing=1.3) + 12)
    footer_font = _font("semibold", 28)
    draw.text(_scaled((MARGIN, height - MARGIN - 28)), poster.footer, font=footer_font, fill=poster.muted)

    picture = canvas.resize((width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _draw_network(draw, poster, x_ratio, y_ratio):
    nodes = [(x * x_ratio, y * y_ratio, radius) for x, y, radius in NODES]
    for start, end in LINKS:
        (x1, y1, _r1), (x2, y2, _r2) = nodes[start], nodes[end]
        draw.line(_scaled((x1, y1, x2, y2)), fill=poster.muted, width=3 * SCALE)
    for index, (x, y, radius) in enumerate(nodes):
        fill = poster.accent if index == 3 else poster.ink
        draw.ellipse(_scaled((x - radius, y - radius, x + radius, y + radius)), fill=fill)
        if radius > 20:
            inner = radius * 0.45
            draw.ellipse(_scaled((x - inner, y - inner, x + inner, y + inner)), fill=poster.background)


def _write(draw, text, weight, size, colour, top, left=MARGIN, spacing=1.2):
    """Write ``text`` wrapped to the text column from ``top``; return the y below it (poster pixels)."""
    font = _font(weight, size)
    line_height = size * spacing
    for line in _wrap(text, font, (TEXT_WIDTH - (left - MARGIN)) * SCALE):
        draw.text(_scaled((left, top)), line, font=font, fill=colour)
        top += line_height
    return top


def _wrap(text, font, width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _scaled(values):
    return tuple(round(value * SCALE) for value in values)


@lru_cache(maxsize=16)
def _font(weight, size):
    """Source Sans 3 at ``size`` poster pixels, or Pillow's own font if the portal's cannot be read."""
    from django.contrib.staticfiles import finders

    path = finders.find(FONT_FILES[weight])
    try:
        return ImageFont.truetype(path, size * SCALE, layout_engine=ImageFont.Layout.BASIC)
    except (OSError, TypeError, ValueError):
        return ImageFont.load_default(size * SCALE)
