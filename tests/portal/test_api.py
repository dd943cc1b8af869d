"""The public read API (/api/v2/): only what anyone may see, every page type's own fields, no personal
data beyond what people agreed to, filters, and listings whose query count does not grow with items.

The world (built once for the module, see ``api_world``): English and French home pages; a page of
every type, most of them linked to each other; a draft, a password-protected section, a press item
under embargo with a picture and an attachment of its own, a draft press item; documents in a
public and in a private collection; people who agreed to the publication of their contact details
(Anne) and who did not (Bruno).
"""

import datetime
import json

import pytest

from django.core.cache import cache
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from events.models import EventIndexPage, EventPage, SessionPage
from home.models import (
    HomePage,
    OrganisationIndexPage,
    OrganisationPage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    WorkingGroupPage,
)
from portal.models import Audience, ResourceType
from resources.models import (
    PracticeIndexPage,
    PracticePage,
    PressReleasePage,
    PressRoomPage,
    ResourceLibraryPage,
    ResourcePage,
)
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import (
    add_directory,
    add_intervention_field,
    add_organisation,
    add_partnership,
    add_person,
    add_project,
    add_project_index,
    add_topic,
    add_working_group,
)
from tests.factories.pages import add_standard_page, build_site, translate_page
from tests.factories.press import add_press_item, add_press_room, in_days, translate_person
from tests.factories.resources import (
    add_document,
    add_image,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    add_term,
    day,
)

pytestmark = pytest.mark.django_db

API = "/api/v2"
ANNE_EMAIL = "anne.lambert@example.org"
BRUNO_EMAIL = "bruno.private@example.org"
BRUNO_PHONE = "+41 79 000 00 00"
SECRET_NOTIFICATION = "group-inbox-secret@example.org"
PRESS_DESK = "pressdesk-secret@example.org"


def build_api_world():
    home = build_site(languages=("fr",))
    harm = add_topic("Harm reduction")
    add_topic("Réduction des risques", language="fr", slug="reduction-des-risques", translation_of=harm)
    prevention = add_topic("Prevention")
    hall = add_image("Conference hall")
    portrait = add_image("Anne Lambert")

    anne = add_person(
        "Anne Lambert",
        role="Press officer",
        email=ANNE_EMAIL,
        phone="+32 2 555 01 01",
        contact_is_public=True,
        photo=portrait,
    )
    translate_person(anne, "fr", role="Attachée de presse")
    bruno = add_person("Bruno Keller", role="Spokesperson", email=BRUNO_EMAIL, phone=BRUNO_PHONE)

    about = add_standard_page(
        home,
        "About the network",
        introduction="Cities, NGOs and health services.",
        listing_summary="Who we are.",
        listing_image=hall,
        body=[("paragraph", "<p>Since 1987.</p>")],
    )
    about_fr = translate_page(about, "fr", title="À propos du réseau", slug="a-propos", introduction="Des villes.")
    draft = add_standard_page(home, "Draft plans")
    draft.unpublish()
    members = add_standard_page(home, "Members area")
    PageViewRestriction.objects.create(page=members, restriction_type="password", password="letmein123")
    minutes = add_standard_page(members, "Board minutes")

    directory = add_directory(home)
    efus = add_organisation(
        directory,
        "European Forum for Urban Security",
        acronym="Efus",
        kind="network",
        country="FR",
        city="Paris",
        website="https://efus.eu",
        founded=1987,
        logo=hall,
        topics=[harm],
    )
    efus.fields_of_intervention = [add_intervention_field("Prevention work")]
    efus.save_revision().publish()
    ghent = add_organisation(directory, "City of Ghent", kind="city", country="BE", city="Ghent")
    add_partnership(ghent, efus, kind="member-of", start_year=2001)
    hidden_org = add_organisation(directory, "Unpublished partner")
    hidden_org.unpublish()

    library = add_library(home)
    report = add_term(ResourceType, "Report")
    add_term(ResourceType, "Rapport", language="fr", translation_of=report, slug="rapport")
    professionals = add_term(Audience, "Professionals")
    private_collection = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="login")
    guide_en = add_document("Drug checking guide (EN)", b"%PDF-1.4 english", "guide-en.pdf")
    guide_fr = add_document("Guide de l'analyse (FR)", b"%PDF-1.4 french", "guide-fr.pdf")
    guide_members = add_document(
        "Guide, members' annotations", b"%PDF-1.4 members", "guide-members.pdf", private_collection
    )
    unused = add_document("Annual accounts 2023", b"%PDF-1.4 accounts", "accounts.pdf")
    guide = add_resource(
        library,
        "Drug checking guide",
        files=[(guide_en, "en"), (guide_fr, "fr"), (guide_members, "en", "Annotated")],
        topics=[harm],
        audiences=[professionals],
        resource_type=report,
        publication_date=day(2024, 3, 1),
        countries=["BE", "FR"],
        publishers=[efus, hidden_org],
        authors="Ana Silva, Jan Peeters",
        licence="cc-by-4.0",
        cover=hall,
    )
    guide.tags.add("naloxone", "drug checking")
    guide.save_revision().publish()
    guide_fr_page = translate_page(guide, "fr", title="Guide de l'analyse des drogues", slug="guide-analyse")

    projects = add_project_index(home)
    project = add_project(
        projects,
        "HEAD-UP",
        acronym="HEAD-UP",
        lead_organisation=efus,
        funding="A work package of the network",
        start_date=day(2023, 1, 1),
        end_date=day(2025, 12, 31),
        contact=bruno,
        partners=[(ghent, "Pilot city")],
        phases=[{"name": "Assessment phase", "start_date": day(2023, 1, 1), "end_date": day(2023, 6, 30)}],
        milestones=[
            {"title": "Final conference", "start_date": day(2025, 11, 1), "place": "Brussels"},
            {"title": "Kick-off", "start_date": day(2023, 1, 15), "place": "Paris", "status": "done"},
        ],
    )
    project.outputs.create(resource=guide)
    project.save_revision().publish()
    group = add_working_group(
        project,
        "Prevention group",
        theme="Prevention in nightlife",
        contact=anne,
        co_pilots=[bruno, anne],
        notification_email=SECRET_NOTIFICATION,
    )

    practices = add_practice_index(home)
    naloxone = add_practice(
        practices,
        "Naloxone for outreach teams",
        city="Ghent",
        latitude="51.05434",
        longitude="3.71742",
        start_year=2018,
        lead_organisation=ghent,
        contact=bruno,
        partners=[(efus, "Evaluation")],
        topics=[harm],
        related_pages=[guide, draft],
    )

    events = add_event_index(home)
    conference = add_event(
        events,
        "Harm reduction conference",
        organiser=efus,
        tracks=[("Drugs and harm reduction", "#1f6f8b")],
        visits=[{"title": "Visit of a drop-in centre", "places": 12}],
        registration_state="open",
        registration_url="https://example.org/register",
    )
    plenary = add_session(
        conference,
        "Plenary: drugs and harm reduction",
        at(2024, 3, 20, 14, 45),
        at(2024, 3, 20, 16, 0),
        room_name="Plenary hall",
        track_name="Drugs and harm reduction",
        people=[(anne, "moderator"), (bruno, "speaker")],
        format="plenary",
        language="fr",
        interpretation=["en"],
    )
    plenary.related_pages.create(page=naloxone)
    plenary.save_revision().publish()

    room = add_press_room(
        home,
        introduction="News of the network.",
        press_phone="+32 2 555 00 00",
        notification_email=PRESS_DESK,
        contacts=[(anne, ()), (bruno, ())],
    )
    release = add_press_item(
        room,
        "Cities call for drug checking",
        summary="Mayors of twelve cities ask for drug checking.",
        key_facts=[("fact", {"figure": "12", "text": "cities signed the call."})],
        event=conference,
        sessions=[plenary],
        practices=[naloxone],
        images=[(hall, "Delegates in the plenary hall", "© Efus")],
        related=[guide, draft],
        topics=[harm],
    )
    chart = add_image("Lighthouse chart")
    study = add_document("Lighthouse study, full report", b"%PDF-1.4 lighthouse", "lighthouse.pdf")
    embargoed = add_press_item(
        room,
        "Lighthouse study on overdose deaths",
        release_at=in_days(2),
        summary="The Lighthouse study counts overdose deaths.",
        images=[(chart, "A chart of overdose deaths", "© Lighthouse")],
        body=[("document", {"document": study, "title": "Full report", "description": ""})],
        topics=[prevention],
    )
    embargoed_fr = translate_page(embargoed, "fr", title="L’étude Phare", slug="etude-phare")
    press_draft = add_press_item(room, "Draft statement on cannabis", publish=False)

    named = {
        "home": home,
        "about": about,
        "about_fr": about_fr,
        "draft": draft,
        "members": members,
        "minutes": minutes,
        "directory": directory,
        "efus": efus,
        "ghent": ghent,
        "hidden_org": hidden_org,
        "library": library,
        "guide": guide,
        "guide_fr": guide_fr_page,
        "projects": projects,
        "project": project,
        "group": group,
        "practices": practices,
        "naloxone": naloxone,
        "events": events,
        "conference": conference,
        "plenary": plenary,
        "room": room,
        "release": release,
        "embargoed": embargoed,
        "embargoed_fr": embargoed_fr,
        "press_draft": press_draft,
        "hall": hall,
        "chart": chart,
        "portrait": portrait,
        "guide_en_doc": guide_en,
        "guide_fr_doc": guide_fr,
        "guide_members_doc": guide_members,
        "unused_doc": unused,
        "study_doc": study,
    }
    return {name: (obj._meta.label, obj.pk) for name, obj in named.items()}


@pytest.fixture(scope="module")
def api_world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world, built once for the module inside a transaction rolled back at its end; each test runs
    in a savepoint within it. Its images and documents live in a media folder of the module's own."""
    media = tmp_path_factory.mktemp("api-media")
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock(), transaction.atomic():
        yield {"objects": build_api_world(), "media": media}
        transaction.set_rollback(True)


class World:
    def __init__(self, objects):
        from django.apps import apps

        for name, (label, pk) in objects.items():
            setattr(self, name, apps.get_model(label).objects.get(pk=pk))


@pytest.fixture
def world(api_world, db, settings):
    settings.MEDIA_ROOT = str(api_world["media"])
    return World(api_world["objects"])


@pytest.fixture(autouse=True)
def fresh_throttle():
    # The anonymous rate limit counts in the cache: every test starts with a clean slate.
    cache.clear()


# --- Helpers -------------------------------------------------------------------------------

# Pages anyone may see, and pages nobody may see (a draft, a password-protected section and its
# page, an unpublished organisation, the press item under embargo and its translation, a draft item).
SHOWN = (
    "home",
    "about",
    "about_fr",
    "directory",
    "efus",
    "ghent",
    "library",
    "guide",
    "guide_fr",
    "projects",
    "project",
    "group",
    "practices",
    "naloxone",
    "events",
    "conference",
    "plenary",
    "room",
    "release",
)
HIDDEN = ("draft", "members", "minutes", "hidden_org", "embargoed", "embargoed_fr", "press_draft")


def get(client, path, **params):
    return client.get(f"{API}/{path}", params)


def status(client, path, **params):
    return get(client, path, **params).status_code


def ok(client, path, **params):
    response = get(client, path, **params)
    assert response.status_code == 200, (response.status_code, response.content[:500])
    return response.json()


def ids(data):
    return [item["id"] for item in data["items"]]


def listed_ids(client, endpoint="pages/", **params):
    """Every id the listing gives, page after page."""
    found, offset = [], 0
    while True:
        data = ok(client, endpoint, limit=50, offset=offset, **params)
        found += ids(data)
        offset += 50
        if offset >= data["meta"]["total_count"]:
            return found


def release_embargoed(world, **changes):
    """What the scheduler does at the release time: the items become live, their time has come."""
    changes.setdefault("release_at", timezone.now() - datetime.timedelta(minutes=1))
    PressReleasePage.objects.filter(pk__in=[world.embargoed.pk, world.embargoed_fr.pk]).update(live=True, **changes)


# --- Only what anyone may see --------------------------------------------------------------


def test_listings_show_only_live_public_released_pages(client, world):
    listed = listed_ids(client)
    assert len(listed) == len(set(listed))
    for name in SHOWN:
        assert getattr(world, name).pk in listed, name
    for name in HIDDEN:
        assert getattr(world, name).pk not in listed, name
    assert listed_ids(client, type="resources.PressReleasePage") == [world.release.pk]
    assert set(listed_ids(client, type="home.StandardPage")) == {world.about.pk, world.about_fr.pk}
    assert set(listed_ids(client, type="home.OrganisationPage")) == {world.efus.pk, world.ghent.pk}


def test_hidden_pages_are_not_found_in_detail_or_find(client, world):
    for name in HIDDEN:
        page = getattr(world, name)
        assert status(client, f"pages/{page.pk}/") == 404, name
        assert status(client, f"pages/{page.pk}/", type=page.specific_class._meta.label) == 404, name
        assert status(client, "pages/find/", id=page.pk) == 404, name
        assert status(client, "pages/find/", html_path=page.url) == 404, name
    # A JSON 404, not a redirect to the same address under a language prefix.
    response = get(client, f"pages/{world.embargoed.pk}/")
    assert response.status_code == 404
    assert "message" in response.json()
    assert status(client, f"pages/{world.release.pk}/") == 200


def test_find_gives_the_page_at_an_address_in_any_language(client, world):
    for page in (world.about, world.about_fr, world.release, world.guide_fr):
        response = get(client, "pages/find/", html_path=page.url)
        assert response.status_code == 302, page.url
        assert response["Location"].startswith(f"http://localhost{API}/pages/{page.pk}/"), page.url
    response = get(client, "pages/find/", id=world.efus.pk)
    assert response["Location"].startswith(f"http://localhost{API}/pages/{world.efus.pk}/")
    assert status(client, "pages/find/", html_path="/fr/nowhere/") == 404
    # PostgreSQL refuses a NUL in a query: no address holds one.
    assert status(client, "pages/find/", html_path="/en/about\x00/") == 404


def test_a_press_item_live_before_its_release_time_stays_hidden(client, world):
    # Made live by other means than publishing (a script, a restored dump): still under embargo.
    release_embargoed(world, release_at=in_days(2))
    assert world.embargoed.pk not in listed_ids(client)
    assert world.embargoed.pk not in listed_ids(client, type="resources.PressReleasePage")
    assert status(client, f"pages/{world.embargoed.pk}/") == 404
    assert status(client, "pages/find/", id=world.embargoed.pk) == 404
    assert status(client, "pages/find/", html_path=world.embargoed.url) == 404
    assert ok(client, "pages/", search="Lighthouse")["items"] == []
    # Its release time comes: it is public.
    release_embargoed(world)
    assert world.embargoed.pk in listed_ids(client, type="resources.PressReleasePage")
    assert ok(client, f"pages/{world.embargoed.pk}/")["title"] == "Lighthouse study on overdose deaths"


def test_a_logged_in_editor_or_a_visitor_who_gave_the_password_sees_no_more(client, world, django_user_model):
    staff = add_standard_page(world.home, "Staff notes")
    PageViewRestriction.objects.create(page=staff, restriction_type="login")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password")
    client.force_login(editor)
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = list(
        PageViewRestriction.objects.values_list("pk", flat=True)
    )
    session.save()
    listed = listed_ids(client)
    for page in (staff, world.members, world.minutes, world.draft):
        assert page.pk not in listed
        assert status(client, f"pages/{page.pk}/") == 404
    assert world.about.pk in listed


def test_links_to_other_pages_leave_out_those_nobody_may_see(client, world):
    naloxone = PracticePage.objects.get(pk=world.naloxone.pk)
    naloxone.related_pages.create(page=world.embargoed)
    naloxone.related_pages.create(page=world.members)
    naloxone.save_revision().publish()
    assert ids({"items": ok(client, f"pages/{world.naloxone.pk}/")["related_pages"]}) == [world.guide.pk]
    release = ok(client, f"pages/{world.release.pk}/")
    assert [link["id"] for link in release["related_pages"]] == [world.guide.pk]
    guide = ok(client, f"pages/{world.guide.pk}/")
    assert [link["title"] for link in guide["publishers"]] == ["European Forum for Urban Security"]
    # A live page under a draft is served (Wagtail routes to it), but its parent is not named.
    orphan = add_standard_page(world.draft, "Orphan page")
    assert ok(client, f"pages/{orphan.pk}/")["meta"]["parent"] is None
    assert ok(client, f"pages/{world.about.pk}/")["meta"]["parent"]["id"] == world.home.pk
    assert status(client, "pages/", child_of=world.members.pk) == 400
    assert status(client, "pages/", translation_of=world.embargoed.pk) == 400


def test_search_finds_only_pages_anyone_may_see(client, world):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    # The index holds the hidden pages too: the API, not the index, leaves them out.
    assert list(get_search_backend().search("Lighthouse", Page.objects.all()))
    assert ok(client, "pages/", search="Lighthouse")["items"] == []
    assert ok(client, "pages/", search="minutes")["items"] == []
    found = ids(ok(client, "pages/", search="checking", type="resources.ResourcePage"))
    assert world.guide.pk in found
    assert world.guide.pk in ids(ok(client, "pages/", search="checking", locale="en"))
    assert world.guide.pk not in ids(ok(client, "pages/", search="checking", locale="fr"))
    assert status(client, "pages/", search="guide", search_operator="xor") == 400
    # A NUL (which PostgreSQL refuses in a query) is a space.
    assert world.guide.pk in ids(ok(client, "pages/", search="checking\x00", type="resources.ResourcePage"))
    assert ok(client, "images/", search="\x00")["items"] == []
    assert ok(client, "pages/", search=" ")["items"] == []


# --- Documents and images ------------------------------------------------------------------


def test_documents_of_private_collections_and_of_embargoed_items_are_hidden(client, world):
    assert set(listed_ids(client, "documents/")) == {world.guide_en_doc.pk, world.guide_fr_doc.pk, world.unused_doc.pk}
    for document in (world.guide_members_doc, world.study_doc):
        assert status(client, f"documents/{document.pk}/") == 404, document.title
        assert status(client, "documents/find/", id=document.pk) == 404, document.title
    assert ok(client, "documents/", search="Lighthouse")["items"] == []
    assert ok(client, "documents/", search="annotations")["items"] == []
    detail = ok(client, f"documents/{world.guide_en_doc.pk}/")
    assert detail["title"] == "Drug checking guide (EN)"
    assert detail["meta"]["download_url"] == f"http://localhost/documents/{world.guide_en_doc.pk}/guide-en.pdf"
    # The resource's editions leave the private one off too.
    editions = ok(client, f"pages/{world.guide.pk}/")["editions"]
    assert [edition["title"] for edition in editions] == ["Drug checking guide (EN)", "Guide de l'analyse (FR)"]


def test_an_embargoed_items_picture_and_attachment_appear_at_its_release(client, world):
    assert status(client, f"documents/{world.study_doc.pk}/") == 404
    assert status(client, f"images/{world.chart.pk}/") == 404
    release_embargoed(world)
    assert ok(client, f"documents/{world.study_doc.pk}/")["title"] == "Lighthouse study, full report"
    assert ok(client, f"images/{world.chart.pk}/")["title"] == "Lighthouse chart"
    assert world.study_doc.pk in listed_ids(client, "documents/")


def test_a_picture_an_embargoed_item_shares_with_a_public_page_is_listed(client, world):
    release = PressReleasePage.objects.get(pk=world.release.pk)
    release.images.create(image=world.chart, alt_text="A chart", credit="© Lighthouse", locale=release.locale)
    release.save_revision().publish()
    assert world.chart.pk in listed_ids(client, "images/")
    assert ok(client, f"images/{world.chart.pk}/")["title"] == "Lighthouse chart"


def test_images_of_private_collections_are_hidden_and_originals_never_given(client, world):
    private = add_image("Board meeting")
    private.collection = Collection.objects.get(name="Members only")
    private.save()
    assert set(listed_ids(client, "images/")) == {world.hall.pk, world.portrait.pk}
    for image in (private, world.chart):
        assert status(client, f"images/{image.pk}/") == 404, image.title
    detail = ok(client, f"images/{world.hall.pk}/")
    assert detail["title"] == "Conference hall"
    assert (detail["width"], detail["height"]) == (640, 480)
    assert "download_url" not in detail["meta"]
    assert set(detail["renditions"]) == {"thumbnail", "large"}
    thumbnail = detail["renditions"]["thumbnail"]
    assert thumbnail["url"].endswith(".webp") and thumbnail["width"] == 320
    assert thumbnail["full_url"] == "http://localhost" + thumbnail["url"]
    assert world.hall.file.name.split("/")[-1] not in json.dumps(detail)


# --- Filters -------------------------------------------------------------------------------


def test_locale_and_translation_filters(client, world):
    french = ok(client, "pages/", locale="fr", limit=50)
    assert french["items"]
    assert {item["meta"]["locale"] for item in french["items"]} == {"fr"}
    assert world.about_fr.pk in ids(french) and world.guide_fr.pk in ids(french)
    assert world.about.pk not in ids(french)
    assert ids(ok(client, "pages/", locale="fr", type="home.StandardPage")) == [world.about_fr.pk]
    assert ids(ok(client, "pages/", translation_of=world.about.pk)) == [world.about_fr.pk]
    assert ids(ok(client, "pages/", translation_of=world.guide.pk, locale="fr")) == [world.guide_fr.pk]
    response = get(client, "pages/", locale="xx")
    assert response.status_code == 400
    assert status(client, "pages/", locale="f\x00r") == 400
    assert "en, fr, it, ro, bg, nl, de" in response.json()["message"]


def test_type_filter(client, world):
    data = ok(client, "pages/", type="resources.ResourcePage", fields="editions,topics")
    assert set(ids(data)) == {world.guide.pk, world.guide_fr.pk}
    assert {item["meta"]["type"] for item in data["items"]} == {"resources.ResourcePage"}
    assert all("editions" in item and "topics" in item for item in data["items"])
    several = ok(client, "pages/", type="resources.ResourcePage,resources.PracticePage")
    assert set(ids(several)) == {world.guide.pk, world.guide_fr.pk, world.naloxone.pk}
    assert status(client, "pages/", type="resources.Nothing") == 400
    assert status(client, "pages/", type="wagtaildocs.Document") == 400
    # A type's own fields need the type.
    assert status(client, "pages/", fields="editions") == 400


def test_topic_and_published_since_filters(client, world):
    for slug in ("harm-reduction", "reduction-des-risques"):
        assert ids(ok(client, "pages/", type="resources.PracticePage", topic=slug)) == [world.naloxone.pk], slug
    assert ok(client, "pages/", type="resources.PracticePage", topic="prevention")["items"] == []
    assert ok(client, "pages/", type="resources.PracticePage", topic="harm-reduction\x00")["items"] == []
    assert set(ids(ok(client, "pages/", type="resources.ResourcePage", topic="harm-reduction"))) == {
        world.guide.pk,
        world.guide_fr.pk,
    }
    assert status(client, "pages/", topic="harm-reduction") == 400
    assert status(client, "pages/", type="home.StandardPage", topic="harm-reduction") == 400
    everything = ok(client, "pages/")["meta"]["total_count"]
    assert ok(client, "pages/", published_since="2000-01-01")["meta"]["total_count"] == everything
    assert ok(client, "pages/", published_since=in_days(1).isoformat())["meta"]["total_count"] == 0
    assert status(client, "pages/", published_since="yesterday") == 400


def test_field_filters_ordering_and_limits(client, world):
    assert ids(ok(client, "pages/", type="home.OrganisationPage", kind="city")) == [world.ghent.pk]
    assert ids(ok(client, "pages/", type="resources.PracticePage", area="harm-reduction")) == [world.naloxone.pk]
    titles = [item["title"] for item in ok(client, "pages/", type="home.OrganisationPage", order="-title")["items"]]
    assert titles == ["European Forum for Urban Security", "City of Ghent"]
    # Values a field cannot hold, and relations, are refused with a 400, never a 500.
    assert status(client, "pages/", type="resources.PracticePage", latitude="north") == 400
    assert status(client, "pages/", type="resources.ResourcePage", publication_date="2024-13-45") == 400
    assert status(client, "pages/", type="resources.ResourcePage", topics="harm") == 400
    assert status(client, "pages/", type="resources.ResourcePage", order="topics") == 400
    assert status(client, "pages/", limit=50) == 200
    assert status(client, "pages/", limit=51) == 400
    # An offset past the last item, even one no database column can hold, gives no items.
    for offset in ("1000", "99999999999999999999"):
        past_the_end = ok(client, "pages/", offset=offset)
        assert past_the_end["items"] == []
        assert past_the_end["meta"]["total_count"] > 0


# --- Every page type's own fields ----------------------------------------------------------


def test_every_page_type_shows_its_fields_or_withholds_them_on_purpose():
    """A field added to a page type must be added to its api_fields, or named here as editors' only."""
    from modelcluster.models import get_all_child_relations
    from wagtail.models import get_page_models

    from portal.models import BasePage

    editors_only = {
        "WorkingGroupPage": {"notification_email"},
        "PressRoomPage": {"notification_email"},
        "SessionPage": {"sequence"},
    }
    # Shown under another name: a resource's files as its editions, a session's people with their roles.
    shown_as = {"files": "editions", "tagged_items": "tags", "session_people": "people"}
    base_names = [field.name for field in BasePage.api_fields]
    base_fields = {field.name for field in BasePage._meta.local_fields if not field.name.endswith("_ptr")}
    assert base_fields - set(base_names) == {"content_owner", "review_by"}
    models = [model for model in get_page_models() if issubclass(model, BasePage) and model is not BasePage]
    assert len(models) == 16
    for model in models:
        names = [field.name for field in model.api_fields]
        assert names[: len(base_names)] == base_names, model.__name__
        own = {field.name for field in model._meta.local_fields if not field.name.endswith("_ptr")} - base_fields
        own |= {field.name for field in model._meta.local_many_to_many}
        own |= {
            relation.get_accessor_name()
            for relation in get_all_child_relations(model)
            if relation.remote_field.model is model
        }
        missing = {shown_as.get(name, name) for name in own} - set(names) - editors_only.get(model.__name__, set())
        assert not missing, (model.__name__, missing)


def test_home_and_standard_pages(client, world):
    home = HomePage.objects.get(pk=world.home.pk)
    home.hero_link = world.about
    home.hero_image = world.hall
    home.featured_items.create(page=world.guide)
    home.featured_items.create(page=world.draft)
    home.save_revision().publish()
    data = ok(client, f"pages/{home.pk}/")
    assert data["hero_heading"] == "Cities, NGOs and health services on drugs"
    assert data["hero_link"]["id"] == world.about.pk
    assert data["hero_link"]["url"] == "http://localhost/en/about-the-network/"
    assert data["hero_image"]["renditions"]["large"]["url"].endswith(".webp")
    assert [link["id"] for link in data["featured_items"]] == [world.guide.pk]
    about = ok(client, f"pages/{world.about.pk}/")
    assert about["introduction"] == "Cities, NGOs and health services."
    assert about["body"][0]["type"] == "paragraph" and about["body"][0]["value"] == "<p>Since 1987.</p>"
    assert about["listing_summary"] == "Who we are."
    assert about["listing_title"] == "About the network"
    assert set(about["listing_image"]["renditions"]) == {"card", "thumbnail", "large"}
    assert about["listing_image"]["renditions"]["card"]["width"] == 480
    assert about["meta"]["locale"] == "en" and about["meta"]["html_url"] == "http://localhost/en/about-the-network/"


def test_rich_text_links_name_pages_by_id_or_by_address(client, world):
    page = StandardPage.objects.get(pk=world.about.pk)
    page.body = [("paragraph", f'<p>See <a linktype="page" id="{world.guide.pk}">the guide</a>.</p>')]
    page.save_revision().publish()
    # By default as stored: the id, which the API's own rules then serve (or not).
    [paragraph] = ok(client, f"pages/{world.about.pk}/")["body"]
    assert paragraph["value"] == f'<p>See <a linktype="page" id="{world.guide.pk}">the guide</a>.</p>'
    html = ok(client, f"pages/{world.about.pk}/", rich_text_format="html")["body"][0]["value"]
    assert html == '<p>See <a href="/en/library/drug-checking-guide/">the guide</a>.</p>'
    markdown = ok(client, f"pages/{world.about.pk}/", rich_text_format="markdown")["body"][0]["value"]
    assert "[the guide](/en/library/drug-checking-guide/)" in markdown
    assert status(client, f"pages/{world.about.pk}/", rich_text_format="latex") == 400


def test_organisations(client, world):
    efus = ok(client, f"pages/{world.efus.pk}/")
    assert efus["acronym"] == "Efus"
    assert efus["kind"] == {"value": "network", "label": "Network"}
    assert efus["country"] == {"code": "FR", "name": "France"}
    assert (efus["city"], efus["website"], efus["founded"]) == ("Paris", "https://efus.eu", 1987)
    assert efus["logo"]["id"] == world.hall.pk
    assert efus["topics"] == [{"name": "Harm reduction", "slug": "harm-reduction"}]
    assert efus["fields_of_intervention"] == [{"name": "Prevention work", "slug": "prevention-work"}]
    [partnership] = efus["partnerships"]
    assert partnership["direction"] == "incoming"
    assert partnership["kind"] == {"value": "member-of", "label": "Has as member"}
    assert partnership["organisation"]["title"] == "City of Ghent" and partnership["start_year"] == 2001
    ghent = ok(client, f"pages/{world.ghent.pk}/")
    assert ghent["partnerships"][0]["kind"]["label"] == "Member of"
    assert ghent["partnerships"][0]["organisation"]["id"] == world.efus.pk
    directory = ok(client, f"pages/{world.directory.pk}/")
    assert directory["show_network"] is True and "introduction" in directory


def test_projects_and_working_groups(client, world):
    project = ok(client, f"pages/{world.project.pk}/")
    assert project["acronym"] == "HEAD-UP" and project["funding"] == "A work package of the network"
    assert project["lead_organisation"]["id"] == world.efus.pk
    [partner] = project["project_partners"]
    assert (partner["id"], partner["title"], partner["role"]) == (world.ghent.pk, "City of Ghent", "Pilot city")
    assert partner["url"] == "http://localhost/en/partners/city-of-ghent/"
    assert partner["detail_url"] == f"http://localhost{API}/pages/{world.ghent.pk}/"
    assert (project["start_date"], project["end_date"]) == ("2023-01-01", "2025-12-31")
    assert project["period_precision"]["value"] == "month"
    assert project["phases"][0] == {
        "name": "Assessment phase",
        "start_date": "2023-01-01",
        "end_date": "2023-06-30",
        "description": "",
    }
    # The timeline's order: by date, whatever the editor's order.
    assert [milestone["title"] for milestone in project["milestones"]] == ["Kick-off", "Final conference"]
    assert project["milestones"][0]["status"] == {"value": "done", "label": "Done"}
    assert [output["id"] for output in project["outputs"]] == [world.guide.pk]
    assert project["contact"] == {"name": "Bruno Keller", "role": "Spokesperson", "affiliation": "", "photo": None}
    group = ok(client, f"pages/{world.group.pk}/")
    assert group["theme"] == "Prevention in nightlife"
    assert (group["min_members"], group["max_members"]) == (10, 12)
    assert group["status"]["value"] == "open" and group["accepts_requests"] is True
    assert group["application_deadline"] == world.group.application_deadline.isoformat()
    assert group["contact"]["email"] == ANNE_EMAIL
    assert [person["name"] for person in group["co_pilots"]] == ["Bruno Keller", "Anne Lambert"]
    assert "email" not in group["co_pilots"][0] and "phone" not in group["co_pilots"][0]
    assert group["co_pilots"][1]["photo"]["width"] == 160


def test_resources_in_their_language(client, world):
    guide = ok(client, f"pages/{world.guide.pk}/")
    assert guide["resource_type"] == {"name": "Report", "slug": "report"}
    assert guide["publication_date"] == "2024-03-01" and guide["authors"] == "Ana Silva, Jan Peeters"
    assert guide["abstract"].startswith("<p>Drug checking guide")
    assert guide["cover"]["id"] == world.hall.pk
    assert guide["topics"] == [{"name": "Harm reduction", "slug": "harm-reduction"}]
    assert guide["audiences"] == [{"name": "Professionals", "slug": "professionals"}]
    assert guide["countries"] == [{"code": "BE", "name": "Belgium"}, {"code": "FR", "name": "France"}]
    assert guide["tags"] == ["drug checking", "naloxone"]
    assert guide["licence"] == {
        "value": "cc-by-4.0",
        "label": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    english, french = guide["editions"]
    assert english == {
        "language": "en",
        "language_name": "English",
        "label": "",
        "title": "Drug checking guide (EN)",
        "url": f"http://localhost/documents/{world.guide_en_doc.pk}/guide-en.pdf",
        "format": "PDF",
        "size": len(b"%PDF-1.4 english"),
        "pages": None,
    }
    assert french["language"] == "fr"
    # The French page: its language's edition first, the terms' French names, countries named in French.
    guide_fr = ok(client, f"pages/{world.guide_fr.pk}/")
    assert [edition["language"] for edition in guide_fr["editions"]] == ["fr", "en"]
    assert guide_fr["topics"] == [{"name": "Réduction des risques", "slug": "reduction-des-risques"}]
    assert guide_fr["resource_type"] == {"name": "Rapport", "slug": "rapport"}
    assert guide_fr["countries"][0] == {"code": "BE", "name": "Belgique"}
    assert ok(client, f"pages/{world.library.pk}/")["meta"]["type"] == "resources.ResourceLibraryPage"


def test_practices(client, world):
    practice = ok(client, f"pages/{world.naloxone.pk}/")
    assert practice["summary"] == "Naloxone for outreach teams helps people in Ghent."
    assert practice["lead_organisation"]["id"] == world.ghent.pk
    assert [(link["id"], link["role"]) for link in practice["partners"]] == [(world.efus.pk, "Evaluation")]
    assert practice["contact"]["name"] == "Bruno Keller" and "email" not in practice["contact"]
    assert practice["city"] == "Ghent" and practice["country"]["code"] == "BE"
    assert (practice["latitude"], practice["longitude"]) == (51.05434, 3.71742)
    assert (practice["start_year"], practice["ongoing"]) == (2018, True)
    assert practice["area"] == {"value": "harm-reduction", "label": "Harm reduction"}
    assert practice["evaluation_status"] == {"value": "none", "label": "No evaluation reported"}
    assert practice["evaluation_type"] is None
    assert practice["topics"][0]["slug"] == "harm-reduction"
    for name in ("intervention_types", "substances", "target_groups", "intervention_settings", "services"):
        assert practice[name] == [], name
    assert "introduction" in ok(client, f"pages/{world.practices.pk}/")


def test_events_and_sessions_in_the_events_time_zone(client, world):
    event = ok(client, f"pages/{world.conference.pk}/")
    assert event["start"] == "2024-03-20T09:00:00+01:00" and event["end"] == "2024-03-22T18:00:00+01:00"
    assert event["time_zone"] == "Europe/Brussels"
    assert event["kind"]["value"] == "conference" and event["status"]["value"] == "scheduled"
    assert event["venue_city"] == "Brussels" and event["venue_country"]["code"] == "BE"
    assert event["organiser"]["id"] == world.efus.pk
    assert event["registration_state"] == {"value": "open", "label": "Registration open"}
    assert [room["name"] for room in event["rooms"]] == ["Plenary hall", "Room 2"]
    assert event["tracks"] == [
        {"name": "Drugs and harm reduction", "slug": "drugs-and-harm-reduction", "colour": "#1f6f8b"}
    ]
    assert event["site_visits"][0]["places"] == 12 and event["site_visits"][0]["allocation"]["value"] == "first-come"
    assert event["acronym"] == "harm_reduction_conference"
    base = "http://localhost/en/events/harm-reduction-conference/"
    assert event["links"]["schedule_ical"] == base + "schedule.ics"
    assert event["links"]["schedule_frab_xml"] == base + "schedule.xml"
    # A conference abroad: its times in its own zone, with their offset.
    EventPage.objects.filter(pk=world.conference.pk).update(time_zone="Europe/Lisbon")
    assert ok(client, f"pages/{world.conference.pk}/")["start"] == "2024-03-20T08:00:00+00:00"
    session = ok(client, f"pages/{world.plenary.pk}/")
    assert session["start"] == "2024-03-20T13:45:00+00:00" and session["end"] == "2024-03-20T15:00:00+00:00"
    assert session["time_zone"] == "Europe/Lisbon"
    assert session["room"] == {"name": "Plenary hall", "location": ""}
    assert session["track"]["name"] == "Drugs and harm reduction"
    assert session["format"]["value"] == "plenary" and session["status"]["value"] == "confirmed"
    assert session["language"] == {"value": "fr", "label": "Français"} and session["interpretation"] == ["en"]
    assert [(person["name"], person["role_in_session"]["value"]) for person in session["people"]] == [
        ("Anne Lambert", "moderator"),
        ("Bruno Keller", "speaker"),
    ]
    assert session["people"][0]["email"] == ANNE_EMAIL and "email" not in session["people"][1]
    assert [link["id"] for link in session["related_pages"]] == [world.naloxone.pk]
    assert session["links"]["calendar"].endswith("/plenary-drugs-and-harm-reduction/session.ics")
    assert ok(client, f"pages/{world.events.pk}/")["links"]["calendar"] == "http://localhost/en/events/events.ics"


def test_press_room_and_items(client, world):
    room = ok(client, f"pages/{world.room.pk}/")
    assert room["press_email"] == "press@example.org" and room["press_phone"] == "+32 2 555 00 00"
    assert [person["name"] for person in room["contacts"]] == ["Anne Lambert", "Bruno Keller"]
    assert room["links"]["atom"] == "http://localhost/en/press/feed/atom/"
    item = ok(client, f"pages/{world.release.pk}/")
    assert item["kind"] == {"value": "release", "label": "Press release"}
    assert item["release_at"] == timezone.localtime(world.release.release_at).isoformat()
    assert item["summary"] == "Mayors of twelve cities ask for drug checking."
    assert item["key_facts"][0]["value"] == {"figure": "12", "text": "cities signed the call."}
    # No contacts of its own: the press room's.
    assert [person["name"] for person in item["contacts"]] == ["Anne Lambert", "Bruno Keller"]
    assert item["event"]["id"] == world.conference.pk
    assert [link["id"] for link in item["sessions"]] == [world.plenary.pk]
    assert [link["id"] for link in item["practices"]] == [world.naloxone.pk]
    [image] = item["images"]
    assert (image["alt_text"], image["credit"], image["image"]["id"]) == (
        "Delegates in the plenary hall",
        "© Efus",
        world.hall.pk,
    )
    assert item["topics"] == [{"name": "Harm reduction", "slug": "harm-reduction"}]
    assert item["downloads"]["pdf"] == "http://localhost/en/press/cities-call-for-drug-checking/pdf/"


# --- Personal data -------------------------------------------------------------------------


def test_no_personal_data_beyond_what_people_agreed_to(client, world, django_user_model):
    owner = django_user_model.objects.create_user(
        "olga", email="olga.owner@example.org", first_name="Olga", last_name="Ownerova"
    )
    StandardPage.objects.filter(pk=world.about.pk).update(
        owner=owner, content_owner=owner, review_by=datetime.date(2031, 1, 1)
    )
    page_types = [
        HomePage,
        StandardPage,
        OrganisationIndexPage,
        OrganisationPage,
        ProjectIndexPage,
        ProjectPage,
        WorkingGroupPage,
        ResourceLibraryPage,
        ResourcePage,
        PracticeIndexPage,
        PracticePage,
        EventIndexPage,
        EventPage,
        SessionPage,
        PressRoomPage,
        PressReleasePage,
    ]
    texts = [
        get(client, "pages/", type=model._meta.label, fields="*", limit=50).content.decode() for model in page_types
    ]
    texts += [get(client, f"pages/{getattr(world, name).pk}/").content.decode() for name in SHOWN]
    texts += [
        get(client, "documents/", fields="*").content.decode(),
        get(client, "images/", fields="*").content.decode(),
    ]
    text = "\n".join(texts)
    # The test reads contact details: those of the person who agreed are there.
    assert ANNE_EMAIL in text and "+32 2 555 01 01" in text
    for secret in (BRUNO_EMAIL, BRUNO_PHONE, SECRET_NOTIFICATION, PRESS_DESK, "olga", "Olga", "Ownerova", "2031-01-01"):
        assert secret not in text, secret
    for key in ("owner", "content_owner", "review_by", "notification_email", "locked_by", "latest_revision"):
        assert f'"{key}"' not in text, key
    # Nor can they be asked for, filtered or sorted by.
    assert status(client, "pages/", fields="content_owner") == 400
    assert status(client, "pages/", fields="owner") == 400
    assert status(client, "pages/", type="home.WorkingGroupPage", fields="notification_email") == 400
    assert status(client, "pages/", type="resources.PressRoomPage", fields="notification_email") == 400
    assert status(client, "pages/", content_owner=owner.pk) == 400
    assert status(client, "pages/", owner=owner.pk) == 400
    assert status(client, "pages/", order="content_owner") == 400
    assert status(client, "documents/", uploaded_by_user=owner.pk) == 400


# --- The endpoint itself -------------------------------------------------------------------


def test_the_api_is_read_only_json_cacheable_and_open_to_other_sites(client, world):
    response = get(client, "pages/")
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    # The same answer for everyone: no session is read, so shared caches need not key on cookies.
    assert "Cookie" not in response.get("Vary", "")
    assert status(client, "pages/", format="api") == 404
    for method in (client.post, client.put, client.patch, client.delete):
        assert method(f"{API}/pages/{world.about.pk}/", {}).status_code == 403
    assert client.post(f"{API}/documents/", {}).status_code == 403
    assert client.head(f"{API}/pages/").status_code == 200
    # An error is not cached by the way.
    assert "max-age" not in get(client, "pages/9999999/").get("Cache-Control", "")


def test_anonymous_clients_are_throttled(client, world, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)
    assert [status(client, "images/") for _attempt in range(3)] == [200, 200, 200]
    response = get(client, "images/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


# --- Query budgets -------------------------------------------------------------------------


def count_queries(client, path, **params):
    client.get(f"{API}/{path}", params)  # warm: renditions made, Wagtail's per-process caches filled
    with CaptureQueriesContext(connection) as context:
        response = client.get(f"{API}/{path}", params)
    assert response.status_code == 200, response.content[:500]
    return len(context.captured_queries), response.json()


class Catalogue:
    """Resources, organisations, sessions and press items of their own section each, linked to one another."""

    def __init__(self, home):
        self.topics = [add_topic(f"Budget topic {number}") for number in range(3)]
        add_topic("Thème budgétaire", language="fr", slug="theme-budgetaire", translation_of=self.topics[1])
        self.kind = add_term(ResourceType, "Budget manual")
        self.library = add_library(home, slug="budget-library")
        self.directory = add_directory(home, slug="budget-partners")
        self.conference = add_event(
            add_event_index(home, slug="budget-events"), "Budget conference", tracks=[("Track", "#1f6f8b")]
        )
        self.room = add_press_room(home, slug="budget-press")
        self.people = [
            add_person(
                f"Budget person {number}",
                role="Speaker",
                email=f"budget{number}@example.org",
                contact_is_public=bool(number % 2),
            )
            for number in range(4)
        ]
        self.count = 0

    def add(self, count):
        for number in range(self.count, self.count + count):
            topic = self.topics[number % 3]
            person = self.people[number % 4]
            organisation = add_organisation(
                self.directory, f"Organisation {number:02d}", topics=[topic], logo=add_image(f"Logo {number}")
            )
            if number:
                add_partnership(organisation, self.first_organisation, kind="member-of")
            else:
                self.first_organisation = organisation
            document = add_document(f"Edition {number}", b"%PDF-1.4 " + str(number).encode(), f"edition-{number}.pdf")
            resource = add_resource(
                self.library,
                f"Resource {number:02d}",
                files=[(document, "en")],
                topics=[topic],
                resource_type=self.kind,
                publishers=[organisation],
                cover=add_image(f"Cover {number}"),
            )
            resource.tags.add(f"tag-{number % 5}")
            resource.save_revision().publish()
            start = at(2024, 3, 20, 9) + datetime.timedelta(minutes=15 * number)
            add_session(
                self.conference,
                f"Session {number:02d}",
                start,
                start + datetime.timedelta(minutes=10),
                room_name="Plenary hall",
                track_name="Track",
                people=[(person, "speaker")],
            )
            add_press_item(
                self.room,
                f"Statement {number:02d}",
                contacts=[(person, ())],
                images=[(add_image(f"Press {number}"), "A picture", "© Efus")],
                related=[resource],
                topics=[topic],
                event=self.conference,
            )
        self.count += count

    def listings(self):
        """(endpoint, parameters) of listings whose every item shows every field."""
        return {
            "pages": ("pages/", {"descendant_of": self.library.get_parent().pk}),
            "pages, all fields": ("pages/", {"fields": "*", "type": "wagtailcore.Page", "child_of": self.library.pk}),
            "resources": ("pages/", {"fields": "*", "type": "resources.ResourcePage", "child_of": self.library.pk}),
            "organisations": (
                "pages/",
                {"fields": "*", "type": "home.OrganisationPage", "child_of": self.directory.pk},
            ),
            "sessions": ("pages/", {"fields": "*", "type": "events.SessionPage", "child_of": self.conference.pk}),
            "press items": ("pages/", {"fields": "*", "type": "resources.PressReleasePage", "child_of": self.room.pk}),
            "search": ("pages/", {"fields": "*", "type": "resources.ResourcePage", "search": "resource"}),
            "documents": ("documents/", {"fields": "*", "search": "edition"}),
            "images": ("images/", {"fields": "*", "search": "cover"}),
        }


# Warm budgets per listing of up to 50 items with all their fields (the same for 3 items as for 30):
# - every page listing (7): the view restrictions (Wagtail's check and public()'s), the site and its
#   language trees, the section named by child_of or descendant_of, the count and the items;
# - then per field that needs more: its rows, the pages they link to and their translations, terms
#   and their translations, images and their renditions, people and their translations.
# Documents and images (searched): the search, the count, the items, their tags (and renditions).
BUDGETS = {
    "pages": 7,
    "pages, all fields": 7,
    "resources": 17,
    "organisations": 14,
    "sessions": 15,
    "press items": 19,
    "search": 17,
    "documents": 7,
    "images": 8,
}


def test_listing_queries_do_not_grow_with_items(client, world):
    catalogue = Catalogue(world.home)
    catalogue.add(3)
    listings = catalogue.listings()
    few = {name: count_queries(client, path, limit=50, **params) for name, (path, params) in listings.items()}
    catalogue.add(27)
    cache.clear()
    many = {name: count_queries(client, path, limit=50, **params) for name, (path, params) in listings.items()}
    for name in listings:
        (few_queries, few_data), (many_queries, many_data) = few[name], many[name]
        assert len(many_data["items"]) >= 30 and len(few_data["items"]) >= 3, name
        assert len(many_data["items"]) > len(few_data["items"]), name
        assert many_queries == few_queries, (name, few_queries, many_queries)
        assert few_queries <= BUDGETS[name], (name, few_queries)
    # The items do carry what was fetched for them.
    sessions = many["sessions"][1]["items"]
    assert {session["people"][0]["name"] for session in sessions} == {f"Budget person {n}" for n in range(4)}
    assert {"email" in session["people"][0] for session in sessions} == {True, False}
    resources = many["resources"][1]["items"]
    assert all(item["editions"] and item["publishers"] and item["cover"] and item["tags"] for item in resources)
    organisations = many["organisations"][1]["items"]
    assert len(organisations[0]["partnerships"]) == 29
