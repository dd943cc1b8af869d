"""The demo's press room: reachable from the menu, its press pack, factsheet and embargoed release, in both languages."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision

from portal.demo.builder import DEMO_IMAGE_COLLECTION, DemoBuilder
from portal.demo.content import press
from portal.demo.images import build_poster
from portal.demo.sections import get_sections
from portal.demo.specs import OnFirstLoad
from resources.models import PressReleasePage, PressRoomPage
from resources.models.press import released

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")
ROOM_SLUGS = {"en": "press", "fr": "presse"}
PACK_SLUGS = {"en": "drugs-and-harm-reduction-efus-2024", "fr": "drogues-et-reduction-des-risques-efus-2024"}
INTERVIEW = {"en": "interview", "fr": "entretien"}
NOTE_HEADINGS = {"en": "Note to editors", "fr": "Note aux rédactions"}
CREDITS = {"en": "Illustration: Cities & Drugs Network", "fr": "Illustration\u00a0: Cities & Drugs Network"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module inside a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0, skip_index=True)
        yield
        transaction.set_rollback(True)


def item(key, language):
    """The ``language`` version of the demo press item ``key``, live or not."""
    spec = next(spec for spec in press.PAGES if spec.key == key)
    english = PressReleasePage.objects.get(locale__language_code="en", slug=spec.content["en"]["slug"])
    if language == "en":
        return english
    return PressReleasePage.objects.get(translation_key=english.translation_key, locale__language_code=language)


def main_navigation(html):
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.S)[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_press_pack_is_two_clicks_from_the_home_page(demo, client, language):
    room = PressRoomPage.objects.get(locale__language_code=language)
    assert room.live and room.show_in_menus and room.slug == ROOM_SLUGS[language]
    home = client.get(f"/{language}/")
    assert f'href="{room.url}"' in main_navigation(home.content.decode())
    response = client.get(room.url)
    assert response.status_code == 200
    html = response.content.decode()
    pack = item("press-pack-efus-2024", language)
    assert response.context["press_pack"].pk == pack.pk
    assert f'href="{pack.url}"' in html
    assert "press@example.org" in html and "+33 1 99 00 24 20" in html
    # The press office's contact is a desk whose details may be published, named in the reader's language.
    [contact] = response.context["press_contacts"]
    assert contact.locale.language_code == language
    assert contact.contact_is_public and contact.email.endswith("@example.org")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_press_pack_covers_the_two_sessions_and_practices(demo, client, language):
    pack = item("press-pack-efus-2024", language)
    assert pack.live and pack.kind == "pack" and pack.slug == PACK_SLUGS[language]
    assert pack.release_at == datetime.datetime(2024, 3, 13, 10, 0, tzinfo=BRUSSELS)
    assert pack.event.slug == "efus-conference-brussels-2024"
    sessions = [
        (item.start.astimezone(BRUSSELS).time(), item.end.astimezone(BRUSSELS).time()) for item in pack.session_items
    ]
    assert sessions == [(datetime.time(14, 45), datetime.time(16, 0)), (datetime.time(16, 15), datetime.time(17, 45))]
    assert all(item.page.locale.language_code == language for item in pack.session_items)
    assert [page.slug for page in pack.practice_pages][0].startswith("transit")
    assert [page.slug for page in pack.practice_pages][1] == "limits-loos"
    assert 3 <= len(pack.key_facts) <= 6
    assert INTERVIEW[language] in pack.notes_to_editors
    assert {term.locale.language_code for term in pack.topic_terms} == {language}
    assert pack.related

    [row] = pack.images.all()
    assert row.locale == pack.locale and row.alt_text and row.caption and row.credit == CREDITS[language]
    assert row.image.collection.name == DEMO_IMAGE_COLLECTION
    assert (row.image.width, row.image.height) == (1600, 900)

    response = client.get(pack.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [NOTE_HEADINGS[language], CREDITS[language], *(item.title for item in pack.session_items)]:
        assert escape(text) in html, text
    assert f'alt="{escape(row.alt_text)}"' in html


def test_press_pack_pdf_is_served(demo, client):
    pack = item("press-pack-efus-2024", "fr")
    response = client.get(pack.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_factsheet_on_efus_position_is_released(demo, client, language):
    factsheet = item("press-efus-position", language)
    assert factsheet.live and factsheet.kind == "factsheet"
    assert not factsheet.is_under_embargo()
    assert client.get(factsheet.url).status_code == 200
    assert "Efus" in factsheet.summary


@pytest.mark.parametrize("language", ["en", "fr"])
def test_limits_release_is_under_embargo_and_scheduled(demo, client, language):
    release = item("press-limits-pilot", language)
    now = timezone.now()
    assert release.kind == "release" and not release.live
    assert release.release_at > now + datetime.timedelta(days=28)
    assert release.release_at.astimezone(BRUSSELS).time() == datetime.time(10, 0)
    assert release.go_live_at == release.release_at
    # Published, that is scheduled: its latest revision waits for the release time.
    revision = Revision.objects.get(pk=release.latest_revision_id)
    assert revision.approved_go_live_at == release.release_at
    assert release.release_at == item("press-limits-pilot", "en").release_at
    assert not released(PressReleasePage.objects.filter(pk=release.pk)).exists()
    assert client.get(release.url).status_code == 404
    room = PressRoomPage.objects.get(locale__language_code=language)
    assert release.title not in client.get(room.url).content.decode()
    assert release.images.get().credit == CREDITS[language]


def test_second_load_changes_nothing_in_the_press_room(demo):
    def state():
        items = PressReleasePage.objects.order_by("pk")
        return (
            list(items.values_list("pk", "live", "release_at", "go_live_at", "latest_revision_id")),
            list(get_image_model().objects.order_by("pk").values_list("pk", "file", "file_hash")),
            Revision.objects.count(),
            Page.objects.filter(locale__in=Locale.objects.all()).count(),
        )

    before = state()
    report = DemoBuilder(get_sections()).run()
    assert not report.changed
    # The press posters and the site's default social picture.
    assert report.images == {"unchanged": len(press.IMAGES) + 1}
    assert state() == before


def test_missing_translation_of_an_embargoed_item_is_made_again(demo):
    """The English item is scheduled, not live: its French version is copied from it all the same."""
    english = item("press-limits-pilot", "en")
    item("press-limits-pilot", "fr").delete()
    report = DemoBuilder(get_sections()).run()
    assert report.pages["created"] == 1
    french = item("press-limits-pilot", "fr")
    assert not french.live and french.go_live_at == english.release_at == french.release_at
    assert Revision.objects.get(pk=french.latest_revision_id).approved_go_live_at == english.release_at
    [row] = french.images.all()
    assert row.locale == french.locale and row.credit == CREDITS["fr"]
    assert row.translation_key == english.images.get().translation_key
    assert not DemoBuilder(get_sections()).run().changed


def test_demo_posters_are_the_same_bytes_every_time():
    for spec in press.IMAGES:
        assert spec.build() == spec.build()
    assert build_poster(press.LIMITS_POSTER.build.args[0]).startswith(b"\x89PNG")


def test_on_first_load_counts_from_the_day_in_brussels():
    # 23:30 UTC on 31 January is already 1 February in Brussels.
    now = datetime.datetime(2025, 1, 31, 23, 30, tzinfo=datetime.UTC)
    moment = OnFirstLoad(days=30, hour=10).resolve(now)
    assert moment == datetime.datetime(2025, 3, 3, 10, 0, tzinfo=BRUSSELS)
