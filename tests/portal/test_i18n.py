"""Language prefixes, the redirect from /, the language cookie and the switcher."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_root_redirects_to_the_default_language(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_follows_accept_language(client, home):
    response = client.get("/", headers={"Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5"})
    assert response["Location"] == "/fr/"


def test_language_cookie_overrides_accept_language(client, home):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    response = client.get("/", headers={"Accept-Language": "fr"})
    assert response["Location"] == "/de/"


@pytest.mark.parametrize(("url", "language"), [("/en/", "en"), ("/fr/", "fr")])
def test_html_lang_follows_the_page(client, home, url, language):
    response = client.get(url)
    assert response.status_code == 200
    assert soup(response).html["lang"] == language
    assert soup(response).html["dir"] == "ltr"


def test_switcher_links_to_each_existing_translation(client, home):
    about = add_standard_page(home, "About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    switcher = soup(client.get("/en/about/")).select_one("nav.language-switcher")
    french = switcher.select_one('a[hreflang="fr"]')
    assert french.text == "Français"
    assert french["href"] == "/language/fr/?next=/fr/a-propos/"
    assert switcher.select_one('[aria-current="true"]').text == "English"


def test_switcher_says_when_a_translation_is_missing_and_links_to_the_default(client, home):
    add_standard_page(home, "Only in English", slug="only-english")
    switcher = soup(client.get("/en/only-english/")).select_one("nav.language-switcher")
    german = [item for item in switcher.select("li") if "Deutsch" in item.text][0]
    assert "not translated yet" in german.text
    assert german.select_one("a")["href"] == "/en/only-english/"


def test_switcher_on_a_french_page_speaks_french(client, home):
    page = client.get("/fr/")
    switcher = soup(page).select_one("nav.language-switcher")
    italian = [item for item in switcher.select("li") if "Italiano" in item.text][0]
    assert "pas encore traduit" in italian.text


def test_switcher_on_the_search_page_keeps_the_query(client, home):
    switcher = soup(client.get("/en/search/?q=outreach")).select_one("nav.language-switcher")
    assert switcher.select_one('a[hreflang="fr"]')["href"] == "/language/fr/?next=/fr/search/%3Fq%3Doutreach"


def test_switch_view_remembers_the_choice(client, home):
    response = client.get("/language/fr/?next=/fr/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert client.get("/")["Location"] == "/fr/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""])
def test_switch_view_never_redirects_off_site(client, home, target):
    response = client.get("/language/fr/", {"next": target})
    assert response["Location"] == "/fr/"


def test_switch_view_rejects_unknown_languages(client, home):
    assert client.get("/language/xx/?next=/").status_code == 400


def test_untranslated_page_under_another_language_is_labelled_with_its_own_language(client, home):
    add_standard_page(home, "Only in English", slug="only-english")
    page = soup(client.get("/de/only-english/"))
    assert page.html["lang"] == "en"
    # The interface around it is German, and says so.
    assert page.select_one("div[lang=de] .skip-link") is not None
