"""Where every page stands in every content language: the data behind the translation status report
and the dashboard panel.

The pages of one translation group (one ``translation_key``, one page per locale) make a row. The
row's **original** is the page the others are translated from: the page wagtail-localize translates
from when the group was submitted for translation with it (its ``TranslationSource``, preferring
the default language), otherwise the default-language page, otherwise the page of the first
content language that has one. The row is shown by its default-language title, or by the
original's when there is no default-language page. Alias pages never count as originals, and a
group made of aliases only (a page mirrored elsewhere in its own tree) is left out.

Each other locale of the row is in one **state**:

``missing``
    no page in that locale, or only an alias (wagtail-localize's "Sync from" makes aliases:
    they show the original's text, in the original's language).
``draft only``
    the translation exists but is not live (never published, or unpublished).
``outdated``
    the translation is live, but one of these holds:

    * the page it is compared with (its wagtail-localize source page if it has one, else the
      row's original) was published after the translation was last published;
    * the translation is kept in sync by wagtail-localize, and its source page was published
      after the source content was last sent to translators (``TranslationSource.last_updated_at``):
      translators work from an old copy until someone clicks "Sync translated pages";
    * the translation is kept in sync by wagtail-localize and some of the source's strings have no
      translation in that locale yet (what wagtail-localize's own report calls "Waiting for
      translations"): the page shows those strings in the original language.

    Publication dates alone cannot see the last two: after a sync with "Publish immediately" the
    translation is newer than its source, yet the new sentences are still in the original
    language. Conversely a page without a publication date (made by a script without publishing)
    is not compared by date.
``up to date``
    live, and none of the above.

The computation takes a fixed number of queries whatever the number of pages (see
:func:`get_translation_status`); filtering, counting and sorting then happen in memory.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.db.models import Count, F
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import StringSegment, Translation

UP_TO_DATE = "up_to_date"
OUTDATED = "outdated"
MISSING = "missing"
DRAFT = "draft"
ORIGINAL = "original"

# The states a translation can be in, in the order the report shows and counts them.
STATES = [
    (UP_TO_DATE, _("Up to date")),
    (OUTDATED, _("Outdated")),
    (MISSING, _("Missing")),
    (DRAFT, _("Draft only")),
]
STATE_LABELS = {**dict(STATES), ORIGINAL: _("Original")}

# Why a live translation is outdated.
ORIGINAL_REPUBLISHED = "original_republished"
NOT_SYNCED = "not_synced"
UNTRANSLATED = "untranslated"

# The depth of each language's home page, and of the sections right under it.
HOME_DEPTH = 2
SECTION_DEPTH = 3


class PageRecord(NamedTuple):
    id: int
    translation_key: object
    locale_id: int
    title: str
    draft_title: str
    path: str
    depth: int
    live: bool
    has_unpublished_changes: bool
    last_published_at: object
    alias_of_id: int | None
    app_label: str
    model: str

    @property
    def is_alias(self):
        return self.alias_of_id is not None


PAGE_FIELDS = [
    "id",
    "translation_key",
    "locale_id",
    "title",
    "draft_title",
    "path",
    "depth",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "alias_of_id",
    "content_type__app_label",
    "content_type__model",
]


class LocalizeTranslation(NamedTuple):
    """An enabled wagtail-localize translation of a page into one locale."""

    source_id: int
    source_locale_id: int
    source_updated_at: object
    untranslated: int


@dataclass(frozen=True)
class Section:
    """A top-level page under a language's home page (Partners, Library, Events...), all languages together."""

    key: str
    title: str


@dataclass
class Cell:
    """One page group in one locale."""

    locale: Locale
    state: str
    page: PageRecord | None = None
    original: PageRecord | None = None
    localize: LocalizeTranslation | None = None
    reasons: tuple = ()
    # Set by the report for the current user (see :meth:`TranslationStatus.allow`).
    can_edit: bool = False
    can_translate: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def is_original(self):
        return self.state == ORIGINAL

    @property
    def is_alias(self):
        return self.page is not None and self.page.is_alias

    @property
    def is_live(self):
        return self.page is not None and self.page.live and not self.page.is_alias

    @property
    def in_translation_editor(self):
        """True when the edit view opens wagtail-localize's translation editor for this page."""
        return self.localize is not None and self.page is not None and not self.page.is_alias

    @property
    def untranslated(self):
        return self.localize.untranslated if self.localize else 0

    @property
    def has_unpublished_changes(self):
        return self.page is not None and self.page.live and self.page.has_unpublished_changes

    @property
    def edit_url(self):
        """The page's edit view; wagtail-localize replaces it with its translation editor when it keeps
        the page in sync."""
        if self.page is None or self.page.is_alias:
            return ""
        return reverse("wagtailadmin_pages:edit", args=[self.page.id])

    @property
    def translate_url(self):
        """wagtail-localize's "Translate" form for the original, with this locale ticked."""
        if self.state != MISSING or self.original is None:
            return ""
        url = reverse("wagtail_localize:submit_page_translation", args=[self.original.id])
        return f"{url}?{urlencode({'select_locale': self.locale.language_code})}"

    @property
    def notes(self):
        """Short explanations shown under the state."""
        notes = []
        if self.is_original and not self.page.live:
            notes.append(STATE_LABELS[DRAFT])
        if self.is_alias:
            notes.append(_("Alias of the original"))
        if NOT_SYNCED in self.reasons:
            notes.append(_("Original changed since the last sync"))
        elif ORIGINAL_REPUBLISHED in self.reasons:
            notes.append(_("Original published since"))
        if UNTRANSLATED in self.reasons:
            notes.append(
                ngettext("%(count)s string to translate", "%(count)s strings to translate", self.untranslated)
                % {"count": self.untranslated}
            )
        if self.has_unpublished_changes:
            notes.append(_("Unpublished changes"))
        return notes


@dataclass
class Row:
    """A page and its translations."""

    key: object
    title: str
    original: PageRecord
    original_locale: Locale
    page_type: str
    section: Section | None
    cells: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)
    # The wagtail-localize source whose copy is older than its page's last publication.
    stale_source_id: int | None = None
    position: tuple = ()
    can_edit: bool = False
    can_sync: bool = False

    def cell(self, locale):
        return self.cells[locale.id]

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.original.id])

    @property
    def sync_url(self):
        """wagtail-localize's "Sync translated pages" form, when the source copy is stale."""
        if self.stale_source_id is None:
            return ""
        return reverse("wagtail_localize:update_translations", args=[self.stale_source_id])

    def matches(self, query):
        query = query.casefold()
        return any(query in page.draft_title.casefold() or query in page.title.casefold() for page in self.pages)

    def states(self, locales):
        return {self.cells[locale.id].state for locale in locales}


def ordered_locales(locales):
    """Locales in the order of ``WAGTAIL_CONTENT_LANGUAGES``, then any others by code."""
    order = {code: index for index, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)}
    return sorted(locales, key=lambda locale: (order.get(locale.language_code, len(order)), locale.language_code))


def published_after(page, other):
    """True when ``page`` was published after ``other`` was last published (both must have a date)."""
    return bool(page.last_published_at and other.last_published_at and page.last_published_at > other.last_published_at)


class TranslationStatus:
    """Every page group with its state in each content locale."""

    def __init__(self, locales, rows, sections):
        self.locales = locales
        self.rows = rows
        self.sections = sections

    @cached_property
    def locales_by_code(self):
        return {locale.language_code: locale for locale in self.locales}

    def filter(self, rows=None, section=None, locale=None, states=(), query=""):
        """The rows (all by default) in ``section`` (a :class:`Section` key) whose title contains
        ``query`` and, when ``states`` are given, with at least one of them in ``locale`` (or in any)."""
        locales = [locale] if locale else self.locales
        states = set(states)
        matching = []
        for row in self.rows if rows is None else rows:
            if section and (row.section is None or row.section.key != section):
                continue
            if states and not states & row.states(locales):
                continue
            if query and not row.matches(query):
                continue
            matching.append(row)
        return matching

    def count(self, rows=None, locales=None):
        """{state: number of translations in it} over ``rows`` and ``locales`` (originals left out)."""
        rows = self.rows if rows is None else rows
        locales = self.locales if locales is None else locales
        counter = Counter(row.cells[locale.id].state for row in rows for locale in locales)
        return {state: counter[state] for state, _label in STATES}

    def counts_by_locale(self):
        """[(locale, {state: count})] for the locales that have at least one translation to count."""
        result = []
        for locale in self.locales:
            counts = self.count(locales=[locale])
            if any(counts.values()):
                result.append((locale, counts))
        return result

    def allow(self, rows, user):
        """Mark what ``user`` may do on ``rows``: edit each page, translate, sync (one query at most)."""
        can_translate = user.has_perm("wagtail_localize.submit_translation")
        ids = {page.id for row in rows for page in row.pages}
        editable = get_editable_page_ids(user, ids)
        for row in rows:
            row.can_edit = row.original.id in editable
            row.can_sync = can_translate and row.stale_source_id is not None
            for cell in row.cells.values():
                cell.can_edit = cell.page is not None and cell.page.id in editable
                cell.can_translate = can_translate and cell.state == MISSING
        return rows


def get_editable_page_ids(user, ids):
    """The ids among ``ids`` of the pages ``user`` may edit (no query for a superuser)."""
    if not ids or not user.is_active:
        return set()
    if user.is_superuser:
        return set(ids)
    editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")
    return set(editable.filter(pk__in=ids).values_list("pk", flat=True))


def _localize_translations(page_keys):
    """{(translation_key, locale id): LocalizeTranslation} for enabled wagtail-localize page translations.

    One query, plus two (strings per source, translated strings per source and locale) when any exists.
    """
    rows = list(
        Translation.objects.filter(enabled=True, source__object_id__in=page_keys).values_list(
            "source__object_id", "target_locale_id", "source_id", "source__locale_id", "source__last_updated_at"
        )
    )
    if not rows:
        return {}
    sources = Translation.objects.filter(enabled=True, source__object_id__in=page_keys).values("source_id")
    totals = dict(
        StringSegment.objects.filter(source_id__in=sources)
        .values("source_id")
        .annotate(total=Count("id"))
        .values_list("source_id", "total")
    )
    translated = {
        (source_id, locale_id): count
        for source_id, locale_id, count in StringSegment.objects.filter(
            source_id__in=sources,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(translated=Count("id"))
        .values_list("source_id", "string__translations__locale_id", "translated")
    }
    return {
        (key, locale_id): LocalizeTranslation(
            source_id=source_id,
            source_locale_id=source_locale_id,
            source_updated_at=updated_at,
            untranslated=max(totals.get(source_id, 0) - translated.get((source_id, locale_id), 0), 0),
        )
        for key, locale_id, source_id, source_locale_id, updated_at in rows
    }


_PAGE_TYPE_NAMES = {}


def _page_type_label(page):
    """The page type's verbose name (lazy: shown in the reader's admin language)."""
    name = (page.app_label, page.model)
    if name not in _PAGE_TYPE_NAMES:
        try:
            _PAGE_TYPE_NAMES[name] = capfirst(apps.get_model(*name)._meta.verbose_name)
        except LookupError:
            _PAGE_TYPE_NAMES[name] = page.model
    return _PAGE_TYPE_NAMES[name]


def _choose_original(by_locale, locales, default_locale, localize_locale_ids):
    """The page the others are compared with: see the module's docstring."""
    real = {locale_id: page for locale_id, page in by_locale.items() if not page.is_alias}
    candidates = [default_locale, *locales]
    if localize_locale_ids:
        for locale in candidates:
            if locale.id in localize_locale_ids and locale.id in real:
                return real[locale.id]
    for locale in candidates:
        if locale.id in real:
            return real[locale.id]
    return None


def _sections(pages, default_locale):
    """{section path prefix: Section} and the sections in tree order, default language first."""
    steplen = Page.steplen
    section_pages = [page for page in pages if page.depth == SECTION_DEPTH]
    by_key = defaultdict(list)
    for page in section_pages:
        by_key[page.translation_key].append(page)
    ordered_keys = []
    for page in sorted(section_pages, key=lambda page: (page.locale_id != default_locale.id, page.path)):
        if page.translation_key not in ordered_keys:
            ordered_keys.append(page.translation_key)
    sections = {}
    for key in ordered_keys:
        group = by_key[key]
        named = next((page for page in group if page.locale_id == default_locale.id), None)
        named = named or next((page for page in group if not page.is_alias), group[0])
        sections[key] = Section(key=str(key), title=named.draft_title or named.title)
    by_prefix = {page.path[: steplen * SECTION_DEPTH]: sections[page.translation_key] for page in section_pages}
    return by_prefix, list(sections.values())


def get_translation_status():
    """Compute every page group's state in every locale.

    Queries, whatever the number of pages:

    1. the locales;
    2. every page below the root (the columns the states need, page types joined);
    3. wagtail-localize's enabled translations of pages, with their source;
    4. and 5., only when some exist: the number of strings of each source, and how many of them
       are translated in each locale.
    """
    locales = ordered_locales(Locale.objects.all())
    default_locale = next((locale for locale in locales if locale.language_code == settings.LANGUAGE_CODE), None)
    default_locale = default_locale or (locales[0] if locales else None)
    queryset = Page.objects.filter(depth__gte=HOME_DEPTH).order_by("path").values_list(*PAGE_FIELDS)
    pages = [PageRecord(*values) for values in queryset]
    if not pages or default_locale is None:
        return TranslationStatus(locales, [], [])
    localize = _localize_translations(Page.objects.values("translation_key"))
    localize_by_key = defaultdict(list)
    for (key, _locale_id), translation in localize.items():
        localize_by_key[key].append(translation)

    section_by_prefix, sections = _sections(pages, default_locale)
    section_order = {section.key: index for index, section in enumerate(sections)}
    locale_order = {locale.id: index for index, locale in enumerate(locales)}
    locale_by_id = {locale.id: locale for locale in locales}
    groups = defaultdict(dict)
    for page in pages:
        groups[page.translation_key][page.locale_id] = page

    rows = []
    for key, by_locale in groups.items():
        translations = localize_by_key.get(key, [])
        source_locale_ids = {translation.source_locale_id for translation in translations}
        original = _choose_original(by_locale, locales, default_locale, source_locale_ids)
        if original is None:
            continue
        named = by_locale.get(default_locale.id) or original
        section = None
        if original.depth >= SECTION_DEPTH:
            section = section_by_prefix.get(original.path[: Page.steplen * SECTION_DEPTH])
        row = Row(
            key=key,
            title=named.draft_title or named.title,
            original=original,
            original_locale=locale_by_id[original.locale_id],
            page_type=_page_type_label(original),
            section=section,
            pages=list(by_locale.values()),
            position=(
                section_order.get(section.key, -1) if section else -1,
                locale_order.get(original.locale_id, len(locale_order)),
                original.path,
            ),
        )
        for locale in locales:
            row.cells[locale.id] = _cell(locale, by_locale, original, localize.get((key, locale.id)))
        stale = [translation for translation in translations if _source_is_stale(translation, by_locale)]
        row.stale_source_id = stale[0].source_id if stale else None
        rows.append(row)
    rows.sort(key=lambda row: row.position)
    return TranslationStatus(locales, rows, sections)


def _source_is_stale(translation, by_locale):
    source_page = by_locale.get(translation.source_locale_id)
    return bool(
        source_page is not None
        and source_page.last_published_at
        and translation.source_updated_at
        and source_page.last_published_at > translation.source_updated_at
    )


def _cell(locale, by_locale, original, localize):
    page = by_locale.get(locale.id)
    if page is original:
        return Cell(locale, ORIGINAL, page=page, original=original)
    if page is None or page.is_alias:
        return Cell(locale, MISSING, page=page, original=original, localize=localize)
    if not page.live:
        return Cell(locale, DRAFT, page=page, original=original, localize=localize)
    reference = original
    if localize is not None:
        source_page = by_locale.get(localize.source_locale_id)
        if source_page is not None and not source_page.is_alias:
            reference = source_page
    reasons = []
    if published_after(reference, page):
        reasons.append(ORIGINAL_REPUBLISHED)
    if localize is not None:
        if _source_is_stale(localize, by_locale):
            reasons.append(NOT_SYNCED)
        if localize.untranslated:
            reasons.append(UNTRANSLATED)
    state = OUTDATED if reasons else UP_TO_DATE
    return Cell(locale, state, page=page, original=original, localize=localize, reasons=tuple(reasons))
