"""The translation workflow with wagtail-localize: PO files out and in, text translated, the rest kept in step."""

import io

import polib
import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.models import StandardPage
from tests.factories.pages import add_standard_page
from tests.factories.resources import add_image

pytestmark = pytest.mark.django_db

FRENCH = {
    "Harm reduction at night": "Réduction des risques la nuit",
    "harm-reduction-at-night": "reduction-des-risques-la-nuit",
    "Outreach workers meet people where they are.": "Les équipes de rue vont à la rencontre des personnes.",
    "A van, two nurses and a map of the city.": "Une camionnette, deux infirmières et un plan de la ville.",
}


@pytest.fixture
def source(home, admin_user):
    page = add_standard_page(
        home,
        "Harm reduction at night",
        slug="harm-reduction-at-night",
        listing_summary="Outreach workers meet people where they are.",
        listing_image=add_image("Van"),
        body=[{"type": "paragraph", "value": "<p>A van, two nurses and a map of the city.</p>"}],
    )
    creator = TranslationCreator(admin_user, [Locale.objects.get(language_code="fr")])
    creator.create_translations(page)
    return page


def translation_of(page):
    return TranslationSource.objects.get_for_instance(page).translations.get(target_locale__language_code="fr")


def test_translators_get_a_po_file_and_their_translation_is_published(admin_client, source):
    translation = translation_of(source)
    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith("-fr.po")
    po = polib.pofile(download.content.decode())
    assert set(FRENCH) <= {entry.msgid for entry in po}
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)

    upload = io.BytesIO(str(po).encode())
    upload.name = "traduction.po"
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    translation.save_target(publish=True)

    french = StandardPage.objects.get(locale__language_code="fr", translation_key=source.translation_key)
    assert french.title == "Réduction des risques la nuit"
    assert french.url == "/fr/reduction-des-risques-la-nuit/"
    assert french.listing_summary == FRENCH["Outreach workers meet people where they are."]
    assert "Une camionnette" in str(french.body)
    # Not text: the picture comes from the original.
    assert french.listing_image_id == source.listing_image_id


def test_a_po_file_of_another_translation_is_refused(admin_client, source, home):
    other = add_standard_page(home, "Another page", slug="another")
    TranslationCreator(None, [Locale.objects.get(language_code="fr")]).create_translations(other)
    translation = translation_of(source)
    url = reverse("wagtail_localize:download_pofile", args=[translation.id])
    po = polib.pofile(admin_client.get(url).content.decode())
    for entry in po:
        entry.msgstr = "Piraté"
    # The same strings, but the file says it belongs to the other page's translation.
    po.metadata["X-WagtailLocalize-TranslationID"] = str(translation_of(other).uuid)
    upload = io.BytesIO(str(po).encode())
    upload.name = "other.po"
    admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": "/admin/"}
    )
    translation.save_target(publish=True)
    french = StandardPage.objects.get(locale__language_code="fr", translation_key=source.translation_key)
    assert french.title != "Piraté"


def test_syncing_brings_new_pictures_and_keeps_the_translated_text(admin_client, source):
    translation = translation_of(source)
    po = polib.pofile(
        admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.id])).content.decode()
    )
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(publish=True)

    source.listing_image = add_image("New van")
    source.save_revision().publish()
    translation.source.update_from_db()
    translation.save_target(publish=True)

    french = StandardPage.objects.get(locale__language_code="fr", translation_key=source.translation_key)
    assert french.listing_image_id == source.listing_image_id
    assert french.title == "Réduction des risques la nuit"
