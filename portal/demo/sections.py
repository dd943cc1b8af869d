"""The registry of demo sections, loaded in order by ``manage.py load_demo_content``.

A section is built by one function returning a :class:`Section`: its snippet
specs (taxonomy terms, people), its documents (generated files), its images
(generated pictures), its page specs
(parents before children; a page's parent may belong to an earlier section) and an
optional ``finalise(builder)`` step that runs once every page of every section
exists and is published. References between pages may cross sections.

To add a section (organisations, projects, events, press, resources...), write its
content module under ``portal/demo/content/``, a function below, and append the
function to ``SECTIONS``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .specs import DocumentSpec, ImageSpec, PageSpec, SnippetSpec


@dataclass(frozen=True)
class Section:
    name: str
    pages: tuple[PageSpec, ...]
    finalise: Callable | None = None
    snippets: tuple[SnippetSpec, ...] = ()
    documents: tuple[DocumentSpec, ...] = ()
    images: tuple[ImageSpec, ...] = ()


def core():
    """Home page, 'About the network' and its sub-pages, contact, legal notice, privacy; Site and settings."""
    from .content import about, home, service, site
    from .site_setup import configure_site

    return Section(
        name="core",
        pages=(*home.PAGES, *about.PAGES, *service.PAGES),
        images=(site.SOCIAL_POSTER,),
        finalise=configure_site,
    )


def network():
    """Taxonomy terms, people, the partner directory and organisations, projects and working groups."""
    from .content import network, people, taxonomy

    return Section(
        name="network",
        pages=tuple(network.PAGES),
        snippets=(*taxonomy.SNIPPETS, *people.SNIPPETS),
    )


def library():
    """The resource library with its files (generated PDFs, one per language edition) and the practice examples."""
    from .content import library, practices

    return Section(
        name="library",
        pages=(*library.PAGES, *practices.PAGES),
        documents=tuple(library.DOCUMENTS),
    )


def events():
    """The event list, Efus's 2024 conference with its sessions, HEAD-UP's events and the AIPAUC meetings."""
    from .content import events

    return Section(name="events", pages=tuple(events.PAGES))


def press():
    """The press room: the press pack of the Efus 2024 sessions, Efus's position, an item under embargo."""
    from .content import press

    return Section(name="press", pages=tuple(press.PAGES), images=tuple(press.IMAGES))


def accounts():
    """One account per editorial role, and an owner and a review date on every page (after all pages exist)."""
    from .accounts import ensure_accounts

    return Section(name="accounts", pages=(), finalise=ensure_accounts)


SECTIONS = [core, network, library, events, press, accounts]


def get_sections():
    return [build() for build in SECTIONS]
