from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import languages, views, well_known
from portal import sitemap as sitemaps
from portal.api import api_router
from resources.press import embargo
from search import views as search_views

handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", views.health, name="health"),
    path(".well-known/security.txt", well_known.security_txt, name="security_txt"),
    path("api/v2/", api_router.urls),
    path("language/<str:language_code>/", views.switch_language, name="switch_language"),
    # Embargoed press items shared with journalists (outside the language prefixes: the token names the page).
    path("press-preview/<str:token>/", embargo.preview, name="press_preview"),
    path("press-preview/<str:token>/<str:what>/", embargo.preview, name="press_preview_file"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Renditions only: documents are served by Wagtail's view above, which checks their collection.
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.serve_media, name="media"))

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    re_path(
        r"^((?:[\w\-]+/)+)([\w\-]+\.(?:" + "|".join(views.PAGE_FILE_EXTENSIONS) + "))$",
        views.serve_page_file,
        name="page_file",
    ),
    # Pages, looked for in the other languages' trees before a 404 (portal.languages).
    re_path(r"^((?:[\w\-]+/)*)$", languages.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
