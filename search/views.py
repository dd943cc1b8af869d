"""The search page of each language: live public pages of the reader's locale only."""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from resources.models.press import not_under_embargo

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search_terms(query):
    """The words of a query, without the characters and operators of full-text query syntaxes.

    Readers type words, not FTS5 or tsquery syntax: quotes, brackets, stars and
    upper-case AND/OR/NOT would otherwise reach the database as operators.
    """
    return " ".join(re.sub(r"[^\w\s-]", " ", query).replace("-", " ").lower().split())


def get_search_results(query, locale):
    pages = not_under_embargo(Page.objects.live().public().filter(locale=locale).exclude(depth=1)).specific()
    terms = search_terms(query)
    return pages.search(terms) if terms else pages.none()


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()
    messages = []
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        messages.append(_("Your search was shortened to its first %(count)d characters.") % {"count": MAX_QUERY_LENGTH})
    results_page = None
    if query:
        paginator = Paginator(get_search_results(query, Locale.get_active()), RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results_page": results_page, "search_messages": messages},
    )
