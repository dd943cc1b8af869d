"""A journalist on the demo site: from the home page to the press pack in two clicks, in French,
the note to editors read and the PDF downloaded; and an embargoed item invisible meanwhile."""

import io
import re

import pytest
from pypdf import PdfReader

from resources.models import PressReleasePage

pytestmark = pytest.mark.browser


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_journalist_reaches_the_press_pack_in_french_and_downloads_its_pdf(demo_content, browser_context):
    embargoed = PressReleasePage.objects.filter(locale__language_code="fr", live=False).first()
    assert embargoed is not None and embargoed.is_under_embargo(), "the demo has an item under embargo"
    page = browser_context.new_page()
    page.goto(demo_content.url + "/en/")

    # Click 1: the press room, from the main navigation.
    page.get_by_role("navigation", name="Main").locator('a[href="/en/press/"]').click()
    assert page.url.endswith("/en/press/")
    # The journalist prefers French: the language menu keeps them on the press room.
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Français").click()
    assert page.url.endswith("/fr/presse/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert embargoed.title not in page.content()

    # Click 2: the current press pack, first on the page.
    page.locator(".press-pack-current .card__title a").click()
    assert "/fr/presse/" in page.url
    title = page.locator("h1").inner_text()
    assert page.locator(".press-item__kind").inner_text().strip().lower() == "dossier de presse"

    notes = page.get_by_role("complementary", name="Note aux rédactions")
    assert "entretien" in notes.inner_text().lower()
    contacts = page.locator(".press-item__contacts")
    assert contacts.get_by_role("link", name=re.compile(r"@example\.org$")).count() >= 1

    with page.expect_download() as download_info:
        page.locator('.press-item__downloads a[href$="/pdf/"]').click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    # Extraction may break a long title across lines.
    assert " ".join(title.split()) in " ".join(text.split())
    assert "Note aux rédactions" in text
    assert "Contacts presse" in text
    assert "@example.org" in text
