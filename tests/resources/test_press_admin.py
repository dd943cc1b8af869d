"""The press office in the admin: press rooms and items created, edited and previewed (the preview marked
with the embargo), an embargo never put back on a public item; preview links made from the item's
"Share before release" button, their addresses, their 60 days at most, their revocation in the audit
log; interview requests listed, filtered, exported and updated, by those allowed only."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from resources.models import InterviewRequest, PressReleasePage, PressRoomPage, PreviewLink, PreviewLinkVisit
from resources.press.embargo import make_token
from resources.wagtail_hooks import preview_link_button
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_person, add_topic
from tests.factories.pages import build_site
from tests.factories.press import (
    add_interview_request,
    add_press_item,
    add_press_room,
    add_preview_link,
    in_days,
    press_item_form_data,
    press_room_form_data,
)
from tests.factories.resources import add_image, add_practice, add_practice_index

UTC = datetime.UTC
LINKS_URL = "/admin/snippets/resources/previewlink/"
REQUESTS_URL = "/admin/snippets/resources/interviewrequest/"


def typed(moment):
    """A moment as an editor types it in the admin: portal time, to the minute."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


# --- Pages --------------------------------------------------------------------------------------------------


class PressTreeTests(WagtailPageTestCase):
    def test_the_press_room_lives_under_a_home_page_and_items_in_it(self):
        self.assertAllowedParentPageTypes(PressRoomPage, {HomePage})
        self.assertAllowedSubpageTypes(PressRoomPage, {PressReleasePage})
        self.assertAllowedParentPageTypes(PressReleasePage, {PressRoomPage})
        self.assertAllowedSubpageTypes(PressReleasePage, set())
        self.assertCanNotCreateAt(HomePage, PressReleasePage)


class PressRoomAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.anne = add_person("Anne Lambert", role="Press officer", email="anne@example.org", contact_is_public=True)
        cls.claire = add_person("Claire Dubois", role="Chargée de presse", language="fr")

    def setUp(self):
        self.login()

    def test_editor_creates_the_press_room_with_its_office_and_contacts(self):
        self.assertCanCreate(
            self.home, PressRoomPage, press_room_form_data(contacts=[(self.anne, []), (self.claire, ["fr"])])
        )
        room = PressRoomPage.objects.get(slug="press")
        assert room.live
        assert (room.press_email, room.press_phone, room.notification_email) == (
            "press@example.org",
            "+32 2 555 00 00",
            "pressdesk@example.org",
        )
        assert [(row.person, row.languages) for row in room.contacts.all()] == [(self.anne, []), (self.claire, ["fr"])]
        # One press room per home page.
        assert not PressRoomPage.can_create_at(HomePage.objects.get(pk=self.home.pk))
        assert self.client.get(f"/admin/pages/add/resources/pressroompage/{self.home.pk}/").status_code != 200

    def test_the_press_room_is_editable_and_previewable(self):
        room = add_press_room(self.home, contacts=[(self.anne, ())])
        self.assertPageIsEditable(
            room,
            press_room_form_data(introduction="For journalists.", contacts=[]),
        )
        self.assertPageIsPreviewable(room)
        # The address interview requests go to can be left empty: the office's, then the site's, is used.
        data = press_room_form_data(notification_email="", contacts=[], action="action-publish")
        assert self.client.post(f"/admin/pages/{room.pk}/edit/", data).status_code == 302
        assert PressRoomPage.objects.get(pk=room.pk).get_notification_address() == "press@example.org"


class PressItemAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.room = add_press_room(cls.home)
        index = add_event_index(cls.home)
        cls.conference = add_event(index, "Harm reduction conference")
        cls.other_event = add_event(index, "Prevention summit")
        cls.speaker = add_person("Ahmed Aboutaleb", role="Mayor of Rotterdam")
        cls.session = add_session(
            cls.conference,
            "Opening plenary",
            at(2024, 3, 20, 9),
            at(2024, 3, 20, 10),
            people=[(cls.speaker, "speaker")],
        )
        cls.other_session = add_session(cls.other_event, "Summit opening", at(2024, 3, 20, 9), at(2024, 3, 20, 10))
        cls.practice = add_practice(add_practice_index(cls.home), "Naloxone for outreach teams")
        cls.image = add_image("Outreach van")
        cls.contact = add_person("Dara Nowak", role="Project lead", email="dara@example.org", contact_is_public=True)
        cls.topic = add_topic("Harm reduction")
        cls.released = add_press_item(cls.room, "Cities call for drug checking", release_at=at(2024, 3, 20, 11))
        cls.embargoed = add_press_item(cls.room, "Lighthouse study", release_at=in_days(10))

    def setUp(self):
        self.user = self.login()

    def add_url(self):
        return f"/admin/pages/add/resources/pressreleasepage/{self.room.pk}/"

    def test_editor_creates_a_released_item_with_its_sessions_practices_images_and_contacts(self):
        image = add_image("Outreach van")  # stored under this test's media directory
        self.assertCanCreate(
            self.room,
            PressReleasePage,
            press_item_form_data(
                "Mayors meet in Brussels",
                "2024-03-20 11:00",
                kind="factsheet",
                key_facts=[("3", "days of debates."), ("", "Twelve cities signed.")],
                contacts=[{"person": self.contact.pk, "languages": ["fr"]}],
                sessions=[{"session": self.session.pk}],
                practices=[{"practice": self.practice.pk}],
                images=[{"image": image.pk, "alt_text": "A van at night", "caption": "", "credit": "© Ghent"}],
                related_pages=[{"page": self.released.pk}],
                topics=[self.topic],
            ),
        )
        item = PressReleasePage.objects.get(slug="mayors-meet-in-brussels")
        assert item.live and item.kind == "factsheet"
        # Typed in portal time: 11:00 in Brussels in March is 10:00 UTC.
        assert item.release_at == datetime.datetime(2024, 3, 20, 10, 0, tzinfo=UTC)
        assert item.go_live_at is None
        # The event comes from the sessions.
        assert item.event_id == self.conference.pk
        assert [(fact.value["figure"], fact.value["text"]) for fact in item.key_facts] == [
            ("3", "days of debates."),
            ("", "Twelve cities signed."),
        ]
        assert [(row.person_id, row.languages) for row in item.contacts.all()] == [(self.contact.pk, ["fr"])]
        assert [row.session_id for row in item.sessions.all()] == [self.session.pk]
        assert [row.practice_id for row in item.practices.all()] == [self.practice.pk]
        assert [(row.image_id, row.alt_text, row.credit) for row in item.images.all()] == [
            (image.pk, "A van at night", "© Ghent")
        ]
        assert [row.page_id for row in item.related_pages.all()] == [self.released.pk]
        assert list(item.topics.all()) == [self.topic]
        assert self.client.get(item.url).status_code == 200

    def test_a_release_time_to_come_schedules_the_publication(self):
        release = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=5)
        data = press_item_form_data("Embargoed report", typed(release), action="action-publish")
        response = self.client.post(self.add_url(), data)
        assert response.status_code == 302
        item = PressReleasePage.objects.get(slug="embargoed-report")
        assert item.release_at == release
        assert not item.live
        assert item.go_live_at == release
        assert item.get_latest_revision().approved_go_live_at == release
        assert self.client.get(item.url).status_code == 404
        # Its edit view offers to share it before release.
        html = self.client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
        assert f'href="{LINKS_URL}add/?page={item.pk}"' in html
        assert "Share before release" in html

    def test_the_event_comes_from_the_sessions_and_another_events_session_is_not_shown(self):
        data = press_item_form_data(
            "Two events",
            "2024-03-20 11:00",
            sessions=[{"session": self.session.pk}, {"session": self.other_session.pk}],
            action="action-publish",
        )
        assert self.client.post(self.add_url(), data).status_code == 302
        item = PressReleasePage.objects.get(slug="two-events")
        assert item.event_id == self.conference.pk
        document = BeautifulSoup(self.client.get(item.url).content, "html.parser")
        assert [title.get_text(strip=True) for title in document.select(".press-session__title")] == ["Opening plenary"]

    def test_a_public_item_cannot_be_put_back_under_embargo(self):
        data = press_item_form_data(
            "Cities call for drug checking", typed(in_days(3)), slug=self.released.slug, action="action-publish"
        )
        response = self.client.post(f"/admin/pages/{self.released.pk}/edit/", data)
        assert response.status_code == 200
        assert "This item is already public: an embargo cannot hide it again." in response.content.decode()
        item = PressReleasePage.objects.get(pk=self.released.pk)
        assert item.live and item.release_at == at(2024, 3, 20, 11)
        assert self.client.get(item.url).status_code == 200

    def test_items_are_editable_and_previewable(self):
        self.assertPageIsEditable(
            self.released,
            press_item_form_data("Cities call for drug checking", "2024-03-20 11:00", slug=self.released.slug),
        )
        self.assertPageIsPreviewable(
            self.released, post_data=press_item_form_data("Cities call", "2024-03-20 11:00", slug=self.released.slug)
        )

    def test_the_preview_of_an_embargoed_item_shows_the_embargo(self):
        preview_url = f"/admin/pages/{self.embargoed.pk}/edit/preview/"
        data = press_item_form_data(
            "Lighthouse study, revised", typed(self.embargoed.release_at), slug=self.embargoed.slug
        )
        response = self.client.post(preview_url, data)
        assert response.json() == {"is_valid": True, "is_available": True}
        preview = self.client.get(preview_url, {"mode": ""})
        assert preview.status_code == 200
        document = BeautifulSoup(preview.content, "html.parser")
        assert document.find("h1").get_text(strip=True) == "Lighthouse study, revised"
        with translation.override("en"):
            moment = PressReleasePage.objects.get(pk=self.embargoed.pk).release_display
        assert document.select_one(".embargo-banner strong").get_text(strip=True) == f"Embargoed until {moment}"
        # Previewing saves nothing.
        assert PressReleasePage.objects.get(pk=self.embargoed.pk).title == "Lighthouse study"

    def test_share_before_release_only_on_an_embargoed_item_and_for_those_who_may_share(self):
        button = f'href="{LINKS_URL}add/?page={self.embargoed.pk}"'
        assert button in self.client.get(f"/admin/pages/{self.embargoed.pk}/edit/").content.decode()
        released = self.client.get(f"/admin/pages/{self.released.pk}/edit/").content.decode()
        assert "Share before release" not in released
        assert [button.label for button in preview_link_button(self.embargoed, self.user, "edit")] == [
            "Share before release"
        ]
        editor = get_user_model().objects.create_user("writer", "writer@example.org", "password")
        assert list(preview_link_button(self.embargoed, editor, "edit")) == []
        assert list(preview_link_button(self.room, self.user, "edit")) == []


# --- Preview links ------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def media_root(request, tmp_path, settings):
    """The press world's images stay in the module's media folder; the page tests above keep their own."""
    if "press" in request.fixturenames:
        settings.MEDIA_ROOT = str(request.getfixturevalue("press").media)
    else:
        settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def superuser(db, client):
    user = get_user_model().objects.create_superuser("pressdesk", "pressdesk@example.org", "password")
    client.force_login(user)
    return user


@pytest.fixture
def outsider(db, client):
    """Someone signed in to the admin, without rights on the press office's snippets."""
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "password")
    team = Group.objects.create(name="Admin access only")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(team)
    client.force_login(user)
    return user


def link_form(page, recipient="Marie Martin, Le Soir", expires_at=None, **extra):
    return {
        "page": page.pk,
        "recipient": recipient,
        "expires_at": typed(expires_at or timezone.now() + datetime.timedelta(days=10)),
        **extra,
    }


def log_entries(link, action):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(PreviewLink), object_id=str(link.pk), action=action
    )


def test_share_before_release_opens_the_form_with_the_item_chosen(client, press, superuser):
    response = client.get(f"{LINKS_URL}add/", {"page": press.embargoed.pk})
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.find("input", attrs={"name": "page"})["value"] == str(press.embargoed.pk)
    expires = document.find("input", attrs={"name": "expires_at"})["value"]
    assert expires == typed(timezone.now() + datetime.timedelta(days=7))

    response = client.post(f"{LINKS_URL}add/", link_form(press.embargoed))
    assert response.status_code == 302
    link = PreviewLink.objects.get()
    assert (link.page_id, link.recipient, link.created_by) == (press.embargoed.pk, "Marie Martin, Le Soir", superuser)
    assert link.is_active()
    assert len(link.secret) >= 43
    assert log_entries(link, "wagtail.create").get().user == superuser
    assert client.get(link.get_absolute_url()).status_code == 200


def test_the_links_edit_view_shows_the_addresses_to_send_and_the_openings(client, press, superuser):
    link = add_preview_link(press.embargoed)
    PreviewLinkVisit.objects.create(link=link, what="page")
    PreviewLinkVisit.objects.create(link=link, what="pdf")
    response = client.get(f"{LINKS_URL}edit/{link.pk}/")
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").select_one(".help-block")
    token = make_token(link)
    assert [code.get_text() for code in panel.find_all("code")] == [
        f"http://localhost/press-preview/{token}/",
        f"http://localhost/press-preview/{token}/pdf/",
        f"http://localhost/press-preview/{token}/press-kit/",
    ]
    summary = panel.find("p").get_text(" ", strip=True)
    assert summary.startswith("Active") and "opened 2 times" in summary
    assert [item.get_text(strip=True).rsplit("·", 1)[1].strip() for item in panel.select("ul li")] == ["pdf", "page"]
    # The addresses work.
    assert client.get(panel.find("code").get_text()).status_code == 200

    listing = client.get(LINKS_URL)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Marie Martin, Le Soir" in html and "Lighthouse study on overdose deaths" in html
    assert client.get(LINKS_URL, {"page": press.release.pk}).content.decode().count("Marie Martin, Le Soir") == 0


def test_a_link_works_for_60_days_at_most(client, press, superuser):
    now = timezone.now()
    for days, accepted in ((61, False), (60, False), (59, True)):
        expires_at = now + datetime.timedelta(days=days, minutes=5 if days == 60 else 0)
        response = client.post(f"{LINKS_URL}add/", link_form(press.embargoed, f"Reader {days}", expires_at))
        assert (response.status_code == 302) is accepted, days
        if not accepted:
            assert "A preview link works for 60 days at most." in response.content.decode(), days
    assert list(PreviewLink.objects.values_list("recipient", flat=True)) == ["Reader 59"]
    response = client.post(
        f"{LINKS_URL}add/", link_form(press.embargoed, "Too late", now - datetime.timedelta(hours=1))
    )
    assert response.status_code == 200
    assert "Choose a moment still to come." in response.content.decode()
    # Counted from the link's creation when it is edited later.
    link = PreviewLink.objects.get()
    PreviewLink.objects.filter(pk=link.pk).update(created_at=now - datetime.timedelta(days=50))
    response = client.post(f"{LINKS_URL}edit/{link.pk}/", link_form(press.embargoed, "Reader 59", in_days(11)))
    assert response.status_code == 200
    assert "A preview link works for 60 days at most." in response.content.decode()
    response = client.post(f"{LINKS_URL}edit/{link.pk}/", link_form(press.embargoed, "Reader 59", in_days(9)))
    assert response.status_code == 302


def test_a_released_item_is_not_shared_through_a_link(client, press, superuser):
    response = client.post(f"{LINKS_URL}add/", link_form(press.release))
    assert response.status_code == 200
    assert "This item is not under embargo: share its public address instead." in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_revoking_a_link_ends_it_and_is_in_the_audit_log(client, press, superuser):
    link = add_preview_link(press.embargoed)
    edit_url = f"{LINKS_URL}edit/{link.pk}/"
    assert BeautifulSoup(client.get(edit_url).content, "html.parser").find("input", attrs={"name": "revoke"})
    # Saved without ticking the box: nothing is revoked.
    assert client.post(edit_url, link_form(press.embargoed, "Marie Martin, Le Soir")).status_code == 302
    assert PreviewLink.objects.get(pk=link.pk).revoked_at is None
    assert not log_entries(link, "resources.preview_link.revoke").exists()

    before = timezone.now()
    response = client.post(edit_url, link_form(press.embargoed, revoke="on"))
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_at >= before and link.revoked_by == superuser
    assert str(link.state) == "Revoked"
    entry = log_entries(link, "resources.preview_link.revoke").get()
    assert entry.user == superuser
    with translation.override("en"):
        assert entry.message == "Preview link revoked"
    assert client.get(link.get_absolute_url()).status_code == 404
    # Once revoked, for good: the box is gone and saving again logs nothing more.
    document = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert document.find("input", attrs={"name": "revoke"}) is None
    client.post(edit_url, link_form(press.embargoed, revoke="on"))
    assert log_entries(link, "resources.preview_link.revoke").count() == 1
    history = client.get(f"{LINKS_URL}history/{link.pk}/")
    assert history.status_code == 200
    assert "Preview link revoked" in history.content.decode()


def test_the_press_office_menu_holds_both_listings(client, superuser):
    html = client.get("/admin/").content.decode()
    for expected in ("Press office", "Interview requests", "Embargo preview links", REQUESTS_URL, LINKS_URL):
        assert expected in html, expected


# --- Interview requests -------------------------------------------------------------------------------------


@pytest.fixture
def interview_requests(press):
    return [
        add_interview_request(
            press.room,
            "Marie Martin",
            about=press.release,
            about_title=press.release.title,
            deadline=datetime.date(2026, 1, 15),
            phone="+32 2 225 55 55",
            interview_language="fr",
            created_at=datetime.datetime(2025, 11, 3, 9, 0, tzinfo=UTC),
        ),
        add_interview_request(
            press.room,
            "Jan Peeters",
            media_outlet="De Standaard",
            status="arranged",
            created_at=datetime.datetime(2025, 11, 20, 9, 0, tzinfo=UTC),
        ),
        add_interview_request(
            press.room_fr,
            "Léa Moreau",
            media_outlet="Libération",
            language="fr",
            created_at=datetime.datetime(2025, 12, 1, 9, 0, tzinfo=UTC),
        ),
    ]


def names_listed(response):
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    return sorted(cell.get_text(strip=True) for cell in document.select("td.title .title-wrapper a"))


def test_interview_requests_are_listed_and_filtered(client, superuser, interview_requests):
    response = client.get(REQUESTS_URL)
    assert names_listed(response) == ["Jan Peeters", "Léa Moreau", "Marie Martin"]
    html = response.content.decode()
    assert "Cities call for drug checking" in html and "Interview arranged" in html
    assert names_listed(client.get(REQUESTS_URL, {"status": "new"})) == ["Léa Moreau", "Marie Martin"]
    assert names_listed(client.get(REQUESTS_URL, {"status": "arranged"})) == ["Jan Peeters"]
    assert names_listed(client.get(REQUESTS_URL, {"language": "fr"})) == ["Léa Moreau"]
    received = {"created_at_after": "2025-11-10", "created_at_before": "2025-11-30"}
    assert names_listed(client.get(REQUESTS_URL, received)) == ["Jan Peeters"]
    assert names_listed(client.get(REQUESTS_URL, {"q": "Standaard"})) == ["Jan Peeters"]


def export(client, **params):
    response = client.get(REQUESTS_URL, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "interview-requests.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_interview_requests_are_exported_with_the_filters(client, superuser, interview_requests):
    header, *rows = export(client)
    assert header == [
        "Received",
        "Name",
        "Media outlet",
        "Email",
        "Phone",
        "Deadline",
        "Item",
        "Language of the interview",
        "Subject",
        "Form language",
        "Status",
        "Acknowledgement sent",
        "Notification sent",
    ]
    by_name = {row[1]: row for row in rows}
    assert set(by_name) == {"Marie Martin", "Jan Peeters", "Léa Moreau"}
    marie = by_name["Marie Martin"]
    assert marie[2:8] == [
        "Le Soir",
        "marie-martin@example.org",
        "+32 2 225 55 55",
        "2026-01-15",
        "Cities call for drug checking",
        "fr",
    ]
    header, *rows = export(client, status="arranged")
    assert [row[1] for row in rows] == ["Jan Peeters"]


def test_the_press_office_updates_a_request_but_not_what_the_journalist_sent(client, superuser, interview_requests):
    marie = interview_requests[0]
    url = f"{REQUESTS_URL}edit/{marie.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert "Marie Martin" in form.content.decode()
    response = client.post(
        url, {"status": "in-progress", "editor_note": "Mayor's office asked.", "name": "Someone", "email": "x@x.org"}
    )
    assert response.status_code == 302
    marie.refresh_from_db()
    assert (marie.status, marie.editor_note) == ("in-progress", "Mayor's office asked.")
    assert (marie.name, marie.email) == ("Marie Martin", "marie-martin@example.org")
    assert client.get(f"{REQUESTS_URL}inspect/{marie.pk}/").status_code == 200


def test_people_without_permission_see_no_request_and_no_link(client, press, interview_requests, outsider):
    marie = interview_requests[0]
    link = add_preview_link(press.embargoed)
    for url, params in (
        (REQUESTS_URL, {}),
        (REQUESTS_URL, {"export": "csv"}),
        (f"{REQUESTS_URL}edit/{marie.pk}/", {}),
        (f"{REQUESTS_URL}inspect/{marie.pk}/", {}),
        (LINKS_URL, {}),
        (f"{LINKS_URL}edit/{link.pk}/", {}),
        (f"{LINKS_URL}add/", {"page": press.embargoed.pk}),
    ):
        response = client.get(url, params)
        assert response.status_code in (302, 403), url
        assert b"Marie Martin" not in response.content, url
        assert make_token(link).encode() not in response.content, url
    assert client.post(f"{REQUESTS_URL}edit/{marie.pk}/", {"status": "declined"}).status_code in (302, 403)
    marie.refresh_from_db()
    assert marie.status == "new"
    assert client.post(f"{LINKS_URL}add/", link_form(press.embargoed)).status_code in (302, 403)
    assert PreviewLink.objects.count() == 1
    assert InterviewRequest.objects.filter(status="declined").count() == 0

    client.logout()
    response = client.get(REQUESTS_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
