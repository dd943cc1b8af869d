"""A page missing in the reader's language: redirected to its translation, or shown with a notice, never a 404."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def english_only(home):
    return add_standard_page(home, "Only in English", slug="only-english", listing_summary="Harm reduction in Ghent.")


def test_page_missing_in_french_is_shown_in_english_with_a_notice(client, english_only):
    response = client.get("/fr/only-english/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text.strip() == "Only in English"
    # The content is English, the interface French.
    assert page.html["lang"] == "en"
    notice = page.select_one(".translation-notice")
    assert "pas encore disponible dans votre langue" in notice.text
    assert notice.find_parent(attrs={"lang": "fr"}) is not None
    assert notice.select_one('[lang="en"]').text == "English"
    assert page.select_one("form.site-search")["action"] == "/fr/search/"
    # Not a second address for the page: canonical to the English one, not indexed, no alternates.
    assert page.select_one('link[rel="canonical"]')["href"] == "http://localhost/en/only-english/"
    assert not page.select('link[rel="alternate"][hreflang]')
    assert response["X-Robots-Tag"] == "noindex"


def test_the_page_in_its_own_language_has_no_notice(client, english_only):
    response = client.get("/en/only-english/")
    assert response.status_code == 200
    assert soup(response).select_one(".translation-notice") is None
    assert "X-Robots-Tag" not in response


def test_a_path_of_another_language_leads_to_the_translation(client, home):
    about = add_standard_page(home, "About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    response = client.get("/fr/about/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/a-propos/"
    assert client.get("/en/a-propos/")["Location"] == "/en/about/"


def test_page_written_in_french_first_is_shown_to_english_readers(client, home):
    french_home = home.get_translation(Locale.objects.get(language_code="fr"))
    add_standard_page(french_home, "Seulement en français", slug="seulement-en-francais")
    response = client.get("/en/seulement-en-francais/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert "This page is not available in your language yet." in page.select_one(".translation-notice").text


def test_languages_without_a_tree_show_the_default_language_with_the_notice(client, english_only):
    response = client.get("/de/only-english/")
    assert response.status_code == 200
    assert soup(response).select_one(".translation-notice") is not None
    assert response["X-Robots-Tag"] == "noindex"


def test_what_does_not_exist_anywhere_is_still_a_404(client, home):
    assert client.get("/fr/nowhere/").status_code == 404
    assert client.get("/fr/nowhere/deeper/").status_code == 404


def test_drafts_and_private_pages_are_not_reached_through_another_language(client, home, english_only):
    draft = add_standard_page(home, "Draft", slug="draft")
    draft.unpublish()
    assert client.get("/fr/draft/").status_code == 404
    private = add_standard_page(home, "Members", slug="members", listing_summary="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/members/")
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"] or "login" in response["Location"]
    assert "Members only" not in client.get("/fr/members/", follow=True).content.decode()


def test_switcher_on_a_fallback_page_offers_the_existing_language(client, english_only):
    switcher = soup(client.get("/fr/only-english/")).select_one("nav.language-switcher")
    english = switcher.select_one('a[hreflang="en"]')
    assert english["href"] == "/language/en/?next=/en/only-english/"
    assert switcher.select_one('[aria-current="true"]').text == "Français"


def test_alias_standing_in_for_a_translation_is_shown_as_the_source(client, english_only):
    """With French set to sync from English, wagtail-localize puts an alias in the French tree."""
    alias = english_only.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True, alias=True)
    response = client.get(alias.url)
    assert alias.url == "/fr/only-english/"
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.select_one(".translation-notice") is not None
    assert page.select_one('link[rel="canonical"]')["href"] == "http://localhost/en/only-english/"
    assert page.select_one('meta[property="og:url"]')["content"] == "http://localhost/en/only-english/"
    assert response["X-Robots-Tag"] == "noindex"
    # Not a translation: not named as one, not in the sitemap.
    english = soup(client.get("/en/only-english/"))
    assert {link["hreflang"] for link in english.select('link[rel="alternate"][hreflang]')} == set()
    french = [item for item in english.select("nav.language-switcher li") if "Français" in item.text][0]
    assert "not translated yet" in french.text
    assert "/fr/only-english/" not in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/v2/pages/", {"locale": "fr"}).json()["items"]
    assert alias.pk not in [item["id"] for item in api] and api


def test_preview_shows_a_page_in_its_own_language_whatever_the_admins(rf, home, admin_user):
    about = add_standard_page(home, "About", slug="about")
    french = translate_page(about, "fr", title="À propos", slug="a-propos")
    request = rf.get("/admin/pages/preview/")
    request.user = admin_user
    with translation.override("en"):
        response = french.serve_preview(request, "")
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.select_one(".translation-notice") is None
    assert page.select_one("form.site-search button").text.strip() == "Rechercher"
