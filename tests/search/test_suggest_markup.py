"""The header search box carries what search-suggest.js needs, and the script is loaded deferred."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_header_search_box_is_ready_for_suggestions(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    box = soup.select_one("form.site-search input#site-search-q")
    assert box["data-suggest-url"] == "/en/search/suggest/"
    assert box["data-suggest-one"] == "1 suggestion"
    assert box["data-suggest-many"] == "{count} suggestions"
    assert box["data-suggest-none"] == "No suggestions"
    # Without JavaScript it stays a plain search box of a GET form.
    assert box.get("role") is None
    assert box.find_parent("form")["method"] == "get"

    [script] = [tag for tag in soup.select("head script[src]") if tag["src"].endswith("/js/search-suggest.js")]
    assert script.has_attr("defer")


def test_the_suggestion_url_follows_the_language(client, home):
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    assert soup.select_one("#site-search-q")["data-suggest-url"] == "/fr/search/suggest/"
