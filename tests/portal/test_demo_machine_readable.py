"""The demo site as machines read it: sitemap, hreflang and JSON-LD of every page, in English and French."""

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Page

from events.models import EventPage
from resources.models.press import not_under_embargo
from tests.portal.schemaorg import node_types, problems
from tests.portal.test_sitemap_and_metadata import sitemap_entries, sitemap_schema

pytestmark = pytest.mark.django_db

# What each type needs to be useful to a search engine or an aggregator, beyond being valid.
REQUIRED = {
    "WebSite": {"url", "name", "potentialAction"},
    "Organization": {"name", "url"},
    "WebPage": {"url", "name", "inLanguage", "isPartOf"},
    "ProfilePage": {"url", "name", "inLanguage", "isPartOf", "mainEntity"},
    "CollectionPage": {"url", "name", "inLanguage", "isPartOf"},
    # location too where the event has a place (a series of meetings in several cities has none).
    "Event": {"name", "startDate", "url", "eventStatus", "eventAttendanceMode"},
    "Project": {"name", "url"},
    "NewsArticle": {"headline", "datePublished", "inLanguage", "publisher"},
    "Report": {"name", "url"},
    "CreativeWork": {"name", "url"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "item"},
    "Person": {"name"},
    "Place": {"name"},
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0, skip_index=True)
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def crawl(demo, django_db_blocker):
    """Every sitemap entry with its alternates, and each page's response (fetched once)."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        body = client.get("/sitemap.xml").content
        entries = sitemap_entries(body)
        responses = {location: client.get(urlsplit(location).path) for location in entries}
    return body, entries, responses


def nodes(data):
    """Every typed node of a JSON-LD document, nested ones included."""
    if isinstance(data, list):
        for item in data:
            yield from nodes(item)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from nodes(value)


def test_sitemap_is_valid_and_lists_every_public_page_once(crawl):
    body, entries, _responses = crawl
    sitemap_schema("sitemap").validate(body.decode())
    pages = not_under_embargo(Page.objects.filter(depth__gt=1).live().public())
    expected = {page.get_full_url() for page in pages}
    languages = Counter(page.locale.language_code for page in pages.select_related("locale"))
    assert languages["en"] > 50 and languages["fr"] == languages["en"]
    # Pages, plus the routes some pages list (a schedule): each address once.
    assert expected <= set(entries)
    assert len(entries) == len(set(entries))


def test_every_page_answers_and_names_the_same_translations_as_the_sitemap(crawl):
    _body, entries, responses = crawl
    for location, response in responses.items():
        assert response.status_code == 200, location
        soup = BeautifulSoup(response.content, "html.parser")
        head = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        assert soup.select_one('link[rel="canonical"]')["href"] == location
        if entries[location]:
            assert head == entries[location], location
            assert set(head) >= {"en", "fr", "x-default"}, location


def test_hreflang_pairs_are_symmetric_and_lead_to_listed_pages(crawl):
    _body, entries, _responses = crawl
    for location, alternates in entries.items():
        for language, href in alternates.items():
            assert href in entries, f"{location} names {href}, which the sitemap does not list"
            if language != "x-default":
                assert entries[href].get(language) == href
                assert location in entries[href].values(), f"{href} does not name {location} back"


def test_every_page_has_valid_json_ld_for_its_type(crawl):
    _body, _entries, responses = crawl
    seen = Counter()
    for location, response in responses.items():
        scripts = BeautifulSoup(response.content, "html.parser").select('script[type="application/ld+json"]')
        assert len(scripts) == 1, location
        data = json.loads(scripts[0].string)
        assert data["@context"] == "https://schema.org"
        assert problems(data) == [], location
        # The graph's own nodes, and the breadcrumbs inside them (nested nodes are references).
        breadcrumbs = [node for node in nodes(data["@graph"]) if node["@type"] in {"BreadcrumbList", "ListItem"}]
        for node in data["@graph"] + breadcrumbs:
            for type_name in node_types(node):
                seen[type_name] += 1
                missing = REQUIRED.get(type_name, set()) - set(node)
                assert not missing, f"{location}: {type_name} lacks {sorted(missing)}"
    with_place = [event for event in EventPage.objects.live() if event.venue_city or event.venue_name]
    assert with_place
    for event in with_place:
        response = responses[event.get_full_url()]
        data = json.loads(BeautifulSoup(response.content, "html.parser").select_one("script[type]").string)
        entity = next(node for node in data["@graph"] if node.get("@id", "").endswith("#entity"))
        assert entity["location"], event.url
    # Each content type's own schema.org type shows up in the demo.
    assert {"Event", "Project", "NewsArticle", "ProfilePage", "CollectionPage", "BreadcrumbList"} <= set(seen)


def test_every_page_has_open_graph_and_twitter_cards_with_a_picture(crawl):
    _body, _entries, responses = crawl
    for location, response in responses.items():
        soup = BeautifulSoup(response.content, "html.parser")
        meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in soup.select("meta[content]")}
        assert meta["og:url"] == location
        assert meta["og:title"] and meta["twitter:title"] == meta["og:title"], location
        assert meta["og:locale"] in {"en", "fr"}
        # Pages without a picture of their own fall back to the site's default one.
        assert meta["og:image"].startswith("http://127.0.0.1:8000/media/images/"), location
        assert meta["og:image:alt"], location
        assert meta["twitter:card"] == "summary_large_image"
