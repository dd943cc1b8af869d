"""Template tags for the site chrome: navigation, languages, breadcrumbs, footer, JSON-LD, social cards."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal import lookups
from portal.jsonld import page_graph
from portal.languages import content_language, live_translations, original, route_suffix, shown_in_place
from portal.models import SiteSettings

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _home_for_language(request, language_code):
    root = _site_root(request)
    if root is None:
        return None
    if root.locale.language_code == language_code:
        return root
    return (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language_code)
        .select_related("locale")
        .first()
    )


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the active language, falling back to the site's default home.

    Kept with the chrome (portal.lookups): rebuilt after any publication.
    """
    request = context.get("request")
    # Header and menu both ask; look it up once per request.
    if request is not None and hasattr(request, "_portal_home"):
        return request._portal_home
    site = Site.find_for_request(request) if request else None
    home = None
    if site is not None:
        language = get_language()
        (home,) = lookups.chrome(
            "home", site.pk, language, lambda: (_home_for_language(request, language) or site.root_page,)
        )
    if request is not None:
        request._portal_home = home
    return home


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the content: the page's own, which differs from the interface's
    when a page is shown under another language's address because it is not translated."""
    page = context.get("page")
    if isinstance(page, Page) and page.locale_id:
        return content_language(page)
    return get_language()


@register.inclusion_tag("tags/main_navigation.html", takes_context=True)
def main_navigation(context):
    home = localized_home(context)
    items = []
    if home is not None:
        items = lookups.chrome(
            "menu",
            home.pk,
            get_language(),
            lambda: list(home.get_children().live().public().in_menu().select_related("locale").order_by("path")),
        )
    page = context.get("page")
    current_path = page.path if page is not None else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "home_is_current": page is not None and home is not None and page.pk == home.pk,
    }


@register.inclusion_tag("tags/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language with a link to this page in it, or a note that it is not translated.

    Pages: one query for the live translations. Other views (search): the same
    URL translated to each language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    default_language = settings.LANGUAGE_CODE
    entries = []
    if isinstance(page, Page) and page.pk:
        translations = live_translations(request, page)
        fallback = translations.get(default_language) or page
        for code, name in settings.LANGUAGES:
            translation = translations.get(code)
            entries.append(
                {
                    "code": code,
                    "name": name,
                    "current": code == current,
                    "available": translation is not None,
                    "url": translation.url if translation is not None else fallback.url,
                    "fallback_name": dict(settings.LANGUAGES)[fallback.locale.language_code]
                    if translation is None
                    else "",
                }
            )
    else:
        path = request.get_full_path()
        for code, name in settings.LANGUAGES:
            entries.append(
                {
                    "code": code,
                    "name": name,
                    "current": code == current,
                    "available": True,
                    "url": translate_url(path, code),
                }
            )
    return {"entries": entries, "current_name": dict(settings.LANGUAGES).get(current, current)}


@register.inclusion_tag("tags/head_links.html", takes_context=True)
def head_links(context):
    """The canonical address of the page and, for search engines, the same page in each language.

    hreflang alternates go with indexable views only: a filtered list or a page shown in
    another language's place (see portal.languages) names its canonical address alone.
    Routable views (a schedule, a speaker) carry their route into every language, since
    routes are not translated. The translations come from the switcher's query.
    """
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
        return {}
    suffix = route_suffix(request, page)
    canonical = original(page).get_full_url(request) + suffix
    alternates = []
    if not context.get("noindex") and not shown_in_place(request, page):
        translations = live_translations(request, page)
        # A page in one language alone has nothing to choose from (the sitemap says the same).
        if len(translations) > 1 and page.locale.language_code in translations:
            alternates = [
                (code, translations[code].get_full_url(request) + suffix)
                for code, _name in settings.LANGUAGES
                if code in translations
            ]
            default = translations.get(settings.LANGUAGE_CODE) or page
            alternates.append(("x-default", default.get_full_url(request) + suffix))
    return {"canonical": canonical, "alternates": alternates}


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    return {"crumbs": page.breadcrumb_ancestors, "page": page}


@register.inclusion_tag("tags/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    links = []
    if site_settings is not None:
        links = lookups.chrome(
            "footer",
            site_settings.site_id,
            get_language(),
            lambda: _footer_links(site_settings, lookups.active_locale()),
        )
    return {"site_settings": site_settings, "links": links, "request": request}


def _footer_links(site_settings, locale):
    """The contact, legal notice and privacy pages in the reader's language (two queries)."""
    links = []
    targets = [
        ("contact", site_settings.contact_page_id),
        ("legal", site_settings.legal_notice_page_id),
        ("privacy", site_settings.privacy_page_id),
    ]
    ids = [page_id for _key, page_id in targets if page_id]
    # One query: the chosen pages and their translations in the reader's language.
    sources = Page.objects.filter(id__in=ids).values_list("id", "translation_key")
    keys = dict(sources)
    candidates = Page.objects.live().public().filter(translation_key__in=keys.values())
    by_key = {}
    for candidate in candidates.select_related("locale"):
        # The reader's language wins; otherwise the page the editor chose.
        if candidate.locale_id == locale.id or (candidate.id in ids and candidate.translation_key not in by_key):
            by_key[candidate.translation_key] = candidate
    for key, page_id in targets:
        target = by_key.get(keys.get(page_id))
        if target is not None:
            links.append((key, target))
    return links


@register.simple_tag(takes_context=True)
def json_ld(context):
    """One schema.org graph for the page, embedded safely in a script element."""
    request = context.get("request")
    graph = page_graph(context.get("page"), request, context)
    if not graph:
        return ""
    data = json.dumps(graph, ensure_ascii=False, separators=(",", ":"), default=str)
    # Neutralise sequences that could close the script element or start a comment.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308  # <, > and & escaped above  # nosec B308, B703


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


SOCIAL_IMAGE_SPEC = "fill-1200x630"


@register.inclusion_tag("tags/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags: the page's title, text, address and picture (or the site's default)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    site = Site.find_for_request(request)
    origin = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    site_settings = SiteSettings.for_request(request)
    image = page.get_social_image() if hasattr(page, "get_social_image") else None
    if image is None and site_settings is not None:
        image = site_settings.default_social_image
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC) if image is not None else None
    is_article = hasattr(page, "release_at")
    return {
        "title": page.seo_title or page.title,
        "description": getattr(page, "social_text", "")
        or page.search_description
        or getattr(page, "listing_summary", ""),
        # The canonical address: a routable page's route (its schedule) included.
        "url": original(page).get_full_url(request) + route_suffix(request, page),
        "type": "article" if is_article else "website",
        "published": page.release_at if is_article else None,
        "locale": page.locale.language_code,
        "image_url": origin + rendition.url
        if rendition is not None and rendition.url.startswith("/")
        else getattr(rendition, "url", ""),
        "image": rendition,
        "image_alt": image.title if image is not None else "",
        "site_name": site_settings.organisation_name if site_settings else "",
    }
