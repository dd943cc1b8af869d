"""Stored hostile input comes out inert: escaped, refused or neutralised, on every surface that shows it.

Every text field an editor or a visitor controls receives a payload from a small corpus (script
elements, attribute breakouts, event handlers, ``javascript:`` and ``data:`` addresses, a script
closing sequence for the JSON-LD blocks, template tags, line separators and spreadsheet formulas).
Each payload carries a number, ``alert(12)``, that :data:`FIELDS` maps back to the field that
received it, so a failure names the field and the surface (public page, admin listing, search,
feed, JSON-LD, calendar, schedule export, API, CSV export, email).
"""

import csv
import datetime
import io
import json
import re
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from icalendar import Calendar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page
from wagtail.rich_text import features as feature_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventIndexPage, EventPage, EventRoom, EventTrack, SessionPage, SessionPerson, SiteVisit
from home.models import (
    JoinRequest,
    Milestone,
    OrganisationIndexPage,
    OrganisationPage,
    Partnership,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectPhase,
    StandardPage,
    WorkingGroupCoPilot,
    WorkingGroupPage,
)
from portal.blocks import RICH_TEXT_FEATURES, CallToActionBlock, LinkBlock
from portal.models import ResourceType, Topic
from resources.models import (
    InterviewRequest,
    PracticeIndexPage,
    PracticePage,
    PracticePartner,
    PressContact,
    PressImage,
    PressOfficeContact,
    PressReleasePage,
    PressRoomPage,
    ResourceFile,
    ResourceLibraryPage,
    ResourcePage,
)
from search.models import SearchQueryRecord
from tests.factories.events import at
from tests.factories.network import join_form_data
from tests.factories.pages import build_site
from tests.factories.press import PROMOTE_AND_SETTINGS, interview_form_data
from tests.factories.resources import add_document, add_image, make_pdf

pytestmark = pytest.mark.django_db

# Number in a payload -> "Model.field" that received it.
FIELDS = {}
NUMBER = re.compile(r"alert\((\d+)\)")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def register(label):
    FIELDS.setdefault(label, len(FIELDS) + 1)
    return FIELDS[label]


def payloads(number):
    """The corpus for one field, longest first; a field takes the longest its validation accepts."""
    return [
        # A formula first (the cell of a spreadsheet export), then markup, a script breakout, template tags,
        # the line separators that end a JavaScript string and a line break that would start a calendar property.
        f'=HYPERLINK("https://x.test/{number}","x")<script>alert({number})</script>"><img src=x '
        f"onerror=alert({number})>'><svg onload=alert({number})></script><script>alert({number})</script>"
        f"{{{{ 7*7 }}}}{{% debug %}}\u2028\u2029\r\nX-INJECTED:{number}",
        f'=HYPERLINK("https://x.test/{number}")"><img src=x onerror=alert({number})></script>'
        f"<script>alert({number})</script>{{{{ 7*7 }}}}",
        f'"><img src=x onerror=alert({number})></script><script>alert({number})</script>{{{{ 7*7 }}}}',
        f"<svg onload=alert({number})>",
    ]


def hostile_url(number):
    """An address URL validation accepts that still tries to break out of an href attribute."""
    return f'https://example.org/x?a="><script>alert({number})</script>'


def rich_payload(number):
    return (
        f"<p>Rich {number}<script>alert({number})</script>"
        f'<a href="javascript:alert({number})">js</a> <a href="data:text/html,<script>alert({number})</script>">d</a>'
        f' <img src=x onerror="alert({number})"/><b onclick="alert({number})">bold</b>'
        f" &lt;script&gt;alert({number})&lt;/script&gt; {{{{ 7*7 }}}}</p>"
    )


def as_editor_saves(html, features=None):
    """``html`` as the rich text editor stores it: through Draftail's whitelist, both ways."""
    converter = ContentstateConverter(features or feature_registry.get_default_features())
    return converter.to_database_format(converter.from_database_format(html))


def text_value(field, label, instance=None):
    """The longest payload that ``field`` (a model or form field) accepts, or None if it refuses them all."""
    number = register(label)
    for value in payloads(number):
        try:
            field.clean(value, instance) if isinstance(field, models.Field) else field.clean(value)
        except ValidationError:
            continue
        return value
    return None


SKIPPED_TYPES = (models.SlugField, models.URLField, models.EmailField)
# Of Wagtail's own page fields, the ones editors type in (the others are the tree's and the workflow's).
PAGE_TEXT_FIELDS = ("title", "seo_title", "search_description")


def texts(model, prefix=None, exclude=(), instance=None):
    """A payload for every text field of ``model`` an editor fills in (choices, slugs, addresses and
    emails are validated, and tested on their own below)."""
    prefix = prefix or model.__name__
    values = {}
    for field in model._meta.concrete_fields:
        if not field.editable or field.choices or field.name in exclude or isinstance(field, SKIPPED_TYPES):
            continue
        if field.model is Page and field.name not in PAGE_TEXT_FIELDS:
            continue
        label = f"{prefix}.{field.name}"
        if isinstance(field, RichTextField):
            features = field.features or None
            values[field.name] = as_editor_saves(rich_payload(register(label)), features)
        elif isinstance(field, StreamField):
            values[field.name] = stream_value(field.stream_block, label)
        elif isinstance(field, (models.CharField, models.TextField)):
            value = text_value(field, label, instance)
            if value is not None:
                values[field.name] = value
    return values


def block_value(block, label):
    """A payload value for ``block`` and its children, in the block's Python form."""
    if isinstance(block, blocks.RichTextBlock):
        features = block.features or None
        return block.to_python(as_editor_saves(rich_payload(register(label)), features))
    if isinstance(block, TableBlock):
        rows = [[text_value(blocks.CharBlock().field, f"{label}[{r}][{c}]") for c in range(2)] for r in range(2)]
        return {"data": rows, "first_row_is_table_header": True, "first_col_is_header": True}
    if isinstance(block, LinkBlock):
        return block.to_python({"page": None, "url": hostile_url(register(f"{label}.url"))})
    if isinstance(block, blocks.URLBlock):
        return hostile_url(register(label))
    if isinstance(block, (blocks.ChoiceBlock, blocks.BooleanBlock)):
        return block.get_default()
    if isinstance(block, ImageChooserBlock):
        return MEDIA["image"]
    if isinstance(block, DocumentChooserBlock):
        return MEDIA["document"]
    if isinstance(block, blocks.PageChooserBlock):
        return None
    if isinstance(block, blocks.FieldBlock):
        return text_value(block.field, label)
    if isinstance(block, blocks.StructBlock):
        value = {name: block_value(child, f"{label}.{name}") for name, child in block.child_blocks.items()}
        if "decorative" in block.child_blocks:
            value["decorative"] = False
        return _struct(block, value)
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, f"{label}[0]")]
    raise AssertionError(f"no payload for {label}: {type(block).__name__}")


def _struct(block, value):
    return blocks.StructValue(block, [(name, value.get(name)) for name in block.child_blocks])


def stream_value(stream_block, label):
    """One block of each kind the stream offers, every one carrying payloads (as ``(name, value)`` pairs)."""
    return [(name, block_value(child, f"{label}.{name}")) for name, child in stream_block.child_blocks.items()]


# The image and document that image and document blocks point at (set by build_world).
MEDIA = {}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def build_world(home):
    """Every page type, snippet and inline row, with payloads in each of their text fields."""
    english = Locale.objects.get(language_code="en")
    MEDIA["image"] = add_image("Cover")
    document = MEDIA["document"] = add_document("Report", make_pdf(["Report"]), "report.pdf")
    world = {"home": home}

    topic = Topic.objects.create(locale=english, slug="xss-topic", **texts(Topic))
    resource_type = ResourceType.objects.create(locale=english, slug="xss-type", **texts(ResourceType))
    person = Person.objects.create(locale=english, email="p@example.org", **texts(Person, exclude=("phone",)))
    world.update(topic=topic, person=person)

    for name, value in texts(type(home), "HomePage", exclude=("title",)).items():
        setattr(home, name, value)
    home.save_revision().publish()

    world["standard"] = publish(home, StandardPage(slug="xss-standard", **texts(StandardPage)))

    directory = publish(home, OrganisationIndexPage(slug="xss-partners", **texts(OrganisationIndexPage)))
    partner = publish(directory, OrganisationPage(title="Partner", slug="xss-partner", summary="A partner."))
    organisation = OrganisationPage(
        slug="xss-organisation", website=hostile_url(register("OrganisationPage.website")), **texts(OrganisationPage)
    )
    organisation.topics = [topic]
    organisation.partnerships = [Partnership(kind="member-of", partner=partner, locale=english, **texts(Partnership))]
    world.update(directory=directory, organisation=publish(directory, organisation))

    projects = publish(home, ProjectIndexPage(slug="xss-projects", **texts(ProjectIndexPage)))
    project = ProjectPage(slug="xss-project", start_date=datetime.date(2024, 1, 1), **texts(ProjectPage))
    project.milestones = [Milestone(start_date=datetime.date(2024, 6, 1), locale=english, **texts(Milestone))]
    project.phases = [
        ProjectPhase(
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 12, 31),
            locale=english,
            **texts(ProjectPhase),
        )
    ]
    project = publish(projects, project)
    group = WorkingGroupPage(
        slug="xss-group",
        min_members=10,
        max_members=12,
        application_deadline=datetime.date.today() + datetime.timedelta(days=30),
        notification_email="group@example.org",
        **texts(WorkingGroupPage),
    )
    group.co_pilots = [WorkingGroupCoPilot(person=person)]
    world.update(projects=projects, project=project, group=publish(project, group))

    events = publish(home, EventIndexPage(slug="xss-events", **texts(EventIndexPage)))
    event = EventPage(
        slug="xss-event",
        kind="conference",
        time_zone="Europe/Brussels",
        start=at(2030, 3, 20, 9),
        end=at(2030, 3, 22, 18),
        venue_country="BE",
        online_url=hostile_url(register("EventPage.online_url")),
        registration_url=hostile_url(register("EventPage.registration_url")),
        **texts(EventPage),
    )
    event.rooms = [EventRoom(locale=english, **texts(EventRoom))]
    event.tracks = [EventTrack(locale=english, **texts(EventTrack))]
    event.site_visits = [SiteVisit(locale=english, **texts(SiteVisit))]
    event = publish(events, event)
    session = SessionPage(
        slug="xss-session",
        start=at(2030, 3, 20, 10),
        end=at(2030, 3, 20, 11),
        room=event.rooms.first(),
        track=event.tracks.first(),
        **texts(SessionPage),
    )
    session.session_people = [SessionPerson(person=person, role="speaker")]
    world.update(events=events, event=event, session=publish(event, session))

    library = publish(home, ResourceLibraryPage(slug="xss-library", **texts(ResourceLibraryPage)))
    resource = ResourcePage(
        slug="xss-resource",
        resource_type=resource_type,
        publication_date=datetime.date(2024, 3, 1),
        external_url=hostile_url(register("ResourcePage.external_url")),
        **texts(ResourcePage),
    )
    resource.files = [ResourceFile(document=document, language="en", **texts(ResourceFile))]
    resource.topics = [topic]
    resource.tags.add(text_value(models.CharField(max_length=100), "ResourcePage.tags"))
    world.update(library=library, resource=publish(library, resource))

    practices = publish(home, PracticeIndexPage(slug="xss-practices", **texts(PracticeIndexPage)))
    practice = PracticePage(
        slug="xss-practice", country="BE", area="harm-reduction", evaluation_status="none", **texts(PracticePage)
    )
    practice.partners = [PracticePartner(organisation=partner, locale=english, **texts(PracticePartner))]
    world.update(practices=practices, practice=publish(practices, practice))

    room = PressRoomPage(slug="xss-press", press_email="press@example.org", **texts(PressRoomPage))
    room.contacts.add(PressOfficeContact(person=person, languages=["en"]))
    room = publish(home, room)
    item = PressReleasePage(
        slug="xss-release",
        kind="release",
        release_at=timezone.now() - datetime.timedelta(days=1),
        **texts(PressReleasePage),
    )
    item.contacts.add(PressContact(person=person, languages=["en"]))
    item.images.add(PressImage(image=MEDIA["image"], locale=english, **texts(PressImage)))
    item.topics = [topic]
    world.update(press=room, release=publish(room, item))
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The world, built once for the module inside a transaction that is rolled back at its end
    (each test runs in a savepoint of it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world(build_site(languages=()))
        world["join_request"], world["join_emails"] = post_join_form(world["group"])
        world["interview"], world["interview_emails"] = post_interview_form(world["press"], world["release"])
        world["admin"] = get_user_model().objects.create_superuser("admin", "admin@example.org", "pass")
        yield world
        transaction.set_rollback(True)


def post_join_form(group):
    """A join request sent through the public form with a payload in every field a visitor types."""
    from home.join import JoinRequestForm

    form = JoinRequestForm()
    data = join_form_data(email="visitor@example.org")
    for name in ("name", "organisation", "role", "motivation"):
        data[name] = text_value(form.fields[name], f"JoinRequestForm.{name}")
    # A line break in the name must not become a second header line of the editors' email.
    data["name"] = data["name"].replace("\u2028", "\r\nBcc: victim@example.org\r\n")
    mail.outbox.clear()
    response = Client().post(group.url, data)
    assert response.status_code == 302, response.content[:500]
    return JoinRequest.objects.get(submission_key=data["submission_key"]), list(mail.outbox)


def post_interview_form(room, item):
    """An interview request sent through the press room's public form, with payloads."""
    from resources.press.interviews import InterviewRequestForm

    form = InterviewRequestForm()
    data = interview_form_data(email="journalist@example.org", about=str(item.pk))
    for name in ("name", "media_outlet", "phone", "subject"):
        data[name] = text_value(form.fields[name], f"InterviewRequestForm.{name}")
    mail.outbox.clear()
    response = Client().post(room.url + "interview/", data)
    assert response.status_code == 302, response.content[:500]
    return InterviewRequest.objects.get(submission_key=data["submission_key"]), list(mail.outbox)


def fields_in(text):
    return sorted({name for name, number in FIELDS.items() if str(number) in NUMBER.findall(text)}) or [text[:120]]


def is_script_url(value):
    value = re.sub(r"[\x00-\x20]", "", value or "").lower()
    return value.startswith(("javascript:", "vbscript:", "data:text/html"))


def html_problems(html, public=True):
    """What in ``html`` would run a payload: scripts, event handler attributes, script addresses."""
    problems = []
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        kind = script.get("type", "")
        if kind in ("application/ld+json", "application/json"):
            text = script.string or ""
            if kind == "application/ld+json" and "<" in text:
                problems.append(f"raw '<' in JSON-LD from {fields_in(text)}")
            try:
                json.loads(text)
            except ValueError:
                problems.append(f"{kind} that does not parse (broken out of?): {text[:80]!r}")
        elif script.get("src"):
            if public and not script["src"].startswith("/static/"):
                problems.append(f"script from elsewhere: {script['src']}")
        elif public or NUMBER.search(script.get_text()):
            problems.append(f"inline script from {fields_in(script.get_text())}")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.lower().startswith("on"):
                problems.append(f"<{element.name} {name}> from {fields_in(value)}")
            elif name.lower() in ("href", "src", "action", "formaction", "xlink:href", "data") and is_script_url(value):
                problems.append(f"<{element.name} {name}={value!r}> from {fields_in(value)}")
    return problems


def test_the_checker_finds_what_a_browser_would_run():
    register("checker")
    number = FIELDS["checker"]
    for html in [
        f"<p>{payloads(number)[0]}</p>",
        f'<a href=" JaVaScRiPt:alert({number})">x</a>',
        f'<iframe src="data:text/html,<script>alert({number})</script>"></iframe>',
        f'<script type="application/ld+json">{{"name": "</script><script>alert({number})</script>"}}</script>',
    ]:
        problems = html_problems(html)
        assert problems, html
        assert any("checker" in problem for problem in problems), problems
    assert not html_problems(f"<p>{escape(payloads(number)[0])}</p>")


def assert_inert(html, surface, public=True):
    problems = html_problems(html, public)
    assert not problems, f"{surface}: " + "; ".join(problems)


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


# Public pages: every page type, and the routes of the routable ones.

PAGE_ROUTES = [
    ("home", ""),
    ("standard", ""),
    ("directory", ""),
    ("organisation", ""),
    ("projects", ""),
    ("project", ""),
    ("group", ""),
    ("events", ""),
    ("event", ""),
    ("event", "schedule/"),
    ("event", "schedule/changes/"),
    ("event", "speakers/"),
    ("session", ""),
    ("library", ""),
    ("resource", ""),
    ("practices", ""),
    ("practice", ""),
    ("press", ""),
    ("press", "interview/"),
    ("release", ""),
]


@pytest.mark.parametrize("key,route", PAGE_ROUTES, ids=[f"{key}/{route}" for key, route in PAGE_ROUTES])
def test_public_page_shows_payloads_as_text(client, world, key, route):
    page = world[key]
    html = get(client, page.url + route).content.decode()
    assert_inert(html, f"{type(page).__name__} {route or 'page'}")
    soup = BeautifulSoup(html, "html.parser")
    # The template tags of the payload are shown, not run.
    assert "{{ 7*7 }}" in soup.get_text()
    graph = json.loads(soup.find("script", type="application/ld+json").string)
    # The payload went in and comes back whole, as data: JSON-LD escapes markup, it does not drop it.
    names = [node.get("name") for node in graph["@graph"]]
    assert page.seo_title in names, names


def test_speaker_page_shows_payloads_as_text(client, world):
    html = get(client, world["event"].url + "speakers/").content.decode()
    links = [a["href"] for a in BeautifulSoup(html, "html.parser").select("a[href*='/speakers/']")]
    speaker = next(link for link in links if link.rstrip("/").split("/")[-1] != "speakers")
    assert_inert(get(client, speaker).content.decode(), "speaker page")


def test_json_ld_escapes_markup_of_every_page_type(client, world):
    for key in sorted({key for key, _route in PAGE_ROUTES}):
        soup = BeautifulSoup(get(client, world[key].url).content, "html.parser")
        text = soup.find("script", type="application/ld+json").string
        assert "\\u003cscript\\u003e" in text, key
        assert "<" not in text, key


# The admin, for a superuser: the listings that show what editors and visitors typed.

ADMIN_VIEWS = [
    ("page explorer", lambda world: reverse("wagtailadmin_explore", args=[world["home"].pk])),
    ("page explorer (events)", lambda world: reverse("wagtailadmin_explore", args=[world["event"].pk])),
    ("page edit view", lambda world: reverse("wagtailadmin_pages:edit", args=[world["standard"].pk])),
    ("people", lambda world: reverse("wagtailsnippets_home_person:list")),
    ("person edit view", lambda world: reverse("wagtailsnippets_home_person:edit", args=[world["person"].pk])),
    ("topics", lambda world: reverse("wagtailsnippets_portal_topic:list")),
    ("resource types", lambda world: reverse("wagtailsnippets_portal_resourcetype:list")),
    ("join requests", lambda world: reverse("wagtailsnippets_home_joinrequest:list")),
    (
        "join request",
        lambda world: reverse("wagtailsnippets_home_joinrequest:inspect", args=[world["join_request"].pk]),
    ),
    ("interview requests", lambda world: reverse("wagtailsnippets_resources_interviewrequest:list")),
    (
        "interview request",
        lambda world: reverse("wagtailsnippets_resources_interviewrequest:inspect", args=[world["interview"].pk]),
    ),
    ("search terms report", lambda world: reverse("search_terms_report")),
    ("content review report", lambda world: reverse("content_review_report")),
    ("translation status report", lambda world: reverse("translation_status_report")),
    ("admin search", lambda world: reverse("wagtailadmin_pages:search") + "?q=HYPERLINK"),
]


@pytest.mark.parametrize("surface,url", ADMIN_VIEWS, ids=[surface for surface, _url in ADMIN_VIEWS])
def test_admin_shows_payloads_as_text(client, world, surface, url):
    client.force_login(world["admin"])
    marker = "alert("
    if surface == "search terms report":
        client.get("/en/search/", {"q": "<script>alert(5)</script>"})
        # The log keeps the words searched for, not the punctuation around them.
        marker = SearchQueryRecord.objects.get().query
    html = get(client, url(world)).content.decode()
    assert_inert(html, f"admin {surface}", public=False)
    assert marker in html, f"admin {surface} shows none of the payloads: the check proves nothing"


# Search: the results page (titles and snippets with matches marked) and the suggestions.


def test_search_results_show_payloads_as_text(client, world):
    for query in ["HYPERLINK", "alert script", '"><img src=x onerror=alert(1)>']:
        response = get(client, f"/en/search/?{urlencode({'q': query})}")
        soup = BeautifulSoup(response.content, "html.parser")
        assert_inert(response.content.decode(), f"search results for {query!r}")
        if query == "HYPERLINK":
            assert len(soup.select(".search-result")) >= 10, "the payloads were not found: the check proves nothing"
            assert soup.select(".search-result mark"), "no match was marked"


def test_search_suggestions_are_json_the_page_inserts_as_text(client, world):
    response = get(client, "/en/search/suggest/?q=HYPERLINK")
    assert response["Content-Type"].startswith("application/json")
    assert response.get("X-Content-Type-Options") == "nosniff"
    titles = [result["title"] for result in response.json()["results"]]
    assert titles and all("alert(" in title for title in titles), titles
    # The suggestions reach the page as text nodes, never as markup.
    script = (settings.BASE_DIR / "static" / "js" / "search-suggest.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", script)
    assert "textContent" in script


# Feeds: the XML parses and every description or summary (HTML in a feed reader) is inert.

FEEDS = [("library", "feed/"), ("library", "feed/atom/"), ("press", "feed/"), ("press", "feed/atom/")]
FEEDS += [("events", "feed/"), ("events", "feed/atom/")]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("key,route", FEEDS, ids=[f"{key}/{route}" for key, route in FEEDS])
def test_feeds_carry_payloads_as_escaped_text(client, world, key, route):
    response = get(client, world[key].url + route)
    root = ElementTree.fromstring(response.content)
    entries = root.findall("./channel/item") or root.findall(f"{ATOM}entry")
    assert entries, "the feed lists nothing: the check proves nothing"
    for entry in entries:
        title = entry.findtext("title") or entry.findtext(f"{ATOM}title")
        assert "alert(" in title
        for name in ("description", f"{ATOM}summary", f"{ATOM}content"):
            html = entry.findtext(name)
            if html:
                assert_inert(html, f"{key} {route} entry {name.removeprefix(ATOM)}")


# Calendars and schedule exports: text stays text, a line break starts no property.

CALENDARS = [("events", "events.ics"), ("event", "event.ics"), ("event", "schedule.ics"), ("session", "session.ics")]


@pytest.mark.parametrize("key,route", CALENDARS, ids=[f"{key}/{route}" for key, route in CALENDARS])
def test_calendars_keep_payloads_in_their_properties(client, world, key, route):
    content = get(client, world[key].url + route).content.decode()
    calendar = Calendar.from_ical(content)
    unfolded = re.sub(r"\r\n[ \t]", "", content)
    assert not re.search(r"^X-INJECTED", unfolded, re.MULTILINE), f"{key} {route}: a line break started a property"
    summaries = [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]
    assert any("alert(" in summary for summary in summaries), summaries


@pytest.mark.parametrize("route", ["schedule.xml", "schedule.json"])
def test_schedule_exports_keep_payloads_as_text(client, world, route):
    content = get(client, world["event"].url + route).content
    if route.endswith("xml"):
        root = ElementTree.fromstring(content)
        assert not root.findall(".//script") and not root.findall(".//img"), "a payload became XML elements"
        found = [element.text or "" for element in root.iter()]
    else:
        found = json_strings(json.loads(content))
    assert any("<script>alert(" in text for text in found), "the payloads are missing: the check proves nothing"


def json_strings(value):
    if isinstance(value, dict):
        return [text for item in value.values() for text in json_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in json_strings(item)]
    return [value] if isinstance(value, str) else []


# The read API: JSON only, payloads come back whole in plain fields, rich text stays whitelisted.

API_PAGES = ["standard", "organisation", "project", "group", "event", "session", "resource", "practice", "release"]


@pytest.mark.parametrize("key", API_PAGES)
def test_api_returns_payloads_as_json_data(client, world, key):
    page = world[key]
    response = get(client, f"/api/v2/pages/{page.pk}/")
    assert response["Content-Type"].startswith("application/json")
    assert response.get("X-Content-Type-Options") == "nosniff"
    data = response.json()
    assert data["title"] == page.title
    for field in type(page)._meta.concrete_fields:
        if isinstance(field, RichTextField) and isinstance(data.get(field.name), str):
            assert_inert(data[field.name], f"API {type(page).__name__}.{field.name}")


# Spreadsheet exports: a cell never starts a formula.

EXPORTS = [
    ("join requests", lambda world: reverse("wagtailsnippets_home_joinrequest:list")),
    ("interview requests", lambda world: reverse("wagtailsnippets_resources_interviewrequest:list")),
    ("search terms report", lambda world: reverse("search_terms_report")),
    ("content review report", lambda world: reverse("content_review_report")),
    ("translation status report", lambda world: reverse("translation_status_report")),
]


@pytest.mark.parametrize("surface,url", EXPORTS, ids=[surface for surface, _url in EXPORTS])
def test_csv_exports_neutralise_formulas(client, world, surface, url):
    client.force_login(world["admin"])
    marker = "HYPERLINK"
    if surface == "search terms report":
        client.get("/en/search/", {"q": '=HYPERLINK("https://x.test/","x")'})
        # The log keeps only the words searched for: no formula can reach this export.
        marker = SearchQueryRecord.objects.get().query
    response = client.get(url(world) + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(marker in cell for cell in cells), f"{surface}: no payload exported, the check proves nothing"
    formulas = [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert not formulas, f"{surface}: cells a spreadsheet would run: {formulas[:3]}"


def test_xlsx_export_keeps_formulas_as_text(client, world):
    from openpyxl import load_workbook

    client.force_login(world["admin"])
    response = client.get(reverse("wagtailsnippets_home_joinrequest:list") + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert any(str(cell.value).startswith("=HYPERLINK") for cell in cells)
    assert all(cell.data_type != "f" for cell in cells)


# Public forms: what a visitor typed reaches editors as text, in the admin (above) and by email.


def test_join_and_interview_emails_are_plain_text_with_single_line_headers(world):
    for surface, emails in (("join", world["join_emails"]), ("interview", world["interview_emails"])):
        assert len(emails) == 2, f"{surface}: {[email.subject for email in emails]}"
        for email in emails:
            assert email.content_subtype == "plain"
            assert not getattr(email, "alternatives", None)
            assert "\n" not in email.subject and "\r" not in email.subject
            assert email.message().get("Bcc") is None
            # Plain text: the visitor's words as typed, not HTML entities.
            assert "&lt;" not in email.body
            assert "&quot;" not in email.body
    notification = next(email for email in world["join_emails"] if "visitor@example.org" not in email.to)
    assert world["join_request"].motivation in notification.body


# Fields that validate refuse the payloads outright.


def test_slugs_refuse_payloads(world):
    for payload in payloads(register("slug")):
        with pytest.raises(ValidationError) as error:
            world["home"].add_child(instance=StandardPage(title="Slug", slug=payload))
        assert "slug" in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            Topic(name="Slug", slug=payload, locale=world["home"].locale).full_clean()
        assert "slug" in error.value.message_dict


SCRIPT_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    'https://example.org/ onmouseover="alert(1)"',
]


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_address_fields_refuse_script_addresses(url):
    for model, name in [
        (OrganisationPage, "website"),
        (EventPage, "online_url"),
        (EventPage, "registration_url"),
        (ResourcePage, "external_url"),
    ]:
        with pytest.raises(ValidationError):
            model._meta.get_field(name).clean(url, None)
    with pytest.raises(ValidationError):
        blocks.URLBlock().clean(url)
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "T", "link": {"url": url}, "button_label": "Go"}))


def test_track_colour_refuses_payloads():
    field = EventTrack._meta.get_field("colour")
    for payload in [*payloads(1), '#fff" onmouseover="alert(1)', "red;background:url(javascript:alert(1))"]:
        with pytest.raises(ValidationError):
            field.clean(payload, None)


# Rich text: Wagtail's whitelist, as the editor stores it and when posted to the admin's edit view.


def test_rich_text_whitelist_strips_scripts_handlers_and_script_addresses():
    for features in (RICH_TEXT_FEATURES, ["h2", "h3", *RICH_TEXT_FEATURES], None):
        stored = as_editor_saves(rich_payload(7), features)
        assert_inert(stored, f"rich text stored with {features}")
        soup = BeautifulSoup(stored, "html.parser")
        assert "<script>alert(7)</script>" in soup.get_text(), "the escaped text must stay text"
        assert not soup.find_all(["script", "img", "svg"])


def contentstate(text, url):
    """What Draftail posts: one paragraph of ``text`` with a link to ``url`` over its last character."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [{"offset": len(text) - 1, "length": 1, "key": 0}],
        "data": {},
    }
    return json.dumps(
        {"blocks": [block], "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}}}
    )


def test_rich_text_and_blocks_posted_to_the_admin_edit_view_come_out_inert(client, world):
    page = world["standard"]
    client.force_login(world["admin"])
    text = "<script>alert(91)</script><img src=x onerror=alert(91)> x"
    table = {"data": [[text, "b"], ["c", text]], "table_header_choice": "row"}
    item = {"title": text, "content": contentstate(text, "data:text/html,<script>alert(91)</script>")}
    body = streamfield(
        [
            ("paragraph", contentstate(text, "javascript:alert(91)")),
            ("quote", {"quote": text, "attribution": '"><svg onload=alert(91)>', "role": ""}),
            ("table", {"caption": text, "table": json.dumps(table)}),
            ("accordion", {"heading": text, "items": {"count": 1, "0": {"value": item, "deleted": "", "order": 0}}}),
        ]
    )
    data = nested_form_data(
        {
            "title": "Posted " + text,
            "slug": page.slug,
            "introduction": text,
            "body": body,
            "comments": inline_formset([]),
            **PROMOTE_AND_SETTINGS,
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, [
        error.as_json_data() for error in response.context["form"].errors.as_data().get("body", [])
    ]
    stored = StandardPage.objects.get(pk=page.pk)
    raw = json.dumps(stored.body.get_prep_value())
    assert "javascript:" not in raw
    assert "data:text/html" not in raw
    client.logout()
    html = get(client, stored.url).content.decode()
    assert_inert(html, "standard page posted through the admin")
    assert BeautifulSoup(html, "html.parser").get_text().count("<script>alert(91)</script>") >= 6
