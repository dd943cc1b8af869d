"""The search page: stemming per language, isolation, facets, corrections, synonyms, safety."""

import datetime
import logging

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from portal.models.taxonomies import ResourceType, Topic
from search.models import SearchQueryRecord, SearchSynonym
from tests.factories.pages import add_standard_page, translate_page
from tests.factories.press import add_press_item, add_press_room
from tests.factories.resources import (
    add_document,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    add_term,
    make_pdf,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [link.text for link in soup(response).select(".search-result__title a")]


def facet_counts(response, facet):
    counts = {}
    for item in soup(response).select(f"input[type=checkbox][name={facet}]"):
        label = item.find_next("label")
        counts[item["value"]] = int(label.select_one(".search-facet__count").text.strip("()"))
    return counts


@pytest.fixture
def french_home(home):
    return home.get_translation(home.locale.__class__.objects.get(language_code="fr"))


def test_french_plurals_and_accents_find_the_same_words(client, french_home):
    add_standard_page(french_home, "Salles de consommation", listing_summary="La réduction des risques en ville.")
    add_standard_page(french_home, "Accès veineux", listing_summary="Prendre soin des veines.")
    assert titles(client.get("/fr/search/", {"q": "veineuses"})) == ["Accès veineux"]
    for query in ["réduction des risques", "reduction des risque", "REDUCTIONS", "risque"]:
        response = client.get("/fr/search/", {"q": query})
        assert titles(response) == ["Salles de consommation"], query
        assert not soup(response).select(".search-correction"), query  # found by stemming, not corrected


def test_italian_and_romanian_words_are_stemmed(client, home):
    italian = translate_page(home, "it", title="Home (it)")
    romanian = translate_page(home, "ro", title="Home (ro)")
    add_standard_page(italian, "Riduzione del danno", listing_summary="Le riduzioni del danno nelle città.")
    add_standard_page(romanian, "Prevenirea consumului", listing_summary="Prevenirea consumului de droguri.")
    for language, query, expected in [
        ("it", "riduzioni", "Riduzione del danno"),
        ("ro", "consumul", "Prevenirea consumului"),
    ]:
        response = client.get(f"/{language}/search/", {"q": query})
        assert titles(response) == [expected]
        assert not soup(response).select(".search-correction")


def test_results_come_from_the_readers_language_only_and_others_are_offered(client, home, french_home):
    add_standard_page(home, "Outreach manual", listing_summary="Street work.")
    add_standard_page(french_home, "Manuel du travail de rue", listing_summary="Travail de rue.")
    assert titles(client.get("/en/search/", {"q": "outreach"})) == ["Outreach manual"]
    page = soup(client.get("/fr/search/", {"q": "outreach"}))
    assert page.select(".search-result") == []
    offer = page.select_one(".search-other-languages a")
    assert offer["href"] == "/en/search/?q=outreach" and offer["hreflang"] == "en"


def test_a_typo_is_corrected_when_nothing_matches(client, french_home):
    add_standard_page(french_home, "La réduction des risques", listing_summary="Prévention et accompagnement.")
    page = soup(client.get("/fr/search/", {"q": "ruduction"}))
    assert [link.text for link in page.select(".search-result__title a")] == ["La réduction des risques"]
    assert "réduction" in page.select_one(".search-correction").text


def test_synonyms_editors_declare_find_each_other(client, french_home):
    add_standard_page(french_home, "La réduction des risques à Lyon", listing_summary="Accompagnement.")
    SearchSynonym.objects.create(language="fr", term="RdR", synonyms="réduction des risques")
    assert titles(client.get("/fr/search/", {"q": "rdr lyon"})) == ["La réduction des risques à Lyon"]
    # Declared for French only.
    assert titles(client.get("/en/search/", {"q": "rdr"})) == []


@pytest.fixture
def library(home):
    library = add_library(home)
    harm = add_term(Topic, "Harm reduction")
    hepatitis = add_term(Topic, "Hepatitis C")
    manual = add_term(ResourceType, "Manual")
    report = add_term(ResourceType, "Report")
    add_resource(
        library,
        "Outreach manual",
        topics=[harm],
        resource_type=manual,
        countries=["FR"],
        publication_date=datetime.date(2024, 1, 5),
    )
    add_resource(
        library,
        "Outreach report",
        topics=[harm, hepatitis],
        resource_type=report,
        countries=["BE"],
        publication_date=datetime.date(2024, 3, 1),
    )
    add_resource(
        library,
        "Outreach history",
        topics=[hepatitis],
        resource_type=report,
        countries=["FR"],
        publication_date=datetime.date(2010, 3, 1),
    )
    practices = add_practice_index(home)
    add_practice(practices, "Outreach in Ghent", topics=[harm], country="BE", start_year=2015)
    return {"harm": harm, "hepatitis": hepatitis, "manual": manual, "report": report}


def test_facet_counts_add_up_and_stay_right_under_combined_filters(client, library):
    response = client.get("/en/search/", {"q": "outreach"})
    types = facet_counts(response, "type")
    assert types == {"resource": 3, "practice": 1}
    assert sum(types.values()) == len(titles(response)) == 4
    assert facet_counts(response, "year") == {"2024": 2, "2015": 1, "2010": 1}

    harm = str(library["harm"].translation_key)
    response = client.get("/en/search/", {"q": "outreach", "topic": harm, "country": "FR"})
    assert titles(response) == ["Outreach manual"]
    # A chosen facet keeps offering its other values, counted with the other filters.
    assert facet_counts(response, "country") == {"FR": 1, "BE": 2}
    assert facet_counts(response, "topic")[harm] == 1
    assert facet_counts(response, "type") == {"resource": 1}

    # Each chosen value is also a plain link that takes it away.
    removals = [link["href"] for link in soup(response).select(".search-chosen a")]
    assert len(removals) == 2
    # Without the country: everything on the topic.
    assert sorted(titles(client.get("/en/search/" + removals[-1]))) == [
        "Outreach in Ghent",
        "Outreach manual",
        "Outreach report",
    ]

    # Several values of one facet widen; two facets narrow.
    response = client.get("/en/search/", {"q": "outreach", "country": ["FR", "BE"], "type": "resource"})
    assert sorted(titles(response)) == ["Outreach history", "Outreach manual", "Outreach report"]


def test_newest_first_sorts_by_date(client, library):
    assert titles(client.get("/en/search/", {"q": "outreach", "type": "resource", "sort": "newest"})) == [
        "Outreach report",
        "Outreach manual",
        "Outreach history",
    ]


def test_words_inside_files_are_found_and_the_edition_named(client, home, django_capture_on_commit_callbacks):
    library = add_library(home)
    with django_capture_on_commit_callbacks(execute=True):
        french_file = add_document("Manuel", make_pdf(["Le naloxone sauve des vies."]), "manuel.pdf")
        add_resource(library, "Outreach manual", files=[(french_file, "fr")])
    page = soup(client.get("/en/search/", {"q": "naloxone"}))
    assert [link.text for link in page.select(".search-result__title a")] == ["Outreach manual"]
    assert "Français" in page.select_one(".search-result__files").text
    assert page.select_one(".search-result__snippet mark").text == "naloxone"


def test_markup_in_content_and_query_is_escaped(client, home):
    add_standard_page(
        home,
        "Outreach <script>alert(1)</script>",
        slug="xss",
        listing_summary='Outreach "><img src=x onerror=alert(1)>',
    )
    response = client.get("/en/search/", {"q": 'outreach <script>alert("q")</script>'})
    html = response.content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_drafts_private_and_embargoed_pages_never_appear(client, home):
    add_standard_page(home, "Outreach public")
    add_standard_page(home, "Outreach draft").unpublish()
    private = add_standard_page(home, "Outreach private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    room = add_press_room(home)
    add_press_item(room, "Outreach embargo", release_at=timezone.now() + datetime.timedelta(days=2))
    response = client.get("/en/search/", {"q": "outreach"})
    assert titles(response) == ["Outreach public"]
    assert "embargo" not in response.content.decode().lower().replace("outreach embargo", "")
    assert client.get("/en/search/suggest/", {"q": "outreach"}).json()["results"] == [
        {"title": "Outreach public", "url": "/en/outreach-public/", "type": "Page"}
    ]


def test_suggestions_answer_json_for_the_readers_language(client, home, french_home):
    add_standard_page(home, "Outreach manual")
    add_standard_page(french_home, "Outreach en français")
    data = client.get("/en/search/suggest/", {"q": "outr"}).json()
    assert data == {
        "query": "outr",
        "results": [{"title": "Outreach manual", "url": "/en/outreach-manual/", "type": "Page"}],
    }
    assert client.get("/en/search/suggest/", {"q": "o"}).json()["results"] == []


def test_promotions_show_in_their_own_language(client, home, french_home):
    page = add_standard_page(home, "Naloxone kits")
    french = add_standard_page(french_home, "Kits de naloxone")
    query = Query.get("overdose")
    SearchPromotion.objects.create(query=query, page=page, sort_order=0)
    SearchPromotion.objects.create(query=query, page=french, sort_order=1)
    english = soup(client.get("/en/search/", {"q": "Overdose"}))
    assert [link.text for link in english.select(".search-promotion a")] == ["Naloxone kits"]
    assert [link.text for link in soup(client.get("/fr/search/", {"q": "overdose"})).select(".search-promotion a")] == [
        "Kits de naloxone"
    ]


def test_the_query_log_counts_searches_and_empty_ones_without_personal_data(client, home):
    add_standard_page(home, "Outreach manual")
    client.get("/en/search/", {"q": "Outreach"}, REMOTE_ADDR="10.0.0.1")
    client.get("/en/search/", {"q": "outreach"})
    client.get("/en/search/", {"q": "chemsex"})
    client.get("/en/search/", {"q": "outreach", "page": "2"})  # a further page is not a new search
    records = {record.query: record for record in SearchQueryRecord.objects.all()}
    assert (records["outreach"].searches, records["outreach"].empty_searches) == (2, 0)
    assert (records["chemsex"].searches, records["chemsex"].empty_searches) == (1, 1)
    fields = {field.name for field in SearchQueryRecord._meta.get_fields()}
    assert fields == {"id", "language", "query", "day", "searches", "empty_searches", "last_result_count"}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "outreach", "type": "unknown"},
        {"q": "outreach", "topic": "not-a-uuid"},
        {"q": "outreach", "country": "ZZ"},
        {"q": "outreach", "year": "-5"},
        {"q": "outreach", "sort": "sideways"},
        {"q": "outreach", "nonsense": "1"},
        {"q": "\u200foutreach\u200e"},
        {"q": "outreach", "page": "0"},
    ],
)
def test_unknown_filters_are_ignored_with_an_answer(client, home, params):
    add_standard_page(home, "Outreach manual")
    assert titles(client.get("/en/search/", params)) == ["Outreach manual"]


def test_ten_thousand_parameters_get_a_400_not_an_error(client, home):
    query = "&".join(f"p{number}=1" for number in range(10_000))
    assert client.get(f"/en/search/?q=outreach&{query}").status_code == 400


def test_the_search_page_makes_the_same_queries_for_3_or_60_results(client, home, django_assert_max_num_queries):
    library = add_library(home)
    topic = add_term(Topic, "Harm reduction")

    def queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/", {"q": "outreach", "topic": str(topic.translation_key)}).status_code == 200
        return len(captured)

    for number in range(3):
        add_resource(library, f"Outreach {number}", topics=[topic], countries=["FR"])
    queries()  # caches of sites and locales warmed
    few = queries()
    for number in range(3, 60):
        add_resource(library, f"Outreach {number}", topics=[topic], countries=["FR"])
    assert queries() == few
    # Search: synonyms, the count, facet counts (one query for the facets nobody chose, one for the
    # chosen topic), one page of results (on SQLite three: the ranking columns of the matches,
    # their scores, the documents of the page), topic labels (and resource-type labels when there are
    # any), promotions, the query log. The layout: site, site settings, locale, home page and
    # menus (two view-restriction checks, the language of the menu).
    assert few <= 17


@override_settings(
    WAGTAILSEARCH_BACKENDS={
        "default": {
            "BACKEND": "search.backends.LocalisedElasticsearchBackend",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {"BACKEND": "search.backends.database_backend"},
    },
    SEARCH_FALLBACK_BACKEND="database",
)
def test_an_unreachable_cluster_falls_back_to_the_database_and_publishing_still_works(client, home, caplog):
    with caplog.at_level(logging.WARNING):
        page = add_standard_page(home, "Outreach manual")  # indexing into the cluster fails quietly
        response = client.get("/en/search/", {"q": "outreach"})
    assert page.live
    assert titles(response) == ["Outreach manual"]
    assert "Search cluster unreachable" in caplog.text
    assert client.get("/en/search/suggest/", {"q": "outr"}).json()["results"][0]["title"] == "Outreach manual"
