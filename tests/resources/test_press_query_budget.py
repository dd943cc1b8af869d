"""The press room costs the same number of queries for 3 items as for 30, and a press item the same
for one media contact and one related page as for eight."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Topic
from tests.factories.network import add_person
from tests.factories.pages import add_standard_page
from tests.factories.press import add_press_item, add_press_room
from tests.factories.resources import add_term

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


# Warm budget of the press room, per request (15); languages, view restrictions, site settings, menu
# and footer come from the cache (portal.lookups):
# - Wagtail's route (4): site; home page; the room by slug and its specific row.
# - The room (8): the year, topic and event facets (grouped rows, topic names, event names); the
#   current press pack; the count and the page of items; the press office contacts.
# - Chrome (3): contacts for the JSON-LD; language switcher translations; breadcrumbs.
ROOM_BUDGET = 15

# Warm budget of a press item, per request (19); languages, view restrictions, site settings, menu
# and footer come from the cache (portal.lookups):
# - Routing (4): site; home page; the item found by its whole address (portal.models.base); its
#   specific row.
# - The item (10): its press room; media contacts and the people; sessions, practices and related
#   pages with their specific rows; press images; topics.
# - Chrome and JSON-LD (5): site; contacts for the JSON-LD; language switcher translations;
#   breadcrumbs; the room for the publisher.
ITEM_BUDGET = 19


def add_items(room, topics, start, count):
    for number in range(start, start + count):
        add_press_item(room, f"Statement {number:02d}", topics=[topics[number % len(topics)]])


def test_press_room_queries_do_not_grow_with_items(client, home):
    topics = [add_term(Topic, name) for name in ("Harm reduction", "Prevention", "Housing first")]
    room = add_press_room(home, contacts=[(add_person("Marie Martin", role="Press officer"), ["en", "fr"])])
    add_items(room, topics, 0, 3)
    few, _response = count_queries(client, room.url)
    add_items(room, topics, 3, 27)
    many, response = count_queries(client, room.url)
    assert "Statement 29" in response.content.decode()
    assert many == few, (few, many)
    assert few <= ROOM_BUDGET


def test_press_item_queries_do_not_grow_with_contacts_and_related_pages(client, home):
    room = add_press_room(home)
    item = add_press_item(
        room,
        "Conference on drugs",
        contacts=[(add_person("Person 0"), ["en"])],
        related=[add_standard_page(home, "Related 0")],
    )
    few, _response = count_queries(client, item.url)
    for number in range(1, 8):
        item.contacts.create(person=add_person(f"Person {number}"), languages=["en"])
        item.related_pages.create(page=add_standard_page(home, f"Related {number}"))
    item.save_revision().publish()
    many, response = count_queries(client, item.url)
    assert "Person 7" in response.content.decode() and "Related 7" in response.content.decode()
    assert many == few, (few, many)
    assert few <= ITEM_BUDGET
