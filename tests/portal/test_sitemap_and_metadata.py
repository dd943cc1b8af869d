"""Sitemap, robots.txt, JSON-LD and the rule that no page loads anything from another host."""

import json
import re

import pytest
from bs4 import BeautifulSoup

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
        sources += [tag.get("href") for tag in soup.find_all("link") if tag.get("href")]
        sources += [tag.get("srcset") for tag in soup.find_all(["img", "source"]) if tag.get("srcset")]
        assert sources, url
        for source in sources:
            assert source.startswith("/"), f"{url} loads {source}"
