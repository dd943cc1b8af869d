"""The iCalendar exports parse, keep their times across daylight saving, and tell calendars what changed."""

import datetime
import zoneinfo

import icalendar
import pytest

from tests.factories.events import add_event, add_session, at, republish

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_programme_parses_with_its_time_zone(client, conference, sessions):
    calendar = parse(client.get(conference.url + "schedule.ics"))
    assert str(calendar["VERSION"]) == "2.0"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    events = vevents(calendar)
    plenary = events[sessions["plenary"].title]
    assert plenary["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert plenary.decoded("DTSTART").astimezone(UTC) == datetime.datetime(2024, 3, 20, 13, 45, tzinfo=UTC)
    assert plenary.decoded("DTEND").astimezone(UTC) == datetime.datetime(2024, 3, 20, 15, 0, tzinfo=UTC)
    assert str(plenary["LOCATION"]) == "Plenary hall, Brussels, Belgium"
    assert str(plenary["STATUS"]) == "CONFIRMED"
    assert "Speaker: Ahmed Aboutaleb" in str(plenary["DESCRIPTION"])
    assert str(plenary["URL"]).endswith(sessions["plenary"].url)


def test_lines_are_folded_and_end_with_crlf(client, conference, sessions):
    body = client.get(conference.url + "schedule.ics").content
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in body.replace(b"\r\n", b"")


def test_times_round_trip_across_a_daylight_saving_change(client, events_index):
    # Brussels moves from CET (UTC+1) to CEST (UTC+2) in the night of 30 to 31 March 2024.
    event = add_event(events_index, "Spring school", start=at(2024, 3, 29, 9), end=at(2024, 4, 2, 18))
    before = add_session(event, "Before the change", at(2024, 3, 30, 10), at(2024, 3, 30, 11))
    after = add_session(event, "After the change", at(2024, 4, 1, 10), at(2024, 4, 1, 11))
    calendar = parse(client.get(event.url + "schedule.ics"))
    events = vevents(calendar)
    first, second = events[before.title], events[after.title]
    assert first.decoded("DTSTART").astimezone(UTC) == datetime.datetime(2024, 3, 30, 9, tzinfo=UTC)
    assert second.decoded("DTSTART").astimezone(UTC) == datetime.datetime(2024, 4, 1, 8, tzinfo=UTC)
    # Both read 10:00 on the wall clock in Brussels, through the shipped VTIMEZONE alone.
    zone = calendar.walk("VTIMEZONE")[0].to_tz()
    for component in (first, second):
        wall = component["DTSTART"].dt.replace(tzinfo=None)
        assert wall.hour == 10
        assert wall.replace(tzinfo=zone).utcoffset() == component.decoded("DTSTART").utcoffset()
    offsets = {part.decoded("TZOFFSETTO") for part in calendar.walk("DAYLIGHT")}
    assert datetime.timedelta(hours=2) in offsets


def test_uids_are_stable_and_sequence_rises_when_a_session_moves(client, conference, sessions):
    first = vevents(parse(client.get(conference.url + "schedule.ics")))[sessions["plenary"].title]
    assert int(first["SEQUENCE"]) == 0
    republish(sessions["plenary"], summary="A new summary")  # not a scheduling change
    same = vevents(parse(client.get(conference.url + "schedule.ics")))[sessions["plenary"].title]
    assert int(same["SEQUENCE"]) == 0
    republish(sessions["plenary"], start=at(2024, 3, 20, 15), end=at(2024, 3, 20, 16, 15))
    moved = vevents(parse(client.get(conference.url + "schedule.ics")))[sessions["plenary"].title]
    assert str(moved["UID"]) == str(first["UID"])
    assert int(moved["SEQUENCE"]) == 1
    assert moved.decoded("DTSTART") == at(2024, 3, 20, 15)


def test_a_cancelled_session_is_sent_as_cancelled(client, conference, sessions):
    republish(sessions["thematic"], status="cancelled")
    events = vevents(parse(client.get(conference.url + "schedule.ics")))
    cancelled = events[sessions["thematic"].title]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) == 1


def test_each_session_has_its_own_file_with_the_same_uid(client, conference, sessions):
    whole = vevents(parse(client.get(conference.url + "schedule.ics")))
    single = parse(client.get(sessions["thematic"].url + "session.ics"))
    assert len(single.walk("VEVENT")) == 1
    assert str(single.walk("VEVENT")[0]["UID"]) == str(whole[sessions["thematic"].title]["UID"])
    assert single.walk("VTIMEZONE")


def test_the_uid_differs_between_languages_and_sessions(conference, sessions):
    from tests.factories.pages import translate_page

    translate_page(conference, "fr", title="Conférence", slug="conference")
    french = translate_page(sessions["plenary"], "fr", title="Plénière")
    uids = {sessions["plenary"].get_uid(), sessions["thematic"].get_uid(), french.get_uid()}
    assert len(uids) == 3
    assert sessions["plenary"].get_uid() == type(sessions["plenary"]).objects.get(pk=sessions["plenary"].pk).get_uid()


def test_the_events_feed_lists_every_live_event(client, events_index, conference):
    add_event(
        events_index,
        "Strategic seminar",
        start=at(2008, 6, 1, 0),
        end=at(2008, 6, 30, 23),
        date_precision="month",
        time_zone="Europe/Paris",
        venue_city="Paris",
        venue_country="FR",
    )
    calendar = parse(client.get(events_index.url + "events.ics"))
    events = vevents(calendar)
    assert set(events) == {"Strategic seminar", conference.title}
    # Only the month is on record: an all-day entry over that month.
    assert events["Strategic seminar"].decoded("DTSTART") == datetime.date(2008, 6, 1)
    assert events["Strategic seminar"].decoded("DTEND") == datetime.date(2008, 7, 1)
    assert events[conference.title].decoded("DTSTART") == at(2024, 3, 20, 9)
