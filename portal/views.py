"""Views of the portal core: language choice, health check and error pages."""

import logging
import posixpath
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def switch_language(request, language_code):
    """Remember the reader's language in a cookie, then go to that language's page.

    The cookie makes ``/`` open in this language next time, whatever the browser's
    Accept-Language says.
    """
    if language_code not in dict(settings.LANGUAGES) or not check_for_language(language_code):
        return HttpResponseBadRequest("Unknown language.", content_type="text/plain")
    target = request.GET.get("next", "")
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"/{language_code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=True,
    )
    return response


@never_cache
def health(request):
    """Liveness and readiness for load balancers: 200 while the database answers, 503 when it does not.

    A cache outage leaves the site working (pages come from the database), so it answers 200 with
    the status "degraded": the balancer keeps the server, monitoring sees the cache is down.
    """
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means not ready
        logger.exception("Health check: database unreachable")
        checks["database"] = "unavailable"
    try:
        cache.set("health-check", "1", 5)
        checks["cache"] = "ok" if cache.get("health-check") == "1" else "unavailable"
    except Exception:  # noqa: BLE001
        checks["cache"] = "unavailable"
    if checks["database"] != "ok":
        status, summary = 503, "unavailable"
    elif checks["cache"] != "ok":
        logger.warning("Health check: cache unavailable")
        status, summary = 200, "degraded"
    else:
        status, summary = 200, "ok"
    return JsonResponse({"status": summary, "checks": checks}, status=status)


def render_static_error(template_name, status, request=None):
    """Render an error page without request context processors, so it never touches the database.

    The language comes from the URL prefix alone; translations come from the compiled catalogues.
    """
    language = (request and translation.get_language_from_path(request.path_info)) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            content = loader.get_template(template_name).render({"language": language})
    except Exception:  # noqa: BLE001 - the last line of defence must not raise
        logger.exception("Could not render %s", template_name)
        content = "<!doctype html><title>Error</title><p>Sorry, something went wrong.</p>"
    response = HttpResponse(content, status=status, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    # Django calls this while handling the exception, so it is still at hand.
    from portal.middleware import outage_response

    response = outage_response(request, sys.exc_info()[1])
    return response or render_static_error("500.html", 500, request)


# The folders of MEDIA_ROOT anyone may fetch directly: Wagtail's renditions. Original images
# (camera data) and documents (private collections, embargoed attachments) are left out;
# documents go through Wagtail's serve view at /documents/<id>/<filename>, which checks them.
PUBLIC_MEDIA_FOLDERS = ("images/",)


def serve_media(request, path):
    """Serve a rendition from MEDIA_ROOT when DEBUG or SERVE_MEDIA is on; 404 for any other file.

    The path is normalised before the folder is checked, so ``images/../documents/...`` is refused.
    """
    from django.views.static import serve

    normalised = posixpath.normpath(path).lstrip("/")
    if normalised != path.lstrip("/") or not normalised.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404
    return serve(request, normalised, document_root=settings.MEDIA_ROOT)


# Files a page offers under its own address (schedule.ics, schedule.xml, session.ics...).
PAGE_FILE_EXTENSIONS = ("ics", "xml", "json")


def serve_page_file(request, path, filename):
    """Serve ``<page path>/<filename>`` through the page's routes.

    Wagtail's page URLs are folders ending in a slash; a file such as ``schedule.ics``
    reads better, and calendar apps expect it. The page declares the route with a
    trailing slash (``schedule.ics/``), as routable pages do, and is served here at the
    address without one.
    """
    from portal.languages import serve

    return serve(request, f"{path}{filename}/")
