"""Middleware of the portal core."""

import logging
import time

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.db import DEFAULT_DB_ALIAS, DatabaseError, InterfaceError, OperationalError, connections
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils.translation import ngettext

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
        return outage_response(request, exception)


def outage_response(request, exception):
    """The 503 maintenance page if ``exception`` comes from a database that no longer answers, else None.

    Also called by the 500 handler (portal.views.server_error): an outage first noticed outside a
    view, such as a signed-in editor's session read by a middleware, never reaches process_exception.
    """
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
        if is_admin_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


ADMIN_PREFIX = "/admin/"


def is_admin_preview(request):
    """Whether ``request`` asks for a preview, which the admin's preview panel frames."""
    return request.path.startswith(ADMIN_PREFIX) and "/preview/" in request.path


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing between the public policy and the admin's.

    CONTENT_SECURITY_POLICY covers the public site, signed-in editors' pages with the user bar
    included. The admin gets ADMIN_CONTENT_SECURITY_POLICY; a preview may be framed by the admin
    itself (frame-ancestors 'self', as AdminPreviewFramingMiddleware's X-Frame-Options). A policy a
    view sets with django-csp's decorators is kept.
    """

    def process_response(self, request, response):
        # Wagtail renders a preview through the middleware a second time, with a stand-in request
        # for the page's public address: the admin request around it sets the policy.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None or not request.path_info.startswith(ADMIN_PREFIX):
            return parts
        parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        if is_admin_preview(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class PermissionsPolicyMiddleware:
    """Refuse the browser features of PERMISSIONS_POLICY (camera, microphone...) on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
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


class AdminSessionTimeoutMiddleware:
    """Sign an editor out of the admin after ADMIN_SESSION_IDLE_TIMEOUT seconds without a request.

    Only admin addresses are looked at: public pages never read or write the session, so they stay
    cookie-free and cacheable. The check runs in process_view, once MessageMiddleware has set up the
    message left for the sign-in page. The editing-sessions ping, which an open edit form sends by
    itself every few seconds, does not count as activity (or an unattended tab would keep its session
    for ever); typing does, through the form's autosave.
    """

    SESSION_KEY = "portal_admin_last_activity"
    # The time is written at most once a minute: each write saves the session to the database.
    RESOLUTION = 60
    ADMIN_PREFIX = "/admin/"
    BACKGROUND_PREFIXES = ("/admin/editing-sessions/",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(self.ADMIN_PREFIX) or not request.user.is_authenticated:
            return None
        now = int(time.time())
        timeout = settings.ADMIN_SESSION_IDLE_TIMEOUT
        last_activity = request.session.get(self.SESSION_KEY)
        if last_activity is not None and now - last_activity > timeout:
            minutes = max(1, round(timeout / 60))
            # Read by portal.security, which records the reason in the audit log.
            request.idle_sign_out_minutes = minutes
            logout(request)
            messages.info(
                request,
                ngettext(
                    "You were signed out after %(minutes)s minute without activity.",
                    "You were signed out after %(minutes)s minutes without activity.",
                    minutes,
                )
                % {"minutes": minutes},
            )
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        background = request.path_info.startswith(self.BACKGROUND_PREFIXES)
        if not background and (last_activity is None or now - last_activity >= self.RESOLUTION):
            request.session[self.SESSION_KEY] = now
        return None


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
