"""The vocabulary the demo content is written in."""

from dataclasses import dataclass, field
from typing import Any

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
class PageSpec:
    """One page of the demo site and its translations.

    ``content`` maps each language code to the values of translatable fields; it
    must contain ``title`` and ``slug``. StreamField values are lists of raw blocks
    (see :mod:`portal.demo.blocks`); rich text may link to demo pages with
    ``<a href="page:KEY">``. ``shared`` holds values that are the same in every
    language (synchronised fields such as ``show_in_menus`` or ``hero_link``).
    Child relations (inline panels) are lists of dicts of the child's fields.
    """

    key: str
    model: str
    parent: str | None
    content: dict[str, dict[str, Any]]
    shared: dict[str, Any] = field(default_factory=dict)

    def values(self, language):
        """Shared values overlaid with the language's own values, unresolved."""
        return {**self.shared, **self.content[language]}
