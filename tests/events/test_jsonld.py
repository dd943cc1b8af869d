"""Event and session pages describe themselves as schema.org Events: when, where, who organises, who speaks."""

import pytest

from tests.factories.events import add_event, republish
from tests.factories.network import add_directory, add_organisation
from tests.resources.test_practices import main_entity

pytestmark = pytest.mark.django_db


def test_the_event_is_an_event_with_its_place_organiser_and_sessions(client, home, conference, sessions):
    efus = add_organisation(add_directory(home), "Efus")
    conference = republish(conference, organiser=efus, latitude="50.84670", longitude="4.35250")
    node = main_entity(client.get(conference.url))
    assert node["@type"] == "Event"
    assert node["name"] == conference.title
    assert node["startDate"] == "2024-03-20T09:00:00+01:00"
    assert node["endDate"] == "2024-03-22T18:00:00+01:00"
    assert node["eventStatus"] == "https://schema.org/EventScheduled"
    assert node["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert node["location"]["@type"] == "Place"
    assert node["location"]["address"]["addressCountry"] == "BE"
    assert node["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 50.8467, "longitude": 4.3525}
    assert [organiser["name"] for organiser in node["organizer"]] == ["Efus"]
    sub_events = {event["name"]: event for event in node["subEvent"]}
    assert set(sub_events) == {sessions["plenary"].title, sessions["thematic"].title}
    thematic = sub_events[sessions["thematic"].title]
    assert thematic["startDate"] == "2024-03-20T16:15:00+01:00"
    assert thematic["location"]["name"] == "Room 2"
    assert [person["name"] for person in thematic["performer"]] == ["Marie Jauffret-Roustide"]
    assert [person["name"] for person in thematic["contributor"]] == ["Nadia Zourgui"]
    assert thematic["inLanguage"] == "fr"


def test_a_session_is_an_event_of_its_conference(client, conference, sessions):
    republish(sessions["plenary"], status="cancelled")
    node = main_entity(client.get(sessions["plenary"].url))
    assert node["@type"] == "Event"
    assert node["eventStatus"] == "https://schema.org/EventCancelled"
    assert node["superEvent"]["name"] == conference.title
    assert [person["name"] for person in node["performer"]] == ["Ahmed Aboutaleb"]


def test_an_online_event_has_a_virtual_location_and_a_month_only_date(client, events_index):
    event = add_event(
        events_index,
        "Webinar",
        kind="webinar",
        attendance_mode="online",
        online_url="https://example.org/live",
        date_precision="month",
        status="moved-online",
    )
    node = main_entity(client.get(event.url))
    assert node["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    assert node["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert node["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert node["startDate"] == "2024-03-20"
