"""Sitemap, robots.txt, JSON-LD and the rule that no page loads anything from another host."""

import functools
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home):
    about = add_standard_page(home, "About", slug="about", listing_summary="Who we are.")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    return about


def test_sitemap_lists_live_public_pages_of_every_language(client, home, about):
    draft = add_standard_page(home, "Draft", slug="draft")
    draft.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", body)
    assert "http://localhost/en/" in locations
    assert "http://localhost/fr/" in locations
    assert "http://localhost/en/about/" in locations
    assert "http://localhost/fr/a-propos/" in locations
    assert not any("draft" in location for location in locations)
    assert len(locations) == len(set(locations))


def test_robots_txt_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def json_ld(response):
    script = BeautifulSoup(response.content, "html.parser").select_one('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_json_ld_describes_site_organisation_page_and_breadcrumb(client, home, about):
    graph = {node["@type"]: node for node in json_ld(client.get("/fr/a-propos/"))["@graph"]}
    assert graph["WebSite"]["potentialAction"]["@type"] == "SearchAction"
    assert "{search_term_string}" in graph["WebSite"]["potentialAction"]["target"]["urlTemplate"]
    assert graph["Organization"]["name"]
    page = graph["WebPage"]
    assert page["inLanguage"] == "fr"
    assert page["url"] == "http://localhost/fr/a-propos/"
    crumbs = page["breadcrumb"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2]
    assert crumbs[-1]["item"] == "http://localhost/fr/a-propos/"


def test_json_ld_cannot_be_broken_out_of(client, home):
    add_standard_page(home, "</script><script>alert(1)</script>", slug="hostile", listing_summary="<!-- x")
    response = client.get("/en/hostile/")
    html = response.content.decode()
    script = html[html.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<script>alert" not in script
    assert "<!--" not in script
    names = [node.get("name") for node in json_ld(response)["@graph"]]
    assert "</script><script>alert(1)</script>" in names


def test_pages_load_nothing_from_other_hosts(client, home, about):
    for url in ["/en/", "/fr/a-propos/", "/en/search/?q=about", "/en/missing/"]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        sources = [tag.get("src") for tag in soup.find_all(["script", "img", "iframe", "source"]) if tag.get("src")]
        # Canonical and alternate addresses name pages; browsers do not fetch them.
        fetched = [tag for tag in soup.find_all("link") if not {"canonical", "alternate"} & set(tag.get("rel"))]
        sources += [tag.get("href") for tag in fetched if tag.get("href")]
        sources += [tag.get("srcset") for tag in soup.find_all(["img", "source"]) if tag.get("srcset")]
        assert sources, url
        for source in sources:
            assert source.startswith("/"), f"{url} loads {source}"


# --- hreflang, canonical, sitemap alternates and the sitemap index ------------------------------

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"


@functools.cache
def sitemap_schema(kind):
    return xmlschema.XMLSchema([str(SCHEMAS / f"{kind}.xsd"), str(SCHEMAS / "xhtml-link.xsd")])


def head_alternates(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}


def canonical(response):
    return BeautifulSoup(response.content, "html.parser").select_one('link[rel="canonical"]')["href"]


def sitemap_entries(body):
    """{location: {hreflang: href}} of a urlset."""
    root = ElementTree.fromstring(body)  # noqa: S314 (the portal's own output)
    return {
        url.findtext(f"{SITEMAP_NS}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML_NS}link")
        }
        for url in root.iter(f"{SITEMAP_NS}url")
    }


def test_each_translation_names_all_of_them_and_the_default(client, home, about):
    english = head_alternates(client.get("/en/about/"))
    french = head_alternates(client.get("/fr/a-propos/"))
    expected = {
        "en": "http://localhost/en/about/",
        "fr": "http://localhost/fr/a-propos/",
        "x-default": "http://localhost/en/about/",
    }
    assert english == french == expected
    assert canonical(client.get("/fr/a-propos/")) == "http://localhost/fr/a-propos/"


def test_drafts_and_private_translations_are_not_named(client, home, about):
    german = translate_page(about, "de", title="Über uns", slug="ueber-uns")
    german.unpublish()
    italian = translate_page(about, "it", title="Chi siamo", slug="chi-siamo")
    PageViewRestriction.objects.create(page=italian, restriction_type=PageViewRestriction.LOGIN)
    assert set(head_alternates(client.get("/en/about/"))) == {"en", "fr", "x-default"}
    assert set(sitemap_entries(client.get("/sitemap.xml").content)["http://localhost/en/about/"]) == {
        "en",
        "fr",
        "x-default",
    }


def test_filtered_views_name_their_canonical_address_only(client, home):
    response = client.get("/en/search/?q=about")
    assert not head_alternates(response)
    # Paginated or filtered lists: see the listing tests; here the rule itself.
    from portal.templatetags.portal_tags import head_links

    request = client.get("/en/").wsgi_request
    assert head_links({"request": request, "page": home, "noindex": True})["alternates"] == []
    assert head_links({"request": request, "page": home})["alternates"]


def test_sitemap_is_valid_and_names_translations(client, home, about):
    add_standard_page(home, "Only in English", slug="only-english")
    body = client.get("/sitemap.xml").content
    sitemap_schema("sitemap").validate(body.decode())
    entries = sitemap_entries(body)
    assert entries["http://localhost/fr/a-propos/"] == {
        "en": "http://localhost/en/about/",
        "fr": "http://localhost/fr/a-propos/",
        "x-default": "http://localhost/en/about/",
    }
    # A page in one language has nothing to choose from.
    assert entries["http://localhost/en/only-english/"] == {}
    # Symmetric: every page an entry names lists the entry back.
    for location, alternates in entries.items():
        for language, href in alternates.items():
            if language != "x-default":
                assert entries[href][language] == href
                assert location in entries[href].values()


def test_sitemap_leaves_out_private_pages(client, home, about):
    private = add_standard_page(home, "Members", slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    locations = sitemap_entries(client.get("/sitemap.xml").content)
    assert "http://localhost/en/members/" not in locations
    assert "http://localhost/en/about/" in locations


def test_large_sitemap_becomes_an_index_of_valid_sitemaps(client, home, about, settings):
    for number in range(3):
        add_standard_page(home, f"Page {number}", slug=f"page-{number}")
    settings.SITEMAP_PAGE_SIZE = 2
    index = client.get("/sitemap.xml")
    sitemap_schema("siteindex").validate(index.content.decode())
    root = ElementTree.fromstring(index.content)  # noqa: S314
    parts = [loc.text for loc in root.iter(f"{SITEMAP_NS}loc")]
    # 2 homes, About and À propos, 3 pages: 7 addresses, 2 per file.
    assert parts == [f"http://testserver/sitemap-{number}.xml" for number in (1, 2, 3, 4)]
    locations, entries = [], {}
    for part in parts:
        body = client.get(part.removeprefix("http://testserver")).content
        sitemap_schema("sitemap").validate(body.decode())
        locations += list(sitemap_entries(body))
        entries.update(sitemap_entries(body))
    assert len(locations) == len(set(locations)) == 7
    # Alternates cross file boundaries: About and À propos are in different files.
    assert entries["http://localhost/fr/a-propos/"]["en"] == "http://localhost/en/about/"
    assert entries["http://localhost/en/about/"]["fr"] == "http://localhost/fr/a-propos/"
    assert client.get("/sitemap-5.xml").status_code == 404
    assert client.get("/sitemap.xml?p=2").status_code == 404


def test_sitemap_queries_do_not_grow_with_pages(client, home, about):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    client.get("/sitemap.xml")
    few = count()
    for number in range(20):
        page = add_standard_page(home, f"Page {number}", slug=f"page-{number}")
        translate_page(page, "fr", title=f"Page {number} (fr)", slug=f"page-{number}-fr")
    # Site, site roots, the language trees, the pages, their specific rows, their translations.
    assert count() == few


def test_sitemap_queries_do_not_grow_with_events_and_speakers(client, home):
    """Each event lists its schedule and speakers' pages: looked up for all events at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.events import add_event, add_event_index, add_session, at
    from tests.factories.network import add_person

    index = add_event_index(home)

    def add(number):
        event = add_event(index, f"Conference {number}")
        speaker = add_person(f"Speaker {number}")
        add_session(event, f"Opening {number}", at(2024, 3, 20, 9), at(2024, 3, 20, 10), people=[(speaker, "speaker")])
        return event

    def count():
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as context:
            response = client.get("/sitemap.xml")
        return len(context.captured_queries), response.content.decode()

    add(0)
    few, _body = count()
    for number in range(1, 6):
        add(number)
    many, body = count()
    assert "/en/events/conference-5/speakers/speaker-5/" in body
    assert "/en/events/conference-0/schedule/" in body
    assert many == few
