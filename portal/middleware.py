"""Middleware of the portal core."""

import logging

from django.db import DEFAULT_DB_ALIAS, DatabaseError, InterfaceError, OperationalError, connections
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from portal.views import render_static_error

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    """Answer 503 with the static maintenance page when the database cannot be reached.

    Lost connections surface as OperationalError/InterfaceError; the page says
    the site will be back rather than showing a server error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)) and not _database_answers():
            logger.error("Database unavailable: %s", exception)
            response = render_static_error("503.html", 503, request)
            response["Retry-After"] = "120"
            return response
        return None


class AdminPreviewFramingMiddleware:
    """Let the admin's preview panel frame preview responses (same origin only).

    Every other response keeps ``X-Frame-Options: DENY``. It sits after
    XFrameOptionsMiddleware in MIDDLEWARE so its header is set first and kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") and "/preview/" in request.path:
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 of the read API (/api/) stays a JSON 404.

    Django answers a 404 outside the language prefixes with a redirect to the same address
    under one (``/en/api/v2/pages/9/``), which the pages' catch-all route always accepts.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


def _database_answers():
    """Whether the database still answers: an OperationalError can also be a bad query, which is a 500.

    A separate, short-lived connection is used, so the request's own (possibly broken, possibly
    mid-transaction) connection is left as it is.
    """
    probe = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False
    finally:
        probe.close()
