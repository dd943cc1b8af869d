"""An event's pages and exports cost the same number of queries for 5 sessions as for 60, and the events list
the same for 3 events as for 30."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_directory, add_organisation, add_person

pytestmark = pytest.mark.django_db

ROOMS = ("Plenary hall", "Room 2", "Room 3")
TRACKS = [("Harm reduction", "#1f6f8b"), ("Prevention", "#6b3fa0")]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def build_event(index, sessions, title="Conference"):
    directory = add_directory(index.get_parent().specific, slug=f"partners-{sessions}")
    organisation = add_organisation(directory, f"Organisation {sessions}")
    event = add_event(
        index,
        f"{title} {sessions}",
        start=at(2024, 3, 18, 8),
        end=at(2024, 3, 22, 20),
        rooms=ROOMS,
        tracks=TRACKS,
        organiser=organisation,
    )
    people = [add_person(f"Person {sessions}-{number}", role="Speaker") for number in range(sessions + 1)]
    for number in range(sessions):
        start = at(2024, 3, 18 + number % 5, 8) + datetime.timedelta(minutes=30 * (number // 5))
        add_session(
            event,
            f"Session {number:02d}",
            start,
            start + datetime.timedelta(minutes=25),
            room_name=ROOMS[number % len(ROOMS)],
            track_name=TRACKS[number % len(TRACKS)][0],
            people=[(people[number], "speaker"), (people[number + 1], "moderator")],
            format=["plenary", "thematic", "workshop"][number % 3],
        )
    return event


@pytest.fixture(scope="module")
def small_and_large_ids(conference_world, django_db_blocker):
    """Built once for the module, inside the conference world's transaction (rolled back with it)."""
    with django_db_blocker.unblock():
        index = EventIndexPage.objects.get(pk=conference_world["index"])
        return build_event(index, 5).pk, build_event(index, 60).pk


@pytest.fixture
def small_and_large(small_and_large_ids, db):
    return [EventPage.objects.get(pk=pk) for pk in small_and_large_ids]


# The queries of the schedule, once the caches are warm (14 with this fixture); languages, view
# restrictions, site settings, menu and footer come from the cache (portal.lookups):
#  - routing (4): site; home page; the event found by its whole address (portal.models.base) and
#    its specific row;
#  - the event's rooms (1) and tracks (1); the live public sessions (1) with their rooms and tracks
#    (2, prefetched);
#  - the sessions' people (1) and those people with their organisations (1);
#  - the translations of the page for the language switcher (1); breadcrumbs (1);
#  - the JSON-LD's organiser and partners (1).
# None of these grows with the number of sessions or people.
SCHEDULE_BUDGET = 14
ROUTES = ["", "schedule/", "schedule/?track=prevention", "speakers/", "schedule.ics", "schedule.xml", "schedule.json"]


@pytest.mark.parametrize("route", ROUTES)
def test_event_routes_cost_the_same_for_5_and_60_sessions(client, small_and_large, route):
    small, large = small_and_large
    assert count_queries(client, small.url + route) == count_queries(client, large.url + route)


def test_the_schedule_stays_within_its_budget(client, small_and_large):
    _small, large = small_and_large
    assert count_queries(client, large.url + "schedule/") <= SCHEDULE_BUDGET


def test_a_session_page_costs_the_same_with_one_or_many_people(client, events_index):
    event = add_event(events_index, "Another conference")
    people = [add_person(f"Person {number}") for number in range(12)]
    one = add_session(event, "One", at(2024, 3, 20, 9), at(2024, 3, 20, 10), people=[(people[0], "speaker")])
    many = add_session(
        event, "Many", at(2024, 3, 20, 11), at(2024, 3, 20, 12), people=[(person, "panellist") for person in people]
    )
    assert count_queries(client, one.url) == count_queries(client, many.url)


def test_the_events_list_costs_the_same_for_3_and_30_events(client, home):
    few = add_event_index(home, slug="few")
    many = add_event_index(home, title="More events", slug="many")
    for number in range(3):
        add_event(few, f"Event {number}", start=at(2020 + number, 5, 1), end=at(2020 + number, 5, 2))
    for number in range(30):
        add_event(many, f"Event {number}", start=at(2000 + number, 5, 1), end=at(2000 + number, 5, 2))
    assert count_queries(client, few.url) == count_queries(client, many.url)
