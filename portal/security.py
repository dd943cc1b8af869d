"""Account security of the admin: the lockout page, and signing in and out in Wagtail's audit log.

django-axes counts failed sign-ins (settings: "Sign-in and sessions"); this module gives it the
client's address and the page it shows once it refuses a sign-in. Signing in, signing out, failed
sign-ins and lockouts are logged against the user concerned, so they show in Reports → Site history
and in that user's history, to those who may manage users. No password and no address is recorded.

portal.wagtail_hooks imports this module; Wagtail imports that when the URLs load, before the first
request, which connects the receivers below.
"""

import math

from axes.helpers import get_cool_off, get_failure_limit
from axes.signals import user_locked_out

from django.conf import settings
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as log_action

LOCKOUT_TEMPLATE = "portal/admin/locked_out.html"


def client_address(request):
    """The address django-axes counts failures by: REMOTE_ADDR only, as for the forms' rate limits."""
    return request.META.get("REMOTE_ADDR")


def lockout_minutes(request=None):
    return max(1, math.ceil(get_cool_off(request).total_seconds() / 60))


def lockout_response(request, original_response=None, credentials=None):
    """The admin-styled page axes answers a refused sign-in with (AXES_LOCKOUT_CALLABLE)."""
    minutes = lockout_minutes(request)
    context = {
        "minutes": minutes,
        "contact_email": settings.ADMIN_CONTACT_EMAIL,
        "login_url": reverse("wagtailadmin_login"),
    }
    response = render(request, LOCKOUT_TEMPLATE, context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Retry-After"] = str(minutes * 60)
    add_never_cache_headers(response)
    return response


# --- Audit log ---------------------------------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_sign_in_actions(actions):
    # Labels (the report's Action filter) are nouns: a project msgid "Sign in" would replace the
    # translation of Wagtail's sign-in button.
    @actions.register_action("portal.login")
    class SignedIn(LogFormatter):
        label = _("Sign-in")
        message = _("Signed in")

    @actions.register_action("portal.logout")
    class SignedOut(LogFormatter):
        label = _("Sign-out")

        def format_message(self, log_entry):
            minutes = log_entry.data.get("idle_minutes")
            if minutes:
                return ngettext(
                    "Signed out after %(minutes)s minute without activity",
                    "Signed out after %(minutes)s minutes without activity",
                    minutes,
                ) % {"minutes": minutes}
            return _("Signed out")

    @actions.register_action("portal.login_failed")
    class SignInFailed(LogFormatter):
        label = _("Failed sign-in")
        message = _("Failed sign-in attempt")

    @actions.register_action("portal.locked_out")
    class LockedOut(LogFormatter):
        label = _("Sign-in lockout")

        def format_message(self, log_entry):
            minutes = log_entry.data.get("minutes", 0)
            return ngettext(
                "Sign-in locked for %(minutes)s minute after too many failed attempts",
                "Sign-in locked for %(minutes)s minutes after too many failed attempts",
                minutes,
            ) % {"minutes": minutes}


def _existing_user(username):
    """The user a sign-in named, or None: attempts on unknown names are not logged (they name no one)."""
    if not username:
        return None
    User = get_user_model()
    try:
        return User._default_manager.get_by_natural_key(username)
    except User.DoesNotExist:
        return None


def _username(credentials):
    return credentials.get("username") or credentials.get(get_user_model().USERNAME_FIELD)


def _already_locked_out(request):
    """Whether axes counted this attempt beyond the limit, i.e. while the lockout was already on.

    Axes' receivers run before these (its app connects them first). Attempts made during a lockout
    are left out of the audit log: the lockout entry stands for them, and a client hammering the
    sign-in form cannot fill the log.
    """
    failures = getattr(request, "axes_failures_since_start", None)
    return failures is not None and failures > get_failure_limit(request, None)


@receiver(user_logged_in, dispatch_uid="portal.security.log_sign_in")
def log_sign_in(sender, request, user, **kwargs):
    log_action(user, "portal.login", user=user)


@receiver(user_logged_out, dispatch_uid="portal.security.log_sign_out")
def log_sign_out(sender, request, user, **kwargs):
    if user is None:
        return
    idle_minutes = getattr(request, "idle_sign_out_minutes", None)
    log_action(user, "portal.logout", user=user, data={"idle_minutes": idle_minutes} if idle_minutes else None)


@receiver(user_login_failed, dispatch_uid="portal.security.log_failed_sign_in")
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    if _already_locked_out(request):
        return
    user = _existing_user(_username(credentials))
    if user is not None:
        # Logged by no one: whoever typed the password is not known to be that user.
        log_action(user, "portal.login_failed", user=None)


@receiver(user_locked_out, dispatch_uid="portal.security.log_lockout")
def log_lockout(sender, request, username, **kwargs):
    if _already_locked_out(request):
        return
    user = _existing_user(username)
    if user is not None:
        log_action(user, "portal.locked_out", user=None, data={"minutes": lockout_minutes(request)})
