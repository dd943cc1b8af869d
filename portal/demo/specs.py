"""The vocabulary the demo content is written in."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Ref:
    """A reference to another demo page by its key, resolved to a page id when loading.

    Inside a language's content a reference points at that language's version of
    the page; in ``PageSpec.shared`` (synchronised fields) and in site settings it
    points at the source-language page, as wagtail-localize expects.
    """

    key: str


@dataclass(frozen=True)
class SnippetRef:
    """A reference to a demo snippet (topic, person...) by its key, resolved to its id when loading.

    In a language's content it points at that language's version of the snippet;
    in ``shared`` values, at the source language's version.
    """

    key: str


@dataclass(frozen=True)
class RowRef:
    """A reference to one inline row of another demo page (an event's room or track), resolved to the row's id.

    ``relation`` names the page's child relation (``"rooms"``) and ``position`` the row's
    place in that page's list of rows, from 0: ``RowRef("event-efus-2024", "rooms", 0)``.
    Inside a language's content it points at that language's row; in ``PageSpec.shared``
    (synchronised fields) at the source-language page's row, as wagtail-localize keeps
    it. The page must be declared before the one that refers to it, so that its rows are
    saved when the reference is resolved.
    """

    key: str
    relation: str
    position: int


@dataclass(frozen=True)
class DocumentRef:
    """A reference to a demo document (:class:`DocumentSpec`) by its key, resolved to the document's id.

    Used in the file rows of a resource page, which are the same in every language:
    ``{"document": DocumentRef("head-up-manual-bg"), "language": "bg"}``. A row whose
    document could not be made on this machine (see :class:`DocumentUnavailable`) is
    left out of the page.
    """

    key: str


class DocumentUnavailable(Exception):
    """Raised by ``DocumentSpec.build`` when the file cannot be made here (no font for its script...).

    The loader notes it and goes on without the document.
    """


@dataclass(frozen=True)
class DocumentSpec:
    """One file of the Wagtail document library, made when the demo content is loaded.

    ``build()`` returns the file's bytes, the same bytes every time (see
    :mod:`portal.demo.pdf`), or raises :class:`DocumentUnavailable`. The loader
    keeps the documents in the "Demo files" collection and finds each one again by
    ``title``; it writes the file (named ``filename``) only when the document is new,
    its file is missing or its content hash differs from the bytes, so a second run
    changes nothing. Documents are loaded before pages, which refer to them with
    :class:`DocumentRef`.
    """

    key: str
    title: str
    filename: str
    build: Callable[[], bytes] = field(repr=False, compare=False)


@dataclass(frozen=True)
class ImageRef:
    """A reference to a demo image (:class:`ImageSpec`) by its key, resolved to the image's id.

    The same image in every language: ``{"image": ImageRef("efus-2024-poster"), ...}``
    in a page's rows, or ``"listing_image": ImageRef(...)`` in ``shared``.
    """

    key: str


@dataclass(frozen=True)
class ImageSpec:
    """One picture of the Wagtail image library, drawn when the demo content is loaded.

    ``build()`` returns the file's bytes, the same bytes every time (see
    :mod:`portal.demo.images`). The loader keeps the images in the "Demo images"
    collection and finds each one again by ``title``; like a :class:`DocumentSpec`,
    it writes the file (named ``filename``) only when the image is new, its file is
    missing or its content hash differs. ``description`` is the image's default
    alternative text in the library; pages give their own alt text where they use it.
    """

    key: str
    title: str
    filename: str
    build: Callable[[], bytes] = field(repr=False, compare=False)
    description: str = ""


@dataclass(frozen=True)
class OnFirstLoad:
    """A moment counted from the day a page is first created by the loader, then kept as it is.

    For values that must lie in the future when the demo is set up, such as the
    release time of an item under embargo: ``OnFirstLoad(days=30, hour=10)`` is
    10:00 (``time_zone``'s clock) thirty days after the page was created. Later
    loads read the value back from the page instead of counting again, so a second
    load changes nothing; once the moment has passed the page simply behaves as it
    would on a real site (an embargo lifts). Allowed only in ``PageSpec.shared``:
    every language gets the source page's value.
    """

    days: int
    hour: int = 0
    minute: int = 0
    time_zone: str = "Europe/Brussels"

    def resolve(self, now):
        """The aware datetime ``days`` after ``now``'s date, at ``hour``:``minute`` in ``time_zone``."""
        zone = ZoneInfo(self.time_zone)
        day = now.astimezone(zone).date() + datetime.timedelta(days=self.days)
        return datetime.datetime.combine(day, datetime.time(self.hour, self.minute), tzinfo=zone)


@dataclass(frozen=True)
class SnippetSpec:
    """One translatable snippet (a taxonomy term, a person) and its translations.

    ``content`` maps each language to the snippet's translated fields; ``shared``
    holds the fields that are the same in every language (a person's name and
    email, for example). Versions share one ``translation_key``. Snippets are
    loaded before pages, so they may refer to pages only in ``page_links``
    (a field name -> :class:`Ref`), set once the pages exist.
    """

    key: str
    model: str
    content: dict[str, dict[str, Any]]
    shared: dict[str, Any] = field(default_factory=dict)
    page_links: dict[str, "Ref"] = field(default_factory=dict)

    def values(self, language):
        return {**self.shared, **self.content[language]}


@dataclass(frozen=True)
class PageSpec:
    """One page of the demo site and its translations.

    ``content`` maps each language code to the values of translatable fields; it
    must contain ``title`` and ``slug``. StreamField values are lists of raw blocks
    (see :mod:`portal.demo.blocks`); rich text may link to demo pages with
    ``<a href="page:KEY">``. ``shared`` holds values that are the same in every
    language (synchronised fields such as ``show_in_menus`` or ``hero_link``).
    Child relations (inline panels) are lists of dicts of the child's fields; rows of
    translatable children (partnerships, milestones...) are matched across languages
    by position, so every language lists them in the same order. Many-to-many fields
    (topics) take lists of :class:`SnippetRef`; images, :class:`ImageRef`. A shared value
    that must be counted from the day the page is first loaded (a release time under
    embargo) is an :class:`OnFirstLoad`.

    ``source_language`` is the language the page was first written in: its
    translations are made from it (organisations from the French seeds are
    written in French first).
    """

    key: str
    model: str
    parent: str | None
    content: dict[str, dict[str, Any]]
    shared: dict[str, Any] = field(default_factory=dict)
    source_language: str = SOURCE_LANGUAGE

    def values(self, language):
        """Shared values overlaid with the language's own values, unresolved."""
        return {**self.shared, **self.content[language]}
