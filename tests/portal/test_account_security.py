"""Admin accounts: sign-ins locked after repeated failures, idle sessions ended, signing in and out in the
audit log, users managed by superusers only, and the password rules on the admin's user form.

Time is travelled, never waited for (``time_machine``). django-axes is off in the test settings (the test
client's ``login()`` passes it no request); the ``lockout`` fixture switches it on for the tests of it.
"""

import datetime
import io
import json

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission, ModelLogEntry

from tests.portal.test_settings import run_python

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "tulip-harbour-lantern"
WRONG = "not-the-password"
START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
LOCKED_MESSAGE = "This account is locked for 15 minutes after too many failed sign-in attempts."


@pytest.fixture
def lockout(settings):
    """django-axes on, with the defaults of portal/settings/base.py: 5 failures, 15 minutes."""
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("maria", "maria@example.org", PASSWORD)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def sign_in(client, password, username="maria", **headers):
    return client.post(LOGIN_URL, {"username": username, "password": password, "next": "/admin/"}, **headers)


def signed_in(client):
    """Whether the client's session reaches the admin dashboard (not the sign-in page)."""
    return client.get("/admin/").status_code == 200


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


# --- Settings ----------------------------------------------------------------------------------------

SETTINGS_PROBE = (
    "import json, django; from django.conf import settings; django.setup(); print(json.dumps(["
    "settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds(), settings.ADMIN_SESSION_IDLE_TIMEOUT, "
    "settings.SESSION_COOKIE_AGE, settings.ADMIN_CONTACT_EMAIL, settings.AXES_ENABLED]))"
)


def probe_account_settings(**env):
    result = run_python(SETTINGS_PROBE, "portal.settings.base", SECRET_KEY="x" * 50, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_account_settings_have_defaults_and_come_from_the_environment():
    assert probe_account_settings() == [5, 15 * 60, 30 * 60, 12 * 3600, "", True]
    assert probe_account_settings(
        LOGIN_FAILURE_LIMIT="3",
        LOGIN_LOCKOUT_MINUTES="60",
        ADMIN_SESSION_IDLE_TIMEOUT="600",
        SESSION_COOKIE_AGE="3600",
        ADMIN_CONTACT_EMAIL="webmaster@example.org",
    ) == [3, 3600, 600, 3600, "webmaster@example.org", True]


def test_a_limit_below_one_is_refused():
    result = run_python(SETTINGS_PROBE, "portal.settings.base", SECRET_KEY="x" * 50, LOGIN_FAILURE_LIMIT="0")
    assert result.returncode != 0
    assert "LOGIN_FAILURE_LIMIT must be at least 1" in result.stderr


# --- Lockout ---------------------------------------------------------------------------------------


def test_the_fifth_wrong_password_locks_the_account_until_the_cool_off_has_passed(client, editor, lockout, clock):
    for _attempt in range(4):
        response = sign_in(client, WRONG)
        assert response.status_code == 200
        assert "Your username and password didn't match" in text(response)
    response = sign_in(client, WRONG)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in text(response)

    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in text(response)
    assert response["Retry-After"] == "900"
    assert not signed_in(client)

    # The refused attempt above started the wait again: 14 minutes later it is not over.
    clock.shift(datetime.timedelta(minutes=14))
    assert sign_in(client, PASSWORD).status_code == 429
    clock.shift(datetime.timedelta(minutes=15, seconds=1))
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert signed_in(client)


def test_the_lockout_page_looks_like_the_admin_and_says_whom_to_write_to(client, editor, lockout, settings):
    settings.ADMIN_CONTACT_EMAIL = "webmaster@example.org"
    for _attempt in range(5):
        response = sign_in(client, WRONG)
    assert response.status_code == 429
    document = BeautifulSoup(response.content, "html.parser")
    assert document.select_one("body.login h1").get_text(strip=True) == "Account locked"
    assert document.select_one('link[href*="wagtailadmin/css/core.css"]') is not None
    assert document.select_one('a[href="mailto:webmaster@example.org"]') is not None
    assert document.select_one('a[href="/admin/login/"]') is not None
    assert "no-store" in response["Cache-Control"]


def test_the_lockout_page_speaks_the_browsers_language(client, editor, lockout):
    for _attempt in range(5):
        response = sign_in(client, WRONG, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "fr"


def test_a_successful_sign_in_resets_the_count(client, editor, lockout, clock):
    for _attempt in range(4):
        sign_in(client, WRONG)
    assert sign_in(client, PASSWORD).status_code == 302
    client.post("/admin/logout/")
    for _attempt in range(4):
        assert sign_in(client, WRONG).status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_failures_count_per_address_and_forwarded_headers_change_nothing(client, editor, lockout):
    # Someone elsewhere, rotating a forged X-Forwarded-For, locks only their own address out.
    for attempt in range(5):
        response = sign_in(client, WRONG, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")
    assert response.status_code == 429
    assert sign_in(client, PASSWORD, REMOTE_ADDR="203.0.113.9").status_code == 429
    # The editor, from their own address, is not locked out.
    assert sign_in(client, PASSWORD, REMOTE_ADDR="192.0.2.20").status_code == 302


def test_a_locked_out_username_can_be_reset_from_the_command_line(client, editor, lockout):
    for _attempt in range(5):
        sign_in(client, WRONG)
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "maria", stdout=io.StringIO())
    assert sign_in(client, PASSWORD).status_code == 302


# --- Idle sessions -----------------------------------------------------------------------------------


def test_an_idle_admin_session_is_signed_out_with_a_message(client, editor, clock):
    client.force_login(editor)
    assert signed_in(client)
    clock.shift(datetime.timedelta(minutes=30, seconds=61))
    response = client.get("/admin/pages/?ordering=title")
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=/admin/pages/%3Fordering%3Dtitle"
    login_page = client.get(response.url)
    assert "You were signed out after 30 minutes without activity." in text(login_page)
    assert not signed_in(client)


def test_activity_within_the_timeout_keeps_the_session(client, editor, clock):
    client.force_login(editor)
    for _visit in range(4):
        assert signed_in(client)
        clock.shift(datetime.timedelta(minutes=25))
    # 100 minutes in all, never 30 without a request.
    assert signed_in(client)


def test_the_timeout_comes_from_the_settings(client, editor, clock, settings):
    settings.ADMIN_SESSION_IDLE_TIMEOUT = 5 * 60
    client.force_login(editor)
    assert signed_in(client)
    clock.shift(datetime.timedelta(minutes=4))
    assert signed_in(client)
    clock.shift(datetime.timedelta(minutes=6, seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "You were signed out after 5 minutes without activity." in text(client.get(response.url))


def test_the_editing_sessions_ping_is_not_activity(client, editor, clock):
    # An edit form left open pings by itself every few seconds; that must not keep its session alive.
    client.force_login(editor)
    assert signed_in(client)
    for _ping in range(4):
        clock.shift(datetime.timedelta(minutes=10))
        client.post("/admin/editing-sessions/ping/wagtailcore/page/1/1/")
    assert not signed_in(client)


def test_public_pages_leave_the_session_alone(client, home, editor, clock):
    anonymous = client.get("/en/")
    assert anonymous.status_code == 200
    assert "sessionid" not in anonymous.cookies
    assert "messages" not in anonymous.cookies

    client.force_login(editor)
    assert signed_in(client)
    clock.shift(datetime.timedelta(minutes=5))
    public = client.get("/en/")
    assert public.status_code == 200
    # Neither written nor ended by a public page, even long after the last admin request.
    assert "sessionid" not in public.cookies
    clock.shift(datetime.timedelta(minutes=40))
    assert "sessionid" not in client.get("/en/").cookies
    assert client.get("/admin/").status_code == 302


def test_session_cookies_live_twelve_hours_at_most(client, editor, settings):
    assert settings.SESSION_COOKIE_AGE == 12 * 3600
    # Wagtail's "Remember me" keeps the cookie SESSION_COOKIE_AGE (Django's default: two weeks) ...
    remembered = client.post(LOGIN_URL, {"username": "maria", "password": PASSWORD, "remember": "on"})
    assert remembered.status_code == 302
    assert remembered.cookies["sessionid"]["max-age"] == 12 * 3600
    # ... and without it the cookie ends with the browser.
    client.post("/admin/logout/")
    forgotten = sign_in(client, PASSWORD)
    assert forgotten.status_code == 302
    assert forgotten.cookies["sessionid"]["max-age"] == ""


# --- Audit log ----------------------------------------------------------------------------------------


def user_log(user):
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_user_model()), object_id=str(user.pk)
        )
        .order_by("timestamp", "id")
        .values_list("action", "user_id")
    )


def test_signing_in_and_out_and_failures_are_logged_against_the_user(client, editor, lockout, clock):
    sign_in(client, WRONG)
    sign_in(client, PASSWORD)
    client.post("/admin/logout/")
    sign_in(client, WRONG, username="nobody-by-this-name")
    assert user_log(editor) == [
        ("portal.login_failed", None),
        ("portal.login", editor.pk),
        ("portal.logout", editor.pk),
    ]
    # An unknown name names no one: nothing is logged for it.
    assert not ModelLogEntry.objects.filter(label="nobody-by-this-name").exists()


def test_a_lockout_is_logged_once_and_later_attempts_are_not(client, editor, lockout, clock):
    for _attempt in range(5):
        sign_in(client, WRONG)
    for _attempt in range(3):
        assert sign_in(client, PASSWORD).status_code == 429
    actions = [action for action, _user in user_log(editor)]
    assert sorted(actions) == ["portal.locked_out"] + ["portal.login_failed"] * 5


def test_no_password_is_ever_logged(client, editor, lockout, clock):
    for _attempt in range(5):
        sign_in(client, WRONG)
    clock.shift(datetime.timedelta(minutes=16))
    sign_in(client, PASSWORD)
    stored = json.dumps(list(ModelLogEntry.objects.values()), default=str)
    assert "portal.locked_out" in stored
    assert WRONG not in stored
    assert PASSWORD not in stored


def test_the_idle_sign_out_is_logged_with_its_reason(client, editor, clock):
    client.force_login(editor)
    assert signed_in(client)
    clock.shift(datetime.timedelta(minutes=31))
    client.get("/admin/")
    entry = ModelLogEntry.objects.filter(action="portal.logout").get()
    assert entry.message == "Signed out after 30 minutes without activity"


@pytest.fixture
def page_editor(home):
    """An editor who may use the admin and edit pages, and nothing about users or groups."""
    group = Group.objects.create(name="Page editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    user = get_user_model().objects.create_user("paula", "paula@example.org", PASSWORD)
    user.groups.add(group)
    return user


def test_the_site_history_shows_sign_ins_to_superusers_only(client, editor, page_editor, lockout, clock):
    for _attempt in range(5):
        sign_in(client, WRONG)
    clock.shift(datetime.timedelta(minutes=16))
    sign_in(client, PASSWORD)
    client.post("/admin/logout/")

    superuser = get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)
    client.force_login(superuser)
    history = client.get("/admin/reports/site-history/results/", {"object_type": ""})
    assert history.status_code == 200
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")[:3]]
        for row in BeautifulSoup(history.content, "html.parser").select("tbody tr")
    ]
    # The clock stands still between shifts, so entries of one moment come in no set order.
    maria = sorted(row[2] for row in rows if row[0] == "maria")
    assert maria == sorted(
        ["Signed out", "Signed in", "Sign-in locked for 15 minutes after too many failed attempts"]
        + ["Failed sign-in attempt"] * 5
    )
    history_url = reverse("wagtailusers_users:history", args=[editor.pk])
    assert f'href="{history_url}"' in client.get(reverse("wagtailusers_users:edit", args=[editor.pk])).content.decode()
    user_history = client.get(history_url)
    assert user_history.status_code == 200
    assert "Sign-in locked for 15 minutes after too many failed attempts" in text(user_history)

    client.force_login(page_editor)
    history = client.get("/admin/reports/site-history/")
    assert history.status_code == 200
    assert "Failed sign-in attempt" not in text(history)
    assert "maria" not in text(history)


# --- Who manages users ----------------------------------------------------------------------------------


# Wagtail 8's addresses: /admin/users/, /admin/users/new/, /admin/users/edit/<pk>/, /admin/groups/, ...
USER_MANAGEMENT = [
    ("wagtailusers_users:index", False),
    ("wagtailusers_users:add", False),
    ("wagtailusers_users:edit", True),
    ("wagtailusers_users:history", True),
    ("wagtailusers_groups:index", False),
    ("wagtailusers_groups:add", False),
]


def user_management_url(name, takes_user, user):
    return reverse(name, args=[user.pk] if takes_user else [])


@pytest.mark.parametrize(("name", "takes_user"), USER_MANAGEMENT)
def test_an_editor_without_user_permissions_cannot_manage_users(client, page_editor, editor, name, takes_user):
    client.force_login(page_editor)
    assert signed_in(client)
    response = client.get(user_management_url(name, takes_user, editor))
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert "Sorry, you do not have permission to access this area." in text(client.get(response.url))


@pytest.mark.parametrize(("name", "takes_user"), USER_MANAGEMENT)
def test_a_superuser_can_manage_users(client, page_editor, editor, name, takes_user):
    client.force_login(editor)
    assert client.get(user_management_url(name, takes_user, page_editor)).status_code == 200


def new_user_form(password):
    return {
        "username": "newcomer",
        "email": "newcomer@example.org",
        "first_name": "New",
        "last_name": "Comer",
        "password1": password,
        "password2": password,
    }


def test_an_editor_cannot_create_a_user_by_posting_the_form(client, page_editor):
    client.force_login(page_editor)
    client.post(reverse("wagtailusers_users:add"), new_user_form("a-long-unusual-passphrase"))
    assert not get_user_model().objects.filter(username="newcomer").exists()


def test_the_user_form_rejects_a_common_password(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailusers_users:add"), new_user_form("password123"))
    assert response.status_code == 200
    assert "This password is too common." in text(response)
    assert not get_user_model().objects.filter(username="newcomer").exists()

    response = client.post(reverse("wagtailusers_users:add"), new_user_form("a-long-unusual-passphrase"))
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="newcomer").exists()
