"""Editors create, edit and preview events and sessions; times are typed in the event's own time zone."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from events.models import EventIndexPage, EventPage, SessionPage
from home.models import HomePage
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_person
from tests.factories.pages import build_site

UTC = datetime.UTC


def event_form_data(title="Harm reduction days", **overrides):
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "kind": "conference",
        "status": "scheduled",
        "attendance_mode": "offline",
        "time_zone": "Europe/Lisbon",
        "start": "2025-06-12 09:00",
        "end": "2025-06-13 17:30",
        "date_precision": "day",
        "date_note": "",
        "summary": "Two days on harm reduction in Lisbon.",
        "description": rich_text("<p>Cities and NGOs meet.</p>"),
        "practical_information": rich_text(""),
        "venue_name": "Câmara Municipal",
        "venue_address": "Praça do Município",
        "venue_city": "Lisbon",
        "venue_country": "PT",
        "latitude": "38.70770",
        "longitude": "-9.13650",
        "online_url": "",
        "organiser": "",
        "partners": inline_formset([]),
        "registration_state": "open",
        "registration_url": "https://example.org/register",
        "registration_note": "",
        "site_visits": inline_formset([]),
        "rooms": inline_formset([{"name": "Auditorium", "location": "", "capacity": ""}]),
        "tracks": inline_formset([]),
        "acronym": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def session_form_data(title, start, end, room="", people=(), **overrides):
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-").replace(":", ""),
        "start": start,
        "end": end,
        "status": "confirmed",
        "room": room,
        "track": "",
        "format": "plenary",
        "language": "en",
        "places": "",
        "session_people": inline_formset([{"person": person.pk, "role": role} for person, role in people]),
        "summary": "Mayors and NGOs on what works.",
        "description": rich_text("<p>A debate.</p>"),
        "related_pages": inline_formset([]),
    }
    interpretation = overrides.pop("interpretation", [])
    data.update(overrides)
    form = nested_form_data(data)
    # A multiple choice is posted as a repeated field, which nested_form_data does not write.
    form["interpretation"] = interpretation
    return form


class EventTreeTests(WagtailPageTestCase):
    def test_events_live_under_their_list_and_sessions_under_an_event(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, {SessionPage})
        self.assertAllowedSubpageTypes(SessionPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(EventIndexPage, SessionPage)


class EventAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.index = add_event_index(cls.home)
        cls.event = add_event(cls.index, "Brussels conference")
        cls.session = add_session(
            cls.event, "Opening plenary", at(2024, 3, 20, 9), at(2024, 3, 20, 10, 30), room_name="Plenary hall"
        )
        cls.person = add_person("Ine Van Wymersch", role="National Commissioner for Drugs")

    def setUp(self):
        self.login()

    def test_editor_creates_an_event_with_times_in_its_own_zone(self):
        self.assertCanCreate(self.index, EventPage, event_form_data())
        event = EventPage.objects.get(slug="harm-reduction-days")
        # 09:00 in Lisbon in June (WEST, UTC+1) is 08:00 UTC.
        assert event.start == datetime.datetime(2025, 6, 12, 8, 0, tzinfo=UTC)
        assert event.rooms.get().name == "Auditorium"

    def test_the_edit_form_shows_times_in_the_event_zone(self):
        response = self.client.get(f"/admin/pages/{self.event.pk}/edit/")
        assert response.status_code == 200
        assert 'value="2024-03-20 09:00"' in response.content.decode()

    def test_an_event_cannot_end_before_it_starts(self):
        response = self.client.post(
            f"/admin/pages/add/events/eventpage/{self.index.pk}/",
            event_form_data(start="2025-06-12 09:00", end="2025-06-11 09:00"),
        )
        assert response.status_code == 200
        assert "The event must end after it starts." in response.content.decode()
        assert not EventPage.objects.filter(slug="harm-reduction-days").exists()

    def test_an_event_cannot_be_shortened_past_its_sessions(self):
        self.event.start = at(2024, 3, 21, 9)
        with pytest.raises(ValidationError, match="Opening plenary"):
            self.event.full_clean()

    def test_a_time_that_does_not_exist_in_the_zone_is_refused(self):
        # Clocks in Lisbon jump from 01:00 to 02:00 on 30 March 2025.
        response = self.client.post(
            f"/admin/pages/add/events/eventpage/{self.index.pk}/",
            event_form_data(start="2025-03-30 01:30", end="2025-03-30 17:00"),
        )
        assert response.status_code == 200
        assert not EventPage.objects.filter(slug="harm-reduction-days").exists()

    def test_editor_adds_a_session_in_brussels_time_with_people_in_order(self):
        room = self.event.rooms.get(name="Room 2")
        self.assertCanCreate(
            self.event,
            SessionPage,
            session_form_data(
                "Thematic session",
                "2024-03-20 16:15",
                "2024-03-20 17:45",
                room=room.pk,
                people=[(self.person, "moderator")],
                interpretation=["fr", "nl"],
            ),
        )
        session = SessionPage.objects.get(slug="thematic-session")
        assert session.start == datetime.datetime(2024, 3, 20, 15, 15, tzinfo=UTC)
        assert session.room == room
        assert session.interpretation == ["fr", "nl"]
        assert [(row.person, row.role) for row in session.session_people.all()] == [(self.person, "moderator")]

    def test_a_session_outside_the_event_days_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/events/sessionpage/{self.event.pk}/",
            session_form_data("Too late", "2024-03-25 09:00", "2024-03-25 10:00"),
        )
        assert response.status_code == 200
        assert "the session must take place on those days" in response.content.decode()
        assert not SessionPage.objects.filter(slug="too-late").exists()

    def test_a_session_cannot_use_another_events_room(self):
        other = add_event(self.index, "Other event", rooms=("Elsewhere",))
        response = self.client.post(
            f"/admin/pages/add/events/sessionpage/{self.event.pk}/",
            session_form_data("Wrong room", "2024-03-20 11:00", "2024-03-20 12:00", room=other.rooms.get().pk),
        )
        assert response.status_code == 200
        assert not SessionPage.objects.filter(slug="wrong-room").exists()

    def test_events_and_sessions_are_editable_and_previewable(self):
        self.assertPageIsEditable(
            self.event,
            event_form_data(
                "Brussels conference",
                slug="brussels-conference",
                start="2024-03-20 09:00",
                end="2024-03-22 18:00",
                time_zone="Europe/Brussels",
                rooms=inline_formset([]),
            ),
        )
        self.assertPageIsPreviewable(self.event)
        self.assertPageIsEditable(
            self.session, session_form_data("Opening plenary", "2024-03-20 09:00", "2024-03-20 10:30")
        )
        self.assertPageIsPreviewable(self.session)
        self.assertPageIsPreviewable(self.index)

    def test_the_session_form_lists_only_this_events_rooms(self):
        add_event(self.index, "Other event", rooms=("Elsewhere",))
        response = self.client.get(f"/admin/pages/{self.session.pk}/edit/")
        content = response.content.decode()
        assert "Plenary hall" in content
        assert "Elsewhere" not in content
        assert "time zone, Europe/Brussels." in content

    def test_a_new_session_can_be_previewed_before_it_is_saved(self):
        preview_url = f"/admin/pages/add/events/sessionpage/{self.event.pk}/preview/"
        data = session_form_data("Preview me", "2024-03-20 11:00", "2024-03-20 12:00")
        response = self.client.post(preview_url, data)
        assert response.json()["is_valid"]
        response = self.client.get(preview_url, {"mode": ""})
        assert response.status_code == 200
        assert "Preview me" in response.content.decode()
        assert "11:00" in response.content.decode()

    def test_a_new_event_can_be_previewed_before_it_is_saved(self):
        preview_url = f"/admin/pages/add/events/eventpage/{self.index.pk}/preview/"
        response = self.client.post(preview_url, event_form_data("Preview event"))
        assert response.json()["is_valid"]
        response = self.client.get(preview_url, {"mode": ""})
        assert response.status_code == 200
        assert "Preview event" in response.content.decode()

    def test_the_edit_preview_shows_the_people_being_added(self):
        preview_url = f"/admin/pages/{self.session.pk}/edit/preview/"
        data = session_form_data(
            "Opening plenary", "2024-03-20 09:00", "2024-03-20 10:30", people=[(self.person, "chair")]
        )
        assert self.client.post(preview_url, data).json()["is_valid"]
        content = self.client.get(preview_url, {"mode": ""}).content.decode()
        assert "Ine Van Wymersch" in content
        assert "Chair" in content
