"""What attendees see: the events list, an event, its schedule with filters, speakers, changes and agendas."""

import datetime
import json

import pytest

from wagtail.models import PageViewRestriction

from events.models import ScheduleChange
from events.schedule import Schedule
from events.views import AGENDA_LIMIT
from tests.factories.events import add_event, add_session, at, republish
from tests.factories.pages import translate_page
from tests.listings import filter_messages, options, robots, soup

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def session_titles(document):
    return [heading.get_text(strip=True) for heading in document.select(".session-item__title")]


@pytest.fixture
def hidden(conference, people):
    """A draft session and a published session restricted to logged-in users."""
    draft = add_session(conference, "Draft session", at(2024, 3, 21, 9), at(2024, 3, 21, 10), publish=False)
    private = add_session(
        conference,
        "Members-only session",
        at(2024, 3, 21, 11),
        at(2024, 3, 21, 12),
        people=[(people["mayor"], "discussant")],
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {"draft": draft, "private": private}


def test_the_events_list_puts_coming_events_first_and_past_ones_by_year(client, events_index, conference):
    coming = add_event(events_index, "Lisbon seminar", start=at(2099, 6, 1), end=at(2099, 6, 2), kind="seminar")
    old = add_event(
        events_index, "Strategic seminar", start=at(2008, 6, 1), end=at(2008, 6, 30), date_precision="month"
    )
    document = soup(client.get(events_index.url))
    coming_section = document.find(id="coming-heading").parent
    coming_titles = [a.get_text(strip=True) for a in coming_section.select(".card__title a")]
    assert coming_titles == [coming.title]
    years = [heading.get_text(strip=True) for heading in document.select(".event-list__year")]
    assert years == ["2024", "2008"]
    assert "June 2008" in document.get_text()
    assert document.find("link", rel="alternate", type="text/calendar")["href"] == events_index.url + "events.ics"
    assert old.title in document.get_text()


def test_the_events_list_filters_by_kind_city_and_year(client, events_index, conference):
    add_event(events_index, "Paris workshop", kind="workshop", venue_city="Paris", venue_country="FR")
    document = soup(client.get(events_index.url, {"kind": "workshop"}))
    assert [a.get_text(strip=True) for a in document.select(".card__title a")] == ["Paris workshop"]
    assert robots(document) == "noindex"
    document = soup(client.get(events_index.url, {"city": "Brussels"}))
    assert [a.get_text(strip=True) for a in document.select(".card__title a")] == [conference.title]
    # The kinds offered are those left by the city chosen.
    assert options(document, "kind") == {"conference": "Conference (1)"}
    document = soup(client.get(events_index.url, {"year": "1999", "kind": "nonsense"}))
    assert "nonsense" in filter_messages(document)


def test_the_event_page_shows_when_where_and_the_programme(client, conference, sessions):
    document = soup(client.get(conference.url))
    text = document.get_text(" ", strip=True)
    assert "Europe/Brussels (CET, UTC+01:00)" in text
    assert [a.get_text(strip=True) for a in document.select(".programme-list a")] == [
        sessions["plenary"].title,
        sessions["thematic"].title,
    ]
    assert "14:45" in text and "16:15" in text
    types = {link["type"]: link["href"] for link in document.find_all("link", rel="alternate") if link.get("type")}
    assert types["text/calendar"] == conference.url + "schedule.ics"
    assert types["application/xml"] == conference.url + "schedule.xml"
    assert types["application/json"] == conference.url + "schedule.json"


def test_the_event_page_lists_site_visits_with_their_places(client, events_index):
    event = add_event(
        events_index,
        "Visits conference",
        visits=[{"title": "Harm reduction schemes in Brussels", "limited_places": True, "allocation": "first-come"}],
    )
    text = soup(client.get(event.url)).get_text(" ", strip=True)
    assert "Harm reduction schemes in Brussels" in text
    assert "Limited places · First come, first served" in text


def test_the_schedule_lists_sessions_by_day_in_event_time(client, conference, sessions):
    document = soup(client.get(conference.url + "schedule/"))
    assert session_titles(document) == [sessions["plenary"].title, sessions["thematic"].title]
    plenary = document.find(id=f"session-{sessions['plenary'].pk}")
    assert plenary.select_one(".session-item__time").get_text(strip=True).startswith("14:45–16:00")
    assert plenary["data-start"] == "2024-03-20T14:45:00+01:00"
    assert "Plenary hall" in plenary.get_text()
    thematic = document.find(id=f"session-{sessions['thematic'].pk}")
    people = [p.get_text(" ", strip=True) for p in thematic.select(".session-item__people")]
    assert people == ["Moderator: Nadia Zourgui", "Speaker: Marie Jauffret-Roustide"]
    assert "interpreted into English" in thematic.get_text()
    assert document.select_one(".schedule-day h2 time")["datetime"] == "2024-03-20"


def test_schedule_times_follow_the_events_zone_not_the_servers(client, events_index):
    event = add_event(
        events_index,
        "New York meeting",
        time_zone="America/New_York",
        start=datetime.datetime(2024, 5, 1, 13, tzinfo=UTC),
        end=datetime.datetime(2024, 5, 1, 22, tzinfo=UTC),
    )
    session = add_session(
        event, "Morning", datetime.datetime(2024, 5, 1, 13, tzinfo=UTC), datetime.datetime(2024, 5, 1, 14, tzinfo=UTC)
    )
    document = soup(client.get(event.url + "schedule/"))
    item = document.find(id=f"session-{session.pk}")
    assert item.select_one(".session-item__time").get_text(strip=True).startswith("09:00–10:00")
    assert "America/New York (EDT, UTC-04:00)" in document.get_text()


def test_the_schedule_filters_by_track_format_and_language(client, conference, sessions):
    add_session(
        conference,
        "Prevention workshop",
        at(2024, 3, 21, 9),
        at(2024, 3, 21, 10),
        track_name="Prevention",
        format="workshop",
    )
    url = conference.url + "schedule/"
    document = soup(client.get(url))
    assert options(document, "track") == {
        "drugs-and-harm-reduction": "Drugs and harm reduction (2)",
        "prevention": "Prevention (1)",
    }
    assert session_titles(soup(client.get(url, {"track": "prevention"}))) == ["Prevention workshop"]
    assert session_titles(soup(client.get(url, {"format": "thematic"}))) == [sessions["thematic"].title]
    document = soup(client.get(url, {"language": "en", "track": "drugs-and-harm-reduction"}))
    assert session_titles(document) == [sessions["plenary"].title]
    assert robots(document) == "noindex"
    # Counts are those the other filters leave: the English sessions, whatever their track.
    assert options(document, "track") == {
        "drugs-and-harm-reduction": "Drugs and harm reduction (1)",
        "prevention": "Prevention (1)",
    }


@pytest.mark.parametrize("params", [{"track": "nope"}, {"format": "<script>"}, {"language": "x\x00y"}])
def test_unknown_schedule_filters_are_ignored_with_a_message(client, conference, sessions, params):
    response = client.get(conference.url + "schedule/", params)
    document = soup(response)
    assert len(session_titles(document)) == 2
    assert "was ignored" in filter_messages(document)
    assert b"<script>" not in response.content.split(b"</header>", 1)[1].split(b"<footer", 1)[0]


def test_now_and_next_are_marked_while_the_event_runs(conference, sessions):
    during_plenary = datetime.datetime(2024, 3, 20, 14, 0, tzinfo=UTC)  # 15:00 in Brussels
    programme = Schedule(conference, now=during_plenary)
    states = {item.title: item.state for item in programme.items}
    assert states == {sessions["plenary"].title: "now", sessions["thematic"].title: "next"}
    assert programme.running()
    before = Schedule(conference, now=datetime.datetime(2024, 3, 20, 8, 0, tzinfo=UTC))
    assert [item.state for item in before.items] == ["next", ""]


def test_speakers_list_everyone_with_their_roles(client, conference, sessions):
    document = soup(client.get(conference.url + "speakers/"))
    names = [heading.get_text(strip=True) for heading in document.select(".speaker-list__name")]
    assert names == ["Ahmed Aboutaleb", "Marie Jauffret-Roustide", "Nadia Zourgui"]
    zourgui = document.select(".speaker-list__item")[2].get_text(" ", strip=True)
    assert "Moderator · " + sessions["thematic"].title in zourgui


def test_a_speakers_page_shows_their_sessions_and_roles(client, conference, sessions):
    response = client.get(conference.url + "speakers/nadia-zourgui/")
    text = soup(response).get_text(" ", strip=True)
    assert "Nadia Zourgui" in text
    assert "Moderator · " + sessions["thematic"].title in text
    assert sessions["plenary"].title not in text
    ics = client.get(conference.url + "speakers/nadia-zourgui/sessions.ics")
    assert ics.status_code == 200
    assert ics.content.count(b"BEGIN:VEVENT") == 1


def test_unknown_speakers_are_not_found(client, conference, sessions):
    assert client.get(conference.url + "speakers/nobody/").status_code == 404
    assert client.get(conference.url + "speakers/nobody/sessions.ics").status_code == 404


def test_the_session_page_says_when_where_and_who(client, conference, sessions):
    document = soup(client.get(sessions["thematic"].url))
    text = document.get_text(" ", strip=True)
    assert "16:15 – 17:45" in text
    assert "Room 2" in text
    assert "Français; interpreted into English" in text
    moderators = document.select(".session__people h3")
    assert [heading.get_text(strip=True) for heading in moderators] == ["Moderator", "Speaker"]
    assert document.find("link", rel="alternate", type="text/calendar")["href"] == sessions["thematic"].url + (
        "session.ics"
    )


def test_drafts_and_private_sessions_appear_nowhere(client, conference, sessions, hidden):
    base = conference.url
    for suffix in ["", "schedule/", "speakers/", "schedule.ics", "schedule.xml", "schedule.json", "schedule/changes/"]:
        response = client.get(base + suffix)
        assert response.status_code == 200, suffix
        body = response.content.decode()
        assert "Draft session" not in body, suffix
        assert "Members-only session" not in body, suffix
    # Nor as speakers: the mayor's part in the private session is not shown.
    assert "Discussant" not in client.get(base + "speakers/ahmed-aboutaleb/").content.decode()
    assert client.get(hidden["private"].url + "session.ics").status_code in (302, 401, 403)
    agenda = client.get(base + "agenda.ics", {"sessions": f"{hidden['draft'].pk},{hidden['private'].pk}"})
    assert agenda.status_code == 200
    assert b"BEGIN:VEVENT" not in agenda.content


def test_the_changelog_lists_what_moved(client, conference, sessions):
    republish(sessions["plenary"], start=at(2024, 3, 20, 15), end=at(2024, 3, 20, 16, 15))
    republish(sessions["thematic"], status="cancelled")
    document = soup(client.get(conference.url + "schedule/changes/"))
    items = [item.get_text(" ", strip=True) for item in document.select(".change-list__item")]
    assert items[0].endswith("Cancelled : " + sessions["thematic"].title)
    assert "From 20 March, 14:45 to 20 March, 15:00." in items[1]
    assert "version 4" in document.get_text()
    assert ScheduleChange.objects.filter(event=conference).count() == 4


class TestAgenda:
    def test_the_agenda_holds_the_chosen_sessions_as_they_are_now(self, client, conference, sessions):
        ids = f"{sessions['thematic'].pk},{sessions['plenary'].pk}"
        response = client.get(conference.url + "agenda.ics", {"sessions": ids})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        assert response.content.count(b"BEGIN:VEVENT") == 2
        republish(sessions["plenary"], start=at(2024, 3, 20, 15), end=at(2024, 3, 20, 16, 15))
        moved = client.get(conference.url + "agenda.ics", {"sessions": ids}).content.decode()
        assert "DTSTART;TZID=Europe/Brussels:20240320T150000" in moved
        assert "SEQUENCE:1" in moved

    def test_duplicates_and_unknown_ids_are_ignored(self, client, conference, sessions, events_index):
        other = add_event(events_index, "Other event")
        foreign = add_session(other, "Elsewhere", at(2024, 3, 20, 10), at(2024, 3, 20, 11))
        plenary = sessions["plenary"].pk
        response = client.get(conference.url + "agenda.ics", {"sessions": f"{plenary},{plenary},999999,{foreign.pk}"})
        assert response.status_code == 200
        assert response.content.count(b"BEGIN:VEVENT") == 1
        response = client.get(f"{conference.url}agenda.ics?sessions={plenary}&sessions={plenary}")
        assert response.content.count(b"BEGIN:VEVENT") == 1

    @pytest.mark.parametrize(
        "value, message",
        [
            ("", "Choose at least one session"),
            ("abc", "is not a session number"),
            ("1;DROP TABLE", "is not a session number"),
            ("-3", "is not a session number"),
            ("0", "is not a session number"),
            ("1\x00", "is not a session number"),
            ("٣", "is not a session number"),
            ("9" * 40, "is not a session number"),
            (",".join(str(number) for number in range(1, AGENDA_LIMIT + 2)), "at most 100 sessions"),
        ],
    )
    def test_bad_addresses_get_a_clear_400(self, client, conference, sessions, value, message):
        response = client.get(conference.url + "agenda.ics", {"sessions": value})
        assert response.status_code == 400
        assert message in response.content.decode()
        assert response["Content-Type"].startswith("text/plain")

    def test_a_long_address_of_repeated_ids_is_read_whole(self, client, conference, sessions):
        ids = [str(sessions["plenary"].pk)] * 3000 + [str(sessions["thematic"].pk)] * 3000
        response = client.get(conference.url + "agenda.ics", {"sessions": ",".join(ids)})
        assert response.status_code == 200
        assert response.content.count(b"BEGIN:VEVENT") == 2


def test_the_french_schedule_is_in_french_with_french_rooms(client, conference, sessions):
    french_event = translate_page(conference, "fr", title="Sécurité, démocratie et villes", slug="securite")
    for row in french_event.rooms.all():
        row.name = {"Plenary hall": "Salle plénière", "Room 2": "Salle 2"}[row.name]
        row.save()
    for key, title in [("plenary", "Séance plénière"), ("thematic", "Session thématique")]:
        translate_page(sessions[key], "fr", title=title)
    document = soup(client.get(french_event.url + "schedule/"))
    assert session_titles(document) == ["Séance plénière", "Session thématique"]
    rooms = [room.get_text(strip=True) for room in document.select(".session-item__room")]
    assert rooms == ["Salle plénière", "Salle 2"]
    assert "fuseau horaire" in document.get_text()
    data = json.loads(client.get(french_event.url + "schedule.json").content)
    assert data["schedule"]["conference"]["title"] == "Sécurité, démocratie et villes"


def test_the_sitemap_lists_the_schedule_and_the_speakers(client, conference, sessions, events_index, hidden):
    empty = add_event(events_index, "No programme yet")
    body = client.get("/sitemap.xml").content.decode()
    for route in ["", "schedule/", "speakers/", "speakers/nadia-zourgui/", "speakers/ahmed-aboutaleb/"]:
        assert f"<loc>http://localhost{conference.url}{route}</loc>" in body, route
    assert f"<loc>http://localhost{empty.url}</loc>" in body
    assert f"{empty.url}schedule/" not in body
    assert "draft-session" not in body and "members-only" not in body


def test_search_finds_a_session_by_a_speakers_name_and_an_event_by_its_city(
    client, conference, sessions, django_capture_on_commit_callbacks
):
    from events.models import SessionPerson
    from tests.factories.network import add_person

    speaker = add_person("Alexis Goosdeel", role="Director")
    # An editor adds a speaker to a published session and publishes: the rows are written after the
    # page itself, which Wagtail indexes on save.
    with django_capture_on_commit_callbacks(execute=True):
        page = type(sessions["plenary"]).objects.get(pk=sessions["plenary"].pk)
        page.session_people = [*page.session_people.all(), SessionPerson(person=speaker, role="speaker")]
        page.save_revision().publish()
    document = soup(client.get("/en/search/", {"q": "Goosdeel"}))
    assert sessions["plenary"].title in document.get_text()
    document = soup(client.get("/en/search/", {"q": "Brussels"}))
    assert conference.title in document.get_text()


def test_the_changelog_for_machines_numbers_each_version_and_hides_private_sessions(
    client, conference, sessions, hidden
):
    republish(sessions["plenary"], start=at(2024, 3, 20, 15), end=at(2024, 3, 20, 16, 15))
    data = json.loads(client.get(conference.url + "schedule/changes.json").content)
    # Added: plenary, thematic, the private session (before its restriction); then the move.
    assert data["version"] == "4"
    latest = data["changes"][0]
    assert (latest["version"], latest["kind"], latest["session_title"]) == ("4", "moved", sessions["plenary"].title)
    assert latest["previous_start"] == "2024-03-20T14:45:00+01:00"
    assert latest["start"] == "2024-03-20T15:00:00+01:00"
    assert "Members-only session" not in json.dumps(data)
    assert [change["version"] for change in data["changes"]] == ["4", "2", "1"]
    page = soup(client.get(conference.url + "schedule/changes/"))
    assert page.select_one(".change-list__when").get_text(" ", strip=True).startswith("Version 4 ·")


def test_only_live_public_organisers_and_partners_are_named(client, home, events_index):
    from events.models import EventPartner
    from tests.factories.network import add_directory, add_organisation

    directory = add_directory(home)
    efus, city, hidden_partner = (add_organisation(directory, name) for name in ("Efus", "City of Loos", "Secret"))
    PageViewRestriction.objects.create(page=hidden_partner, restriction_type=PageViewRestriction.LOGIN)
    event = add_event(events_index, "Partnered", organiser=efus)
    event = republish(event, partners=[EventPartner(organisation=city), EventPartner(organisation=hidden_partner)])
    text = soup(client.get(event.url)).get_text(" ", strip=True)
    assert "Organiser Efus" in text
    assert "With City of Loos" in text
    assert "Secret" not in text
