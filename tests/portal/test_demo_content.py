"""The demo content command builds the site in English and French, and a second run changes nothing."""

import dataclasses
import datetime
from zoneinfo import ZoneInfo

import pytest

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale, Page, PageLogEntry, Revision, Site

from events.models import EventIndexPage, EventPage, ScheduleChange, SessionPage
from events.schedule import describe_sessions
from home.models import HomePage, ProjectPage, StandardPage
from portal.demo.builder import DemoBuilder
from portal.demo.sections import get_sections
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module inside a transaction rolled back at its end.

    Each test runs in a savepoint within it (pytest-django's own), so what one test changes
    (a second load) is undone before the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.order_by("path").values_list("path", "slug", "live", "locale__language_code")),
    )


def test_running_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_site_is_built_in_english_and_french(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for language in ("en", "fr"):
        pages = StandardPage.objects.live().filter(locale__language_code=language)
        assert pages.count() >= 4, language
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'<html lang="{language}"' in response.content.decode()
    assert not Page.objects.filter(locale__language_code__in=["it", "ro", "bg", "nl", "de"]).exists()


def test_french_pages_are_translations_of_the_english_ones(demo):
    english = StandardPage.objects.filter(locale__language_code="en")
    for page in english:
        french = page.get_translations().filter(locale__language_code="fr").first()
        assert french is not None, page.slug
        assert french.specific.introduction != page.introduction, page.slug


def test_seed_facts_carry_over(demo, client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about-the-network")
    html = client.get(about.url).content.decode()
    for fact in ["ACCES", "ARAS", "Initiative for Health", "Villa Maraini", "Efus", "Infor-Drogues"]:
        assert fact in html, fact
    assert "Villa Mariani" not in html


def test_footer_settings_point_at_the_legal_pages(demo, client):
    settings = SiteSettings.objects.get()
    assert settings.contact_email.endswith("example.org")
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/mentions-legales/"' in html
    assert 'href="/fr/confidentialite/"' in html


# --- Events ---------------------------------------------------------------------------------------

BRUSSELS = ZoneInfo("Europe/Brussels")
EFUS_SLUGS = {"en": "efus-conference-brussels-2024", "fr": "conference-efus-bruxelles-2024"}
EFUS_SESSIONS = [
    # (start and end in Brussels, start in UTC, speakers in order, room in each language)
    (
        (14, 45),
        (16, 0),
        (13, 45),
        ["Ahmed Aboutaleb", "Ine Van Wymersch", "Alexis Goosdeel"],
        {"en": "Plenary hall", "fr": "Salle plénière"},
    ),
    (
        (16, 15),
        (17, 45),
        (15, 15),
        ["Marie Jauffret-Roustide", "Laurent Maise", "Arianna Rogialli", "Nadia Zourgui"],
        {"en": "Thematic session room", "fr": "Salle des sessions thématiques"},
    ),
]
TRACK = {"en": "Drugs and harm reduction", "fr": "Drogues et réduction des risques"}


def efus_conference(language):
    english = EventPage.objects.get(locale__language_code="en", slug=EFUS_SLUGS["en"])
    return english if language == "en" else english.get_translation(Locale.objects.get(language_code=language))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_efus_conference_has_its_two_sessions(demo, language):
    event = efus_conference(language)
    assert event.live and event.slug == EFUS_SLUGS[language]
    assert event.time_zone == "Europe/Brussels"
    assert event.local_start == datetime.datetime(2024, 3, 20, 14, 45, tzinfo=BRUSSELS)
    assert event.local_end == datetime.datetime(2024, 3, 20, 17, 45, tzinfo=BRUSSELS)
    assert event.organiser.slug == "efus"
    rooms = {row.translation_key: row for row in event.rooms.all()}
    tracks = {row.translation_key: row for row in event.tracks.all()}
    sessions = list(SessionPage.objects.child_of(event).live().order_by("start"))
    assert len(sessions) == len(EFUS_SESSIONS)
    for session, (start, end, utc_start, speakers, room) in zip(sessions, EFUS_SESSIONS, strict=True):
        assert session.locale == event.locale
        assert session.start == datetime.datetime(2024, 3, 20, *start, tzinfo=BRUSSELS)
        assert session.end == datetime.datetime(2024, 3, 20, *end, tzinfo=BRUSSELS)
        assert session.start.astimezone(datetime.UTC) == datetime.datetime(2024, 3, 20, *utc_start, tzinfo=datetime.UTC)
        assert [row.person.name for row in session.session_people.all()] == speakers
        assert {row.role for row in session.session_people.all()} == {"speaker"}
        # Synchronised: the session points at the English event's rows; readers get their language's row.
        assert rooms[session.room.translation_key].name == room[language]
        assert tracks[session.track.translation_key].name == TRACK[language]
        assert session.sequence == 0
    schedule = [(item.room.name, item.track.name) for item in describe_sessions(event, sessions)]
    assert schedule == [(room[language], TRACK[language]) for *_times, _people, room in EFUS_SESSIONS]


def test_efus_thematic_session_presents_transit_and_limits(demo):
    event = efus_conference("en")
    thematic = SessionPage.objects.child_of(event).get(format="thematic")
    related = [row.page.specific for row in thematic.related_pages.all()]
    assert [page.slug for page in related] == ["transit-brussels", "limits-loos"]
    assert all(page.live for page in related)


def test_event_pages_render_in_both_languages(demo, client):
    index_slugs = {"en": "events", "fr": "evenements"}
    for language in ("en", "fr"):
        index = EventIndexPage.objects.get(locale__language_code=language)
        assert index.slug == index_slugs[language] and index.live
        event = efus_conference(language)
        urls = [index.url, event.url, event.url + "schedule/", event.url + "speakers/"]
        urls += [page.url for page in EventPage.objects.child_of(index).live()]
        urls += [page.url for page in SessionPage.objects.descendant_of(index).live()]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert f'<html lang="{language}"' in response.content.decode(), url


HEAD_UP_EVENTS = [
    # (milestone date, event kind, precision, time zone, city in English)
    (datetime.date(2008, 6, 1), "seminar", "month", "Europe/Paris", "Paris"),
    (datetime.date(2009, 1, 22), "seminar", "day", "Europe/Bucharest", "Bucharest"),
    (datetime.date(2009, 9, 1), "training", "month", "Europe/Paris", "Paris"),
    (datetime.date(2010, 6, 1), "workshop", "month", "Europe/Paris", "Marseille"),
    (datetime.date(2010, 12, 1), "conference", "month", "Europe/Vienna", "Vienna"),
]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_head_up_milestones_link_to_live_event_pages(demo, language):
    project = ProjectPage.objects.get(locale__language_code=language, slug="head-up")
    milestones = list(project.milestones.all())
    linked = [milestone for milestone in milestones if milestone.event_id]
    assert len(linked) == len(HEAD_UP_EVENTS)
    assert milestones[-1].event_id is None  # The evaluation of the tools is no event.
    for milestone, (day, kind, precision, time_zone, city) in zip(linked, HEAD_UP_EVENTS, strict=True):
        event = milestone.event.specific
        assert isinstance(event, EventPage) and event.live, milestone.title
        assert event.locale_id == project.locale_id
        assert event.organiser.slug == "acces"
        assert (event.kind, event.date_precision, event.time_zone) == (kind, precision, time_zone)
        assert event.local_start.date() == day == milestone.start_date
        assert event.is_past()
        assert bool(event.date_note), event.title
        if language == "en":
            assert event.venue_city == city


def test_aipauc_meetings_are_written_in_french_first(demo):
    french = EventPage.objects.get(locale__language_code="fr", slug="rencontres-groupes-de-travail-aipauc")
    english = french.get_translation(Locale.objects.get(language_code="en"))
    # The French page is the original: the English one was made from it, later.
    assert french.pk < english.pk
    for event in (french, english):
        assert (event.kind, event.attendance_mode, event.date_precision) == ("meeting", "mixed", "year")
        assert event.when == "2022"
    assert "4 février 2022" in french.date_note and "4 February 2022" in english.date_note
    milestone = ProjectPage.objects.get(locale__language_code="fr", slug="aipauc").milestones.get(event__isnull=False)
    assert milestone.event_id == french.pk


def test_loading_again_records_no_schedule_change(demo):
    added = list(ScheduleChange.objects.values_list("pk", "kind"))
    # The first load published four sessions (two per language): each was added once.
    assert [kind for _pk, kind in added] == ["added"] * 4
    call_command("load_demo_content", verbosity=0)
    assert list(ScheduleChange.objects.values_list("pk", "kind")) == added
    assert set(SessionPage.objects.values_list("sequence", flat=True)) == {0}


def test_rewritten_rooms_keep_their_ids(demo):
    """Renaming a room in the content rewrites the event's rows in place: sessions still point at them."""
    event = efus_conference("en")
    rooms = list(event.rooms.values_list("pk", "translation_key"))
    sessions = dict(SessionPage.objects.child_of(event).values_list("pk", "room_id"))
    sections = get_sections()
    position = next(index for index, section in enumerate(sections) if section.name == "events")
    spec = next(spec for spec in sections[position].pages if spec.key == "event-efus-2024")
    content = {**spec.content, "en": {**spec.content["en"], "rooms": [{"name": "Main hall"}, {"name": "Room 2"}]}}
    renamed = dataclasses.replace(spec, content=content)
    events = dataclasses.replace(
        sections[position], pages=tuple(renamed if page is spec else page for page in sections[position].pages)
    )
    report = DemoBuilder([*sections[:position], events, *sections[position + 1 :]]).run()
    assert report.pages["updated"] == 1
    assert list(event.rooms.values_list("pk", "translation_key")) == rooms
    assert list(event.rooms.values_list("name", flat=True)) == ["Main hall", "Room 2"]
    assert dict(SessionPage.objects.child_of(event).values_list("pk", "room_id")) == sessions
    assert set(ScheduleChange.objects.values_list("kind", flat=True)) == {"added"}


def test_inline_rows_are_stored_in_their_order(demo):
    """Rows without a position come back in whatever order the database likes (PostgreSQL's changes)."""
    from events.models import EventRoom
    from home.models import Milestone, ProjectPartner

    for model in (Milestone, ProjectPartner, EventRoom):
        assert model.objects.exists(), model
        assert not model.objects.filter(sort_order__isnull=True).exists(), model


def test_demo_has_one_account_per_role_with_the_documented_password(demo):
    from django.contrib.auth import get_user_model

    from home.models import OrganisationPage
    from portal.demo.accounts import ACCOUNTS, demo_password

    users = get_user_model().objects
    for username, _first, _last, group, _purpose in ACCOUNTS:
        user = users.get(username=username)
        assert user.check_password(demo_password()), username
        assert not user.is_superuser
        if group:
            assert user.groups.filter(name=group).exists(), username
    partner = users.get(username="partner")
    editable = {page.slug for page in OrganisationPage.objects.all() if page.permissions_for_user(partner).can_edit()}
    assert editable == {"infor-drogues"}
    assert OrganisationPage.objects.filter(slug="infor-drogues").count() == 2  # English and French, both editable
    assert users.get(username="former.officer").is_active is False


def test_every_demo_page_has_an_owner_and_a_review_date(demo):
    from django.apps import apps

    from portal.models import BasePage

    for model in [model for model in apps.get_models() if issubclass(model, BasePage)]:
        missing = model.objects.filter(alias_of__isnull=True).filter(content_owner__isnull=True)
        assert not missing.exists(), (model, list(missing))
        assert not model.objects.filter(alias_of__isnull=True, review_by__isnull=True).exists(), model
        for page in model.objects.filter(alias_of__isnull=True)[:3]:
            # The editor opens the latest revision: it carries the same owner and date.
            latest = page.get_latest_revision_as_object()
            assert (latest.content_owner_id, latest.review_by) == (page.content_owner_id, page.review_by)
