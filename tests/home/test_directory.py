"""The partner directory: server-side filters and their counts, pagination, partnerships on both
profiles, the network picture and its text alternative, in English and French."""

import pytest

from django.utils import translation

from home.models import Partnership
from home.models.organisations import REVERSE_LABELS, PartnershipKind
from tests.factories.network import add_directory, add_organisation, add_partnership, add_topic
from tests.factories.pages import translate_page
from tests.listings import filter_messages, options, robots, selected, soup, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(home):
    return {
        "harm": add_topic("Harm reduction"),
        "prevention": add_topic("Prevention"),
    }


@pytest.fixture
def directory(home, topics):
    """Three published organisations, one draft, and partnerships between them."""
    directory = add_directory(home, title="Partners", slug="partners")
    antwerp = add_organisation(directory, "Antwerp Outreach", country="BE", kind="ngo", topics=[topics["harm"]])
    brussels = add_organisation(
        directory, "Brussels City", country="BE", kind="city", topics=[topics["harm"], topics["prevention"]]
    )
    lyon = add_organisation(directory, "Lyon Prevention", country="FR", kind="ngo", topics=[topics["prevention"]])
    draft = add_organisation(directory, "Hidden Draft NGO", country="BE", kind="research", topics=[topics["harm"]])
    add_partnership(antwerp, brussels, kind="founding-member", start_year=2010)
    add_partnership(lyon, brussels, kind="member-of")
    add_partnership(antwerp, draft, kind="funder")
    draft.unpublish()
    directory.organisations = {"antwerp": antwerp, "brussels": brussels, "lyon": lyon, "draft": draft}
    return directory


def listed(document):
    """Titles of the organisations in the result list, in order."""
    return titles(document, "directory-list")


def test_unfiltered_directory_lists_published_organisations_with_counts(client, directory):
    document = soup(client.get("/en/partners/"))
    assert listed(document) == ["Antwerp Outreach", "Brussels City", "Lyon Prevention"]
    assert "3 organisations found" in document.find(id="results-heading").get_text(" ", strip=True)
    # The draft counts nowhere: Belgium has two published organisations, no kind "research".
    assert options(document, "country") == {"BE": "Belgium (2)", "FR": "France (1)"}
    assert options(document, "kind") == {"ngo": "NGO (2)", "city": "City (1)"}
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (2)"}
    assert robots(document) is None


def test_filter_by_country(client, directory):
    document = soup(client.get("/en/partners/", {"country": "BE"}))
    assert listed(document) == ["Antwerp Outreach", "Brussels City"]
    assert selected(document, "country") == ["BE"]
    # Counts of the other filters are those left within Belgium; the country's own counts ignore it.
    assert options(document, "kind") == {"ngo": "NGO (1)", "city": "City (1)"}
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (1)"}
    assert options(document, "country") == {"BE": "Belgium (2)", "FR": "France (1)"}
    # Lower case works too: the code is normalised.
    assert listed(soup(client.get("/en/partners/", {"country": "be"}))) == ["Antwerp Outreach", "Brussels City"]


def test_filter_by_kind(client, directory):
    document = soup(client.get("/en/partners/", {"kind": "ngo"}))
    assert listed(document) == ["Antwerp Outreach", "Lyon Prevention"]
    assert options(document, "country") == {"BE": "Belgium (1)", "FR": "France (1)"}
    assert options(document, "kind") == {"ngo": "NGO (2)", "city": "City (1)"}
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (1)", "prevention": "Prevention (1)"}


def test_filter_by_topic(client, directory):
    document = soup(client.get("/en/partners/", {"topic": "prevention"}))
    assert listed(document) == ["Brussels City", "Lyon Prevention"]
    assert selected(document, "topic") == ["prevention"]
    assert options(document, "country") == {"BE": "Belgium (1)", "FR": "France (1)"}
    assert options(document, "kind") == {"ngo": "NGO (1)", "city": "City (1)"}


def test_filters_combine(client, directory):
    document = soup(client.get("/en/partners/", {"country": "BE", "topic": "prevention"}))
    assert listed(document) == ["Brussels City"]
    assert "1 organisation found" in document.find(id="results-heading").get_text(" ", strip=True)
    assert options(document, "kind") == {"city": "City (1)"}
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (1)"}
    assert options(document, "country") == {"BE": "Belgium (1)", "FR": "France (1)"}

    empty = soup(client.get("/en/partners/", {"country": "FR", "kind": "city"}))
    assert listed(empty) == []
    assert "No organisation matches all these filters" in empty.get_text()


def test_unknown_filter_values_are_ignored_with_a_message(client, directory):
    for params, message in [
        ({"country": "XX"}, "“Country” has no value “XX”"),
        ({"kind": "alien"}, "“Kind of organisation” has no value “alien”"),
        ({"topic": "no-such-topic"}, "“Topic” has no value “no-such-topic”"),
        ({"country": "<script>", "kind": "'", "topic": "%00", "page": "x"}, "“Country” has no value “<script>”"),
        # NUL: refused by PostgreSQL in a query, never a 500.
        ({"topic": "harm\x00reduction", "country": "B\x00E"}, "“Topic” has no value “harm\ufffdreduction”"),
    ]:
        document = soup(client.get("/en/partners/", params))
        assert listed(document) == ["Antwerp Outreach", "Brussels City", "Lyon Prevention"], params
        assert message in filter_messages(document), params
        assert robots(document) == "noindex", params  # an address with junk in it is no page to index
    document = soup(client.get("/en/partners/", {"page": "999"}))
    assert listed(document) == ["Antwerp Outreach", "Brussels City", "Lyon Prevention"]
    assert filter_messages(document) == ""
    assert robots(document) is None


def test_filtered_pages_are_not_indexed(client, directory):
    assert robots(soup(client.get("/en/partners/"))) is None
    assert "noindex" in robots(soup(client.get("/en/partners/", {"kind": "city"})))
    assert "noindex" in robots(soup(client.get("/en/partners/", {"topic": "harm-reduction"})))


def test_pagination_keeps_the_filters(client, directory, monkeypatch):
    monkeypatch.setattr("home.models.organisations.DIRECTORY_PAGE_SIZE", 1)
    first = soup(client.get("/en/partners/", {"country": "BE"}))
    assert listed(first) == ["Antwerp Outreach"]
    next_link = first.find("a", rel="next")["href"]
    assert "country=BE" in next_link
    assert "page=2" in next_link
    second = soup(client.get(f"/en/partners/{next_link}"))
    assert listed(second) == ["Brussels City"]
    assert second.find("a", rel="next") is None
    previous = second.find("a", rel="prev")["href"]
    assert "country=BE" in previous
    # A later page of an unfiltered list is not indexed either.
    assert robots(soup(client.get("/en/partners/", {"page": "2"}))) is not None


def test_french_directory_filters_by_topics_of_the_source_language(client, home, directory, topics):
    """Translated profiles keep pointing at the English topics until editors choose French ones."""
    directory_fr = translate_page(directory, "fr", title="Partenaires", slug="partenaires")
    for organisation in directory.organisations.values():
        if organisation.live:
            translate_page(organisation, "fr", title=f"{organisation.title} (fr)")
    url = directory_fr.url
    document = soup(client.get(url))
    assert document.html["lang"] == "fr"
    assert listed(document) == ["Antwerp Outreach (fr)", "Brussels City (fr)", "Lyon Prevention (fr)"]
    # No French term yet: the English one is offered, and choosing it filters.
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (2)"}
    filtered = soup(client.get(url, {"topic": "prevention"}))
    assert listed(filtered) == ["Brussels City (fr)", "Lyon Prevention (fr)"]
    assert selected(filtered, "topic") == ["prevention"]


def test_french_directory_filters_by_french_topic_slug(client, home, directory, topics):
    directory_fr = translate_page(directory, "fr", title="Partenaires", slug="partenaires")
    for organisation in directory.organisations.values():
        if organisation.live:
            translate_page(organisation, "fr", title=f"{organisation.title} (fr)")
    add_topic("Réduction des risques", language="fr", slug="reduction-des-risques", translation_of=topics["harm"])
    document = soup(client.get(directory_fr.url))
    topic_options = options(document, "topic")
    assert topic_options["reduction-des-risques"] == "Réduction des risques (2)"
    assert "harm-reduction" not in topic_options
    filtered = soup(client.get(directory_fr.url, {"topic": "reduction-des-risques"}))
    assert listed(filtered) == ["Antwerp Outreach (fr)", "Brussels City (fr)"]
    assert selected(filtered, "topic") == ["reduction-des-risques"]
    # The cards name the topic in French.
    card_topics = [item.get_text(strip=True) for item in filtered.select(".directory-list .tag-list li")]
    assert "Réduction des risques" in card_topics
    assert "Harm reduction" not in card_topics


def partnership_lines(document):
    return [
        " ".join(item.select_one(".partnership-list__link").get_text(" ", strip=True).split())
        for item in document.select(".partnership-list__item")
    ]


def test_partnership_shows_on_both_profiles_with_the_reverse_label(client, directory):
    antwerp = directory.organisations["antwerp"]
    brussels = directory.organisations["brussels"]
    assert Partnership.objects.filter(kind="founding-member").count() == 1
    antwerp_page = soup(client.get(antwerp.url))
    assert partnership_lines(antwerp_page) == ["Founding member of Brussels City (since 2010)"]
    assert antwerp_page.select_one(".partnership-list__item a")["href"] == brussels.url
    brussels_page = soup(client.get(brussels.url))
    assert sorted(partnership_lines(brussels_page)) == [
        "Has as founding member Antwerp Outreach (since 2010)",
        "Has as member Lyon Prevention",
    ]


def test_partnership_shows_in_french_after_translation(client, directory):
    antwerp = directory.organisations["antwerp"]
    brussels = directory.organisations["brussels"]
    translate_page(directory, "fr", title="Partenaires", slug="partenaires")
    antwerp_fr = translate_page(antwerp, "fr", title="Travail de rue Anvers", slug="anvers")
    brussels_fr = translate_page(brussels, "fr", title="Ville de Bruxelles", slug="bruxelles")
    assert Partnership.objects.filter(kind="founding-member", locale__language_code="fr").count() == 1
    with translation.override("fr"):
        founding = str(PartnershipKind.FOUNDING_MEMBER.label)
        founded_with = str(REVERSE_LABELS[PartnershipKind.FOUNDING_MEMBER])
    antwerp_page = soup(client.get(antwerp_fr.url))
    [line] = partnership_lines(antwerp_page)
    assert line.startswith(f"{founding} Ville de Bruxelles ("), line
    assert antwerp_page.select_one(".partnership-list__item a")["href"] == brussels_fr.url
    brussels_page = soup(client.get(brussels_fr.url))
    lines = partnership_lines(brussels_page)
    assert any(line.startswith(f"{founded_with} Travail de rue Anvers") for line in lines), lines


def test_draft_organisations_appear_nowhere(client, directory):
    antwerp = directory.organisations["antwerp"]
    document = soup(client.get("/en/partners/"))
    text = document.get_text()
    assert "Hidden Draft NGO" not in text
    assert "Research institute" not in text
    # Not on the profiles of its partners either.
    assert "Hidden Draft NGO" not in client.get(antwerp.url).content.decode()
    assert client.get(directory.organisations["draft"].url).status_code == 404


def test_network_picture_and_its_text_alternative(client, directory):
    document = soup(client.get("/en/partners/"))
    graph = document.find("svg", attrs={"role": "img"})
    assert graph is not None
    assert graph.find("title").get_text(strip=True)
    node_labels = sorted(label.get_text(strip=True) for label in graph.select(".network__label"))
    assert node_labels == ["Antwerp Outreach", "Brussels City", "Lyon Prevention"]
    assert len(graph.select("path.network__edge")) == 2
    words = [" ".join(item.get_text(" ", strip=True).split()) for item in document.select(".network__list > li")]
    assert sorted(words) == [
        "Antwerp Outreach — Founding member of — Brussels City (since 2010)",
        "Lyon Prevention — Member of — Brussels City",
    ]


def test_network_can_be_switched_off(client, directory):
    directory.show_network = False
    directory.save_revision().publish()
    document = soup(client.get("/en/partners/"))
    assert document.find("svg", attrs={"role": "img"}) is None
    assert listed(document) == ["Antwerp Outreach", "Brussels City", "Lyon Prevention"]
