"""Hostile input never gives a server error: every public address of the portal, driven with generated query
strings, form posts, paths and headers, answers with a status below 500 and shows no traceback.

The site is built once for the module (a page of every page type, with the people, files and terms their
pages show), inside a transaction rolled back at the module's end. The addresses are collected from it: every
live page and each route of the routable ones, and the named addresses of ``portal.urls``; a page type or an
address added later is driven too, or fails :func:`test_the_world_has_a_page_of_every_page_type` and
:func:`test_every_collected_address_answers` until this module builds it.

Each generated request runs in a savepoint rolled back after it, with an empty cache (rate limits, throttles),
so examples do not see each other's submissions.
"""

import datetime
import re
import urllib.parse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.apps import apps
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.db import transaction
from django.test import Client, override_settings
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from django.utils.functional import cached_property

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from events.models.events import file_route
from events.schedule import Schedule, speaker_slug
from home.models import JoinRequest
from resources.models import InterviewRequest
from resources.press.embargo import preview_path
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import (
    add_directory,
    add_organisation,
    add_person,
    add_project,
    add_project_index,
    add_topic,
    add_working_group,
    join_form_data,
)
from tests.factories.pages import add_standard_page, build_site, translate_page
from tests.factories.press import add_press_item, add_press_room, add_preview_link, in_days, interview_form_data
from tests.factories.resources import (
    add_document,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    make_pdf,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PROJECT_APPS = ("home", "resources", "events", "search", "portal")

# Generated examples run many requests inside one test function: the module's fixtures stay valid for all of
# them (each request is rolled back), and the examples file is not written into the checkout.
HOSTILE = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- The world ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("hostile-media")
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def build_world():
    """A page of every page type, and what their pages link to; returns {name: value} for the tests."""
    home = build_site(languages=("fr",))
    harm = add_topic("Harm reduction")
    about = add_standard_page(home, "About us", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")

    directory = add_directory(home)
    organisation = add_organisation(directory, "Infor Drogues", topics=[harm], country="BE")
    add_organisation(directory, "Unità di strada")
    coordinator = add_person("Marc Dubois", role="Coordinator", email="marc@example.org", organisation=organisation)

    projects = add_project_index(home)
    project = add_project(projects, "Safer Nights")
    group = add_working_group(project, "Night outreach", contact=coordinator, co_pilots=[coordinator])

    guide = add_document("Drug checking guide", make_pdf(["Drug checking, step by step."]), "guide.pdf")
    library = add_library(home)
    add_resource(library, "Drug checking guide", files=[(guide, "en")], topics=[harm], countries=["BE"])
    add_resource(library, "Drug checking at festivals")
    practices = add_practice_index(home)
    add_practice(practices, "Naloxone for outreach teams", topics=[harm])
    add_practice(practices, "Drug checking in Ghent")

    events = add_event_index(home)
    conference = add_event(events, "Harm reduction conference", tracks=[("Drugs", "#1f6f8b")])
    speaker = add_person("Ahmed Aboutaleb", role="Mayor of Rotterdam")
    session = add_session(
        conference,
        "Plenary: drugs and harm reduction",
        at(2024, 3, 20, 14, 45),
        at(2024, 3, 20, 16, 0),
        room_name="Plenary hall",
        track_name="Drugs",
        people=[(speaker, "speaker")],
        format="plenary",
    )

    room = add_press_room(home, notification_email="pressdesk@example.org", contacts=[(coordinator, ())])
    release = add_press_item(room, "Cities call for drug checking", topics=[harm], sessions=[session], event=conference)
    add_press_item(room, "Drug checking factsheet", kind="factsheet")
    embargoed = add_press_item(room, "Next year's conference", release_at=in_days(2))
    link = add_preview_link(embargoed)

    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    return {
        "home": home.pk,
        "directory": directory.url,
        "library": library.url,
        "practices": practices.url,
        "press": room.url,
        "group": group.pk,
        "room": room.pk,
        "release": release.pk,
        "conference": conference.pk,
        "document": guide.pk,
        "speaker_slug": speaker_slug(speaker),
        "preview_page": preview_path(link),
        "preview_pdf": preview_path(link, "pdf"),
    }


def specific_page(pk):
    return Page.objects.get(pk=pk).specific


# --- The addresses -----------------------------------------------------------------------------

# Sample values for the arguments of routes and named addresses. A new argument name fails
# test_every_collected_address_answers until it is given a value here.
ROUTE_ARGUMENTS = {"person_slug": "speaker_slug"}
URL_ARGUMENTS = {"language_code": "fr", "number": 1, "what": "pdf"}
# Named addresses reached otherwise: pages (through the pages' own addresses), the admin, the preview links
# (their signed tokens come from the world).
SKIPPED_URL_NAMES = {"wagtail_serve", "page_file", "press_preview", "press_preview_file"}


def route_addresses(page, world):
    """The addresses of every route of a routable ``page`` (files without their slash, as they are linked)."""
    addresses = []
    for pattern in page.get_subpage_urls():
        names = list(pattern.pattern.converters) if hasattr(pattern.pattern, "converters") else []
        missing = [name for name in names if name not in ROUTE_ARGUMENTS]
        assert not missing, f"no sample value for {missing} of {type(page).__name__}.{pattern.name}"
        kwargs = {name: world[ROUTE_ARGUMENTS[name]] for name in names}
        addresses.append(file_route(page.url + page.reverse_subpage(pattern.name, kwargs=kwargs)))
    return addresses


def named_addresses():
    """Named addresses of ``portal.urls`` outside the admin and the pages, with sample arguments."""
    addresses = []

    def walk(patterns):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                # The language prefixes' own addresses; the included admin, documents and pages are not named here.
                if isinstance(entry.pattern, LocalePrefixPattern):
                    walk(entry.url_patterns)
                continue
            if isinstance(entry, URLPattern) and entry.name and entry.name not in SKIPPED_URL_NAMES:
                names = list(getattr(entry.pattern, "converters", {}))
                missing = [name for name in names if name not in URL_ARGUMENTS]
                assert not missing, f"no sample value for {missing} of {entry.name}"
                addresses.append(reverse(entry.name, kwargs={name: URL_ARGUMENTS[name] for name in names}))

    # English addresses, whatever language an earlier test left active in this thread.
    with translation.override("en"):
        walk(get_resolver().url_patterns)
    return addresses


def api_addresses(world):
    return [
        "/api/v2/pages/",
        f"/api/v2/pages/{world['release']}/",
        "/api/v2/pages/find/",
        "/api/v2/images/",
        "/api/v2/documents/",
        f"/api/v2/documents/{world['document']}/",
    ]


@pytest.fixture(scope="module")
def addresses(world, django_db_blocker):
    with django_db_blocker.unblock():
        found = set(named_addresses()) | set(api_addresses(world))
        found |= {world["preview_page"], world["preview_pdf"]}
        document = apps.get_model("wagtaildocs", "Document").objects.get(pk=world["document"])
        found.add(document.url)
        # Pages under a language prefix that has no tree of its own, and an address of no page.
        found |= {"/de/", "/de/about/", "/en/no-such-page/"}
        for page in Page.objects.live().specific().filter(depth__gt=1):
            found.add(page.url)
            if isinstance(page, RoutablePageMixin):
                found.update(route_addresses(page, world))
    return sorted(found)


# --- Parameters and hostile values --------------------------------------------------------------

_PARAMETER_PATTERNS = [
    r"""GET\.get\(\s*["'](\w+)["']""",
    r"""GET\[\s*["'](\w+)["']""",
    r"""getlist\(\s*["'](\w+)["']""",
    r"""params\.get\(\s*["'](\w+)["']""",
    r"""["'](\w+)["']\s+(?:not\s+)?in\s+request\.GET""",
    r"""Facet\(\s*["'](\w+)["']""",
]


def known_parameters():
    """Every query parameter the portal's own code reads, found in its source, and those of the read API."""
    from wagtail.api.v2.views import PagesAPIViewSet

    from portal.api import PublicPagesAPIViewSet
    from search import query as search_query

    names = set()
    for app in PROJECT_APPS:
        for source in (ROOT / app).rglob("*.py"):
            if "migrations" in source.parts:
                continue
            text = source.read_text()
            for pattern in _PARAMETER_PATTERNS:
                names.update(re.findall(pattern, text))
    names |= set(Schedule.FILTERS) | set(search_query.FACETS)
    names |= set(PagesAPIViewSet.known_query_parameters) | set(PublicPagesAPIViewSet.known_query_parameters)
    # Fields the API filters on (?title=, ?slug=...) and the ones a date filter reads.
    names |= {"title", "slug", "id", "seo_title", "show_in_menus", "first_published_at", "published_since"}
    return sorted(names)


KNOWN_PARAMETERS = known_parameters()

NUMBERS = [
    "-1",
    "0",
    "1",
    "2",
    "-0",
    "+1",
    " 1",
    str(10**30),
    str(-(10**30)),
    "99999999999999999999",
    "9223372036854775808",
    "2147483648",
    "1.5",
    "-1.5",
    "1e309",
    "-1e309",
    "1e3",
    "NaN",
    "nan",
    "inf",
    "-Infinity",
    "0x10",
    "1_000",
    # Digits str.isdigit() accepts and int() refuses (superscripts), and digits of other scripts.
    "²",
    "²⁰²⁴",
    "١٢",
    "٢٠٢٤",
    "１２",
    "Ⅻ",
]
DATES = [
    "2024-13-45",
    "2024-02-30",
    "0000-00-00",
    "31/12/2024",
    "12/31/2024",
    "2024-03-01T25:61:61",
    "2024-03-01T10:00:00+99:00",
    "9999-12-31T23:59:59",
    "0001-01-01",
    "20240301",
    "yesterday",
    "2024-03-01 10:00",
    "2024-W09",
]
STRANGE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 50,
    "\x01\x02\x1b[31m",
    "\r\nSet-Cookie: x=1",
    "\u202eevil",
    "\u200fאב",
    "\u200b\u200c\u200d\u2060\ufeff",
    "\ufffd",
    "%",
    "_",
    "\\",
    "%_\\",
    "%%%",
    "100%",
    "' OR 1=1 --",
    '" OR ""="',
    "'; DROP TABLE wagtailcore_page; --",
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "/etc/passwd\x00.png",
    "C:\\Windows\\win.ini",
    "<script>alert(1)</script>",
    "{{ 7|add:7 }}{% debug %}",
    "${jndi:ldap://x}",
    'AND OR NOT ( * " ~ ^',
    "[]",
    "{}",
    "null",
    "true",
    "-",
    "--",
    "fr",
    "xx",
    "en-GB",
    "random",
    "-title",
    "title,-id",
    "topics",
    "resources.ResourcePage",
    "home.NoSuchPage",
    "wagtailcore.Page",
    "harm-reduction",
    "BE",
    "be",
    "ZZ",
]
HUGE = ["x" * 100_000, "9" * 5_000, "\x00" * 10_000, "é" * 20_000]
SEEDED = NUMBERS + DATES + STRANGE

# Any text a URL can carry: lone surrogates cannot be encoded in UTF-8, so no browser sends them (bytes
# that are not UTF-8 are generated on their own, see raw_query_strings).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
VALUES = st.one_of(
    st.sampled_from(SEEDED),
    TEXT,
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.dates().map(lambda day: day.strftime("%d/%m/%Y")),
    st.datetimes().map(datetime.datetime.isoformat),
    st.lists(st.sampled_from(SEEDED), min_size=2, max_size=4).map("".join),
    st.sampled_from(HUGE),
)
NAMES = st.one_of(
    st.sampled_from(KNOWN_PARAMETERS),
    st.sampled_from(KNOWN_PARAMETERS).map(lambda name: f"{name}[]"),
    st.sampled_from(KNOWN_PARAMETERS).map(lambda name: f"{name}[0]"),
    TEXT.filter(bool),
)
# Repeated names give lists where a view expects one value (page=1&page=2).
PAIRS = st.lists(st.tuples(NAMES, VALUES), min_size=1, max_size=8)


def query_string(pairs):
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


raw_query_strings = st.lists(
    st.one_of(
        st.binary(max_size=20).map(lambda data: "".join(f"%{byte:02x}" for byte in data)),
        st.sampled_from(["&", "=", "&&", "==", "%", "%f", "%zz", "+", ";", "a=%ff%fe", "page=%00", "q=%c0%af"]),
    ),
    max_size=8,
).map("".join)


# --- Helpers -----------------------------------------------------------------------------------

_client_numbers = iter(range(1, 10**9))


def client_address():
    """A client address of its own for each request: the forms' rate limits and the API's throttle count
    per address, and a hostile request must not be answered 429 because of the examples before it."""
    number = next(_client_numbers)
    return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


def send(client, method, path, check=None, **extra):
    """Send one request in a savepoint rolled back afterwards; ``check(response)`` runs inside it, where
    what the request stored is still there. A streamed body (a document, a press kit) is read there too."""
    extra.setdefault("REMOTE_ADDR", client_address())
    with transaction.atomic():
        response = getattr(client, method)(path, **extra)
        response.body = b"".join(response.streaming_content) if response.streaming else response.content
        if check is not None:
            check(response)
        transaction.set_rollback(True)
    return response


def assert_calm(response, what):
    """A status below 500 and no traceback in the body."""
    assert response.status_code < 500, f"{what} answered {response.status_code}"
    assert b"Traceback (most recent call last)" not in response.body, f"{what} shows a traceback"


def failures(client, targets):
    """[(address, what went wrong)] of the GET ``targets`` answered with a server error: all of them, not the first."""
    found = []
    for target in targets:
        try:
            response = send(client, "get", target)
        except Exception as error:  # noqa: BLE001 - each failure is reported with the others
            found.append((target[:200], f"{type(error).__name__}: {error}"))
            continue
        if response.status_code >= 500 or b"Traceback (most recent call last)" in response.body:
            found.append((target[:200], response.status_code))
    return found


def form_body(pairs):
    return {"data": query_string(pairs), "content_type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module", autouse=True)
def module_cache():
    """The cache starts empty for the module (earlier modules' rows are gone) and is then kept across its tests:
    the world does not change, and its press PDFs take seconds to make again."""
    cache.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Replaces tests/conftest.py's, which empties the cache before every test (see module_cache)."""


@pytest.fixture(autouse=True)
def security_contact(settings):
    # /.well-known/security.txt answers only when a contact is configured.
    settings.SECURITY_CONTACT = "security@example.org"


@pytest.fixture
def client():
    # A view's exception reaches the test with its traceback; Django's own 4xx answers are responses.
    return Client(raise_request_exception=True)


# --- The collection itself ---------------------------------------------------------------------


def page_types():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in PROJECT_APPS
    ]


def test_the_world_has_a_page_of_every_page_type(world):
    live = {type(page) for page in Page.objects.live().specific().filter(depth__gt=1)}
    assert set(page_types()) - live == set(), "build a page of these types in build_world()"


def test_every_collected_address_answers(world, addresses, client):
    """Each address is a real one, so that the hostile tests below drive something."""
    statuses = {address: send(client, "get", address).status_code for address in addresses}
    refused = {address: status for address, status in statuses.items() if status >= 400}
    # Without parameters, find/ finds nothing and an agenda names no session.
    agenda = next(address for address in addresses if address.endswith("/agenda.ics"))
    assert refused == {"/en/no-such-page/": 404, "/api/v2/pages/find/": 404, agenda: 400}
    for needle in ("/api/v2/pages/", "/health/", "/sitemap.xml", "/robots.txt", "/en/search/", "/en/search/suggest/"):
        assert needle in addresses
    for suffix in ("schedule.ics", "schedule.xml", "schedule.json", "session.ics", "/pdf/", "/feed/atom/", "/sent/"):
        assert any(address.endswith(suffix) for address in addresses), suffix


# --- Generated query strings and posts on every address ----------------------------------------


@settings(HOSTILE, max_examples=100)
@given(data=st.data(), pairs=PAIRS)
def test_hostile_query_strings_never_give_a_server_error(world, addresses, client, data, pairs):
    address = data.draw(st.sampled_from(addresses), label="address")
    target = f"{address}?{query_string(pairs)}"
    assert_calm(send(client, "get", target), target[:300])


@settings(HOSTILE, max_examples=40)
@given(data=st.data(), raw=raw_query_strings)
def test_undecodable_query_strings_never_give_a_server_error(world, addresses, client, data, raw):
    address = data.draw(st.sampled_from(addresses), label="address")
    assert_calm(send(client, "get", address, QUERY_STRING=raw), f"{address}?{raw}")


@settings(HOSTILE, max_examples=50)
@given(data=st.data(), pairs=PAIRS)
def test_hostile_posts_never_give_a_server_error(world, addresses, client, data, pairs):
    address = data.draw(st.sampled_from(addresses), label="address")
    assert_calm(send(client, "post", address, **form_body(pairs)), f"POST {address} {query_string(pairs)[:300]}")


class ReadingRequest(WSGIRequest):
    """A request that notes whether its view (or anything else) read the query string."""

    @cached_property
    def GET(self):  # noqa: N802 - Django's name
        self.query_was_read = True
        return WSGIRequest.GET.func(self)


@pytest.fixture(scope="module")
def readers(world, addresses, django_db_blocker):
    """The addresses whose answer reads the query string."""
    found = []
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.test.client.WSGIRequest", ReadingRequest)
        client = Client(raise_request_exception=True)
        for address in addresses:
            response = send(client, "get", f"{address}?probe=1")
            if getattr(response.wsgi_request, "query_was_read", False):
                found.append(address)
    return found


def test_the_readers_of_the_query_string_are_found(world, readers):
    # The probe sees the listings, the search and the API read their parameters, and leaves out a plain page.
    for address in listing_addresses(world) + ["/language/fr/", "/en/search/suggest/", "/api/v2/pages/find/"]:
        assert address in readers
    assert "/en/about/" not in readers


# One value of each kind, put in every parameter the portal reads at once, on every address that reads them.
SWEEP = ["a\x00b", "²⁰²⁴", str(10**30), "-1", "1e309", "%_\\", "2024-02-30", "../../etc/passwd"]


@pytest.mark.parametrize("value", SWEEP)
def test_every_known_parameter_takes_hostile_values(world, readers, client, value):
    # Each parameter twice, the second time as a list would be sent (?page=1&page=<value>).
    query = query_string([pair for name in KNOWN_PARAMETERS for pair in ((name, "1"), (name, value))])
    found = failures(client, [f"{address}?{query}" for address in readers])
    assert not found, "\n".join(map(repr, found))


@pytest.mark.parametrize("value", [*SWEEP, " ", ""])
def test_each_api_parameter_alone_takes_hostile_values(world, client, value):
    """The API answers 400 to a parameter it does not know: each of its own is tried on its own."""
    from portal.api import PublicDocumentsAPIViewSet, PublicImagesAPIViewSet, PublicPagesAPIViewSet

    endpoints = [
        ("/api/v2/pages/", PublicPagesAPIViewSet, [("type", "resources.ResourcePage")]),
        ("/api/v2/pages/", PublicPagesAPIViewSet, []),
        ("/api/v2/pages/find/", PublicPagesAPIViewSet, [("html_path", "/en/about/")]),
        ("/api/v2/images/", PublicImagesAPIViewSet, []),
        ("/api/v2/documents/", PublicDocumentsAPIViewSet, []),
    ]
    targets = [
        f"{address}?{query_string([*base, (name, value)])}"
        for address, view, base in endpoints
        for name in sorted(view.known_query_parameters | {"title", "slug", "id", "html_path"})
    ]
    # Each page type's own fields filter its listing (?type=home.OrganisationPage&kind=city); a value the
    # database refuses only fails when the query runs, so all of them go into one request.
    for model in page_types():
        label = f"{model._meta.app_label}.{model.__name__}"
        names = [getattr(field, "name", field) for field in getattr(model, "api_fields", [])]
        targets.append(f"/api/v2/pages/?{query_string([('type', label), *((name, value) for name in names)])}")
    found = failures(client, targets)
    assert not found, "\n".join(map(repr, found))


# --- The public forms ----------------------------------------------------------------------------

JOIN_FIELDS = list(join_form_data())
INTERVIEW_FIELDS = list(interview_form_data())
FIELD_VALUES = st.one_of(VALUES, st.lists(VALUES, min_size=2, max_size=3), st.none())


def form_overrides(fields):
    """Some of ``fields`` given hostile values, lists of values (repeated keys) or left out (None)."""
    return st.dictionaries(st.sampled_from(fields), FIELD_VALUES, min_size=1, max_size=len(fields))


def encode_form(data):
    pairs = []
    for name, value in data.items():
        if value is None:
            continue
        pairs.extend((name, item) for item in (value if isinstance(value, list) else [value]))
    return pairs


def stored_fields(model, **lookup):
    return list(model.objects.filter(**lookup).values())


def drive_form(client, address, model, valid, overrides, relation):
    """POST ``valid`` with ``overrides``; whatever the answer, nothing broken or half-valid is stored."""
    data = {**valid, **overrides}
    before = model.objects.count()

    def check(response):
        assert_calm(response, f"POST {address} {data!r:.300}")
        rows = list(model.objects.order_by("pk").values())[before:]
        if response.status_code != 302:
            assert rows == [], f"{model.__name__} stored although the form answered {response.status_code}"
        for row in rows:
            assert row[relation] is not None
            texts = [value for value in row.values() if isinstance(value, str)]
            assert not any("\x00" in text for text in texts), row

    return send(client, "post", address, check=check, **form_body(encode_form(data)))


@settings(HOSTILE, max_examples=40)
@given(overrides=form_overrides(JOIN_FIELDS))
def test_hostile_join_requests_never_give_a_server_error(world, client, overrides):
    group = specific_page(world["group"])
    drive_form(client, group.url, JoinRequest, join_form_data(), overrides, "working_group_id")


@settings(HOSTILE, max_examples=40)
@given(overrides=form_overrides(INTERVIEW_FIELDS))
def test_hostile_interview_requests_never_give_a_server_error(world, client, overrides):
    room = specific_page(world["room"])
    address = room.url + room.reverse_subpage("interview")
    drive_form(client, address, InterviewRequest, interview_form_data(), overrides, "press_room_id")


# Values each field refuses, so that a request carrying one must store nothing and answer 400.
REFUSED = {
    "name": ["", "a\x00b", "x" * 151],
    "organisation": ["a\x00b", "x" * 201],
    "media_outlet": ["\x00", "x" * 201],
    "role": ["\x00", "x" * 201],
    "country": ["ZZ", "\x00", "be\x00"],
    "email": ["not an address", "a\x00@example.org", "a@b@c", "x" * 300 + "@example.org"],
    "motivation": ["\x00", "x" * 2001],
    "subject": ["\x00", "x" * 2001],
    "deadline": ["2024-02-30", "1e309", "\x00", "yesterday", "2000-01-01"],
    "about": ["²", "-1", str(10**30), "\x00"],
    "interview_language": ["xx", "\x00"],
    "phone": ["\x00", "9" * 41],
    "consent": [None],
}


@settings(HOSTILE, max_examples=30)
@given(
    refused=st.lists(
        st.sampled_from([(n, v) for n in JOIN_FIELDS if n in REFUSED for v in REFUSED[n]]), min_size=1, max_size=3
    )
)
def test_join_requests_with_refused_values_store_nothing(world, client, refused):
    group = specific_page(world["group"])
    response = drive_form(client, group.url, JoinRequest, join_form_data(), dict(refused), "working_group_id")
    assert response.status_code == 400


@settings(HOSTILE, max_examples=30)
@given(
    refused=st.lists(
        st.sampled_from([(n, v) for n in INTERVIEW_FIELDS if n in REFUSED for v in REFUSED[n]]), min_size=1, max_size=3
    )
)
def test_interview_requests_with_refused_values_store_nothing(world, client, refused):
    room = specific_page(world["room"])
    address = room.url + room.reverse_subpage("interview")
    response = drive_form(client, address, InterviewRequest, interview_form_data(), dict(refused), "press_room_id")
    assert response.status_code == 400


def test_forms_without_a_csrf_token_are_refused_with_403(world):
    group, room = specific_page(world["group"]), specific_page(world["room"])
    client = Client(enforce_csrf_checks=True, raise_request_exception=True)
    for address, model, data in [
        (group.url, JoinRequest, join_form_data()),
        (room.url + room.reverse_subpage("interview"), InterviewRequest, interview_form_data()),
    ]:
        before = model.objects.count()
        response = send(client, "post", address, data=data)
        assert response.status_code == 403
        assert model.objects.count() == before


# --- Limits of Django's request parsing ------------------------------------------------------------


def listing_addresses(world):
    return [world["directory"], world["library"], world["practices"], world["press"], "/en/search/", "/api/v2/pages/"]


def test_more_query_parameters_than_allowed_are_refused_with_400(world, readers, client):
    query = "&".join(f"p{number}=1" for number in range(django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    for address in listing_addresses(world):
        assert send(client, "get", f"{address}?{query}").status_code == 400, address
    # The others that read the query string answer 400 or otherwise, never with a server error.
    for address in readers:
        assert_calm(send(client, "get", f"{address}?{query}"), f"{address} with 10,001 parameters")


def form_addresses(world):
    group, room = specific_page(world["group"]), specific_page(world["room"])
    return [
        (group.url, JoinRequest, join_form_data()),
        (room.url + room.reverse_subpage("interview"), InterviewRequest, interview_form_data()),
    ]


def assert_refused(client, address, model, status, **request):
    def check(response):
        assert response.status_code in status, f"{address}: {response.status_code}"
        assert model.objects.count() == before

    before = model.objects.count()
    send(client, "post", address, check=check, **request)


def test_a_form_post_over_the_size_limit_is_refused(world, client):
    for address, model, data in form_addresses(world):
        padding = "x" * (django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
        body = f"{query_string(list(data.items()))}&motivation={padding}"
        assert_refused(client, address, model, (400, 413), data=body, content_type="application/x-www-form-urlencoded")


def test_a_multipart_post_with_too_many_files_or_fields_is_refused(world, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    files = {
        f"file{number}": SimpleUploadedFile(f"note{number}.txt", b"x")
        for number in range(django_settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    }
    fields = {f"field{number}": "1" for number in range(django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    for address, model, data in form_addresses(world):
        assert_refused(client, address, model, (400, 413), data={**data, **files})
        assert_refused(client, address, model, (400, 413), data={**data, **fields})


# --- Paths and headers -----------------------------------------------------------------------------


def hostile_paths(world):
    event = specific_page(world["conference"]).url
    return [
        "/en/%00/",
        "/en/about%00/",
        "/en/about/%00",
        "/%00",
        "/en/search/%00",
        "/api/v2/pages/%00/",
        "/api/v2/pages/99999999999999999999/",
        "/api/v2/documents/-1/",
        "/language/%00/",
        "/language/" + "x" * 5000 + "/",
        "/press-preview/%00/",
        "/press-preview/x/%00/",
        "/sitemap-0.xml",
        "/sitemap-99999999999999999999.xml",
        "/documents/99999999999999999999/guide.pdf",
        f"/documents/{world['document']}/%00.pdf",
        "/en/" + "a" * 10_000 + "/",
        "/en/about/" + "b" * 300 + "/",
        "/en/" + "/".join(["deep"] * 500) + "/",
        f"{event}speakers/{'x' * 2000}/",
        f"{event}speakers/%00/",
        f"{event}schedule%00.ics",
        f"{event}{'y' * 300}.ics",
        "/en/%ff%fe/",
        "/%ff%fe",
        "/en/about/%c0%af/",
        "/en/%2e%2e/%2e%2e/etc/passwd",
        "/en/..%2f..%2fetc%2fpasswd/",
        "/en/%e2%80%ae/",
        "/en/%ef%bb%bf/",
    ]


def test_hostile_paths_never_give_a_server_error(world, client):
    for path in hostile_paths(world):
        assert_calm(send(client, "get", path), path[:200])
    # A NUL byte names no page and no language.
    assert send(client, "get", "/en/%00/").status_code == 404
    assert send(client, "get", "/language/%00/").status_code == 400


@pytest.mark.parametrize("host", ["evil.example", "localhost.evil.example", "local\x00host", "[::1", "a" * 300, ""])
def test_a_host_not_allowed_is_refused_with_400(world, client, host):
    for address in ["/en/", "/en/search/?q=drug", "/api/v2/pages/", "/health/", "/sitemap.xml", world["library"]]:
        assert send(client, "get", address, HTTP_HOST=host).status_code == 400, address


# --- Page numbers ----------------------------------------------------------------------------------

# (page asked for, page given): Paginator.get_page gives the last page for a number out of range and the first
# for anything that is not a whole number.
PAGE_NUMBERS = [
    ("-1", "last"),
    ("0", "last"),
    ("99999999999999999999", "last"),
    (str(10**30), "last"),
    ("abc", "first"),
    ("1.5", "first"),
    ("1e309", "first"),
    ("NaN", "first"),
    ("\x00", "first"),
    ("²", "first"),
    ("", "first"),
    ("2", 2),
]


@pytest.fixture
def one_per_page(monkeypatch):
    """Listings of one item a page, so the world's two items make two pages."""
    monkeypatch.setattr("home.models.organisations.DIRECTORY_PAGE_SIZE", 1)
    monkeypatch.setattr("resources.models.library.LIBRARY_PAGE_SIZE", 1)
    monkeypatch.setattr("resources.models.practices.PRACTICE_PAGE_SIZE", 1)
    monkeypatch.setattr("resources.models.press.PRESS_PAGE_SIZE", 1)
    monkeypatch.setattr("search.views.RESULTS_PER_PAGE", 1)


@pytest.mark.parametrize(
    ("listing", "query", "context_name"),
    [
        ("directory", "", "page_obj"),
        ("library", "", "page_obj"),
        ("practices", "", "page_obj"),
        ("press", "", "page_obj"),
        ("search", "q=drug&", "results_page"),
    ],
)
def test_page_numbers_out_of_range_give_the_first_or_the_last_page(
    world, client, one_per_page, listing, query, context_name
):
    address = "/en/search/" if listing == "search" else world[listing]
    for raw, expected in PAGE_NUMBERS:
        response = client.get(f"{address}?{query}page={urllib.parse.quote(raw)}", REMOTE_ADDR=client_address())
        assert response.status_code == 200, raw
        shown = response.context[context_name]
        assert shown.paginator.num_pages >= 2
        assert shown.number == {"first": 1, "last": shown.paginator.num_pages}.get(expected, expected), raw


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("offset=-1", 400),
        ("offset=abc", 400),
        # Past the last item, whatever the number: no items, as for any offset past the end.
        ("offset=99999999999999999999", 200),
        (f"offset={10**30}", 200),
        ("offset=1000", 200),
        ("limit=-1", 400),
        ("limit=1e309", 400),
        ("limit=99999999999999999999", 400),
        ("limit=0", 200),
    ],
)
def test_api_offsets_and_limits_out_of_range_are_answered(world, client, query, status):
    for endpoint in ("pages", "images", "documents"):
        response = send(client, "get", f"/api/v2/{endpoint}/?{query}")
        assert response.status_code == status, f"{endpoint}?{query}: {response.status_code}"
        if status == 200:
            # Nothing from there on (or none asked for), out of the whole count.
            assert response.json()["items"] == []
            if endpoint == "pages":
                assert response.json()["meta"]["total_count"] >= 1
