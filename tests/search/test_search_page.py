"""The search page: reader's locale only, live public pages only, hostile input answered calmly."""

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from wagtail.models import PageViewRestriction

from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    outreach = add_standard_page(
        home, "Outreach manual", slug="outreach", listing_summary="Street work with drug users."
    )
    translate_page(
        outreach, "fr", title="Manuel du travail de rue", slug="travail-de-rue", listing_summary="Travail de rue."
    )
    draft = add_standard_page(home, "Outreach draft", slug="draft-outreach")
    draft.unpublish()
    private = add_standard_page(home, "Outreach private", slug="private-outreach")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    call_command("update_index", verbosity=0)
    return outreach


def titles(response):
    return [link.text for link in BeautifulSoup(response.content, "html.parser").select(".search-result__title a")]


def test_finds_live_public_pages_in_the_readers_language(client, pages):
    assert titles(client.get("/en/search/", {"q": "outreach"})) == ["Outreach manual"]
    assert titles(client.get("/fr/search/", {"q": "manuel"})) == ["Manuel du travail de rue"]
    assert titles(client.get("/fr/search/", {"q": "outreach"})) == []


def test_search_pages_are_not_indexed(client, pages):
    assert '<meta name="robots" content="noindex, follow">' in client.get("/en/search/?q=outreach").content.decode()


def test_overlong_queries_are_cut_with_a_message(client, pages):
    response = client.get("/en/search/", {"q": "outreach " + "x" * 500})
    assert response.status_code == 200
    assert "shortened to its first 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "out\x00reach"},
        {"q": "\u202eoutreach"},
        {"q": "outreach", "page": "-1"},
        {"q": "outreach", "page": "abc"},
        {"q": "outreach", "page": "99999999999999999999"},
        {"q": "\"'<script>"},
        {"q": "AND OR NOT ( *"},
        {"q": "outreach", "year": "²⁰²⁴"},
        {"q": "outreach", "year": "²"},
    ],
)
def test_hostile_queries_never_fail(client, pages, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</head>")[1]
