"""The embargo: an item whose release time is still to come is on no public route (its page and downloads,
the press room, the feeds, search, the sitemap, other pages' related lists, the interview form) until
Wagtail's scheduler publishes it at that time, even if it was made live by other means; the French
translation keeps it. Before then journalists read it through preview links: signed, recorded, ending
when they expire or are revoked, and leading to the public page once the item is released.

Time is travelled, never waited for: ``time_machine`` moves the clock past the release time, then the
``publish_scheduled`` command runs as the production scheduler would.
"""

import datetime
import hashlib
import io

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from resources.models import PressReleasePage, PreviewLink, PreviewLinkVisit
from resources.press.embargo import SALT, make_token, preview_path, preview_urls
from search.documents import rebuild as rebuild_search_documents
from tests.factories.press import add_preview_link
from tests.listings import options, robots, soup, titles

pytestmark = pytest.mark.django_db

ORIGIN = "http://localhost"
FAKE_PDF = b"%PDF-1.7\n% typeset elsewhere in these tests\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_root(press):
    """The press world's images stay in the module's media folder (see conftest.py)."""
    return press.media


@pytest.fixture(autouse=True)
def quick_typesetting(monkeypatch):
    """Routes, not layout, are tested here (see test_press_downloads.py): the PDF is not really typeset.
    The cache is emptied so that these stand-in PDFs never reach another test."""
    cache.clear()
    monkeypatch.setattr("resources.press.downloads.typeset", lambda html: FAKE_PDF)
    yield
    cache.clear()


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def after_release(item, minutes=1):
    """The clock just after ``item``'s release time."""
    return time_machine.travel(item.release_at + datetime.timedelta(minutes=minutes), tick=False)


def where_it_shows(client, item, room, practice):
    """The public routes on which ``item`` (of ``room``) can be found; ``practice`` lists it as related."""
    found = set()
    for route, suffix in (("page", ""), ("pdf", "pdf/"), ("press kit", "press-kit/")):
        if client.get(f"{item.url}{suffix}").status_code == 200:
            found.add(route)
    listing = soup(client.get(room.url))
    if item.title in titles(listing, "press-list") + titles(listing, "press-pack-current"):
        found.add("press room")
    if str(timezone.localtime(item.release_at).year) in options(listing, "year"):
        found.add("year filter")
    for route, suffix in (("rss", "feed/"), ("atom", "feed/atom/")):
        if item.full_url.encode() in client.get(f"{room.url}{suffix}").content:
            found.add(route)
    language = room.locale.language_code
    results = soup(client.get(f"/{language}/search/", {"q": "Lighthouse"}))
    # Search marks the words found in titles: read the words, not the pieces.
    if item.title in [" ".join(link.get_text().split()) for link in results.select(".search-result__title a")]:
        found.add("search")
    if item.full_url.encode() in client.get("/sitemap.xml").content:
        found.add("sitemap")
    related = soup(client.get(practice.url))
    if item.title in [link.get_text(strip=True) for link in related.select(".related-list a")]:
        found.add("related pages")
    about = soup(client.get(f"{room.url}interview/")).find("select", attrs={"name": "about"})
    if str(item.pk) in [option["value"] for option in about.find_all("option")]:
        found.add("interview form")
    return found


EVERYWHERE = {
    "page",
    "pdf",
    "press kit",
    "press room",
    "year filter",
    "rss",
    "atom",
    "search",
    "sitemap",
    "related pages",
    "interview form",
}


def test_the_world_has_one_item_under_embargo_and_it_is_scheduled(press):
    embargoed = press.embargoed
    assert embargoed.is_under_embargo()
    assert not embargoed.live
    assert embargoed.has_unpublished_changes
    # Saving scheduled its publication for the release time (to the millisecond a revision keeps).
    assert abs(embargoed.go_live_at - embargoed.release_at) < datetime.timedelta(milliseconds=1)
    revision = embargoed.get_latest_revision()
    assert revision.approved_go_live_at == embargoed.go_live_at
    # The released items of the world are found everywhere, by the same checks.
    assert not press.release.is_under_embargo()


def test_a_released_item_is_found_on_every_public_route(client, press):
    assert where_it_shows(client, press.release, press.room, press.lyon) == EVERYWHERE - {"search"}
    # Search by its own words.
    results = soup(client.get("/en/search/", {"q": "mayors drug checking"}))
    assert "Cities call for drug checking" in [
        " ".join(a.get_text().split()) for a in results.select(".search-result__title a")
    ]


def test_an_item_under_embargo_is_on_no_public_route(client, press):
    assert where_it_shows(client, press.embargoed, press.room, press.lyon) == set()
    assert where_it_shows(client, press.embargoed_fr, press.room_fr, press.lyon) == set()
    # Nor in the structured data of a page that lists it, nor anywhere in the press room's HTML.
    assert b"Lighthouse" not in client.get(press.lyon.url).content
    assert b"Lighthouse" not in client.get(press.room.url).content


def test_at_its_release_time_the_scheduler_publishes_it_everywhere(client, press):
    embargoed = press.embargoed
    with after_release(embargoed):
        # The release time has come, the scheduler has not run yet: still nowhere.
        assert not embargoed.is_under_embargo()
        assert client.get(embargoed.url).status_code == 404
        publish_scheduled()
        embargoed.refresh_from_db()
        assert embargoed.live
        assert embargoed.first_published_at >= embargoed.release_at - datetime.timedelta(milliseconds=1)
        assert where_it_shows(client, embargoed, press.room, press.lyon) == EVERYWHERE
        listing = soup(client.get(press.room.url))
        assert titles(listing, "press-list")[0] == "Lighthouse study on overdose deaths"
        assert robots(soup(client.get(embargoed.url))) is None


def test_a_page_made_live_by_other_means_before_its_release_stays_invisible(client, press):
    PressReleasePage.objects.filter(pk__in=[press.embargoed.pk, press.embargoed_fr.pk]).update(live=True)
    # Search documents follow publishing; a page made live by other means is found by the rebuild.
    rebuild_search_documents()
    embargoed = PressReleasePage.objects.get(pk=press.embargoed.pk)
    assert embargoed.live and embargoed.is_under_embargo()
    assert where_it_shows(client, embargoed, press.room, press.lyon) == set()
    embargoed_fr = PressReleasePage.objects.get(pk=press.embargoed_fr.pk)
    assert where_it_shows(client, embargoed_fr, press.room_fr, press.lyon) == set()
    assert embargoed.get_sitemap_urls() == []
    # Its release time come, the same page is public without the scheduler.
    with after_release(embargoed):
        assert where_it_shows(client, embargoed, press.room, press.lyon) == EVERYWHERE


def test_the_french_translation_keeps_the_embargo_and_is_released_with_the_english_item(client, press):
    embargoed_fr = press.embargoed_fr
    # The release time is synchronised (to the millisecond a revision keeps).
    assert abs(embargoed_fr.release_at - press.embargoed.release_at) < datetime.timedelta(milliseconds=1)
    assert not embargoed_fr.live
    assert embargoed_fr.is_under_embargo()
    assert client.get(embargoed_fr.url).status_code == 404
    with after_release(embargoed_fr):
        publish_scheduled()
        embargoed_fr.refresh_from_db()
        assert embargoed_fr.live
        assert where_it_shows(client, embargoed_fr, press.room_fr, press.lyon) == EVERYWHERE - {
            # The practice is English: its related list shows the English item.
            "related pages",
        }
        document = soup(client.get(press.room_fr.url))
        assert titles(document, "press-list") == [
            "L’étude Phare sur les décès par surdose",
            "Les villes demandent l’analyse des drogues",
        ]
        assert soup(client.get(embargoed_fr.url)).find("html")["lang"] == "fr"


def test_a_released_item_cannot_be_put_back_under_embargo(press):
    release = press.release
    release.release_at = timezone.now() + datetime.timedelta(days=3)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            release.full_clean()
        assert "an embargo cannot hide it again" in error.value.message_dict["release_at"][0]
    with pytest.raises(ValidationError):
        release.save_revision()
    release.refresh_from_db()
    assert release.live and not release.is_under_embargo()
    assert release.go_live_at is None


def test_a_draft_never_published_may_take_a_later_release_time(press):
    draft = press.draft
    assert not draft.live and draft.first_published_at is None
    draft.release_at = timezone.now() + datetime.timedelta(days=5)
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert not draft.live
    assert abs(draft.go_live_at - draft.release_at) < datetime.timedelta(milliseconds=1)


def test_bringing_the_release_forward_to_the_past_publishes_the_item_at_once(client, press):
    embargoed = press.embargoed
    embargoed.release_at = timezone.now() - datetime.timedelta(minutes=5)
    embargoed.save_revision().publish()
    embargoed.refresh_from_db()
    assert embargoed.live
    assert embargoed.go_live_at is None
    assert client.get(embargoed.url).status_code == 200


# --- Preview links ------------------------------------------------------------------------------------------


def preview(client, link, what="page", **headers):
    return client.get(preview_path(link, what), **headers)


def test_a_preview_link_shows_the_latest_revision_marked_as_embargoed(client, press):
    embargoed = press.embargoed
    link = add_preview_link(embargoed)
    # The editor changes the summary after sharing the link; the journalist reads the change.
    embargoed.summary = "The Lighthouse study counts overdose deaths in fourteen cities."
    embargoed.save_revision().publish()
    response = preview(client, link)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "no-referrer"
    document = soup(response)
    assert robots(document) == "noindex, nofollow"
    assert document.select_one("p.lead").get_text(strip=True) == embargoed.summary
    banner = document.select_one(".embargo-banner")
    with translation.override("en"):
        moment = PressReleasePage.objects.get(pk=embargoed.pk).release_display
    assert banner.find("strong").get_text(strip=True) == f"Embargoed until {moment}"
    assert moment.endswith((" CET", " CEST"))
    assert "Preview shared with Marie Martin, Le Soir" in banner.get_text()
    assert "Release:" in document.select_one(".press-item__date").get_text()
    # Its downloads go through the link too, never to the public addresses.
    downloads = [a["href"] for a in document.select(".press-item__downloads a")]
    assert downloads == [preview_path(link, "pdf"), preview_path(link, "press-kit")]


def test_the_pdf_and_the_press_kit_are_reached_through_the_link(client, press):
    link = add_preview_link(press.embargoed)
    pdf = preview(client, link, "pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content == FAKE_PDF
    assert pdf["Cache-Control"] == "private, no-store"
    kit = preview(client, link, "press-kit")
    assert kit.status_code == 200
    assert kit["Content-Type"] == "application/zip"
    assert kit["Content-Disposition"] == 'attachment; filename="lighthouse-study-on-overdose-deaths.zip"'
    assert kit["Cache-Control"] == "private, no-store"
    assert client.get(f"{preview_path(link)}source/").status_code == 404


def test_a_french_items_link_shows_it_in_french(client, press):
    link = add_preview_link(press.embargoed_fr, recipient="Claire Martin, Libération")
    document = soup(preview(client, link))
    assert document.find("html")["lang"] == "fr"
    assert document.find("h1").get_text(strip=True) == "L’étude Phare sur les décès par surdose"


def previewlink_queries(context):
    return [query["sql"] for query in context.captured_queries if "resources_previewlink" in query["sql"]]


def test_a_forged_or_altered_token_finds_nothing(client, press):
    link = add_preview_link(press.embargoed)
    token = make_token(link)
    value, signature = token.rsplit(":", 1)
    assert value == f"{link.pk}.{link.secret}"
    assert len(link.secret) >= 43
    flip = {"a": "b"}.get(value[-1], "a")
    forged = {
        "altered secret": f"{value[:-1]}{flip}:{signature}",
        "altered signature": f"{value}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        "no signature": value,
        "signed with another key": signing.Signer(key="not-the-portals-key", salt=SALT).sign(value),
        "signed for another purpose": signing.Signer(salt="another-salt").sign(value),
    }
    for name, bad in forged.items():
        with CaptureQueriesContext(connection) as context:
            response = client.get(f"/press-preview/{bad}/")
        assert response.status_code == 404, name
        # Refused on the signature, before the database is asked.
        assert previewlink_queries(context) == [], name
    well_signed = {
        "wrong secret": signing.Signer(salt=SALT).sign(f"{link.pk}.{'x' * len(link.secret)}"),
        "unknown link": signing.Signer(salt=SALT).sign(f"{link.pk + 1000}.{link.secret}"),
        "not a number": signing.Signer(salt=SALT).sign(f"one.{link.secret}"),
    }
    for name, bad in well_signed.items():
        assert client.get(f"/press-preview/{bad}/").status_code == 404, name
        assert client.get(f"/press-preview/{bad}/pdf/").status_code == 404, name
    assert not PreviewLinkVisit.objects.exists()
    # Each link has its own secret: one journalist's address says nothing of another's.
    other = add_preview_link(press.embargoed, recipient="Jan Peeters, De Standaard")
    assert other.secret != link.secret
    assert preview(client, link).status_code == preview(client, other).status_code == 200


def test_an_expired_link_shows_nothing(client, press):
    link = add_preview_link(press.embargoed, expires_in=datetime.timedelta(days=1))
    assert preview(client, link).status_code == 200
    with time_machine.travel(link.expires_at + datetime.timedelta(seconds=1), tick=False):
        assert press.embargoed.is_under_embargo()
        for what in ("page", "pdf", "press-kit"):
            assert preview(client, link, what).status_code == 404, what
        assert PreviewLink.objects.get(pk=link.pk).state == "Expired"
    assert PreviewLinkVisit.objects.filter(link=link).count() == 1


def test_a_revoked_link_shows_nothing(client, press):
    editor = get_user_model().objects.create_user("editor", "editor@example.org", "password")
    link = add_preview_link(press.embargoed)
    assert preview(client, link).status_code == 200
    link.revoke(editor)
    link.refresh_from_db()
    assert link.revoked_by == editor and link.revoked_at is not None
    for what in ("page", "pdf", "press-kit"):
        assert preview(client, link, what).status_code == 404, what
    assert link.state == "Revoked"
    # Another link to the same item still works.
    assert preview(client, add_preview_link(press.embargoed)).status_code == 200


def test_each_opening_is_recorded_without_the_clients_address(client, press):
    link = add_preview_link(press.embargoed)
    headers = {"REMOTE_ADDR": "203.0.113.9", "HTTP_USER_AGENT": "NewsroomBrowser/2.0"}
    for what in ("page", "pdf", "press-kit", "page"):
        assert preview(client, link, what, **headers).status_code == 200
    visits = list(PreviewLinkVisit.objects.filter(link=link).order_by("pk"))
    assert [visit.what for visit in visits] == ["page", "pdf", "press-kit", "page"]
    assert {visit.client for visit in visits} == {hashlib.sha256(b"203.0.113.9").hexdigest()[:32]}
    assert {visit.user_agent for visit in visits} == {"NewsroomBrowser/2.0"}
    assert all(abs(visit.at - timezone.now()) < datetime.timedelta(minutes=1) for visit in visits)
    # Another journalist's link counts apart; a refused opening counts nowhere.
    other = add_preview_link(press.embargoed, recipient="Jan Peeters, De Standaard")
    other.revoke()
    assert preview(client, other).status_code == 404
    assert PreviewLinkVisit.objects.filter(link=other).count() == 0
    assert link.visits.count() == 4


def test_once_the_item_is_released_the_link_leads_to_the_public_page(client, press):
    embargoed = press.embargoed
    link = add_preview_link(embargoed, expires_in=datetime.timedelta(days=7))
    with after_release(embargoed):
        publish_scheduled()
        for what, target in (
            ("page", embargoed.url),
            ("pdf", f"{embargoed.url}pdf/"),
            ("press-kit", f"{embargoed.url}press-kit/"),
        ):
            response = preview(client, link, what)
            assert response.status_code == 302, what
            assert response["Location"] == target, what
            assert client.get(target).status_code == 200, what
        assert not link.visits.exists()


def test_the_addresses_to_send_are_absolute(rf, press):
    link = add_preview_link(press.embargoed)
    urls = preview_urls(link, rf.get("/", HTTP_HOST="localhost"))
    token = make_token(link)
    assert urls == {
        "page": f"{ORIGIN}/press-preview/{token}/",
        "pdf": f"{ORIGIN}/press-preview/{token}/pdf/",
        "press_kit": f"{ORIGIN}/press-preview/{token}/press-kit/",
    }
    assert link.get_absolute_url() == f"/press-preview/{token}/"
