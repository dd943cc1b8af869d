"""Small PDF files for the demo library: a title page, then a few pages of text, in any language.

Each file is described by an :class:`Edition` (title, organisation, a notice that
says it is a demo edition, and a few sections of text) and made by
:func:`build_pdf` with fpdf2. The bytes depend only on the edition, the fpdf2
version and the font, never on the clock or on chance: the creation date is
fixed and the file identifier is derived from the content, so loading the demo
content a second time finds the same files and rewrites nothing.

Text is set in the first Unicode TrueType font found on the machine that has a
glyph for every character of the edition (DejaVu Sans, then Liberation Sans; see
``STAND_INS`` for the few characters that may be swapped for another), so
French, Romanian and Bulgarian read correctly. Without one, only editions whose
text fits in Latin-1 are made, in the PDF core font Helvetica; the others raise
:class:`~portal.demo.specs.DocumentUnavailable` and the loader leaves them out.
"""

import logging
import shutil
import subprocess  # runs fc-match only, the font lookup below  # nosec B404
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .specs import DocumentUnavailable

# The day the HEAD-UP work plan ends; any fixed date would do, as long as it never changes.
CREATION_DATE = datetime(2011, 5, 31, tzinfo=UTC)
CREATOR = "Cities & Drugs Network portal, demo content"

FONT_DIRECTORIES = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
# (family as fontconfig knows it, regular file name, bold file name), in order of preference.
FONT_FAMILIES = (
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
)
CORE_FONT = "helvetica"
# Characters some fonts lack, and what stands in for them: French typography's narrow
# no-break space becomes an ordinary no-break space (Liberation Sans has no U+202F).
STAND_INS = {0x202F: "\u00a0"}
BULLET = "• "
GREY = (90, 90, 90)
ACCENT = (20, 80, 120)


@dataclass(frozen=True)
class Edition:
    """What one demo file says, in one language.

    ``sections`` are (heading, paragraphs) pairs, each starting a new page after
    the title page; keep them to three so that files stay at two to four pages.
    A paragraph starting with ``BULLET`` is set as a list item. ``landscape`` suits
    slides.
    """

    language: str
    title: str
    organisation: str
    edition_label: str
    notice_heading: str
    notice: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    subtitle: str = ""
    landscape: bool = False

    def translate(self, table):
        """A copy with ``str.translate(table)`` applied to every text."""
        return replace(
            self,
            **{name: getattr(self, name).translate(table) for name in _TEXT_FIELDS},
            sections=tuple(
                (heading.translate(table), tuple(paragraph.translate(table) for paragraph in paragraphs))
                for heading, paragraphs in self.sections
            ),
        )

    def texts(self):
        yield from (getattr(self, name) for name in _TEXT_FIELDS)
        for heading, paragraphs in self.sections:
            yield heading
            yield from (paragraph.removeprefix(BULLET) for paragraph in paragraphs)


_TEXT_FIELDS = ("title", "organisation", "edition_label", "notice_heading", "notice", "subtitle")


@dataclass(frozen=True)
class Font:
    family: str
    regular: Path | None  # None: the PDF core font, Latin-1 only
    bold: Path | None = None


def build_pdf(edition):
    """The PDF bytes of ``edition``; raises DocumentUnavailable if no font here can set its text."""
    font, stand_ins = choose_font(edition)
    if stand_ins:
        edition = edition.translate(stand_ins)
    with _quiet_font_subsetting():
        return _render(edition, font)


def _render(edition, font):
    pdf = _DemoPDF(edition, font, orientation="L" if edition.landscape else "P", format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_lang(edition.language)
    pdf.set_title(edition.title)
    pdf.set_author(edition.organisation)
    pdf.set_subject(edition.edition_label)
    pdf.set_creator(CREATOR)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_margins(22, 22, 22)
    if font.regular is not None:
        pdf.add_font(font.family, "", font.regular)
        pdf.add_font(font.family, "B", font.bold or font.regular)
    pdf.title_page()
    for heading, paragraphs in edition.sections:
        pdf.section(heading, paragraphs)
    return bytes(pdf.output())


def choose_font(edition):
    """(font, stand-ins): the first Unicode font with a glyph for every character of ``edition``.

    A character the font lacks is accepted if :data:`STAND_INS` has a stand-in the
    font has; the stand-ins to apply are returned as a ``str.translate`` table.
    Without such a font, Helvetica if the text fits in Latin-1.
    """
    characters = {ord(character) for text in edition.texts() for character in text if character not in " \n"}
    for font in unicode_fonts():
        covered = _covered(font.regular)
        missing = characters - covered
        if all(code in STAND_INS and ord(STAND_INS[code]) in covered for code in missing):
            return font, {code: STAND_INS[code] for code in missing}
    if all(_fits_latin_1(text.translate(STAND_INS)) for text in edition.texts()):
        return Font(CORE_FONT, None), {code: STAND_INS[code] for code in characters if code in STAND_INS}
    raise DocumentUnavailable(
        f"no font on this machine can set the {edition.language!r} text; install fonts-dejavu-core to make it"
    )


@contextmanager
def _quiet_font_subsetting():
    """fontTools reports every table it subsets at INFO level: keep that out of the loader's output."""
    logger = logging.getLogger("fontTools")
    level = logger.level
    logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


@lru_cache
def unicode_fonts():
    """Unicode TrueType fonts found on this machine, best first."""
    found = []
    for family, regular_name, bold_name in FONT_FAMILIES:
        regular = _find_font_file(family, regular_name)
        if regular is None:
            continue
        bold = _find_font_file(f"{family}:bold", bold_name)
        found.append(Font(family, regular, bold if bold is not None and bold != regular else None))
    return tuple(found)


def _find_font_file(pattern, file_name):
    for directory in FONT_DIRECTORIES:
        if (directory / file_name).is_file():
            return directory / file_name
    path = _fc_match(pattern)
    # fontconfig answers with its closest match, whatever the family: accept only the file asked for.
    if path is not None and path.name == file_name:
        return path
    return None


def _fc_match(pattern):
    executable = shutil.which("fc-match")
    if executable is None:
        return None
    try:
        # A fixed command with no shell and no user input.
        result = subprocess.run(  # noqa: S603  # fixed argument list, no shell  # nosec B603
            [executable, "-f", "%{file}", pattern], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(result.stdout.strip())
    return path if result.returncode == 0 and path.suffix.lower() in (".ttf", ".otf") and path.is_file() else None


@lru_cache
def _covered(path):
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _fits_latin_1(text):
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


class _DemoPDF(FPDF):
    def __init__(self, edition, font, **kwargs):
        super().__init__(**kwargs)
        self.edition = edition
        self.font_family_name = font.family
        # The core font has no bullet: a dash marks list items instead.
        self.bullet = "•" if font.regular is not None else "-"
        # Slides are read from a distance: larger type.
        self.body_size, self.line_height, self.heading_size = (14, 8, 22) if edition.landscape else (11, 6, 16)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font(self.font_family_name, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.edition.title} · {self.edition.edition_label}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="R")

    def title_page(self):
        edition = self.edition
        self.add_page()
        self.set_text_color(*GREY)
        self.set_font(self.font_family_name, "B", 12)
        self._block(edition.organisation, 6)
        self.ln(self.eph * 0.18)
        self.set_text_color(*ACCENT)
        self.set_font(self.font_family_name, "B", 26 if edition.landscape else 24)
        self._block(edition.title, 11)
        if edition.subtitle:
            self.ln(4)
            self.set_text_color(0, 0, 0)
            self.set_font(self.font_family_name, "", 14)
            self._block(edition.subtitle, 7)
        self.ln(6)
        self.set_text_color(*GREY)
        self.set_font(self.font_family_name, "", 11)
        self._block(edition.edition_label, 6)
        self._notice()

    def _notice(self):
        """The demo notice, framed, at the foot of the title page."""
        width, padding = self.epw - 8, 4
        self.set_font(self.font_family_name, "", 10)
        text_height = self.multi_cell(width, 5, self.edition.notice, align="L", dry_run=True, output="HEIGHT")
        top = self.h - self.b_margin - (padding + 6 + text_height + padding)
        self.set_draw_color(*ACCENT)
        self.rect(self.l_margin, top, self.epw, self.h - self.b_margin - top)
        self.set_xy(self.l_margin + padding, top + padding)
        self.set_text_color(0, 0, 0)
        self.set_font(self.font_family_name, "B", 11)
        self.multi_cell(width, 6, self.edition.notice_heading, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_font(self.font_family_name, "", 10)
        self.multi_cell(width, 5, self.edition.notice, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def section(self, heading, paragraphs):
        self.add_page()
        self.set_text_color(*ACCENT)
        self.set_font(self.font_family_name, "B", self.heading_size)
        self._block(heading, self.heading_size * 0.5)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_font(self.font_family_name, "", self.body_size)
        in_list = False
        for paragraph in paragraphs:
            is_item = paragraph.startswith(BULLET)
            if in_list and not is_item:
                self.ln(2)
            if is_item:
                self.set_x(self.l_margin + 4)
                self.cell(5, self.line_height, self.bullet)
                self.multi_cell(
                    self.epw - 9,
                    self.line_height,
                    paragraph.removeprefix(BULLET),
                    align="L",
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
                self.ln(1)
            else:
                self._block(paragraph, self.line_height)
                self.ln(3)
            in_list = is_item

    def _block(self, text, line_height):
        # Ragged right: justified lines gape in short paragraphs and long words.
        self.multi_cell(0, line_height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
