"""The anonymous full-page cache (portal.page_cache): what it serves, to whom, and when it forgets."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

from portal import page_cache
from portal.models import SiteSettings
from tests.factories.network import add_directory, add_organisation, add_person
from tests.factories.pages import add_standard_page, translate_page
from tests.factories.resources import add_practice, add_practice_index

pytestmark = [pytest.mark.django_db]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        directory = add_directory(home)
        organisation = add_organisation(directory, "Infor-Drogues", summary="Helpline in Brussels.")
        practices = add_practice_index(home)
        practice = add_practice(practices, "Drug checking in Ghent", partners=[(organisation, "lead")])
        about = add_standard_page(home, "About", introduction="Who we are.")
        translate_page(about, "fr", title="À propos", slug="a-propos")
    return {
        "home": home,
        "directory": directory,
        "organisation": organisation,
        "practices": practices,
        "practice": practice,
        "about": about,
    }


def publish(page, commit, **changes):
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    with commit(execute=True):
        page.save_revision().publish()
    return page


def queries(client, url, **headers):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **headers)
    return response, len(context.captured_queries)


def test_second_anonymous_request_is_a_hit_without_queries(client, world):
    url = world["about"].url
    first, _ = queries(client, url)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    second, count = queries(client, url)
    assert second["X-Cache"] == "hit"
    assert count == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "en"
    assert second["Cache-Control"] == "public, max-age=60"
    assert second["Last-Modified"] == first["Last-Modified"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"] == "DENY"
    assert second["Content-Length"] == str(len(first.content))


def test_etag_answers_304(client, world):
    url = world["about"].url
    first = client.get(url)
    assert first["ETag"]
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    since = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304


def test_languages_never_mixed(client, world):
    english = client.get("/en/about/")
    french = client.get("/fr/a-propos/")
    assert english["Content-Language"] == "en" and french["Content-Language"] == "fr"
    # The browser's preferences and language cookie do not change what an address serves.
    for headers in ({"accept-language": "fr"}, {"accept-language": "de, fr;q=0.8"}):
        response = client.get("/en/about/", headers=headers)
        assert response["X-Cache"] == "hit"
        assert response.content == english.content
        assert '<html lang="en"' in response.content.decode()
    client.cookies["portal_language"] = "fr"
    response = client.get("/en/about/")
    assert response.content == english.content
    response = client.get("/fr/a-propos/")
    assert response["X-Cache"] == "hit" and '<html lang="fr"' in response.content.decode()
    # Keys carry the language and the address.
    request_en = Client().get("/en/about/").wsgi_request
    request_fr = Client().get("/fr/a-propos/").wsgi_request
    assert ":page:en:" in page_cache.request_key(request_en)
    assert ":page:fr:" in page_cache.request_key(request_fr)


def test_query_strings_are_separate_entries(client, world):
    url = world["practices"].url
    plain = client.get(url)
    filtered = client.get(url + "?country=BE")
    assert filtered["X-Cache"] == "miss"
    assert client.get(url + "?country=BE")["X-Cache"] == "hit"
    assert client.get(url)["X-Cache"] == "hit"
    assert plain.status_code == filtered.status_code == 200


def test_editors_bypass_the_cache(client, world, admin_user):
    url = world["about"].url
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    # The editor's page (with the user bar) is not what anonymous visitors get afterwards.
    assert b"wagtail-userbar" in response.content
    anonymous = client.get(url)
    assert anonymous["X-Cache"] == "hit"
    assert b"wagtail-userbar" not in anonymous.content


def test_preview_and_admin_are_not_cached(client, world, admin_user):
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(f"/admin/pages/{world['about'].pk}/edit/preview/?mode=")
    assert "X-Cache" not in response
    assert "X-Cache" not in client.get("/admin/login/")
    assert "X-Cache" not in client.get("/health/")


def test_pages_with_a_form_and_csrf_token_are_not_stored(client, world, rf):
    """A page that puts a CSRF token in its form is passed on uncached, marked private."""
    from django.middleware.csrf import get_token

    request = rf.get("/en/about/")
    get_token(request)
    from django.http import HttpResponse

    response = HttpResponse("form")
    assert not page_cache.response_is_storable(request, response)
    request = rf.get("/en/about/")
    response = HttpResponse("x")
    response.set_cookie("anything", "1")
    assert not page_cache.response_is_storable(request, response)
    response = HttpResponse("x", headers={"Vary": "Accept-Language"})
    assert not page_cache.response_is_storable(rf.get("/en/about/"), response)
    assert page_cache.response_is_storable(rf.get("/sitemap.xml"), response)


def test_no_csrf_or_personal_content_in_a_cached_response(client, world, admin_user):
    url = world["about"].url
    stored = client.get(url)
    assert stored["X-Cache"] == "miss"
    body = stored.content.decode()
    assert "csrfmiddlewaretoken" not in body
    assert "Set-Cookie" not in str(stored.serialize_headers())
    assert not stored.cookies
    entry = page_cache.lookup(page_cache.request_key(stored.wsgi_request))
    stored_headers = {name.lower() for name, _value in entry["headers"]}
    assert "set-cookie" not in stored_headers
    assert admin_user.username not in entry["content"].decode()


def test_session_or_message_cookies_bypass(client, world):
    url = world["about"].url
    client.get(url)
    for name in ("sessionid", "messages"):
        visitor = Client()
        visitor.cookies[name] = "something"
        assert "X-Cache" not in visitor.get(url)


def test_publish_purges_the_page_and_its_listings(client, world, django_capture_on_commit_callbacks):
    practice, practices, home = world["practice"], world["practices"], world["home"]
    for url in (practice.url, practices.url, home.url, "/sitemap.xml"):
        client.get(url)
        assert client.get(url)["X-Cache"] == "hit"
    # Another page, elsewhere in the tree, stays cached.
    client.get(world["about"].url)
    publish(practice, django_capture_on_commit_callbacks, title="Drug checking in Ghent, renewed")
    page_response = client.get(practice.url)
    assert page_response["X-Cache"] == "miss"
    assert "Drug checking in Ghent, renewed" in page_response.content.decode()
    assert "Drug checking in Ghent, renewed" in client.get(practices.url).content.decode()
    assert client.get("/sitemap.xml")["X-Cache"] == "miss"
    assert client.get(world["about"].url)["X-Cache"] == "hit"


def test_publish_purges_referenced_pages(client, world, django_capture_on_commit_callbacks):
    """The organisation's profile lists its practices: a practice's change reaches it."""
    organisation = world["organisation"]
    client.get(organisation.url)
    assert client.get(organisation.url)["X-Cache"] == "hit"
    publish(world["practice"], django_capture_on_commit_callbacks, title="Drug checking, Ghent")
    assert client.get(organisation.url)["X-Cache"] == "miss"


def test_translation_purged_with_its_source(client, world, django_capture_on_commit_callbacks):
    """The language switcher of the French page links to the English one."""
    client.get("/fr/a-propos/")
    assert client.get("/fr/a-propos/")["X-Cache"] == "hit"
    publish(world["about"], django_capture_on_commit_callbacks, title="About the network")
    assert client.get("/fr/a-propos/")["X-Cache"] == "miss"


def test_unpublish_and_delete_purge(client, world, django_capture_on_commit_callbacks):
    practice, practices = world["practice"], world["practices"]
    client.get(practice.url)
    client.get(practices.url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=practice.pk).unpublish()
    assert client.get(practice.url).status_code == 404
    assert "Drug checking in Ghent" not in client.get(practices.url).content.decode()
    about = world["about"]
    child = add_standard_page(about, "Team")
    client.get(child.url)
    assert client.get(child.url)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).delete()
    assert client.get(child.url).status_code == 404
    assert client.get("/en/about/").status_code == 404
    assert client.get(world["home"].url)["X-Cache"] == "miss"


def test_move_purges_old_and_new_places(client, world, django_capture_on_commit_callbacks):
    about = world["about"]
    client.get(about.url)
    client.get(world["directory"].url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).move(world["directory"], pos="last-child")
    # Wagtail leaves a redirect at the old address.
    old = client.get("/en/about/")
    assert old.status_code == 301 and old["Location"].endswith("/en/partners/about/")
    moved = client.get("/en/partners/about/")
    assert moved.status_code == 200
    assert client.get(world["directory"].url)["X-Cache"] == "miss"


def test_menu_page_change_purges_its_whole_language(client, world, django_capture_on_commit_callbacks):
    about = world["about"]
    publish(about, django_capture_on_commit_callbacks, show_in_menus=True)
    client.get(world["organisation"].url)
    assert client.get(world["organisation"].url)["X-Cache"] == "hit"
    publish(about, django_capture_on_commit_callbacks, title="About us")
    response = client.get(world["organisation"].url)
    assert response["X-Cache"] == "miss"
    assert "About us" in response.content.decode()


def test_person_change_purges_pages_showing_them(client, world, django_capture_on_commit_callbacks):
    from tests.factories.events import add_event, add_event_index, add_session, at

    person = add_person("Ana Rossi", role="Coordinator")
    with django_capture_on_commit_callbacks(execute=True):
        event = add_event(add_event_index(world["home"]))
        session = add_session(event, "Opening", at(2024, 3, 20, 9), at(2024, 3, 20, 10), people=[(person, "speaker")])
    for url in (session.url, world["about"].url):
        client.get(url)
        assert client.get(url)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        person.role = "Director"
        person.save()
    response = client.get(session.url)
    assert response["X-Cache"] == "miss"
    assert "Director" in response.content.decode()
    # The session's parent lists its sessions with their speakers.
    assert client.get(event.url)["X-Cache"] == "miss"
    # A page that does not show the person stays.
    assert client.get(world["about"].url)["X-Cache"] == "hit"


def test_site_settings_purge_everything(client, world, django_capture_on_commit_callbacks):
    url = world["about"].url
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.organisation_name = "Cities and Drugs"
        site_settings.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert "Cities and Drugs" in response.content.decode()


def test_purge_waits_for_commit_and_a_rollback_purges_nothing(client, world, django_capture_on_commit_callbacks):
    url = world["about"].url
    client.get(url)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page = Page.objects.get(pk=world["about"].pk).specific
        page.title = "Not yet"
        page.save_revision().publish()
        # Still in the transaction: the purge waits.
        assert client.get(url)["X-Cache"] == "hit"
    # One purge for the publication, sent at the commit.
    assert sum(isinstance(getattr(callback, "__self__", None), page_cache.Purge) for callback in callbacks) == 1
    callbacks[-1]()
    assert client.get(url)["X-Cache"] == "miss"


def test_rendering_during_a_purge_is_not_stored(world, rf):
    """A page rendered while a publication commits may hold the old content: it is not kept."""
    from django.http import HttpResponse

    def render(request, purge):
        if purge:
            page_cache.purge_tags({"page:0"})
        return HttpResponse("rendered")

    request = rf.get(world["about"].url)
    assert page_cache.PageCacheMiddleware(lambda r: render(r, True))(request)["X-Cache"] == "pass"
    assert page_cache.lookup(page_cache.request_key(request)) is None
    request = rf.get(world["about"].url)
    assert page_cache.PageCacheMiddleware(lambda r: render(r, False))(request)["X-Cache"] == "miss"
    assert page_cache.lookup(page_cache.request_key(request))["content"] == b"rendered"


def test_restricted_pages_are_never_served_from_the_cache(client, world, django_capture_on_commit_callbacks):
    about = world["about"]
    client.get(about.url)
    assert client.get(about.url)["X-Cache"] == "hit"
    # Made private after it was cached: the cached copy goes at once.
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(about.url)
    assert response.status_code == 302
    assert "X-Cache" not in response or response["X-Cache"] != "hit"
    assert client.get(about.url).status_code == 302


def test_a_cache_outage_serves_uncached_pages(client, world, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(page_cache, "lookup", broken)
    response = client.get(world["about"].url)
    assert response.status_code == 200
    assert "X-Cache" not in response


@override_settings(PAGE_CACHE_SECONDS=0)
def test_off_when_lifetime_is_zero(client, world):
    url = world["about"].url
    client.get(url)
    assert "X-Cache" not in client.get(url)


def test_frontend_cache_purged_with_listings(client, world, settings, django_capture_on_commit_callbacks, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://proxy:8000"}
    }
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", lambda urls, *a, **k: purged.extend(urls)
    )
    response = client.get(world["about"].url)
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=600"
    publish(world["practice"], django_capture_on_commit_callbacks, title="Drug checking, Ghent")
    assert "http://localhost/en/practices/drug-checking-in-ghent/" in purged
    assert "http://localhost/en/practices/" in purged
    assert "http://localhost/en/" in purged
    assert "http://localhost/sitemap.xml" in purged


def test_purge_command_after_a_deployment(client, world):
    from io import StringIO

    from django.core.management import call_command

    url = world["about"].url
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    call_command("purge_page_cache", stdout=StringIO())
    assert client.get(url)["X-Cache"] == "miss"
