"""What every request used to ask the database for, now kept in the cache (portal.lookups), and the
one-query routing of BasePage: the same answers as Wagtail's, fewer queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, PageViewRestriction, Site

from portal import lookups
from portal.models import SiteSettings
from tests.factories.events import add_event, add_event_index
from tests.factories.pages import add_standard_page

pytestmark = pytest.mark.django_db


def count(callable_):
    with CaptureQueriesContext(connection) as context:
        result = callable_()
    return len(context.captured_queries), result


def test_public_reads_the_cached_restrictions(home):
    about = add_standard_page(home, "About")
    private = add_standard_page(home, "Members")
    child = add_standard_page(private, "Minutes")
    list(Page.objects.public())  # warm
    queries, pages = count(lambda: list(Page.objects.live().public().filter(depth__gt=2)))
    assert queries == 1
    assert {page.pk for page in pages} >= {about.pk, private.pk, child.pk}
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public_ids = set(Page.objects.live().public().values_list("pk", flat=True))
    assert about.pk in public_ids and private.pk not in public_ids and child.pk not in public_ids
    assert set(Page.objects.not_public().values_list("pk", flat=True)) == {private.pk, child.pk}
    # A page's own check: no query outside private sections, the restriction inside one.
    queries, restrictions = count(lambda: list(about.get_view_restrictions()))
    assert (queries, restrictions) == (0, [])
    assert [r.page_id for r in child.get_view_restrictions()] == [private.pk]
    PageViewRestriction.objects.filter(page=private).delete()
    assert private.pk in set(Page.objects.public().values_list("pk", flat=True))


def test_restrictions_follow_a_move(home):
    private = add_standard_page(home, "Members")
    other = add_standard_page(home, "Other")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert private.pk not in set(Page.objects.public().values_list("pk", flat=True))
    Page.objects.get(pk=private.pk).move(other, pos="last-child")
    moved = Page.objects.get(pk=private.pk)
    assert moved.pk not in set(Page.objects.public().values_list("pk", flat=True))
    assert list(moved.get_view_restrictions())


def test_active_locale_and_settings_come_from_the_cache(home):
    Locale.get_active()
    queries, locale = count(Locale.get_active)
    assert queries == 0 and locale.language_code == "en"
    site = Site.objects.get(is_default_site=True)
    SiteSettings.for_site(site)
    queries, site_settings = count(lambda: SiteSettings.for_site(site))
    assert queries == 0
    site_settings.organisation_name = "Renamed network"
    site_settings.save()
    assert SiteSettings.for_site(site).organisation_name == "Renamed network"
    assert lookups.locale_by_code("de") is not None
    Locale.objects.filter(language_code="de").delete()
    assert lookups.locale_by_code("de") is None


def test_menu_rebuilt_after_a_publication(client, home, django_capture_on_commit_callbacks):
    assert "Team" not in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        add_standard_page(home, "Team", show_in_menus=True)
    nav = client.get("/en/").content.decode().split('class="main-nav"')[1].split("</nav>")[0]
    assert "Team" in nav


def test_one_query_routing_answers_as_wagtail_does(client, home):
    section = add_standard_page(home, "Section")
    child = add_standard_page(section, "Child")
    deep = add_standard_page(child, "Deep")
    assert client.get("/en/section/child/deep/").status_code == 200
    assert client.get("/en/section/child/").status_code == 200
    assert client.get("/en/section/missing/").status_code == 404
    assert client.get("/en/section/child/deep/missing/").status_code == 404
    # A draft in the middle of the address does not hide the live page under it (as in Wagtail).
    Page.objects.filter(pk=child.pk).update(live=False)
    assert client.get("/en/section/child/").status_code == 404
    assert client.get("/en/section/child/deep/").status_code == 200
    assert deep.url == "/en/section/child/deep/"


def test_routes_of_a_routable_page_below_the_home(client, home):
    event = add_event(add_event_index(home), "Conference")
    assert client.get(event.url + "schedule/").status_code == 200
    assert client.get(event.url + "schedule.ics").status_code == 200
    assert client.get(event.url + "no-such-route/").status_code == 404
