"""What journalists take away: the item typeset as a PDF in its own language, with numbered pages, and the
press kit ZIP (the PDF, the original pictures byte for byte, their credits). Both are made once and cached
by a digest of their content, which is also their ETag: the same content is never typeset twice, a
change gives a new file."""

import datetime
import io
import re
import zipfile

import pytest
import time_machine
from pypdf import PdfReader

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from resources.press import downloads
from resources.press.embargo import preview_path
from tests.factories.events import republish
from tests.factories.press import add_preview_link

pytestmark = pytest.mark.django_db

ORIGIN = "http://localhost"


@pytest.fixture(autouse=True)
def media_root(press):
    """The press world's images stay in the module's media folder (see conftest.py)."""
    return press.media


@pytest.fixture
def typeset_calls(monkeypatch):
    """The HTML of every PDF really typeset from now on, starting from an empty cache."""
    cache.clear()
    calls = []
    typeset = downloads.typeset

    def counting(html):
        calls.append(html)
        return typeset(html)

    monkeypatch.setattr(downloads, "typeset", counting)
    return calls


def flat(text):
    """Extracted PDF text on one line: words hyphenated at a line's end joined, spaces made plain."""
    return " ".join(re.sub(r"-\n(?=[a-zà-ÿ])", "", text).replace("\xa0", " ").split())


def read_pdf(data):
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    return reader, [page.extract_text() for page in reader.pages]


def get_file(client, url, content_type, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    assert response["Content-Type"] == content_type
    assert response["Content-Length"] == str(len(response.content))
    assert response["X-Robots-Tag"] == "noindex"
    return response


def test_the_pdf_holds_the_item_in_english_with_numbered_pages(client, press):
    response = get_file(client, f"{press.release.url}pdf/", "application/pdf")
    assert response["Content-Disposition"] == 'attachment; filename="cities-call-for-drug-checking.pdf"'
    reader, pages = read_pdf(response.content)
    assert reader.metadata.title == "Cities call for drug checking"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        # The page number and the count, in the footer of every page.
        assert f"{number} / {len(pages)}" in text, number
    text = flat("\n".join(pages))
    for expected in [
        "Cities call for drug checking",
        "20 March 2024 · Harm reduction conference",
        "Mayors of twelve cities ask for drug checking services in every region.",
        "Key facts 12 cities signed the call.",
        "Note to editors The mayors are available for interviews on 20 March.",
        "Sessions and speakers",
        "Speaker: Ahmed Aboutaleb (Mayor of Rotterdam)",
        "Practice examples presented Naloxone for outreach teams",
        "Night outreach in Ghent · © City of Ghent",
        "Media contacts Dara Nowak Project lead Email: dara.nowak@example.org Phone: +48 22 000 00 00",
        "Press office Email: press@example.org Phone: +32 2 555 00 00",
        f"Online: {ORIGIN}/en/press/cities-call-for-drug-checking/",
    ]:
        assert expected in text, expected
    assert "Embargoed" not in text


def test_the_french_pdf_is_in_french(client, press):
    response = get_file(client, f"{press.release_fr.url}pdf/", "application/pdf")
    assert response["Content-Disposition"] == 'attachment; filename="les-villes-demandent-lanalyse-des-drogues.pdf"'
    reader, pages = read_pdf(response.content)
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    text = flat("\n".join(pages))
    with translation.override("fr"):
        notes, contacts = gettext("Note to editors"), gettext("Media contacts")
    for expected in [
        "Les villes demandent l’analyse des drogues",
        "20 mars 2024",
        f"{notes} Les maires sont disponibles pour des entretiens le 20 mars.",
        f"{contacts} Dara Nowak Cheffe de projet E-mail : dara.nowak@example.org Téléphone : +48 22 000 00 00",
        f"{ORIGIN}/fr/presse/analyse-des-drogues/",
    ]:
        assert expected in text, expected
    assert "Email:" not in text and "Project lead" not in text and "March" not in text


def test_the_pdf_names_only_contacts_who_agreed_to_be_reached(client, press):
    # This item has no contacts of its own: the press room's English ones.
    _reader, pages = read_pdf(get_file(client, f"{press.latest.url}pdf/", "application/pdf").content)
    text = flat("\n".join(pages))
    assert "Anne Lambert Press officer Email: anne.lambert@example.org Phone: +32 2 555 01 01" in text
    assert "Bruno Keller Spokesperson" in text
    assert "bruno.private@example.org" not in text and "+41 79" not in text
    assert "Claire Dubois" not in text


def test_the_press_kit_holds_the_pdf_the_original_pictures_and_their_credits(client, press):
    pdf = get_file(client, f"{press.release.url}pdf/", "application/pdf").content
    response = get_file(client, f"{press.release.url}press-kit/", "application/zip")
    assert response["Content-Disposition"] == 'attachment; filename="cities-call-for-drug-checking.zip"'
    kit = zipfile.ZipFile(io.BytesIO(response.content))
    assert kit.testzip() is None
    names = kit.namelist()
    assert names[:2] == ["cities-call-for-drug-checking.pdf", "CREDITS.txt"]
    assert len(names) == 4
    assert re.fullmatch(r"images/01-outreach-van[\w-]*\.png", names[2]), names[2]
    assert re.fullmatch(r"images/02-conference-hall[\w-]*\.png", names[3]), names[3]
    assert kit.read(names[0]) == pdf
    # The pictures as they were uploaded, not renditions.
    for name, image in ((names[2], press.van), (names[3], press.hall)):
        with image.file.open("rb") as original:
            assert kit.read(name) == original.read(), name
    credits = kit.read("CREDITS.txt").decode()
    assert credits.startswith("Cities call for drug checking\n=============================\n")
    assert (
        f"{names[2]}\n"
        "  Credit: © City of Ghent\n"
        "  Caption: Night outreach in Ghent\n"
        "  Description: A white van parked at night, its side door open\n"
        f"  Size: {press.van.width} × {press.van.height} px\n"
    ) in credits
    assert f"{names[3]}\n  Credit: © Efus / J. Martin\n  Description: Delegates in the plenary hall\n" in credits
    assert credits.endswith(f"Online: {ORIGIN}/en/press/cities-call-for-drug-checking/\n")
    # Fixed dates inside: the same content gives the same archive, byte for byte.
    assert {info.date_time for info in kit.infolist()} == {downloads.ZIP_DATE}
    assert client.get(f"{press.release.url}press-kit/").content == response.content


def test_the_french_press_kit_credits_are_in_french(client, press):
    kit = zipfile.ZipFile(io.BytesIO(get_file(client, f"{press.release_fr.url}press-kit/", "application/zip").content))
    credits = kit.read("CREDITS.txt").decode()
    with translation.override("fr"):
        credit, online = gettext("Credit:"), gettext("Online:")
    assert credit != "Credit:"
    assert f"  {credit} © City of Ghent\n" in credits
    assert credits.startswith("Les villes demandent l’analyse des drogues\n")
    assert credits.endswith(f"{online} {ORIGIN}/fr/presse/analyse-des-drogues/\n")
    assert kit.namelist()[0] == "les-villes-demandent-lanalyse-des-drogues.pdf"


def test_the_files_are_typeset_once_and_again_only_when_the_item_changes(client, press, typeset_calls):
    url = f"{press.release.url}pdf/"
    first = client.get(url)
    assert len(typeset_calls) == 1
    assert client.get(url).content == first.content
    # The press kit reuses the cached PDF, and is itself cached.
    kit = client.get(f"{press.release.url}press-kit/")
    assert client.get(f"{press.release.url}press-kit/").content == kit.content
    # Time passing, or another reader, changes nothing.
    with time_machine.travel(datetime.timedelta(days=1)):
        assert client.get(url, HTTP_USER_AGENT="Another reader").content == first.content
    assert len(typeset_calls) == 1

    # An edit to the item gives a new file.
    republish(press.release, notes_to_editors="<p>The mayors are available for interviews on 21 March.</p>")
    second = client.get(url)
    assert len(typeset_calls) == 2
    assert second["ETag"] != first["ETag"]
    assert "interviews on 21 March." in flat("\n".join(read_pdf(second.content)[1]))
    assert client.get(f"{press.release.url}press-kit/").content != kit.content
    assert len(typeset_calls) == 2

    # So does a change to a contact shown in it, without the page being saved.
    press.dara.role = "Head of the project"
    press.dara.save()
    third = client.get(url)
    assert len(typeset_calls) == 3
    assert "Head of the project" in flat("\n".join(read_pdf(third.content)[1]))


def test_a_reader_who_has_the_file_gets_not_modified(client, press):
    url = f"{press.release.url}pdf/"
    first = client.get(url)
    etag = first["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='"0123456789abcdef0123456789abcdef"').status_code == 200
    kit = client.get(f"{press.release.url}press-kit/")
    assert kit["ETag"] != etag
    assert client.get(f"{press.release.url}press-kit/", HTTP_IF_NONE_MATCH=kit["ETag"]).status_code == 304


def test_the_preview_links_pdf_carries_the_embargo(client, press):
    link = add_preview_link(press.embargoed)
    response = client.get(preview_path(link, "pdf"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    text = flat("\n".join(read_pdf(response.content)[1]))
    with translation.override("en"):
        moment = press.embargoed.release_display
    assert f"Embargoed until {moment} · Not for publication or broadcast before this time" in text
    assert "Lighthouse study on overdose deaths" in text


def test_typesetting_reads_only_the_portals_own_files():
    fetcher = downloads._fetcher_class()()
    for address in (
        "https://example.org/tracker.png",
        "http://portal.invalid/static/css/press-pdf.css",
        f"{downloads.BASE_URL}etc/passwd",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError, match="Refused to fetch"):
            fetcher.fetch(address)
    with pytest.raises(ValueError, match="No static file"):
        fetcher.fetch(f"{downloads.BASE_URL}static/css/missing.css")
    stylesheet = fetcher.fetch(f"{downloads.BASE_URL}static/css/press-pdf.css")
    assert b"@page" in stylesheet.read()


def test_typesetting_reads_collected_static_files_under_their_hashed_names(settings, tmp_path):
    # Production templates name static files with a hash (img/logo.<hash>.svg) that only STATIC_ROOT holds.
    settings.STATIC_ROOT = str(tmp_path)
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "logo.0123abcd.svg").write_bytes(b"<svg/>")
    # (Django's test signals point the static files storage at the new STATIC_ROOT.)
    fetched = downloads._fetcher_class()().fetch(f"{downloads.BASE_URL}static/img/logo.0123abcd.svg")
    assert fetched.read() == b"<svg/>"


def test_without_pango_the_reader_is_told_to_come_back_later(client, press, monkeypatch):
    cache.clear()

    def unavailable(html):
        raise downloads.TypesettingUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(downloads, "typeset", unavailable)
    for suffix in ("pdf/", "press-kit/"):
        response = client.get(f"{press.release.url}{suffix}")
        assert response.status_code == 503, suffix
        assert response["Retry-After"] == "3600"
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert "The PDF cannot be made at the moment." in response.content.decode()
