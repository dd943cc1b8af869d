"""Faults the portal survives: a lost database, Redis or mail server, a migration that fails half-way,
and two editors saving the same page.

Each outage is made real where it can be: the cache and the mail server are addressed on a closed
local port, so each call fails at once as it would in production; the database's own connection
refuses every query while a fresh connection (the outage probe's) is pointed at a server that
does not exist. The search cluster's outage is tested in tests/search/test_search.py.
"""

import contextlib
import json
import logging
import socket
import threading
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.db import OperationalError, connection, connections
from django.test import Client, override_settings

from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal import views
from portal.settings.base import _redis_caches
from tests.factories.pages import add_standard_page

# No module-wide database mark: the migration test runs outside any test transaction; the others reach
# the database through their fixtures (``home``, ``editor``).

PASSWORD = "tulip-harbour-lantern"


def closed_port():
    """A local TCP port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("maria", "maria@example.org", PASSWORD)


def signed_in_client(user):
    client = Client()
    client.force_login(user)
    return client


# --- The database ---------------------------------------------------------------------------------


@contextlib.contextmanager
def database_outage():
    """The database server is gone: the request's connection fails to reach it, and so does a new one.

    Yields the mock standing in for the connection's ``ensure_connection``, which every query, cursor
    and transaction goes through: its call count is the number of times the database was asked.
    """
    unreachable = {**connections.settings["default"]}
    if unreachable["ENGINE"].endswith("sqlite3"):
        unreachable["NAME"] = "/nonexistent-directory/portal.sqlite3"
    else:
        unreachable.update(HOST="127.0.0.1", PORT=str(closed_port()), OPTIONS={"connect_timeout": 1})
    lost = OperationalError("could not connect to server: Connection refused")
    with (
        mock.patch.dict(connections.settings, {"default": unreachable}),
        mock.patch.object(connection, "ensure_connection", side_effect=lost) as attempts,
    ):
        yield attempts


@pytest.fixture
def database_asked_while_rendering_the_error_page():
    """How many times each rendering of a static error page asked the database (the list fills as it goes)."""
    counts = []
    render = views.render_static_error

    def counting(*args, **kwargs):
        before = connection.ensure_connection.call_count
        response = render(*args, **kwargs)
        counts.append(connection.ensure_connection.call_count - before)
        return response

    with (
        mock.patch("portal.views.render_static_error", side_effect=counting),
        mock.patch("portal.middleware.render_static_error", side_effect=counting),
    ):
        yield counts


@pytest.mark.parametrize(
    ("path", "signed_in", "text"),
    [
        ("/en/", False, "The site is briefly unavailable"),
        ("/fr/", False, "momentanément indisponible"),
        ("/api/v2/pages/", False, "The site is briefly unavailable"),
        ("/admin/", True, "The site is briefly unavailable"),
        ("/admin/pages/", True, "The site is briefly unavailable"),
    ],
)
def test_a_lost_database_answers_503_with_the_static_page(
    home, editor, database_asked_while_rendering_the_error_page, caplog, path, signed_in, text
):
    client = signed_in_client(editor) if signed_in else Client()
    client.raise_request_exception = False
    with database_outage() as attempts, caplog.at_level(logging.ERROR):
        response = client.get(path)
    assert attempts.call_count >= 1  # the request did try the database
    body = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response["Cache-Control"] == "no-store"
    assert text in body
    assert "Traceback" not in body and "could not connect" not in body and "OperationalError" not in body
    # The page was rendered (by the middleware or the 500 handler) without asking the database once.
    renderings = database_asked_while_rendering_the_error_page
    assert renderings and set(renderings) == {0}
    assert "Database unavailable" in caplog.text


def test_health_names_the_lost_database_with_503(home):
    with database_outage():
        response = Client().get("/health/")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "status": "unavailable",
        "checks": {"database": "unavailable", "cache": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


# --- Redis ------------------------------------------------------------------------------------------


def redis_outage():
    """The cache settings of production (portal/settings/base.py) with Redis on a closed port."""
    return override_settings(
        CACHES=_redis_caches(f"redis://127.0.0.1:{closed_port()}/0"), DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=True
    )


@pytest.fixture
def manual(home):
    return add_standard_page(home, "Outreach manual", introduction="How the night team works.")


@pytest.mark.parametrize("page_cache_seconds", [0, 600])
def test_pages_come_from_the_database_while_redis_is_down(manual, settings, caplog, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    client = Client()
    with redis_outage(), caplog.at_level(logging.ERROR, logger="django_redis"):
        responses = [client.get(path) for path in ("/en/", manual.url, manual.url, "/fr/", "/api/v2/pages/")]
    assert [response.status_code for response in responses] == [200] * 5
    home_page, first, second, french, api = responses
    assert "How the night team works." in first.content.decode()
    assert first.content == second.content
    assert second.get("X-Cache") != "hit"
    assert '<html lang="fr"' in french.content.decode()
    assert "Outreach manual" in [item["title"] for item in api.json()["items"]]
    # Each cache call failed, and was logged.
    assert "Exception ignored" in caplog.text


def test_cache_calls_fail_at_once_while_redis_is_down():
    """No request waits for Redis: each call the portal makes (portal.page_cache, portal.lookups,
    portal.submissions) gives up at once, with the answer of an empty cache, instead of raising."""
    from django.core.cache import cache

    with redis_outage():
        started = time.monotonic()
        for _round in range(5):
            answers = [
                cache.get("portal:locales"),
                cache.get("portal:chrome-generation", "fallback"),
                cache.get_many(["pagecache:page:en:x", "pagecache:tag:all"]),
                cache.set("pagecache:epoch", "1", None),
                cache.set_many({"pagecache:tag:all": "1"}, None),
                cache.add("join-rate:x", 1, 3600),
                cache.incr("join-rate:x"),
                cache.delete("portal:locales"),
            ]
        elapsed = time.monotonic() - started
    assert answers == [None, "fallback", {}, None, None, None, None, None]
    # Forty calls: a connection attempt waiting for its 1-second timeout would take far longer.
    assert elapsed < 4


def test_editors_stay_signed_in_and_can_sign_in_while_redis_is_down(home, editor, settings):
    # Sessions live in the database, not in the cache.
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    settings.AXES_ENABLED = True
    already = signed_in_client(editor)
    with redis_outage():
        assert already.get("/admin/").status_code == 200
        arriving = Client()
        response = arriving.post("/admin/login/", {"username": "maria", "password": PASSWORD, "next": "/admin/"})
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert arriving.get("/admin/").status_code == 200


@pytest.fixture
def group(home):
    from tests.factories.network import add_person, add_project, add_project_index, add_working_group

    project = add_project(add_project_index(home), "Safer Nights", slug="safer-nights")
    contact = add_person("Marc Dubois", role="Coordinator", email="marc@example.org")
    return add_working_group(project, "Night outreach", slug="night-outreach", contact=contact)


def test_form_rate_limits_let_submissions_through_while_redis_is_down(group):
    # The limit counts in Redis. Without it, refusing everyone would lose real requests; letting
    # everyone through loses nothing (the honeypot and the submission key still apply).
    from home.models import JoinRequest
    from portal.submissions import RATE_LIMIT
    from tests.factories.network import join_form_data

    client = Client()
    with redis_outage():
        statuses = [
            client.post(group.url, join_form_data(email=f"person{number}@example.org")).status_code
            for number in range(RATE_LIMIT + 2)
        ]
    assert statuses == [302] * (RATE_LIMIT + 2)
    assert JoinRequest.objects.count() == RATE_LIMIT + 2


def test_health_says_degraded_but_stays_200_while_redis_is_down(home, caplog):
    with redis_outage(), caplog.at_level(logging.WARNING, logger="portal.views"):
        response = Client().get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "degraded", "checks": {"database": "ok", "cache": "unavailable"}}
    assert "Health check: cache unavailable" in caplog.text


# --- The mail server ------------------------------------------------------------------------------


class HangingUpSMTPServer:
    """A mail server that accepts each connection and closes it at once, before its greeting."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.port = self.socket.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                accepted, _address = self.socket.accept()
            except OSError:
                return
            accepted.close()

    def close(self):
        self.socket.close()
        self.thread.join(timeout=5)


@pytest.fixture(params=["refused", "hung-up"])
def mail_server_down(request, settings):
    """Django's SMTP backend, as EMAIL_URL=smtp://... sets it, aimed at a server that is not working."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 5
    if request.param == "refused":
        settings.EMAIL_PORT = closed_port()
        yield request.param
    else:
        server = HangingUpSMTPServer()
        settings.EMAIL_PORT = server.port
        yield request.param
        server.close()


ERROR_NAMES = {"refused": "ConnectionRefusedError", "hung-up": "SMTPServerDisconnected"}


def test_a_join_request_is_kept_when_the_mail_server_is_down(group, mail_server_down, caplog):
    from home.models import JoinRequest
    from tests.factories.network import join_form_data

    client = Client()
    with caplog.at_level(logging.ERROR, logger="home.join"):
        response = client.post(group.url, join_form_data())
    assert response.status_code == 302
    assert response["Location"] == group.url + group.reverse_subpage("request_sent")
    request = JoinRequest.objects.get()
    assert request.name == "Sofia Rossi"
    assert f"acknowledgement: {ERROR_NAMES[mail_server_down]}" in request.mail_error
    assert f"notification: {ERROR_NAMES[mail_server_down]}" in request.mail_error
    assert request.acknowledgement_sent_at is None and request.notification_sent_at is None
    assert len([record for record in caplog.records if "email failed" in record.getMessage()]) == 2
    assert client.get(response["Location"]).status_code == 200


def test_an_interview_request_is_kept_when_the_mail_server_is_down(home, mail_server_down, caplog):
    from resources.models import InterviewRequest
    from tests.factories.press import add_press_room, interview_form_data

    room = add_press_room(home)
    client = Client()
    with caplog.at_level(logging.ERROR, logger="resources.press.interviews"):
        response = client.post(f"{room.url}interview/", interview_form_data())
    assert response.status_code == 302
    assert response["Location"] == f"{room.url}interview/sent/"
    interview = InterviewRequest.objects.get()
    assert interview.media_outlet == "Le Soir"
    assert f"acknowledgement: {ERROR_NAMES[mail_server_down]}" in interview.mail_error
    assert len([record for record in caplog.records if "email failed" in record.getMessage()]) == 2
    assert client.get(response["Location"]).status_code == 200


@pytest.fixture
def review(home):
    """The portal's own roles and workflows (portal.roles), with a moderator who has an email address."""
    from django.contrib.auth.models import Group

    from portal import roles

    roles.sync_roles()
    moderator = get_user_model().objects.create_user("ines", "ines@example.org", PASSWORD)
    moderator.groups.add(Group.objects.get(name=roles.MODERATORS))
    return moderator


def page_form(title, **fields):
    return nested_form_data({"title": title, "slug": "outreach-manual", "body": streamfield([]), **fields})


@pytest.fixture
def writer(review):
    """A communication officer (portal.roles): edits and submits pages, cannot publish them."""
    from django.contrib.auth.models import Group

    from portal import roles

    user = get_user_model().objects.create_user("lena", "lena@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=roles.COMMUNICATION_OFFICERS))
    return user


def test_submitting_for_moderation_survives_the_mail_server_being_down(
    manual, review, writer, mail_server_down, caplog
):
    client = signed_in_client(writer)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        response = client.post(
            f"/admin/pages/{manual.pk}/edit/", {**page_form("Outreach manual, revised"), "action-submit": "1"}
        )
    assert response.status_code == 302
    manual.refresh_from_db()
    state = manual.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert manual.get_latest_revision().content["title"] == "Outreach manual, revised"
    # The moderator's notification was tried, failed and was logged (by Wagtail for a refused connection).
    logged = {"refused": "Mail connection error, notification sending skipped", "hung-up": "mail server failed"}
    assert logged[mail_server_down] in caplog.text
    assert "Internal Server Error" not in caplog.text


def test_comment_notifications_survive_the_mail_server_being_down(review, mail_server_down, caplog):
    # The function the page edit view calls after saving a page whose comments changed. The mail
    # connection is opened before any message is written, so no comment is needed to reach it.
    from wagtail.admin.views.pages import edit

    with caplog.at_level(logging.ERROR):
        assert edit.send_notification([review], "updated_comments", {}) is False
    assert "mail server failed" in caplog.text or "Failed to send notification email" in caplog.text


# --- Migrations -----------------------------------------------------------------------------------


def test_a_migration_failing_half_way_leaves_the_schema_as_it_was(django_db_setup, django_db_blocker):
    from django.db import migrations, models
    from django.db.migrations.executor import MigrationExecutor
    from django.db.migrations.recorder import MigrationRecorder

    class HalfWayError(Exception):
        pass

    def fail(apps, schema_editor):
        raise HalfWayError("the data step failed")

    migration = migrations.Migration("0001_half_way", "faults_probe")
    migration.operations = [
        migrations.CreateModel("Probe", [("id", models.AutoField(primary_key=True))]),
        migrations.RunPython(fail),
    ]
    table = "faults_probe_probe"
    # Outside the test's transaction: Django's SQLite schema editor refuses to run inside one, and
    # the rollback under test is the migration's own.
    with django_db_blocker.unblock():
        assert connection.features.can_rollback_ddl
        recorded = MigrationRecorder(connection).migration_qs.filter(app="faults_probe")
        try:
            executor = MigrationExecutor(connection)
            with pytest.raises(HalfWayError):
                executor.apply_migration(executor.loader.project_state(), migration)
            with connection.cursor() as cursor:
                tables = connection.introspection.table_names(cursor)
            assert table not in tables
            assert not recorded.exists()
        finally:
            # Leave the database as the other tests expect it, whatever happened above.
            if table in connection.introspection.table_names():
                with connection.schema_editor() as schema_editor:
                    schema_editor.execute(f"DROP TABLE {connection.ops.quote_name(table)}")
            recorded.delete()


# --- Two editors, one page --------------------------------------------------------------------------


def loaded_revision(response):
    """The revision the edit form says it was opened on (Wagtail's hidden inputs)."""
    form = BeautifulSoup(response.content, "html.parser").find("form", id="page-edit-form")
    return {
        name: form.find("input", attrs={"name": name})["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def test_two_editors_saving_the_same_page_keep_both_versions_and_the_second_is_told(manual, editor):
    other = get_user_model().objects.create_superuser("tomas", "tomas@example.org", PASSWORD)
    maria, tomas = signed_in_client(editor), signed_in_client(other)
    edit = f"/admin/pages/{manual.pk}/edit/"
    maria_loaded, tomas_loaded = loaded_revision(maria.get(edit)), loaded_revision(tomas.get(edit))
    assert maria_loaded == tomas_loaded
    assert maria_loaded["loaded_revision_id"] == str(manual.latest_revision_id)

    first = maria.post(edit, {**page_form("Outreach manual", introduction="Maria's words."), **maria_loaded})
    assert first.status_code == 302
    second = tomas.post(
        edit, {**page_form("Outreach manual", introduction="Tomas's words."), **tomas_loaded}, follow=True
    )
    assert second.status_code == 200

    introductions = [revision.content["introduction"] for revision in manual.revisions.order_by("created_at", "pk")]
    assert introductions[-2:] == ["Maria's words.", "Tomas's words."]
    told = [str(message) for message in second.context["messages"]]
    assert any("maria" in message and "newer version" in message for message in told), told
    # Maria, who saved from an up-to-date form, is not warned.
    assert not any("newer version" in str(message) for message in first.wsgi_request._messages)
