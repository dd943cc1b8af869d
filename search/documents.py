"""Keep one search document per live public page (and per person shown on one) up to date.

A document is written when a page is published, and removed when it is unpublished, made
private, moved under a private section or deleted (see ``search.signals``); a press item
under embargo is not live until its release (the scheduler publishes it then), and a
document never shows before its ``visible_from`` (the release time) in any case. ``rebuild()`` recomputes them all
(``manage.py rebuild_search_documents``), writing only those that changed.

What a page type contributes comes from its own ``search_fields`` (the text), plus
:func:`describe` (type, summary, date and facet values).
"""

import datetime
import hashlib
import json
import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.search import index

from .highlight import fold
from .models import SearchDocument, SearchFacetValue

logger = logging.getLogger(__name__)

VOCABULARY_VERSION_KEY = "search:vocabulary-version"

# Fields whose text is the summary (shown as the snippet when no word matches) or kept apart.
SUMMARY_FIELDS = ["listing_summary", "summary", "abstract", "theme", "introduction", "search_description"]
NOT_IN_BODY = {"title", "get_files_text", *SUMMARY_FIELDS}


def kind_of(page):
    from events.models import EventPage, SessionPage
    from home.models import OrganisationPage, ProjectPage, WorkingGroupPage
    from resources.models import PracticePage, PressReleasePage, ResourcePage

    kinds = [
        (OrganisationPage, "organisation"),
        (ProjectPage, "project"),
        (WorkingGroupPage, "working_group"),
        (PracticePage, "practice"),
        (ResourcePage, "resource"),
        (PressReleasePage, "press"),
        (EventPage, "event"),
        (SessionPage, "session"),
    ]
    for model, kind in kinds:
        if isinstance(page, model):
            return kind
    return "page"


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(_text(item) for item in value)
    return " ".join(strip_tags(str(value)).split())


def _field_texts(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField):
            if field.field_name not in NOT_IN_BODY:
                yield _text(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            if _is_taxonomy(obj, field.field_name):
                continue  # their names are added in the page's language by describe()
            related = field.get_value(obj)
            if related is None:
                continue
            related = related.all() if hasattr(related, "all") else [related() if callable(related) else related]
            for item in related:
                yield from _field_texts(item, field.fields)


def _is_taxonomy(obj, name):
    from portal.models.taxonomies import Term

    try:
        related = obj._meta.get_field(name).related_model
    except Exception:
        return False
    return isinstance(related, type) and issubclass(related, Term)


def page_body(page):
    """The text of every field the page type declares searchable, but its title, summary and files."""
    return "\n".join(text for text in _field_texts(page, page.get_search_fields()) if text)


def page_summary(page):
    for name in SUMMARY_FIELDS:
        text = _text(getattr(page, name, ""))
        if text:
            return text
    return ""


def _year_date(year):
    return datetime.date(year, 1, 1) if year else None


def describe(page):
    """(date, visible_from, [(facet, value)], extra body text) for one specific page."""
    from portal.models.taxonomies import localize_terms

    kind = kind_of(page)
    facets = [("type", kind)]
    date = visible_from = None
    extra = []
    topics = getattr(page, "topics", None)
    if topics is not None and hasattr(topics, "all"):
        terms = list(topics.all())
        facets += [("topic", str(term.translation_key)) for term in terms]
        # Readers search with the names of their language, whichever language the page points at.
        extra += [term.name for term in localize_terms(terms, page.locale)]
    if kind == "resource":
        date = page.publication_date
        if page.resource_type_id:
            facets.append(("resource_type", str(page.resource_type.translation_key)))
            extra.append(localize_terms([page.resource_type], page.locale)[0].name)
        facets += [("country", str(getattr(country, "code", country))) for country in page.countries]
        facets += [("file_language", language) for language in {file.language for file in page.editions}]
    elif kind == "press":
        visible_from = page.release_at
        date = timezone.localdate(page.release_at) if page.release_at else None
    elif kind == "practice":
        date = _year_date(page.start_year)
        facets.append(("country", page.country.code))
    elif kind == "organisation":
        if page.country:
            facets.append(("country", page.country.code))
    elif kind == "project":
        date = page.start_date
    elif kind == "event":
        date = timezone.localdate(page.start)
        if page.venue_country:
            facets.append(("country", page.venue_country.code))
    elif kind == "session":
        date = timezone.localdate(page.start)
        event = page.get_parent().specific
        if getattr(event, "venue_country", None):
            facets.append(("country", event.venue_country.code))
    if date:
        facets.append(("year", str(date.year)))
    return date, visible_from, facets, extra


def editions_of(page):
    """(files text, [{language, title, url, start, end}]) of a resource's public editions with read text."""
    if kind_of(page) != "resource":
        return "", []
    parts, editions, offset = [], [], 0
    for file in page.editions:
        extracted = getattr(file.document, "extracted", None)
        text = extracted.text if extracted is not None and extracted.status == "done" else ""
        text = " ".join(text.split())
        editions.append(
            {
                "language": file.language,
                "title": file.title,
                "url": file.document.url,
                "start": offset,
                "end": offset + len(text),
            }
        )
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), editions


def people_shown(page):
    """The people a page shows (speakers, moderators, media contacts, co-pilots), in its order."""
    rows = []
    for relation in ("session_people", "contacts", "co_pilots"):
        manager = getattr(page, relation, None)
        if manager is not None and hasattr(manager, "select_related"):
            rows += [row.person for row in manager.select_related("person")]
    return rows


def visible_pages():
    """Live public pages but the tree root.

    A press item live before its release time (made live by other means than publishing)
    gets a document too: it carries the release time, before which search never shows it.
    """
    from portal.languages import without_stand_ins

    # Aliases standing in for a missing translation would only repeat their source's text.
    return without_stand_ins(Page.objects.live().public().exclude(depth=1))


def _languages(page):
    from resources.models.press import not_under_embargo

    translations = not_under_embargo(visible_pages().filter(translation_key=page.translation_key))
    return sorted(translations.values_list("locale__language_code", flat=True))


def _digest(values, facets):
    # The languages change with the translations, and are compared apart (see _sync).
    values = {name: value for name, value in values.items() if name != "languages"}
    payload = json.dumps([values, sorted(facets)], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def _write(lookup, values, facets):
    """Create or update the document ``lookup`` names; nothing is written when nothing changed."""
    digest = _digest(values, facets)
    document = SearchDocument.objects.filter(**lookup).first()
    if document is not None and document.digest == digest:
        if document.languages != values["languages"]:
            document.languages = values["languages"]
            document.save(update_fields=["languages", "updated_at"])
            return document, True
        return document, False
    document = document or SearchDocument(**lookup)
    for name, value in values.items():
        setattr(document, name, value)
    document.digest = digest
    document.title_key = fold(document.title)
    document.save()
    document.facet_values.all().delete()
    SearchFacetValue.objects.bulk_create(
        [SearchFacetValue(document=document, facet=facet, value=value) for facet, value in sorted(set(facets))]
    )
    return document, True


def _bump_vocabulary():
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, None)


def document_values(page):
    date, visible_from, facets, extra = describe(page)
    files_text, editions = editions_of(page)
    body = page_body(page)
    values = {
        "language": page.locale.language_code,
        "kind": kind_of(page),
        "title": page.title[:255],
        "summary": page_summary(page),
        "body": "\n".join([body, *extra]).strip(),
        "files_text": files_text,
        "editions": editions,
        "url": page.get_url() or page.url_path,
        "date": date,
        "languages": _languages(page),
        "visible_from": visible_from,
    }
    return values, facets


def _sync_people(page, language, visible_from=None):
    """Documents of the people ``page`` shows; like the page's, hidden before ``visible_from``."""
    for person in people_shown(page):
        lookup = {"person": person, "language": language}
        existing = SearchDocument.objects.filter(**lookup).exclude(page=page).select_related("page").first()
        if existing is not None and visible_pages().filter(pk=existing.page_id).exists():
            continue  # already found through another page
        summary = ", ".join(part for part in [person.role, person.affiliation] if part)
        values = {
            "page": page,
            "kind": "person",
            "title": person.name[:255],
            "summary": summary,
            "body": _text(person.bio),
            "files_text": "",
            "editions": [],
            "url": page.get_url() or page.url_path,
            "date": None,
            "languages": [language],
            "visible_from": visible_from,
        }
        _write(lookup, values, [("type", "person")])


def _remove(page_id):
    """Delete the page's document and the people found only through it."""
    return bool(SearchDocument.objects.filter(page_id=page_id).delete()[0])


def sync_page(page):
    """Bring the search document of ``page`` (a page or its id) in line with what readers may see."""
    page_id = page if isinstance(page, int) else page.pk
    try:
        with transaction.atomic():
            changed = _sync(page_id)
        if changed:
            _bump_vocabulary()
    except Exception:
        # Publishing never fails because of search; the rebuild command repairs what was missed.
        logger.exception("Could not update the search document of page %s", page_id)


def _sync(page_id):
    page = visible_pages().filter(pk=page_id).specific().first()
    if page is None:
        return _remove(page_id)
    values, facets = document_values(page)
    _, changed = _write({"page_id": page.pk, "person": None}, values, facets)
    _sync_people(page, values["language"], values["visible_from"])
    # Its translations now list one language more, or less.
    for document in SearchDocument.objects.filter(person=None, page__translation_key=page.translation_key).exclude(
        page_id=page.pk
    ):
        if document.languages != values["languages"]:
            document.languages = values["languages"]
            document.save(update_fields=["languages", "updated_at"])
    return changed


def withdraw(page):
    """Remove the document of a page readers can no longer see (unpublished, or being deleted).

    Wagtail also sends ``page_unpublished`` just before deleting a live page, while it is still
    live: the page is taken out without being looked at again.
    """
    try:
        with transaction.atomic():
            _remove(page.pk)
            languages = [code for code in _languages(page) if code != page.locale.language_code]
            SearchDocument.objects.filter(person=None, page__translation_key=page.translation_key).exclude(
                languages=languages
            ).update(languages=languages)
        _bump_vocabulary()
    except Exception:
        logger.exception("Could not remove the search document of page %s", page.pk)


def sync_subtree(page):
    """Documents of a page and everything below it (after a move or a change of privacy)."""
    for page_id in Page.objects.get(pk=page.pk).get_descendants(inclusive=True).values_list("pk", flat=True):
        sync_page(page_id)


def rebuild(languages=None, stdout=None):
    """Recompute every document (of ``languages``); returns (written, removed)."""
    pages = visible_pages()
    documents = SearchDocument.objects.all()
    if languages:
        pages = pages.filter(locale__language_code__in=languages)
        documents = documents.filter(language__in=languages)
    page_ids = list(pages.order_by("path").values_list("pk", flat=True))
    written = 0
    for position, page_id in enumerate(page_ids, 1):
        with transaction.atomic():
            written += bool(_sync(page_id))
        if stdout and position % 500 == 0:
            stdout.write(f"{position} of {len(page_ids)} pages")
    removed = documents.exclude(page_id__in=page_ids).delete()[1].get("search.SearchDocument", 0)
    # People no page shows any more.
    stale = [
        document.pk
        for document in documents.exclude(person=None).select_related("page")
        if document.person_id not in {person.pk for person in people_shown(document.page.specific)}
    ]
    removed += SearchDocument.objects.filter(pk__in=stale).delete()[1].get("search.SearchDocument", 0)
    _bump_vocabulary()
    return written, removed
