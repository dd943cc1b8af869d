"""The sitemap: every language's live public pages, each with its translations as hreflang alternates.

``/sitemap.xml`` is one urlset while the site fits in one; past ``SITEMAP_PAGE_SIZE`` pages it
becomes a sitemap index pointing to ``/sitemap-<n>.xml``, as search engines read at most
50,000 addresses (and 50 MB) per file.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Max
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.languages import without_stand_ins
from resources.models.press import not_under_embargo


def visible_pages(root):
    """Live public pages of every language's tree (the site root's translations), press items
    under embargo left out until their release time, stand-ins for missing translations left out."""
    trees = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
    query = Page.objects.none()
    for path in trees:
        query = query | Page.objects.filter(path__startswith=path)
    return without_stand_ins(not_under_embargo(query.live().public()))


class PortalSitemap(Sitemap):
    """Wagtail's sitemap walks the site root's tree, which is one language; this walks all of them."""

    @property
    def limit(self):
        return settings.SITEMAP_PAGE_SIZE

    def items(self):
        return visible_pages(self.get_wagtail_site().root_page).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        from events.models import EventPage

        items = list(self.paginator.page(page).object_list)
        alternates = self._alternates({item.translation_key for item in items})
        # Events list their schedule and speakers' pages: looked up for all of them at once.
        EventPage.sitemap_programmes([item for item in items if isinstance(item, EventPage)])
        urls = []
        last_mods = set()
        for item in items:
            own = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                # Routes a page lists beside itself (an event's schedule) exist in every language.
                location = url_info["location"]
                route = location[len(own) :] if location.startswith(own) else ""
                url_info["alternates"] = [
                    {**entry, "location": entry["location"] + route}
                    for entry in alternates.get(item.translation_key, [])
                ]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, translation_keys):
        """Each translation group's addresses by language, with x-default: one query per sitemap page.

        A group written in one language alone has no alternates (there is nothing to choose from).
        """
        root = self.get_wagtail_site().root_page
        translations = (
            visible_pages(root)
            .filter(translation_key__in=translation_keys)
            .select_related("locale")
            .only("url_path", "translation_key", "locale__language_code")
        )
        by_key = defaultdict(dict)
        for translation in translations:
            by_key[translation.translation_key][translation.locale.language_code] = translation.get_full_url(
                self.request
            )
        alternates = {}
        order = [code for code, _name in settings.LANGUAGES]
        for key, urls in by_key.items():
            if len(urls) < 2:
                continue
            entries = [{"lang_code": code, "location": urls[code]} for code in order if code in urls]
            default = urls.get(settings.LANGUAGE_CODE) or entries[0]["location"]
            entries.append({"lang_code": "x-default", "location": default})
            alternates[key] = entries
        return alternates


def sitemap(request):
    """One urlset while everything fits in it, an index of numbered sitemaps beyond."""
    pages = PortalSitemap(request)
    if request.GET.get("p") is not None:
        # Numbered files have addresses of their own; ?p= is not another way to them.
        raise Http404("Numbered sitemaps are served as /sitemap-<n>.xml.")
    if pages.paginator.num_pages <= 1:
        return sitemap_views.sitemap(request, {"pages": pages})
    lastmod = pages.items().aggregate(latest=Max("last_published_at"))["latest"]
    origin = request.build_absolute_uri("/").rstrip("/")
    entries = [
        SitemapIndexItem(origin + reverse("sitemap_section", args=[number]), lastmod)
        for number in pages.paginator.page_range
    ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")


def sitemap_section(request, number):
    """Sitemap number ``number`` of the index."""
    request.GET = QueryDict(f"p={number}")
    return sitemap_views.sitemap(request, {"pages": PortalSitemap(request)})
