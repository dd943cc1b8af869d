"""The search page of each language, and the suggestions of its search box.

Only live public content of the reader's language is searched (see ``search.documents``).
Any query string gets an answer: unknown facets and values are ignored with a message,
an overlong query is cut with a message, page numbers out of range give the nearest page.
"""

import re

from django_countries import countries

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from portal.models.taxonomies import ResourceType, Topic
from resources.languages import language_name

from . import query as search_query
from .highlight import highlight, matches, snippet, word_pattern
from .log import record_search
from .promotions import promotions_for

RESULTS_PER_PAGE = 20
MAX_VALUES_PER_FACET = 20

KIND_LABELS = {
    "organisation": gettext_lazy("Organisation"),
    "person": gettext_lazy("Person"),
    "project": gettext_lazy("Project"),
    "working_group": gettext_lazy("Working group"),
    "practice": gettext_lazy("Practice"),
    "resource": gettext_lazy("Resource"),
    "press": gettext_lazy("Press item"),
    "event": gettext_lazy("Event"),
    "session": gettext_lazy("Session"),
    "page": gettext_lazy("Page"),
}
FACET_LABELS = {
    "type": gettext_lazy("Type"),
    "topic": gettext_lazy("Topic"),
    "resource_type": gettext_lazy("Resource type"),
    "file_language": gettext_lazy("Language of the file"),
    "country": gettext_lazy("Country"),
    "year": gettext_lazy("Year"),
}
SORT_LABELS = {"relevance": gettext_lazy("Relevance"), "newest": gettext_lazy("Newest first")}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def max_query_length():
    return getattr(settings, "SEARCH_MAX_QUERY_LENGTH", 200)


def clean_query(raw):
    """(query, [messages]): control and direction characters removed, cut to the maximum length."""
    query = re.sub(r"[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]", " ", raw)
    query = " ".join(query.split())
    messages = []
    limit = max_query_length()
    if len(query) > limit:
        query = query[:limit].rstrip()
        messages.append(_("Your search was shortened to its first %(count)d characters.") % {"count": limit})
    return query, messages


def valid_value(facet, value):
    if facet == "type":
        return value in KIND_LABELS
    if facet in ("topic", "resource_type"):
        return bool(UUID.match(value))
    if facet == "country":
        return value.upper() in countries
    if facet == "file_language":
        return bool(re.match(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$", value))
    if facet == "year":
        return value.isascii() and value.isdigit() and 1900 <= int(value) <= 2200
    return False


def read_facets(params):
    """({facet: [values]}, [messages]) from the query string; what is not understood is left out."""
    chosen, ignored = {}, False
    for facet in search_query.FACETS:
        values = []
        for value in params.getlist(facet)[:MAX_VALUES_PER_FACET]:
            value = value.strip()
            if facet == "country":
                value = value.upper()
            if not value:
                continue
            if valid_value(facet, value):
                if value not in values:
                    values.append(value)
            else:
                ignored = True
        if values:
            chosen[facet] = values
    messages = [_("Some filters were not understood and have been ignored.")] if ignored else []
    return chosen, messages


def facet_labels(facet, values, language):
    if facet == "type":
        return {value: str(KIND_LABELS.get(value, value)) for value in values}
    if facet in ("topic", "resource_type"):
        model = Topic if facet == "topic" else ResourceType
        labels = {}
        for key, name, code in model.objects.filter(translation_key__in=values).values_list(
            "translation_key", "name", "locale__language_code"
        ):
            if code == language or str(key) not in labels:
                labels[str(key)] = name
        return labels
    if facet == "country":
        return {value: countries.name(value) or value for value in values}
    if facet == "file_language":
        return {value: language_name(value) for value in values}
    return {value: value for value in values}


def toggle_url(params, facet, value):
    """The query string of the same search with ``value`` of ``facet`` added or taken away."""
    params = params.copy()
    values = params.getlist(facet)
    params.setlist(facet, [other for other in values if other != value] if value in values else [*values, value])
    params.pop("page", None)
    return "?" + params.urlencode()


def facet_options(outcome, chosen, language, params):
    """[(facet, label, [FacetOption])] for the facets that have something to offer."""
    result = []
    for facet in search_query.FACETS:
        counts = dict(outcome.facet_counts.get(facet, {}))
        for value in chosen.get(facet, []):
            counts.setdefault(value, 0)
        if not counts:
            continue
        labels = facet_labels(facet, list(counts), language)
        options = [
            search_query.FacetOption(
                value,
                labels.get(value, value),
                count,
                value in chosen.get(facet, []),
                toggle_url(params, facet, value),
            )
            for value, count in counts.items()
        ]
        if facet == "year":
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: (-option.count, option.label.casefold()))
        result.append((facet, FACET_LABELS[facet], options))
    return result


def describe_result(document, pattern):
    """What the results list shows of one document."""
    text = ""
    for source in (document.summary, document.body, document.files_text):
        text = snippet(source, pattern)
        if text:
            break
    editions = [
        {**edition, "language_name": language_name(edition["language"])}
        for edition in document.editions
        if matches(document.files_text[edition["start"] : edition["end"]], pattern)
    ]
    return {
        "document": document,
        "title": highlight(document.title, pattern),
        "kind": KIND_LABELS.get(document.kind, KIND_LABELS["page"]),
        "snippet": text or document.summary[:260],
        "languages": [(code, language_name(code)) for code in document.languages if code != document.language],
        "matched_editions": editions,
    }


def search(request):
    language = get_language()
    query, messages = clean_query(request.GET.get("q", ""))
    chosen, facet_messages = read_facets(request.GET)
    messages += facet_messages
    sort = request.GET.get("sort", "relevance")
    if sort not in search_query.SORTS:
        sort = "relevance"
    context = {
        "search_query": query,
        "search_messages": messages,
        "chosen": chosen,
        "sort": sort,
        "sorts": list(SORT_LABELS.items()),
        "max_query_length": max_query_length(),
        "results_page": None,
    }
    terms = search_query.search_terms(query)
    if terms:
        outcome = search_query.run(terms, language, chosen, sort)
        paginator = Paginator(outcome.results if outcome.results is not None else [], RESULTS_PER_PAGE)
        # The count is known already: the paginator must not ask again.
        paginator.count = outcome.total
        results_page = paginator.get_page(request.GET.get("page"))
        pattern = word_pattern((outcome.corrected or terms).split())
        context.update(
            outcome=outcome,
            results_page=results_page,
            results=[describe_result(document, pattern) for document in results_page.object_list],
            facets=facet_options(outcome, chosen, language, request.GET),
            filtered=bool(chosen),
            promotions=promotions_for(query, language) if results_page.number == 1 else [],
            other_languages=[(code, language_name(code), count) for code, count in outcome.other_languages],
        )
        if "page" not in request.GET:  # further pages of results are not new searches
            record_search(language, terms, outcome.total)
    return render(request, "search/search.html", context)


def suggest(request):
    """JSON suggestions for the search box: titles starting with the words typed so far."""
    language = get_language()
    query, _messages = clean_query(request.GET.get("q", ""))
    terms = search_query.search_terms(query)
    results = []
    if len(terms) >= 2:
        for document in search_query.suggestions(terms, language):
            results.append(
                {"title": document.title, "url": document.url, "type": str(KIND_LABELS.get(document.kind, ""))}
            )
    response = JsonResponse({"query": query, "results": results})
    response["X-Robots-Tag"] = "noindex"
    return response
