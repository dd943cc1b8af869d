"""The frab / pretalx schedule exports: valid against the c3voc schemas, and saying what the programme says.

The schemas in ``schemas/`` are copies of the c3voc validator's files
(https://github.com/voc/schedule/tree/master/validator): ``schedule.xml.xsd`` for the XML,
``schedule.schema.json`` for the JSON.
"""

import datetime
import functools
import io
import json
import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
import xmlschema

from wagtail.models import Locale, PageViewRestriction

from events.frab import (
    changelog,
    export_acronym,
    json_time_zone_name,
    plain_text,
    session_slug,
    track_slug,
)
from events.models import EventPage, EventRoom, EventTrack, ScheduleChange, SessionPage
from home.models import Person
from tests.factories.events import add_event, add_session, at, republish
from tests.factories.pages import translate_page

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"

# --- validation ------------------------------------------------------------------------------------

# Draft 6 format checking in jsonschema needs optional packages for date-time, uri and colours; these
# stdlib checks stand in for them so the formats the schema names are really checked.
FORMATS = jsonschema.FormatChecker()
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date", raises=ValueError)
def is_date(value):
    if not isinstance(value, str):
        return True
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(datetime.date.fromisoformat(value))


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True
    return bool(DATE_TIME.match(value)) and datetime.datetime.fromisoformat(value).tzinfo is not None


@FORMATS.checks("uri", raises=ValueError)
def is_uri(value):
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"\s", value)


@FORMATS.checks("uuid", raises=ValueError)
def is_uuid(value):
    return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()


@FORMATS.checks("color")
def is_colour(value):
    return not isinstance(value, str) or bool(re.fullmatch(r"#[0-9a-fA-F]{6}", value))


@functools.cache
def xml_schema():
    return xmlschema.XMLSchema(str(SCHEMAS / "schedule.xml.xsd"))


@functools.cache
def json_validator():
    schema = json.loads((SCHEMAS / "schedule.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft6Validator.check_schema(schema)
    return jsonschema.Draft6Validator(schema, format_checker=FORMATS)


def xml_errors(content):
    return [str(error.reason or error) for error in xml_schema().iter_errors(io.BytesIO(content))]


def json_errors(data):
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in json_validator().iter_errors(data)
    ]


def get_xml(client, event):
    response = client.get(event.url + "schedule.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert xml_errors(response.content) == []
    return xmlschema.XMLResource(io.BytesIO(response.content)).root


def get_json(client, event):
    response = client.get(event.url + "schedule.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content)
    assert json_errors(data) == []
    return data


def xml_events(root):
    return {element.findtext("title"): element for element in root.iter("event")}


def json_events(data):
    return {
        event["title"]: event
        for day in data["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    }


def both_titles(client, event):
    return set(xml_events(get_xml(client, event))), set(json_events(get_json(client, event)))


# --- the exports -----------------------------------------------------------------------------------


def test_xml_export_validates_and_describes_the_conference(client, conference, sessions):
    root = get_xml(client, conference)
    base = f"http://localhost{conference.url}"

    generator = root.find("generator")
    assert generator.get("name") == "Cities & Drugs Network"
    assert generator.get("version")
    assert root.findtext("url") == base + "schedule.xml"
    assert root.findtext("version") == "2"  # two sessions published: two changes

    conference_element = root.find("conference")
    assert conference_element.findtext("title") == "Security, democracy and cities"
    assert conference_element.findtext("acronym") == "security_democracy_and_cities"
    assert conference_element.findtext("start") == "2024-03-20"
    assert conference_element.findtext("end") == "2024-03-22"
    assert conference_element.findtext("days") == "3"
    assert conference_element.findtext("timeslot_duration") == "00:05"
    assert conference_element.findtext("time_zone_name") == "Europe/Brussels"
    assert conference_element.findtext("base_url") == base
    assert conference_element.findtext("url") == base
    tracks = [(track.get("name"), track.get("slug"), track.get("color")) for track in conference_element.iter("track")]
    assert tracks == [
        ("Drugs and harm reduction", "drugs-and-harm-reduction", "#1f6f8b"),
        ("Prevention", "prevention", "#6b3fa0"),
    ]

    [day] = root.findall("day")
    assert (day.get("index"), day.get("date")) == ("1", "2024-03-20")
    assert day.get("start") == "2024-03-20T06:00:00+01:00"
    assert day.get("end") == "2024-03-21T05:59:00+01:00"
    assert [room.get("name") for room in day.findall("room")] == ["Plenary hall", "Room 2"]
    assert all(uuid.UUID(room.get("guid")) for room in day.findall("room"))


def test_xml_sessions_have_their_time_place_and_people(client, conference, sessions):
    events = xml_events(get_xml(client, conference))
    plenary, thematic = sessions["plenary"], sessions["thematic"]

    element = events[plenary.title]
    assert element.get("id") == str(plenary.pk)
    assert element.get("guid") == str(plenary.guid)
    assert element.findtext("date") == "2024-03-20T14:45:00+01:00"
    assert element.findtext("start") == "14:45"  # Brussels time, whatever the server's zone
    assert element.findtext("duration") == "01:15"
    assert element.findtext("room") == "Plenary hall"
    assert element.findtext("slug") == f"security_democracy_and_cities-{plenary.pk}-plenary-drugs-and-harm-reduction"
    assert element.findtext("track") == "Drugs and harm reduction"
    assert element.findtext("type") == "plenary"
    assert element.findtext("language") == "en"
    assert element.findtext("subtitle") in ("", None)
    assert element.findtext("url") == f"http://localhost{plenary.url}"
    assert [link.get("href") for link in element.iter("link")] == [f"http://localhost{plenary.url}"]
    assert [person.text for person in element.iter("person")] == ["Ahmed Aboutaleb"]

    element = events[thematic.title]
    assert (element.findtext("start"), element.findtext("duration")) == ("16:15", "01:30")
    assert element.findtext("room") == "Room 2"
    assert element.findtext("language") == "fr"
    # In the order the programme lists them.
    assert [person.text for person in element.iter("person")] == ["Nadia Zourgui", "Marie Jauffret-Roustide"]
    person = element.find("persons/person")
    assert person.get("id").isdigit()
    assert uuid.UUID(person.get("guid"))


def test_json_export_validates_and_matches_the_xml(client, conference, sessions, people):
    data = get_json(client, conference)
    base = f"http://localhost{conference.url}"
    assert data["$schema"] == "https://c3voc.de/schedule/schema.json"
    assert data["generator"]["name"] == "Cities & Drugs Network"
    schedule = data["schedule"]
    assert schedule["url"] == base + "schedule.json"
    assert schedule["version"] == "2"
    assert schedule["base_url"] == base

    conference_data = schedule["conference"]
    assert conference_data["acronym"] == "security_democracy_and_cities"
    assert (conference_data["start"], conference_data["end"], conference_data["daysCount"]) == (
        "2024-03-20",
        "2024-03-22",
        3,
    )
    assert conference_data["time_zone_name"] == "Europe/Brussels"
    assert conference_data["url"] == base
    assert [track["name"] for track in conference_data["tracks"]] == ["Drugs and harm reduction", "Prevention"]
    assert [room["name"] for room in conference_data["rooms"]] == ["Plenary hall", "Room 2"]

    [day] = conference_data["days"]
    assert (day["index"], day["date"]) == (1, "2024-03-20")
    assert list(day["rooms"]) == ["Plenary hall", "Room 2"]

    plenary = json_events(data)[sessions["plenary"].title]
    assert plenary["guid"] == str(sessions["plenary"].guid)
    assert plenary["id"] == sessions["plenary"].pk
    assert plenary["date"] == "2024-03-20T14:45:00+01:00"
    assert plenary["end"] == "2024-03-20T16:00:00+01:00"
    assert (plenary["start"], plenary["duration"]) == ("14:45", "01:15")
    assert plenary["room"] == "Plenary hall"
    assert plenary["track"] == "Drugs and harm reduction"
    assert plenary["type"] == "plenary"
    assert plenary["url"] == f"http://localhost{sessions['plenary'].url}"
    assert plenary["links"] == [{"url": plenary["url"], "title": sessions["plenary"].title, "type": "web"}]
    assert plenary["attachments"] == []

    thematic = json_events(data)[sessions["thematic"].title]
    assert [(person["name"], person["role"]) for person in thematic["persons"]] == [
        ("Nadia Zourgui", "moderator"),
        ("Marie Jauffret-Roustide", "speaker"),
    ]
    assert thematic["persons"][0]["id"] == people["deputy"].pk
    assert "public_name" not in thematic["persons"][0]  # with it, a person would match both oneOf branches

    # The XML says the same.
    xml_plenary = xml_events(get_xml(client, conference))[sessions["plenary"].title]
    assert xml_plenary.findtext("slug") == plenary["slug"]
    assert xml_plenary.find("persons/person").get("guid") == plenary["persons"][0]["guid"]


def test_the_schema_checks_are_live(client, conference, sessions):
    """The validators used above do refuse what the schemas refuse."""
    data = get_json(client, conference)
    event = json_events(data)[sessions["plenary"].title]

    event["persons"][0]["public_name"] = event["persons"][0]["name"]
    event["date"] = "2024-03-20T14:45:00"
    data["schedule"]["conference"]["acronym"] = "efus-2024"
    data["schedule"]["conference"]["tracks"][0]["color"] = "blue-ish"
    errors = "\n".join(json_errors(data))
    assert "is valid under each of" in errors
    assert "is not a 'date-time'" in errors
    assert "does not match" in errors
    assert "is not a 'color'" in errors

    content = client.get(conference.url + "schedule.xml").content
    assert xml_errors(content.replace(b"<start>14:45</start>", b"<start>2:45 pm</start>"))


def test_session_without_room_goes_to_room_to_be_announced(client, conference, sessions):
    visit = add_session(
        conference,
        "Site visit: drop-in centre",
        at(2024, 3, 20, 10, 0),
        at(2024, 3, 20, 12, 0),
        format="visit",
        summary="A visit\x0b with places for twenty.",
        description="<p>Cities &amp; NGOs</p><ul><li>Meet at the <b>entrance</b></li><li>Bring ID</li></ul>",
    )
    root = get_xml(client, conference)
    [day] = root.findall("day")
    assert [room.get("name") for room in day.findall("room")] == ["Plenary hall", "Room 2", "Room to be announced"]
    element = xml_events(root)[visit.title]
    assert element.findtext("room") == "Room to be announced"
    assert element.findtext("type") == "visit"
    assert element.findtext("abstract") == "A visit with places for twenty."  # no character XML cannot carry
    assert element.findtext("track") in ("", None)

    data = get_json(client, conference)
    rooms = data["schedule"]["conference"]["rooms"]
    assert [room["name"] for room in rooms] == ["Plenary hall", "Room 2", "Room to be announced"]
    assert len({room["guid"] for room in rooms}) == 3
    event = json_events(data)[visit.title]
    assert event["track"] is None
    assert event["description"] == "Cities & NGOs\n\n- Meet at the entrance\n- Bring ID"


def test_drafts_and_private_sessions_are_not_exported(client, conference, sessions):
    draft = add_session(
        conference,
        "Draft workshop",
        at(2024, 3, 21, 9),
        at(2024, 3, 21, 10),
        room_name="Room 2",
        publish=False,
    )
    assert not draft.live and draft.first_published_at is None
    private = add_session(conference, "Closed meeting", at(2024, 3, 21, 11), at(2024, 3, 21, 12), room_name="Room 2")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    xml_titles, json_titles = both_titles(client, conference)
    expected = {sessions["plenary"].title, sessions["thematic"].title}
    assert xml_titles == json_titles == expected
    for content in (
        client.get(conference.url + "schedule.xml").content,
        client.get(conference.url + "schedule.json").content,
    ):
        assert draft.title.encode() not in content
        assert private.title.encode() not in content
    # Only the one day with public sessions.
    assert [day["date"] for day in get_json(client, conference)["schedule"]["conference"]["days"]] == ["2024-03-20"]


def test_cancelled_sessions_are_left_out_and_raise_the_version(client, conference, sessions):
    republish(sessions["thematic"], status="cancelled")

    xml_titles, json_titles = both_titles(client, conference)
    assert xml_titles == json_titles == {sessions["plenary"].title}
    assert get_xml(client, conference).findtext("version") == "3"
    assert get_json(client, conference)["schedule"]["version"] == "3"
    latest = changelog(conference)[0]
    assert (latest["version"], latest["kind"], latest["session_title"]) == (
        "3",
        "cancelled",
        sessions["thematic"].title,
    )

    republish(sessions["thematic"], status="confirmed")
    assert sessions["thematic"].title in xml_events(get_xml(client, conference))
    assert get_json(client, conference)["schedule"]["version"] == "4"


def test_moving_a_session_raises_the_version_and_moves_it(client, conference, sessions):
    republish(sessions["plenary"], start=at(2024, 3, 21, 10), end=at(2024, 3, 21, 11, 30))

    root = get_xml(client, conference)
    assert root.findtext("version") == "3"
    assert [(day.get("index"), day.get("date")) for day in root.findall("day")] == [
        ("1", "2024-03-20"),
        ("2", "2024-03-21"),
    ]
    element = xml_events(root)[sessions["plenary"].title]
    assert (element.findtext("start"), element.findtext("duration")) == ("10:00", "01:30")
    assert element.findtext("date") == "2024-03-21T10:00:00+01:00"

    data = get_json(client, conference)
    assert data["schedule"]["version"] == "3"
    second = data["schedule"]["conference"]["days"][1]
    assert list(second["rooms"]) == ["Plenary hall"]
    assert second["rooms"]["Plenary hall"][0]["guid"] == str(sessions["plenary"].guid)  # same session, moved

    latest = changelog(conference)[0]
    assert latest["version"] == "3"
    assert latest["kind"] == "moved"
    assert latest["previous_start"] == "2024-03-20T14:45:00+01:00"
    assert latest["start"] == "2024-03-21T10:00:00+01:00"
    assert (latest["previous_room"], latest["room"]) == ("Plenary hall", "Plenary hall")


def test_changelog_lists_every_version_newest_first(conference, sessions):
    republish(sessions["thematic"], room=EventRoom.objects.get(event=conference, name="Plenary hall"))
    entries = changelog(conference)
    assert [entry["version"] for entry in entries] == ["3", "2", "1"]
    assert [entry["kind"] for entry in entries] == ["room", "added", "added"]
    assert (entries[0]["previous_room"], entries[0]["room"]) == ("Room 2", "Plenary hall")
    assert entries[0]["session_id"] == sessions["thematic"].pk
    assert entries[0]["kind_label"] == "Room changed"
    assert datetime.datetime.fromisoformat(entries[0]["at"]).utcoffset() == datetime.timedelta(hours=1)
    assert entries[-1]["session_title"] == sessions["plenary"].title
    assert ScheduleChange.objects.filter(event=conference).count() == 3


def test_french_translation_exports_french_titles_and_rooms(client, conference, sessions, people):
    french_event = translate_page(conference, "fr", title="Sécurité, démocratie et villes")
    EventRoom.objects.filter(event=french_event, name="Plenary hall").update(name="Salle plénière")
    EventRoom.objects.filter(event=french_event, name="Room 2").update(name="Salle 2")
    EventTrack.objects.filter(event=french_event, name="Drugs and harm reduction").update(
        name="Drogues et réduction des risques"
    )
    translate_page(sessions["plenary"], "fr", title="Plénière : drogues et réduction des risques")
    translate_page(sessions["thematic"], "fr", title="Session thématique : la réduction des risques en ville")
    researcher = people["researcher"]
    french_researcher = Person.objects.create(
        name=researcher.name,
        role="Chercheuse",
        bio="Sociologue de la santé.",
        locale=Locale.objects.get(language_code="fr"),
        translation_key=researcher.translation_key,
    )
    french_event = EventPage.objects.get(pk=french_event.pk)
    assert french_event.url.startswith("/fr/")

    root = get_xml(client, french_event)
    assert root.find("conference").findtext("title") == "Sécurité, démocratie et villes"
    assert root.findtext("url") == f"http://localhost{french_event.url}schedule.xml"
    events = xml_events(root)
    assert set(events) == {
        "Plénière : drogues et réduction des risques",
        "Session thématique : la réduction des risques en ville",
    }
    assert [room.get("name") for room in root.iter("room") if room.get("name")] == ["Salle plénière", "Salle 2"]
    plenary = events["Plénière : drogues et réduction des risques"]
    assert plenary.findtext("room") == "Salle plénière"
    assert plenary.findtext("track") == "Drogues et réduction des risques"
    assert plenary.findtext("start") == "14:45"
    assert plenary.findtext("slug").endswith("-pleniere-drogues-et-reduction-des-risques")
    french_plenary = SessionPage.objects.get(
        translation_key=sessions["plenary"].translation_key, locale__language_code="fr"
    )
    assert plenary.get("guid") == str(french_plenary.guid) != str(sessions["plenary"].guid)

    data = get_json(client, french_event)
    conference_data = data["schedule"]["conference"]
    assert [room["name"] for room in conference_data["rooms"]] == ["Salle plénière", "Salle 2"]
    assert conference_data["tracks"][0] == {
        "name": "Drogues et réduction des risques",
        "slug": "drogues-et-reduction-des-risques",
        "color": "#1f6f8b",
    }
    assert list(conference_data["days"][0]["rooms"]) == ["Salle plénière", "Salle 2"]
    thematic = json_events(data)["Session thématique : la réduction des risques en ville"]
    assert thematic["room"] == "Salle 2"
    speaker = thematic["persons"][1]
    assert (speaker["id"], speaker["biography"]) == (french_researcher.pk, "Sociologue de la santé.")

    english = get_json(client, conference)
    english_thematic = json_events(english)[sessions["thematic"].title]
    # A person keeps one guid in every language; rooms of each language have their own.
    assert english_thematic["persons"][1]["guid"] == speaker["guid"]
    english_rooms = {room["guid"] for room in english["schedule"]["conference"]["rooms"]}
    assert english_rooms.isdisjoint(room["guid"] for room in conference_data["rooms"])


def test_hyphenated_acronym_and_night_sessions(client, events_index):
    event = add_event(events_index, title="EFUS conference", acronym="efus-2024")
    late = add_session(event, "Night walk", at(2024, 3, 21, 1, 0), at(2024, 3, 21, 2, 30), room_name="Room 2")
    last = add_session(event, "Closing", at(2024, 3, 22, 16), at(2024, 3, 22, 17), room_name="Plenary hall")

    root = get_xml(client, event)
    assert root.find("conference").findtext("acronym") == "efus_2024"
    # A session after midnight belongs to the evening before, as apps count days; empty days are left out.
    days = [(day.get("index"), day.get("date")) for day in root.findall("day")]
    assert days == [("1", "2024-03-20"), ("2", "2024-03-22")]
    element = xml_events(root)[late.title]
    assert (element.findtext("date"), element.findtext("start")) == ("2024-03-21T01:00:00+01:00", "01:00")
    assert element.findtext("slug") == f"efus_2024-{late.pk}-night-walk"

    data = get_json(client, event)
    assert data["schedule"]["conference"]["acronym"] == "efus_2024"
    assert json_events(data)[last.title]["slug"] == f"efus_2024-{last.pk}-closing"


def test_an_event_without_sessions_still_validates(client, events_index):
    event = add_event(events_index, title="Seminar on naloxone", rooms=(), tracks=())
    root = get_xml(client, event)
    assert [day.get("date") for day in root.findall("day")] == ["2024-03-20", "2024-03-21", "2024-03-22"]
    assert root.findall("day/room") == []
    data = get_json(client, event)
    assert data["schedule"]["version"] == "0"
    assert [day["rooms"] for day in data["schedule"]["conference"]["days"]] == [{}, {}, {}]


# --- identifiers and values ------------------------------------------------------------------------


XSD_SLUG = re.compile(r"[a-z0-9_]{4,}-[a-z0-9\-_]{4,}")
JSON_SLUG = re.compile(r"^[a-z0-9_-]+[a-z0-9]$")


@pytest.mark.parametrize(
    ("acronym", "slug", "expected"),
    [
        ("efus-2024", "x", "efus_2024"),
        ("ab", "x", "event_7"),
        ("", "harm-reduction-days", "harm_reduction_days"),
        ("", "ab", "event_7"),
    ],
)
def test_export_acronym(acronym, slug, expected):
    assert export_acronym(EventPage(pk=7, acronym=acronym, slug=slug)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Plenary: drugs & harm reduction", "efus_2024-12-plenary-drugs-harm-reduction"),
        ("Ω", "efus_2024-12-session"),
        ("X", "efus_2024-12-session"),
        ("Réunion_finale —", "efus_2024-12-reunion_finale"),
    ],
)
def test_session_slugs_fit_both_schemas(title, expected):
    slug = session_slug("efus_2024", SessionPage(pk=12, title=title))
    assert slug == expected
    assert XSD_SLUG.fullmatch(slug)
    assert JSON_SLUG.match(slug)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Prevention", "prevention"), ("2024 agenda", "track-2024-agenda"), ("Ω", "track-3"), ("A", "track-a")],
)
def test_track_slugs_fit_both_schemas(name, expected):
    slug = track_slug(EventTrack(pk=3, name=name))
    assert slug == expected
    assert re.fullmatch(r"[a-z][a-z0-9-]+", slug)  # XSD
    assert JSON_SLUG.match(slug)


def test_time_zone_names_fit_the_json_pattern():
    assert json_time_zone_name("Europe/Brussels") == "Europe/Brussels"
    assert json_time_zone_name("America/Argentina/Buenos_Aires") == "America/Argentina/Buenos_Aires"
    assert json_time_zone_name("UTC") == "UTC"
    assert json_time_zone_name("Australia/ACT") == "Australia/Sydney"


def test_plain_text():
    assert plain_text("") == ""
    assert plain_text("<p>One &amp; <a href='/x'>two</a></p><p>Three<br/>four</p>") == "One & two\n\nThree\nfour"
    assert plain_text("<h2>Aims</h2><ol><li>First</li><li>Second</li></ol>") == "Aims\n\n- First\n- Second"
