"""404, 500 and 503 behaviour, and the health check load balancers poll."""

import json
from unittest import mock

import pytest

from django.db import OperationalError
from django.test import RequestFactory

from portal.middleware import DatabaseUnavailableMiddleware
from portal.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "text"), [("/en/no-such-page/", "Page not found"), ("/fr/pas-de-page/", "Page introuvable")]
)
def test_missing_pages_get_a_translated_404(client, home, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/en/about/", "en", "Something went wrong"),
        ("/fr/a-propos/", "fr", "Une erreur est survenue"),
        ("/de/", "de", "Es ist ein Fehler aufgetreten"),
        ("/no-prefix/", "en", "Something went wrong"),
    ],
)
def test_500_page_speaks_the_readers_language_without_the_database(django_assert_num_queries, path, language, text):
    request = RequestFactory().get(path)
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert f'<html lang="{language}">' in response.content.decode()
    assert text in response.content.decode()


def test_unhandled_errors_answer_with_the_500_page(client, home):
    client.raise_request_exception = False
    with mock.patch("home.models.HomePage.get_context", side_effect=RuntimeError("boom")):
        response = client.get("/en/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert "boom" not in response.content.decode()


def test_lost_database_answers_503_with_the_static_page():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/fr/")
    with mock.patch("portal.middleware._database_answers", return_value=False):
        response = middleware.process_exception(request, OperationalError("could not connect to server"))
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "momentanément indisponible" in response.content.decode()


def test_bad_queries_are_not_disguised_as_outages():
    # The database answers, so an OperationalError is the query's fault: a 500, not a 503.
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/en/")
    assert middleware.process_exception(request, OperationalError("fts5: syntax error")) is None
    assert middleware.process_exception(request, ValueError("unrelated")) is None


def test_health_reports_ok(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_health_reports_a_lost_database_with_503(client):
    with mock.patch("portal.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/health/")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["database"] == "unavailable"


def test_outage_probe_tells_a_reachable_database_from_an_unreachable_one(settings):
    from django.db import connections

    from portal.middleware import _database_answers

    assert _database_answers() is True
    unreachable = {**connections.settings["default"]}
    if unreachable["ENGINE"].endswith("sqlite3"):
        unreachable["NAME"] = "/nonexistent-directory/portal.sqlite3"
    else:
        unreachable.update(HOST="127.0.0.1", PORT="1", OPTIONS={"connect_timeout": 1})
    with mock.patch.dict(connections.settings, {"default": unreachable}):
        assert _database_answers() is False
