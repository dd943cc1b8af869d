"""The RSS and Atom feeds of the library (one per combination of filters), the press room and the events
list, as a feed reader reads them: valid, in the page's language, with absolute links that answer, only
what is live and public (no draft, nothing under a view restriction, no press item under embargo, nothing
of another language); and the pages that announce them in their head and offer them in the page."""

import datetime
import uuid
import zoneinfo
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import feedparser
import pytest

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale, PageViewRestriction

from events.models import EventIndexPage, EventPage
from portal.models import ResourceType
from resources.models import PressKind, PressReleasePage, PressRoomPage, ResourceLibraryPage
from tests.factories.events import add_event, add_event_index, at, republish
from tests.factories.network import add_topic
from tests.factories.pages import build_site, translate_page
from tests.factories.press import add_press_item, add_press_room, in_days
from tests.factories.resources import add_library, add_resource, add_term
from tests.listings import soup

pytestmark = pytest.mark.django_db

ORIGIN = "http://localhost"
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")
RSS, ATOM = "application/rss+xml", "application/atom+xml"


def local(days, hour, minute=0, tz=BRUSSELS):
    """``hour:minute`` in ``tz``, ``days`` from today (negative: in the past)."""
    date = timezone.localdate(timezone.now(), tz) + datetime.timedelta(days=days)
    return datetime.datetime.combine(date, datetime.time(hour, minute), tzinfo=tz)


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def build_world():
    """English and French versions of a library, a press room and an events list, each with pages that
    must not be in any feed: a draft, a private page, an untranslated or draft translation, and press
    items under embargo (one made live by other means)."""
    home = build_site(languages=("fr",))
    french = Locale.objects.get(language_code="fr")
    harm = add_topic("Harm reduction")
    add_topic("Réduction des risques", language="fr", slug="reduction-des-risques", translation_of=harm)
    prevention = add_topic("Prevention")
    manual = add_term(ResourceType, "Manual")

    library = add_library(home, introduction="Manuals, reports and factsheets.")
    naloxone = add_resource(
        library,
        "Naloxone manual",
        topics=[harm],
        resource_type=manual,
        publication_date=datetime.date(2024, 5, 1),
        listing_summary="How outreach teams hand out naloxone.",
    )
    school = add_resource(
        library, "School prevention toolkit", topics=[prevention], publication_date=datetime.date(2023, 2, 1)
    )
    annual = add_resource(library, "Annual report 2019", publication_date=datetime.date(2019, 12, 1))
    draft = add_resource(library, "Draft guidance", topics=[harm], publication_date=datetime.date(2025, 6, 1))
    draft.unpublish()
    restrict(add_resource(library, "Members briefing", topics=[harm], publication_date=datetime.date(2022, 3, 1)))
    library_fr = translate_page(library, "fr", title="Bibliothèque", slug="bibliotheque")
    translate_page(naloxone, "fr", title="Manuel naloxone")
    translate_page(school, "fr", title="Boîte à outils scolaire")
    # A French translation started but not published.
    annual.copy_for_translation(french)

    room = add_press_room(home, introduction="News of the network for journalists covering drug policy.")
    release = add_press_item(
        room,
        "Cities call for drug checking",
        release_at=datetime.datetime(2024, 3, 20, 10, tzinfo=datetime.UTC),
        summary="Mayors of twelve cities ask for drug checking services in every region.",
    )
    add_press_item(
        room,
        "Factsheet on drug checking",
        kind=PressKind.FACTSHEET,
        release_at=datetime.datetime(2023, 6, 1, 8, tzinfo=datetime.UTC),
    )
    add_press_item(room, "Lighthouse study on overdoses", release_at=in_days(2))
    early = add_press_item(room, "Early statement", release_at=in_days(3))
    # Made live by other means than its scheduled publication: still under embargo.
    PressReleasePage.objects.filter(pk=early.pk).update(live=True)
    add_press_item(room, "Draft statement", publish=False)
    restrict(add_press_item(room, "Members note"))
    room_fr = translate_page(room, "fr", title="Salle de presse", slug="presse")
    translate_page(release, "fr", title="Les villes demandent l’analyse des drogues", slug="analyse-des-drogues")

    events = add_event_index(home, introduction="Conferences, seminars and workshops of the network.")
    summit = add_event(
        events,
        "Harm reduction summit",
        start=local(60, 9, 30, BUCHAREST),
        end=local(61, 17, 0, BUCHAREST),
        time_zone="Europe/Bucharest",
        venue_name="Palace of Parliament",
        venue_city="Bucharest",
        venue_country="RO",
        summary="Two days on harm reduction in European cities.",
    )
    add_event(events, "Naloxone training", start=local(20, 14), end=local(20, 17), kind="training", venue_city="Ghent")
    add_event(events, "Outreach seminar", start=local(40, 9), end=local(40, 17), kind="seminar", status="cancelled")
    past = add_event(events, "Prevention workshop", start=local(-100, 9), end=local(-100, 17), kind="workshop")
    add_event(
        events,
        "Bucharest seminar 2009",
        start=at(2009, 1, 22, 9, tz=BUCHAREST),
        end=at(2009, 1, 23, 17, tz=BUCHAREST),
        time_zone="Europe/Bucharest",
        date_precision="month",
        kind="seminar",
        venue_city="Bucharest",
        venue_country="RO",
    )
    add_event(events, "Draft meeting", start=local(30, 9), end=local(30, 12), kind="meeting").unpublish()
    restrict(add_event(events, "Members meeting", start=local(10, 9), end=local(10, 12), kind="meeting"))
    events_fr = translate_page(events, "fr", title="Événements", slug="evenements")
    translate_page(summit, "fr", title="Sommet de la réduction des risques", slug="sommet")
    translate_page(past, "fr", title="Atelier de prévention", slug="atelier-prevention")

    return {
        "library": library.pk,
        "library_fr": library_fr.pk,
        "room": room.pk,
        "room_fr": room_fr.pk,
        "release": release.pk,
        "events": events.pk,
        "events_fr": events_fr.pk,
        "summit": summit.pk,
    }


@pytest.fixture(scope="module")
def world_ids(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back at its end; each test runs in a
    savepoint within it, so what a test changes is undone before the next one."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(world_ids, db):
    return SimpleNamespace(
        library=ResourceLibraryPage.objects.get(pk=world_ids["library"]),
        library_fr=ResourceLibraryPage.objects.get(pk=world_ids["library_fr"]),
        room=PressRoomPage.objects.get(pk=world_ids["room"]),
        room_fr=PressRoomPage.objects.get(pk=world_ids["room_fr"]),
        release=PressReleasePage.objects.get(pk=world_ids["release"]),
        events=EventIndexPage.objects.get(pk=world_ids["events"]),
        events_fr=EventIndexPage.objects.get(pk=world_ids["events_fr"]),
        summit=EventPage.objects.get(pk=world_ids["summit"]),
    )


def read_feed(client, url, params=None):
    """The feed at ``url`` as a feed reader parses it, checked valid (feedparser's ``bozo`` unset)."""
    response = client.get(url, params or {})
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    return response, feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def self_link(feed):
    [link] = [link.href for link in feed.feed.links if link.rel == "self"]
    return link


# Every feed of the world: (page's name in the world, route, media type, feedparser's version).
FEEDS = [
    (page, route, media_type, version)
    for page in ("library", "library_fr", "room", "room_fr", "events", "events_fr")
    for route, media_type, version in (("feed/", RSS, "rss20"), ("feed/atom/", ATOM, "atom10"))
]
FEED_IDS = [f"{page}-{media_type.split('+')[0].split('/')[1]}" for page, _route, media_type, _version in FEEDS]

EXPECTED_TITLES = {
    "library": ["Naloxone manual", "School prevention toolkit", "Annual report 2019"],
    "library_fr": ["Manuel naloxone", "Boîte à outils scolaire"],
    "room": ["Press release: Cities call for drug checking", "Factsheet: Factsheet on drug checking"],
    "events": [
        "Harm reduction summit",
        "Outreach seminar (Cancelled)",
        "Naloxone training",
        "Prevention workshop",
        "Bucharest seminar 2009",
    ],
    "events_fr": ["Sommet de la réduction des risques", "Atelier de prévention"],
}
NEVER_IN_A_FEED = [
    "Draft guidance",
    "Members briefing",
    "Lighthouse study",
    "Early statement",
    "Draft statement",
    "Members note",
    "Draft meeting",
    "Members meeting",
]


def expected_titles(name):
    if name == "room_fr":
        with translation.override("fr"):
            return [f"{PressKind.RELEASE.label}: Les villes demandent l’analyse des drogues"]
    return EXPECTED_TITLES[name]


# --- Every feed ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "route", "media_type", "version"), FEEDS, ids=FEED_IDS)
def test_each_feed_is_valid_in_its_pages_language_with_absolute_links(client, world, name, route, media_type, version):
    page = getattr(world, name)
    language = page.locale.language_code
    response, feed = read_feed(client, page.url + route)
    assert response["Content-Type"].startswith(media_type)
    assert feed.version == version
    assert feed.feed.title == page.title
    assert feed.feed.language == language
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own server's output, not untrusted XML)
    if version == "atom10":
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
        # Atom wants an author for each entry: the feed's, the site's organisation.
        assert feed.feed.author == "Cities & Drugs Network"
        assert all(entry.updated_parsed >= entry.published_parsed for entry in feed.entries)
    else:
        assert root.findtext("channel/language") == language
    assert feed.feed.link == f"{ORIGIN}{page.url}"
    assert self_link(feed) == f"{ORIGIN}{page.url}{route}"
    assert feed.feed.subtitle == page.introduction
    assert titles(feed) == expected_titles(name)
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    for entry in feed.entries:
        address = urlsplit(entry.link)
        assert f"{address.scheme}://{address.netloc}" == ORIGIN, entry.link
        assert address.path.startswith(f"/{language}/") and address.path.startswith(page.url), entry.link
        assert entry.published_parsed is not None, entry.link
        assert client.get(address.path).status_code == 200, entry.link


@pytest.mark.parametrize(("name", "route", "media_type", "version"), FEEDS, ids=FEED_IDS)
def test_no_draft_private_embargoed_or_other_language_item_is_in_a_feed(
    client, world, name, route, media_type, version
):
    page = getattr(world, name)
    content = client.get(page.url + route).content.decode()
    for title in NEVER_IN_A_FEED:
        assert title not in content, (name, title)
    if name.endswith("_fr"):
        # The English pages without a published French translation stay out of the French feeds.
        for title in ("Annual report 2019", "Factsheet on drug checking", "Naloxone training", "Outreach seminar"):
            assert title not in content, (name, title)
        assert "/en/" not in content, name


HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
ODD_PARAMETERS = [
    {"topic": HOSTILE},
    {"topic": "nope", "type": "poem", "year": "20234"},
    {"country": HOSTILE, "year": HOSTILE, "language": "x" * 5000},
    {"audience": "%00\x00", "sort": HOSTILE, "page": "-1"},
    {"kind": HOSTILE, "city": "\x00", "event": "0"},
    {"unknown": HOSTILE},
]


@pytest.mark.parametrize("params", ODD_PARAMETERS)
@pytest.mark.parametrize(("name", "route", "media_type", "version"), FEEDS, ids=FEED_IDS)
def test_unknown_or_hostile_parameters_never_fail(client, world, params, name, route, media_type, version):
    page = getattr(world, name)
    response, feed = read_feed(client, page.url + route, params)
    assert b"<script>" not in response.content
    assert b"<img src=x" not in response.content
    # A value that names nothing is ignored: the feed lists what it lists without it.
    assert titles(feed) == expected_titles(name)


def test_a_feed_of_a_page_under_a_view_restriction_asks_for_a_login(client, world):
    for page in (world.events, world.library, world.room):
        restrict(page)
        for route in ("feed/", "feed/atom/"):
            response = client.get(page.url + route)
            assert response.status_code == 302, page.url + route
            assert "login" in response["Location"]


# --- The library: one feed per combination of filters ----------------------------------------------------------


@pytest.mark.parametrize(("route", "version"), [("feed/", "rss20"), ("feed/atom/", "atom10")])
def test_library_feeds_follow_the_filters_and_name_themselves_with_them(client, world, route, version):
    params = {"topic": "harm-reduction", "page": "2", "sort": "title"}
    _response, feed = read_feed(client, world.library.url + route, params)
    assert feed.version == version
    assert titles(feed) == ["Naloxone manual"]
    assert feed.feed.title == "Library: Harm reduction"
    assert feed.entries[0].summary == "How outreach teams hand out naloxone."
    # Readers subscribe to the self link: this very feed, filters and all, pagination and sorting left out.
    own = urlsplit(self_link(feed))
    assert (own.scheme, own.netloc, own.path) == ("http", "localhost", f"{world.library.url}{route}")
    assert parse_qs(own.query) == {"topic": ["harm-reduction"]}
    # The page it stands for is the library with the same filters.
    page = urlsplit(feed.feed.link)
    assert (page.path, parse_qs(page.query)) == (world.library.url, {"topic": ["harm-reduction"]})
    assert client.get(page.path, parse_qs(page.query)).status_code == 200

    _response, feed = read_feed(client, world.library.url + route, {"topic": "prevention", "year": "2023"})
    assert titles(feed) == ["School prevention toolkit"]
    _response, feed = read_feed(client, world.library.url + route, {"topic": "prevention", "year": "2019"})
    assert titles(feed) == []


@pytest.mark.parametrize("route", ["feed/", "feed/atom/"])
def test_french_library_feeds_filter_with_french_or_english_terms(client, world, route):
    for slug in ("reduction-des-risques", "harm-reduction"):
        _response, feed = read_feed(client, world.library_fr.url + route, {"topic": slug})
        assert feed.feed.language == "fr"
        assert feed.feed.title == "Bibliothèque: Réduction des risques"
        assert titles(feed) == ["Manuel naloxone"]
        assert all(entry.link.startswith(f"{ORIGIN}/fr/bibliotheque/") for entry in feed.entries)


# --- The press room -------------------------------------------------------------------------------------------


def test_press_entries_carry_their_release_time_kind_and_summary(client, world):
    for route in ("feed/", "feed/atom/"):
        _response, feed = read_feed(client, world.room.url + route)
        release = feed.entries[0]
        assert release.link == f"{ORIGIN}/en/press/cities-call-for-drug-checking/"
        assert tuple(release.published_parsed[:5]) == (2024, 3, 20, 10, 0)
        assert release.summary == "Mayors of twelve cities ask for drug checking services in every region."
        assert [tag.term for tag in release.tags] == ["Press release"]


def test_an_item_leaves_the_embargo_for_the_feeds_at_its_release_time(client, world):
    """The feeds ask for the release time at each request: no cache keeps an embargoed item out, or in."""
    item = PressReleasePage.objects.get(title="Early statement")
    assert "Early statement" not in titles(read_feed(client, f"{world.room.url}feed/")[1])
    PressReleasePage.objects.filter(pk=item.pk).update(release_at=timezone.now() - datetime.timedelta(minutes=1))
    for route in ("feed/", "feed/atom/"):
        assert "Press release: Early statement" in titles(read_feed(client, world.room.url + route)[1]), route


# --- The events list ------------------------------------------------------------------------------------------


def entry_titled(feed, title):
    [entry] = [entry for entry in feed.entries if entry.title == title]
    return entry


@pytest.mark.parametrize("route", ["feed/", "feed/atom/"])
def test_event_entries_show_dates_in_the_events_zone_named_venue_and_summary(client, world, route):
    _response, feed = read_feed(client, world.events.url + route)
    summit = world.summit
    entry = entry_titled(feed, "Harm reduction summit")
    assert entry.link == f"{ORIGIN}{summit.url}"
    text = entry.summary
    assert "Two days on harm reduction in European cities." in text
    assert summit.when in text
    # Bucharest time, named, not the portal's (Brussels) nor UTC.
    assert "09:30 – 17:00" in text
    assert f"Times are local to the event: {summit.time_zone_label()}." in text
    assert "Europe/Bucharest (EE" in text
    assert timezone.localtime(summit.start, datetime.UTC).strftime("%H:%M") not in text
    assert timezone.localtime(summit.start, BRUSSELS).strftime("%H:%M") not in text
    assert "Palace of Parliament" in text and "Bucharest, Romania" in text
    assert [tag.term for tag in entry.tags] == ["Conference"]
    published = timezone.localtime(summit.first_published_at, datetime.UTC)
    assert tuple(entry.published_parsed[:5]) == published.timetuple()[:5]

    # Only the month is known: no times, no zone.
    old = entry_titled(feed, "Bucharest seminar 2009")
    assert "January 2009" in old.summary
    assert "Times are local" not in old.summary
    assert [tag.term for tag in old.tags] == ["Seminar"]

    cancelled = entry_titled(feed, "Outreach seminar (Cancelled)")
    assert "<strong>Cancelled</strong>" in cancelled.summary


def test_french_event_entries_are_in_french(client, world):
    _response, feed = read_feed(client, f"{world.events_fr.url}feed/")
    entry = entry_titled(feed, "Sommet de la réduction des risques")
    assert entry.link == f"{ORIGIN}/fr/evenements/sommet/"
    with translation.override("fr"):
        assert str(world.summit.get_kind_display()) in [tag.term for tag in entry.tags]
        assert "Heures locales de l’événement" in entry.summary
        assert "Roumanie" in entry.summary


def test_an_events_entry_keeps_its_identifier_when_the_event_changes(client, world):
    def summit_entry(url, title):
        return entry_titled(read_feed(client, url)[1], title)

    # Announced ten days ago.
    announced = timezone.now() - datetime.timedelta(days=10)
    EventPage.objects.filter(pk=world.summit.pk).update(first_published_at=announced, last_published_at=announced)
    before = summit_entry(f"{world.events.url}feed/atom/", "Harm reduction summit")
    before_rss = summit_entry(f"{world.events.url}feed/", "Harm reduction summit")
    french = summit_entry(f"{world.events_fr.url}feed/atom/", "Sommet de la réduction des risques")
    assert before.id == before_rss.id
    assert uuid.UUID(before.id.removeprefix("urn:uuid:"))
    # Each language's version is an entry of its own.
    assert french.id != before.id

    assert tuple(before.published_parsed[:5]) == timezone.localtime(announced, datetime.UTC).timetuple()[:5]
    assert before.updated_parsed == before.published_parsed

    # Renamed, moved to another address, an hour later.
    republish(world.summit, title="Harm reduction summit 2027", slug="summit-2027", start=local(60, 10, 30, BUCHAREST))
    after = summit_entry(f"{world.events.url}feed/atom/", "Harm reduction summit 2027")
    assert after.id == before.id
    assert after.link == f"{ORIGIN}{world.events.url}summit-2027/"
    assert "10:30 – 17:00" in after.summary
    assert after.published_parsed == before.published_parsed
    assert after.updated_parsed > before.updated_parsed
    assert summit_entry(f"{world.events.url}feed/", "Harm reduction summit 2027").id == before.id


def test_the_events_feed_keeps_coming_events_first_when_there_are_too_many(client, world, monkeypatch):
    """Coming events fill the feed soonest first; the places left go to the latest past events."""
    monkeypatch.setattr("events.feeds.FEED_SIZE", 2)
    assert titles(read_feed(client, f"{world.events.url}feed/")[1]) == [
        "Outreach seminar (Cancelled)",
        "Naloxone training",
    ]
    monkeypatch.setattr("events.feeds.FEED_SIZE", 4)
    assert titles(read_feed(client, f"{world.events.url}feed/atom/")[1]) == [
        "Harm reduction summit",
        "Outreach seminar (Cancelled)",
        "Naloxone training",
        "Prevention workshop",
    ]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("name", ["library", "room", "events"])
def test_a_feed_costs_the_same_queries_for_few_items_as_for_many(client, world, name):
    page = getattr(world, name)
    few = count_queries(client, f"{page.url}feed/atom/")
    for number in range(8):
        if name == "library":
            add_resource(page, f"Guide {number}", publication_date=datetime.date(2020, 1, 1 + number))
        elif name == "room":
            add_press_item(page, f"Statement {number}")
        else:
            add_event(page, f"Meeting {number}", start=local(5 + number, 9), end=local(5 + number, 12), kind="meeting")
    many = count_queries(client, f"{page.url}feed/atom/")
    assert len(read_feed(client, f"{page.url}feed/atom/")[1].entries) == len(expected_titles(name)) + 8
    assert many == few


# --- Pages announce their feeds -------------------------------------------------------------------------------


def alternates(document):
    """{media type: (href, title)} of the feeds announced in the page's head."""
    found = {}
    for link in document.select('head link[rel="alternate"]'):
        if link.get("type") in (RSS, ATOM):
            assert link["type"] not in found, "announced twice"
            found[link["type"]] = (link["href"], link["title"])
    return found


def check_announced(client, page_url, feed_owner, title):
    """The page at ``page_url`` announces the RSS and Atom feeds of ``feed_owner``, and they answer."""
    document = soup(client.get(page_url))
    announced = alternates(document)
    assert announced == {
        RSS: (f"{feed_owner.url}feed/", f"{title} (RSS)"),
        ATOM: (f"{feed_owner.url}feed/atom/", f"{title} (Atom)"),
    }, page_url
    for href, _title in announced.values():
        _response, feed = read_feed(client, href)
        assert feed.feed.language == feed_owner.locale.language_code
        assert feed.feed.title == feed_owner.title
    return document


def visible_feed_links(document):
    return [link["href"] for link in document.select(".feed-link a") if "/feed/" in link["href"]]


def test_the_events_list_announces_and_offers_its_feeds(client, world):
    for events in (world.events, world.events_fr):
        document = check_announced(client, events.url, events, events.title)
        assert visible_feed_links(document) == [f"{events.url}feed/", f"{events.url}feed/atom/"]
        # The calendar stays announced beside them.
        assert document.select_one('head link[type="text/calendar"]')["href"].endswith("events.ics")
    document = soup(client.get(world.events.url))
    [paragraph] = [p for p in document.select(".feed-link") if p.find("a", href=f"{world.events.url}feed/")]
    assert " ".join(paragraph.get_text(" ", strip=True).split()) == "Follow the events: RSS feed · Atom feed"


def test_an_event_page_announces_the_feeds_of_its_list(client, world):
    check_announced(client, world.summit.url, world.events, "Events")
    french = world.summit.get_translation(Locale.objects.get(language_code="fr"))
    check_announced(client, french.url, world.events_fr, "Événements")


def test_the_press_room_and_its_items_announce_the_press_feeds(client, world):
    for room in (world.room, world.room_fr):
        document = check_announced(client, room.url, room, room.title)
        assert visible_feed_links(document) == [f"{room.url}feed/", f"{room.url}feed/atom/"]
    check_announced(client, world.release.url, world.room, "Press room")
    french = world.release.get_translation(Locale.objects.get(language_code="fr"))
    check_announced(client, french.url, world.room_fr, "Salle de presse")


def test_the_library_announces_and_offers_both_feeds_with_its_filters(client, world):
    document = soup(client.get(world.library.url))
    assert alternates(document) == {
        RSS: (f"{world.library.url}feed/", "Library: new resources (RSS)"),
        ATOM: (f"{world.library.url}feed/atom/", "Library: new resources (Atom)"),
    }
    assert visible_feed_links(document) == [f"{world.library.url}feed/", f"{world.library.url}feed/atom/"]
    paragraph = document.select_one(".feed-link")
    assert " ".join(paragraph.get_text(" ", strip=True).split()) == "Follow new resources: RSS feed · Atom feed"

    document = soup(client.get(world.library.url, {"topic": "harm-reduction", "sort": "title", "page": "1"}))
    announced = alternates(document)
    assert announced[RSS][1] == "Library: resources matching these filters (RSS)"
    assert announced[ATOM][1] == "Library: resources matching these filters (Atom)"
    assert visible_feed_links(document) == [announced[RSS][0], announced[ATOM][0]]
    for media_type, route in ((RSS, "feed/"), (ATOM, "feed/atom/")):
        address = urlsplit(announced[media_type][0])
        assert address.path == f"{world.library.url}{route}"
        assert parse_qs(address.query) == {"topic": ["harm-reduction"]}
        _response, feed = read_feed(client, announced[media_type][0])
        assert titles(feed) == ["Naloxone manual"]

    document = soup(client.get(world.library_fr.url, {"topic": "reduction-des-risques"}))
    for href, _title in alternates(document).values():
        _response, feed = read_feed(client, href)
        assert feed.feed.language == "fr"
        assert titles(feed) == ["Manuel naloxone"]
