"""A page in every language: its live translations, and what a reader gets when one is missing.

Each language has its own page tree. When an address in one language leads nowhere but the
same path exists in another language's tree (a link with the English slugs under /fr/, or a
page written first in French), the reader is sent to the translation in their language if
there is one, or else shown the page as it exists, in the first language that has it (the
default language first, then the order of LANGUAGES), with a notice and the interface still
in their language. Such a view is never indexed: its canonical address is the page's own.
"""

from django.conf import settings
from django.db.models import F, Q
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from resources.models.press import not_under_embargo


def without_stand_ins(queryset):
    """``queryset`` without the aliases that stand in for a missing translation.

    With a locale set to "sync from" another (wagtail-localize), every page not yet translated
    gets an alias in that locale's tree: the source's text under the other language's address.
    It is not a translation, so it is neither named as one (hreflang, switcher) nor listed in
    the sitemap or search. Aliases within one language (the same page in two places) stay.
    """
    return queryset.exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale")))


def content_language(page):
    """The language of the page's text: its locale's, or for a stand-in alias its source's (one query)."""
    if page.alias_of_id is None:
        return page.locale.language_code
    if "_content_language" not in page.__dict__:
        page._content_language = (
            Page.objects.filter(pk=page.alias_of_id).values_list("locale__language_code", flat=True).first()
            or page.locale.language_code
        )
    return page._content_language


def live_translations(request, page):
    """``page`` and its translations that a visitor can read, by language code (one query per request)."""
    cached = getattr(request, "_portal_translations", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    query = without_stand_ins(not_under_embargo(page.get_translations(inclusive=True).live().public()))
    query = query.select_related("locale")
    translations = {translation.locale.language_code: translation for translation in query}
    request._portal_translations = (page.pk, translations)
    return translations


def shown_in_place(request, page):
    """Whether ``page`` is shown under another language's address because that language lacks it."""
    return content_language(page) != get_language()


def original(page):
    """The page whose address is canonical: a stand-in alias's source, otherwise the page itself."""
    if page.alias_of_id is not None and content_language(page) != page.locale.language_code:
        return page.alias_of
    return page


def route_suffix(request, page):
    """The part of the request path after the page's own address: a routable page's route, or ''."""
    page_path = page.get_url(request)
    if page_path and not shown_in_place(request, page) and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


def fallback_order(language):
    """The languages to look in when ``language`` lacks a page: the default one, then the others."""
    codes = [code for code, _name in settings.LANGUAGES if code != language]
    codes.sort(key=lambda code: code != settings.LANGUAGE_CODE)
    return codes


def serve(request, path):
    """Wagtail's page view, which looks in the other languages' trees before answering 404."""
    try:
        response = wagtail_serve(request, path)
    except Http404:
        # A page that was found but refused itself (an embargo, an unknown route) stays a 404.
        if getattr(request, "_wagtail_route_for_request", None) is not None:
            raise
        found = _find_elsewhere(request, path)
        if found is None:
            raise
        if isinstance(found, HttpResponseRedirect):
            return found
        request._wagtail_route_for_request = found
        response = wagtail_serve(request, path)
    route = getattr(request, "_wagtail_route_for_request", None)
    # Wagtail itself shows the default language's page under the address of a language that has
    # no tree at all (/de/ when nothing is in German): not indexed either.
    if route is not None and shown_in_place(request, route[0]):
        response["X-Robots-Tag"] = "noindex"
    return response


def _find_elsewhere(request, path):
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    if site is None or not components:
        return None
    language = get_language()
    tried = site.root_page.localized
    homes = {
        home.locale.language_code: home
        for home in Page.objects.live()
        .filter(translation_key=site.root_page.translation_key)
        .exclude(pk=tried.pk)
        .select_related("locale")
    }
    for code in fallback_order(language):
        home = homes.get(code)
        if home is None:
            continue
        try:
            page, args, kwargs = home.specific.route(request, components)
        except Http404:
            continue
        translation = live_translations(request, page).get(language)
        if translation is not None:
            consumed = page.url_path[len(home.url_path) :]
            rest = path[len(consumed) :] if path.startswith(consumed) else ""
            return HttpResponseRedirect(translation.get_url(request) + rest)
        return page, args, kwargs
    return None
