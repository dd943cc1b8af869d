"""Practice examples: filters and counts, every registry field on the practice's page, the editors'
rules, structured data of practices and resources, the map of Europe, and search."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape

from wagtail.models import PageViewRestriction

from portal.models import InterventionType, ResourceType, Setting, Substance, TargetGroup, Topic
from resources.models import PracticePage
from tests.factories.network import add_directory, add_organisation, add_person
from tests.factories.pages import translate_page
from tests.factories.resources import (
    add_document,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    add_term,
    make_pdf,
)
from tests.listings import filter_messages, options, robots, selected, soup, titles

pytestmark = pytest.mark.django_db


def listed(document):
    return titles(document, "practice-list")


def map_cities(document):
    """The cities the map marks, as drawn on it and as listed after it."""
    drawn = [label.get_text(strip=True) for label in document.select("svg .practice-map__marker .practice-map__label")]
    written = [city.get_text(strip=True) for city in document.select(".practice-map__cities .practice-map__city")]
    return drawn, written


def json_ld_nodes(response):
    document = BeautifulSoup(response.content, "html.parser")
    nodes = []
    for script in document.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        nodes.extend(data.get("@graph", [data]))
    return nodes


def main_entity(response):
    """The JSON-LD node of what the page is about: the page node's mainEntity."""
    nodes = json_ld_nodes(response)
    [page] = [node for node in nodes if str(node.get("@id", "")).endswith("#page")]
    [entity] = [node for node in nodes if node.get("@id") == page["mainEntity"]["@id"]]
    return entity


@pytest.fixture
def practices(home):
    """Four published practices in three countries, a draft and a private one; a French translation."""
    targets = {
        "pwid": add_term(TargetGroup, "People who inject drugs"),
        "young": add_term(TargetGroup, "Young people"),
    }
    add_term(TargetGroup, "Jeunes", language="fr", translation_of=targets["young"])
    settings = {
        "street": add_term(Setting, "Street"),
        "nightlife": add_term(Setting, "Nightlife"),
        "school": add_term(Setting, "School"),
    }
    index = add_practice_index(home, introduction="What works, where.")
    pages = {
        "antwerp": add_practice(
            index,
            "Needle exchange Antwerp",
            city="Antwerp",
            country="BE",
            latitude="51.21989",
            longitude="4.40346",
            area="harm-reduction",
            target_groups=[targets["pwid"]],
            settings=[settings["street"]],
            evaluation_status="done",
        ),
        "ghent": add_practice(
            index,
            "Festival drug checking",
            city="Ghent",
            country="BE",
            latitude="51.05434",
            longitude="3.71742",
            area="harm-reduction",
            target_groups=[targets["young"]],
            settings=[settings["nightlife"]],
            evaluation_status="in-progress",
        ),
        "lyon": add_practice(
            index,
            "School prevention Lyon",
            city="Lyon",
            country="FR",
            latitude="45.76404",
            longitude="4.83566",
            area="prevention",
            target_groups=[targets["young"]],
            settings=[settings["school"]],
            evaluation_status="none",
        ),
        # No coordinates: placed at an approximate position in its country.
        "sofia": add_practice(
            index,
            "Housing first Sofia",
            city="Sofia",
            country="BG",
            area="social-reintegration",
            target_groups=[targets["pwid"]],
            settings=[settings["street"]],
            evaluation_status="planned",
        ),
    }
    draft = add_practice(
        index, "Hidden pilot Porto", city="Porto", country="PT", area="treatment", evaluation_status="done"
    )
    draft.unpublish()
    private = add_practice(
        index, "Members' pilot Lisbon", city="Lisbon", country="PT", area="treatment", target_groups=[targets["pwid"]]
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    index.fr = translate_page(index, "fr", title="Pratiques", slug="pratiques")
    index.fr_pages = {
        "ghent": translate_page(pages["ghent"], "fr", title="Analyse de drogues en festival", city="Gand"),
        "antwerp": translate_page(pages["antwerp"], "fr", title="Échange de seringues Anvers", city="Anvers"),
    }
    index.pages = pages
    return index


ALL_BY_TITLE = ["Festival drug checking", "Housing first Sofia", "Needle exchange Antwerp", "School prevention Lyon"]


def test_the_index_lists_published_practices_with_counts(client, practices):
    document = soup(client.get(practices.url))
    assert listed(document) == ALL_BY_TITLE
    assert " ".join(document.find(id="results-heading").get_text(" ", strip=True).split()) == "4 practices found"
    # The draft and the private practice (Portugal, treatment) count nowhere.
    assert options(document, "area") == {
        "prevention": "Prevention (1)",
        "harm-reduction": "Harm reduction (2)",
        "social-reintegration": "Social reintegration (1)",
    }
    assert options(document, "country") == {"BE": "Belgium (2)", "BG": "Bulgaria (1)", "FR": "France (1)"}
    assert options(document, "target") == {
        "people-who-inject-drugs": "People who inject drugs (2)",
        "young-people": "Young people (2)",
    }
    assert options(document, "setting") == {
        "nightlife": "Nightlife (1)",
        "school": "School (1)",
        "street": "Street (2)",
    }
    assert options(document, "evaluation") == {
        "none": "No evaluation reported (1)",
        "planned": "Evaluation planned (1)",
        "in-progress": "Evaluation in progress (1)",
        "done": "Evaluated (1)",
    }
    assert robots(document) is None
    assert "Porto" not in document.get_text()
    assert "Lisbon" not in document.get_text()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"area": "harm-reduction"}, ["Festival drug checking", "Needle exchange Antwerp"]),
        ({"country": "BE"}, ["Festival drug checking", "Needle exchange Antwerp"]),
        ({"country": "fr"}, ["School prevention Lyon"]),
        ({"target": "young-people"}, ["Festival drug checking", "School prevention Lyon"]),
        ({"setting": "street"}, ["Housing first Sofia", "Needle exchange Antwerp"]),
        ({"evaluation": "planned"}, ["Housing first Sofia"]),
    ],
)
def test_each_filter_narrows_the_list_and_the_map(client, practices, params, expected):
    document = soup(client.get(practices.url, params))
    assert listed(document) == expected
    [(name, value)] = params.items()
    assert selected(document, name) == [value.upper() if name == "country" else value]
    assert "noindex" in robots(document)
    # The map shows the practices found, no others.
    cities = {practices.pages[key].title: practices.pages[key].city for key in practices.pages}
    drawn, written = map_cities(document)
    assert sorted(drawn) == sorted(cities[title] for title in expected)
    assert sorted(written) == sorted(drawn)


def test_counts_are_those_left_by_the_other_filters(client, practices):
    document = soup(client.get(practices.url, {"target": "people-who-inject-drugs"}))
    assert options(document, "country") == {"BE": "Belgium (1)", "BG": "Bulgaria (1)"}
    assert options(document, "area") == {
        "harm-reduction": "Harm reduction (1)",
        "social-reintegration": "Social reintegration (1)",
    }
    assert options(document, "setting") == {"street": "Street (2)"}
    assert options(document, "evaluation") == {"planned": "Evaluation planned (1)", "done": "Evaluated (1)"}
    # The target groups' own counts ignore the target filter.
    assert options(document, "target") == {
        "people-who-inject-drugs": "People who inject drugs (2)",
        "young-people": "Young people (2)",
    }


def test_filters_combine(client, practices):
    document = soup(client.get(practices.url, {"country": "BE", "target": "young-people"}))
    assert listed(document) == ["Festival drug checking"]
    assert options(document, "setting") == {"nightlife": "Nightlife (1)"}
    assert options(document, "country") == {"BE": "Belgium (1)", "FR": "France (1)"}

    document = soup(client.get(practices.url, {"area": "harm-reduction", "evaluation": "done", "setting": "street"}))
    assert listed(document) == ["Needle exchange Antwerp"]

    empty = soup(client.get(practices.url, {"country": "FR", "setting": "street"}))
    assert listed(empty) == []
    assert "No practice matches all these filters" in empty.select_one(".empty-state").get_text()
    assert map_cities(empty) == ([], [])


def test_the_french_index_shows_french_cities_and_terms(client, practices):
    document = soup(client.get(practices.fr.url))
    assert document.html["lang"] == "fr"
    assert listed(document) == ["Analyse de drogues en festival", "Échange de seringues Anvers"]
    assert options(document, "target") == {
        "jeunes": "Jeunes (1)",
        "people-who-inject-drugs": "People who inject drugs (1)",
    }
    assert listed(soup(client.get(practices.fr.url, {"target": "jeunes"}))) == ["Analyse de drogues en festival"]
    drawn, written = map_cities(document)
    assert sorted(drawn) == ["Anvers", "Gand"]
    assert sorted(written) == ["Anvers", "Gand"]


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        ({"area": "nope"}, "Area"),
        ({"country": "ZZ"}, "Country"),
        ({"target": "aliens"}, "Target group"),
        ({"setting": "moon"}, "Setting"),
        ({"evaluation": "perfect"}, "Evaluation"),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, practices, params, ignored):
    document = soup(client.get(practices.url, params))
    assert listed(document) == ALL_BY_TITLE
    [(_name, value)] = params.items()
    message = filter_messages(document)
    assert f"“{ignored}”" in message
    assert f"“{value}”" in message


HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.mark.parametrize(
    "params",
    [
        {"area": HOSTILE},
        {"country": HOSTILE, "target": HOSTILE, "evaluation": "'\""},
        {"setting": "s" * 5000, "page": "999"},
        {"page": HOSTILE},
    ],
)
def test_hostile_values_never_fail_nor_come_back_as_html(client, practices, params):
    response = client.get(practices.url, params)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<img src=x" not in content
    assert listed(soup(response)) == ALL_BY_TITLE
    if "area" in params:
        assert escape(HOSTILE)[:40] in content  # reported, escaped


def test_the_map_marks_every_practices_city_and_links_to_it(client, practices):
    document = soup(client.get(practices.url))
    drawn, written = map_cities(document)
    assert sorted(drawn) == ["Antwerp", "Ghent", "Lyon", "Sofia"]
    assert sorted(written) == ["Antwerp", "Ghent", "Lyon", "Sofia"]
    svg = document.select_one("svg.practice-map__svg")
    links = {link.select_one(".practice-map__label").get_text(strip=True): link["href"] for link in svg.select("a")}
    assert links["Ghent"] == practices.pages["ghent"].url
    assert links["Sofia"] == practices.pages["sofia"].url
    # Countries with practices are shaded.
    assert len(svg.select(".practice-map__country--highlighted")) == 3
    # Sofia had no coordinates: it is placed, and said to be approximate.
    [sofia] = [item for item in document.select(".practice-map__cities > li") if "Sofia" in item.get_text()]
    assert "approximate" in sofia.get_text()
    [ghent] = [item for item in document.select(".practice-map__cities > li") if "Ghent" in item.get_text()]
    assert "approximate" not in ghent.get_text()
    assert ghent.find("a")["href"] == practices.pages["ghent"].url


def test_two_practices_in_one_city_share_a_marker(client, practices):
    add_practice(practices, "Drop-in Ghent", city="Ghent", country="BE", latitude="51.05", longitude="3.72")
    document = soup(client.get(practices.url))
    drawn, _written = map_cities(document)
    assert drawn.count("Ghent (2)") == 1
    [ghent] = [item for item in document.select(".practice-map__cities > li") if "Ghent" in item.get_text()]
    assert [link.get_text() for link in ghent.find_all("a")] == ["Drop-in Ghent", "Festival drug checking"]


def test_search_finds_a_practice_by_its_summary(client, practices):
    add_practice(
        practices,
        "Mobile van Bucharest",
        city="Bucharest",
        country="RO",
        summary="A van brings sterile equipment and axolotl-themed leaflets to the outskirts.",
    )
    response = client.get("/en/search/", {"q": "axolotl"})
    assert response.status_code == 200
    assert "Mobile van Bucharest" in response.content.decode()
    assert "Needle exchange Antwerp" not in response.content.decode()


# --- One practice's page -----------------------------------------------------------------------------


@pytest.fixture
def full_practice(home):
    directory = add_directory(home)
    lead = add_organisation(directory, "Free Clinic Antwerp")
    partner = add_organisation(directory, "Ghent University")
    contact = add_person(
        "Lies Janssens", role="Coordinator", email="lies@example.org", phone="+32 3 000 00 00", contact_is_public=True
    )
    library = add_library(home)
    resource = add_resource(
        library,
        "Needle exchange manual",
        files=[(add_document("Manual", make_pdf(["Manual"]), "manual.pdf"), "en")],
    )
    index = add_practice_index(home)
    return add_practice(
        index,
        "Needle exchange Antwerp",
        city="Antwerp",
        country="BE",
        latitude="51.21989",
        longitude="4.40346",
        area="harm-reduction",
        summary="Sterile equipment and counselling for people who inject drugs in Antwerp.",
        lead_organisation=lead,
        partners=[(partner, "Evaluates the service")],
        contact=contact,
        start_year=2015,
        ongoing=True,
        intervention_types=[add_term(InterventionType, "Needle and syringe programme")],
        substances=[add_term(Substance, "Heroin"), add_term(Substance, "Cocaine")],
        target_groups=[add_term(TargetGroup, "People who inject drugs")],
        settings=[add_term(Setting, "Street")],
        topics=[add_term(Topic, "Harm reduction")],
        services=[("service", "Needle exchange"), ("service", "Hepatitis C testing")],
        objectives="<p>Fewer infections among clients.</p>",
        evaluation_status="done",
        evaluation_type="outcome",
        evaluation_details="Ghent University compared infection rates, 2016–2019.",
        results="<p>HCV incidence halved.</p>",
        transferability="<p>Needs a pharmacy network.</p>",
        related_pages=[resource],
    )


def test_the_practice_page_shows_every_registry_field(client, full_practice):
    document = soup(client.get(full_practice.url))
    text = " ".join(document.get_text(" ", strip=True).split())
    assert document.h1.get_text(strip=True) == "Needle exchange Antwerp"
    for expected in [
        "Sterile equipment and counselling for people who inject drugs in Antwerp.",
        "Free Clinic Antwerp",
        "Ghent University",
        "Evaluates the service",
        "Antwerp",
        "Belgium",
        "since 2015 (ongoing)",
        "Harm reduction",
        "Needle and syringe programme",
        "Heroin",
        "Cocaine",
        "People who inject drugs",
        "Street",
        "Needle exchange",
        "Hepatitis C testing",
        "Fewer infections among clients.",
        "Evaluated",
        "Outcome evaluation",
        "Ghent University compared infection rates, 2016–2019.",
        "HCV incidence halved.",
        "Needs a pharmacy network.",
        "Lies Janssens",
        "lies@example.org",
        "Needle exchange manual",
    ]:
        assert expected in text, expected
    facts = {
        term.get_text(strip=True): " ".join(term.find_next_sibling("dd").get_text(" ", strip=True).split())
        for term in document.select(".facts__list dt")
    }
    assert facts["City"] == "Antwerp"
    assert facts["Country"] == "Belgium"
    assert facts["Period"] == "since 2015 (ongoing)"
    assert facts["Area"] == "Harm reduction"
    assert facts["Evaluation"] == "Evaluated"
    assert facts["Type of evaluation"] == "Outcome evaluation"
    assert [item.get_text(strip=True) for item in document.select(".service-list li")] == [
        "Needle exchange",
        "Hepatitis C testing",
    ]
    related = document.select_one(".related-list a")
    assert related["href"] == "/en/library/needle-exchange-manual/"


@pytest.mark.parametrize(
    ("fields", "period"),
    [
        ({"start_year": 2015, "end_year": 2020, "ongoing": False}, "2015–2020"),
        ({"start_year": 2015, "ongoing": True}, "since 2015 (ongoing)"),
        ({"start_year": 2015, "ongoing": False}, "2015"),
        ({"ongoing": True}, "ongoing"),
    ],
)
def test_the_period_reads_naturally(client, home, fields, period):
    practice = add_practice(add_practice_index(home), "Outreach", **fields)
    document = soup(client.get(practice.url))
    [term] = [term for term in document.select(".facts__list dt") if term.get_text(strip=True) == "Period"]
    assert term.find_next_sibling("dd").get_text(strip=True) == period


def test_an_ended_practice_without_years_shows_no_period(client, home):
    practice = add_practice(add_practice_index(home), "Outreach", ongoing=False)
    document = soup(client.get(practice.url))
    assert "Period" not in [term.get_text(strip=True) for term in document.select(".facts__list dt")]


def test_the_french_page_says_ongoing_in_french(client, home):
    index = add_practice_index(home)
    practice = add_practice(index, "Outreach", start_year=2015, ongoing=True)
    translate_page(index, "fr", title="Pratiques", slug="pratiques")
    french = translate_page(practice, "fr", title="Travail de rue", city="Gand")
    document = soup(client.get(french.url))
    [term] = [term for term in document.select(".facts__list dt") if term.get_text(strip=True) == "Période"]
    period = term.find_next_sibling("dd").get_text(strip=True)
    assert "2015" in period
    assert "ongoing" not in period


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"start_year": 2020, "end_year": 2019, "ongoing": False}, "end_year", "cannot end before it starts"),
        ({"start_year": 2018, "end_year": 2022, "ongoing": True}, "ongoing", "not ongoing"),
        ({"end_year": 2022, "ongoing": True}, "ongoing", "not ongoing"),
        ({"latitude": "51.05"}, "longitude", "both latitude and longitude"),
        ({"longitude": "3.72"}, "longitude", "both latitude and longitude"),
    ],
)
def test_practice_rules(home, fields, field, message):
    index = add_practice_index(home)
    practice = PracticePage(
        title="Outreach", slug="outreach", summary="S.", city="Ghent", country="BE", area="prevention"
    )
    for name, value in fields.items():
        setattr(practice, name, value)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            index.add_child(instance=practice)  # saving a page cleans it first
        assert field in error.value.message_dict
        assert message in " ".join(error.value.message_dict[field])


@pytest.mark.parametrize(
    "fields",
    [
        {"start_year": 2015, "end_year": 2020, "ongoing": False},
        {"start_year": 2015, "end_year": 2015, "ongoing": False},
        {"start_year": 2015, "ongoing": True},
        {"latitude": "51.05", "longitude": "3.72"},
        {"latitude": "0", "longitude": "0"},
        {},
    ],
)
def test_valid_practices_pass_the_rules(home, fields):
    index = add_practice_index(home)
    practice = PracticePage(
        title="Outreach", slug="outreach", summary="S.", city="Ghent", country="BE", area="prevention"
    )
    for name, value in fields.items():
        setattr(practice, name, value)
    index.add_child(instance=practice)
    assert PracticePage.objects.get(pk=practice.pk).city == "Ghent"


# --- Structured data ---------------------------------------------------------------------------------


def test_json_ld_describes_the_practice_as_a_project_with_its_place(client, full_practice):
    node = main_entity(client.get(full_practice.url))
    assert node["@type"] == "Project"
    assert node["name"] == "Needle exchange Antwerp"
    assert node["description"].startswith("Sterile equipment")
    assert node["url"].endswith(full_practice.url)
    assert node["location"] == {
        "@type": "Place",
        "name": "Antwerp",
        "address": {"@type": "PostalAddress", "addressLocality": "Antwerp", "addressCountry": "BE"},
        "geo": {"@type": "GeoCoordinates", "latitude": 51.21989, "longitude": 4.40346},
    }
    assert node["foundingDate"] == "2015"
    assert "dissolutionDate" not in node
    assert node["parentOrganization"]["name"] == "Free Clinic Antwerp"
    assert {"Needle and syringe programme", "Heroin", "Cocaine", "People who inject drugs"} <= set(node["knowsAbout"])


def test_json_ld_of_a_practice_without_coordinates_has_no_geo(client, home):
    practice = add_practice(add_practice_index(home), "Housing first", city="Sofia", country="BG")
    place = main_entity(client.get(practice.url))["location"]
    assert place["address"] == {"@type": "PostalAddress", "addressLocality": "Sofia", "addressCountry": "BG"}
    assert "geo" not in place


def test_json_ld_of_an_ended_practice_gives_its_end(client, home):
    practice = add_practice(add_practice_index(home), "Pilot", start_year=2015, end_year=2019, ongoing=False)
    node = main_entity(client.get(practice.url))
    assert (node["foundingDate"], node["dissolutionDate"]) == ("2015", "2019")


@pytest.fixture
def resource_editions(home, django_capture_on_commit_callbacks):
    library = add_library(home)
    with django_capture_on_commit_callbacks(execute=True):
        english = add_document("Guide (en)", make_pdf(["Guide", "two"]), "guide-en.pdf")
        bulgarian = add_document("Guide (bg)", make_pdf(["Наръчник"]), "guide-bg.pdf")
        slides = add_document("Slides (fr)", b"Diapositives", "slides-fr.txt")
    return add_resource(
        library,
        "Naloxone guide",
        files=[(english, "en"), (bulgarian, "bg"), (slides, "fr", "Slides")],
        resource_type=add_term(ResourceType, "Report"),
        topics=[add_term(Topic, "Harm reduction")],
        publication_date=datetime.date(2023, 5, 1),
        authors="Ana Silva, Jan Peeters",
        licence="cc-by-4.0",
    )


def test_json_ld_describes_the_resource_with_each_edition(client, resource_editions):
    resource = resource_editions
    node = main_entity(client.get(resource.url))
    assert node["@type"] == "Report"
    assert node["name"] == "Naloxone guide"
    assert node["inLanguage"] == ["bg", "en", "fr"]
    assert node["datePublished"] == "2023-05-01"
    assert node["author"] == [{"@type": "Person", "name": "Ana Silva"}, {"@type": "Person", "name": "Jan Peeters"}]
    assert node["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert node["keywords"] == ["Harm reduction"]
    encodings = {item["inLanguage"]: item for item in node["encoding"]}
    assert set(encodings) == {"en", "bg", "fr"}
    assert all(item["@type"] == "MediaObject" for item in node["encoding"])
    assert encodings["en"]["encodingFormat"] == "application/pdf"
    assert encodings["bg"]["encodingFormat"] == "application/pdf"
    assert encodings["fr"]["encodingFormat"] == "text/plain"
    assert encodings["fr"]["name"] == "Slides"
    documents = {file.language: file.document for file in resource.files.all()}
    for language, item in encodings.items():
        assert item["contentUrl"].startswith("http")
        assert item["contentUrl"].endswith(documents[language].url)
        assert item["contentSize"] == f"{documents[language].file_size} B"


def test_json_ld_of_the_french_resource_lists_the_same_editions(client, home, resource_editions):
    translate_page(resource_editions.get_parent().specific, "fr", title="Bibliothèque", slug="bibliotheque")
    french = translate_page(resource_editions, "fr", title="Guide naloxone")
    node = main_entity(client.get(french.url))
    assert node["name"] == "Guide naloxone"
    assert node["inLanguage"] == ["bg", "en", "fr"]
    # The reader's edition comes first.
    assert [item["inLanguage"] for item in node["encoding"]][0] == "fr"


def test_json_ld_of_a_resource_of_another_type_is_a_creative_work(client, home):
    resource = add_resource(add_library(home), "Factsheet", resource_type=add_term(ResourceType, "Factsheet"))
    node = main_entity(client.get(resource.url))
    assert node["@type"] == "CreativeWork"
    assert "encoding" not in node
    assert "inLanguage" not in node


@pytest.mark.parametrize("name", ["area", "country", "target", "setting", "evaluation", "page"])
def test_a_nul_character_in_a_filter_is_ignored(client, practices, name):
    """A NUL byte (%00) cannot go into a PostgreSQL query: the filter is ignored, not a server error."""
    response = client.get(practices.url, {name: "young\x00people"})
    assert response.status_code == 200
    assert listed(soup(response)) == ALL_BY_TITLE
