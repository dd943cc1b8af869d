"""The resource library and practice examples: where their pages may be created, that they render in
English and French and are editable in the admin, the editions of a resource in the reader's language
first, and the library's filters, counts, sorting, pagination and RSS feeds."""

import datetime
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from portal.models import Audience, ResourceType, Topic
from resources.models import PracticeIndexPage, PracticePage, ResourceLibraryPage, ResourcePage
from tests.factories.network import add_directory, add_organisation
from tests.factories.pages import build_site, translate_page
from tests.factories.resources import (
    add_document,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    add_term,
    make_pdf,
    practice_form_data,
    resource_form_data,
)
from tests.listings import filter_messages, options, robots, selected, soup, titles

# --- Page tree, rendering, admin ------------------------------------------------------------------


class LibraryPageTreeTests(WagtailPageTestCase):
    def test_the_library_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ResourceLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(ResourceLibraryPage, {ResourcePage})
        self.assertCanCreateAt(HomePage, ResourceLibraryPage)
        self.assertCanNotCreateAt(StandardPage, ResourceLibraryPage)
        self.assertCanNotCreateAt(ResourceLibraryPage, ResourceLibraryPage)
        self.assertCanNotCreateAt(PracticeIndexPage, ResourceLibraryPage)

    def test_resources_live_in_the_library_only(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceLibraryPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertCanCreateAt(ResourceLibraryPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(StandardPage, ResourcePage)
        self.assertCanNotCreateAt(PracticeIndexPage, ResourcePage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)

    def test_practice_examples_live_under_the_home_page_and_practices_under_them(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())
        self.assertCanCreateAt(HomePage, PracticeIndexPage)
        self.assertCanCreateAt(PracticeIndexPage, PracticePage)
        self.assertCanNotCreateAt(HomePage, PracticePage)
        self.assertCanNotCreateAt(ResourceLibraryPage, PracticePage)
        self.assertCanNotCreateAt(StandardPage, PracticeIndexPage)
        self.assertCanNotCreateAt(PracticePage, PracticePage)

    def test_one_library_and_one_practice_list_per_home_page(self):
        home = build_site(languages=())
        self.assertTrue(ResourceLibraryPage.can_create_at(home))
        self.assertTrue(PracticeIndexPage.can_create_at(home))
        add_library(home)
        add_practice_index(home)
        self.assertFalse(ResourceLibraryPage.can_create_at(home))
        self.assertFalse(PracticeIndexPage.can_create_at(home))


class LibraryPagesRenderTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        harm = add_term(Topic, "Harm reduction")
        report = add_term(ResourceType, "Report")
        document = add_document("Naloxone guide", make_pdf(["Naloxone saves lives."]), "naloxone.pdf")
        cls.library = add_library(cls.home, introduction="Manuals, reports and factsheets.")
        cls.resource = add_resource(
            cls.library,
            "Naloxone guide",
            files=[(document, "en")],
            topics=[harm],
            resource_type=report,
            publication_date=datetime.date(2023, 5, 1),
            countries=["BE"],
        )
        cls.practices = add_practice_index(cls.home, introduction="What works, where.")
        cls.practice = add_practice(
            cls.practices, "Drug checking Ghent", city="Ghent", latitude="51.05434", longitude="3.71742"
        )
        cls.library_fr = translate_page(cls.library, "fr", title="Bibliothèque", slug="bibliotheque")
        cls.resource_fr = translate_page(cls.resource, "fr", title="Guide naloxone", slug="guide-naloxone")
        cls.practices_fr = translate_page(cls.practices, "fr", title="Pratiques", slug="pratiques")
        cls.practice_fr = translate_page(cls.practice, "fr", title="Analyse de drogues à Gand", city="Gand")

    def test_every_page_renders_in_english_and_french(self):
        for page in [
            self.library,
            self.resource,
            self.practices,
            self.practice,
            self.library_fr,
            self.resource_fr,
            self.practices_fr,
            self.practice_fr,
        ]:
            self.assertPageIsRenderable(page)

    def test_french_pages_are_french(self):
        for page, title in [
            (self.library_fr, "Bibliothèque"),
            (self.resource_fr, "Guide naloxone"),
            (self.practices_fr, "Pratiques"),
            (self.practice_fr, "Analyse de drogues à Gand"),
        ]:
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200, page.url)
            document = BeautifulSoup(response.content, "html.parser")
            self.assertEqual(document.html["lang"], "fr", page.url)
            self.assertEqual(document.h1.get_text(strip=True), title, page.url)

    def test_the_french_library_lists_the_french_resource(self):
        response = self.client.get(self.library_fr.url)
        self.assertContains(response, "Guide naloxone")
        self.assertContains(response, f'href="{self.resource_fr.url}"')
        self.assertNotContains(response, f'href="{self.resource.url}"')


class LibraryAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.topic = add_term(Topic, "Harm reduction")
        cls.report = add_term(ResourceType, "Report")
        cls.english = add_document("Guide (en)", make_pdf(["Naloxone saves lives."]), "guide-en.pdf")
        cls.bulgarian = add_document("Guide (bg)", make_pdf(["Налоксонът спасява животи."]), "guide-bg.pdf")

    def setUp(self):
        self.user = self.login()

    def test_editor_builds_the_library_in_the_admin(self):
        self.assertEqual(
            self.client.get(f"/admin/pages/add/resources/resourcelibrarypage/{self.home.pk}/").status_code, 200
        )
        self.assertCanCreate(
            self.home,
            ResourceLibraryPage,
            {"title": "Library", "slug": "library", "introduction": "Everything we publish."},
        )
        library = ResourceLibraryPage.objects.get(slug="library")
        self.assertEqual(self.client.get(f"/admin/pages/add/resources/resourcepage/{library.pk}/").status_code, 200)
        self.assertCanCreate(
            library,
            ResourcePage,
            resource_form_data(
                "Naloxone guide",
                files=[(self.english, "en"), (self.bulgarian, "bg")],
                topics=[self.topic],
                resource_type=self.report,
            ),
        )
        resource = ResourcePage.objects.get(slug="naloxone-guide")
        self.assertTrue(resource.live)
        self.assertEqual(
            [(file.document_id, file.language) for file in resource.files.all()],
            [(self.english.pk, "en"), (self.bulgarian.pk, "bg")],
        )
        self.assertEqual(list(resource.topics.all()), [self.topic])
        self.assertEqual(resource.resource_type, self.report)
        self.assertEqual(resource.publication_date, datetime.date(2024, 3, 1))
        self.assertEqual([country.code for country in resource.countries], ["BE"])
        self.assertEqual(sorted(tag.name for tag in resource.tags.all()), ["naloxone", "overdose"])
        self.assertContains(self.client.get(resource.url), "Naloxone guide")

    def test_a_file_needs_its_language_to_be_published(self):
        library = add_library(self.home)
        data = resource_form_data("No language", files=[(self.english, "")], action="action-publish")
        response = self.client.post(f"/admin/pages/add/resources/resourcepage/{library.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This field is required.")
        self.assertFalse(ResourcePage.objects.filter(slug="no-language").exists())

    def test_editor_builds_the_practice_examples_in_the_admin(self):
        self.assertEqual(
            self.client.get(f"/admin/pages/add/resources/practiceindexpage/{self.home.pk}/").status_code, 200
        )
        self.assertCanCreate(
            self.home, PracticeIndexPage, {"title": "Practices", "slug": "practices", "introduction": "What works."}
        )
        index = PracticeIndexPage.objects.get(slug="practices")
        partner = add_organisation(add_directory(self.home), "Ghent University")
        self.assertEqual(self.client.get(f"/admin/pages/add/resources/practicepage/{index.pk}/").status_code, 200)
        self.assertCanCreate(
            index, PracticePage, practice_form_data("Festival drug checking", partners=[(partner, "Runs the lab")])
        )
        practice = PracticePage.objects.get(slug="festival-drug-checking")
        self.assertTrue(practice.live)
        self.assertEqual((practice.city, practice.country.code, practice.start_year), ("Ghent", "BE", 2018))
        self.assertEqual((practice.ongoing, practice.evaluation_status), (True, "in-progress"))
        self.assertEqual(
            [(row.organisation_id, row.role) for row in practice.partners.all()], [(partner.pk, "Runs the lab")]
        )
        self.assertContains(self.client.get(practice.url), "Festival drug checking")

    def test_practice_rules_are_shown_to_the_editor(self):
        index = add_practice_index(self.home)
        cases = [
            ({"start_year": "2020", "end_year": "2019", "ongoing": None}, "The practice cannot end before it starts."),
            ({"start_year": "2018", "end_year": "2022"}, "A practice with an end year is not ongoing"),
            ({"latitude": "51.05", "longitude": ""}, "Give both latitude and longitude, or neither."),
        ]
        for overrides, message in cases:
            response = self.client.post(
                f"/admin/pages/add/resources/practicepage/{index.pk}/",
                practice_form_data("Refused practice", action="action-publish", **overrides),
            )
            self.assertEqual(response.status_code, 200, message)
            self.assertContains(response, message)
            self.assertFalse(PracticePage.objects.filter(slug="refused-practice").exists(), message)

    def test_library_pages_are_editable_and_previewable(self):
        library = add_library(self.home, introduction="Everything.")
        resource = add_resource(library, "Naloxone guide", files=[(self.english, "en")], topics=[self.topic])
        practices = add_practice_index(self.home)
        practice = add_practice(practices, "Festival drug checking")
        [english_row] = resource.files.all()
        cases = [
            (library, {"title": "Library (edited)", "slug": "library", "introduction": "Everything."}),
            (
                resource,
                resource_form_data(
                    "Naloxone guide (edited)",
                    slug="naloxone-guide",
                    files=[(self.english, "en", english_row.pk), (self.bulgarian, "bg")],
                    topics=[self.topic],
                ),
            ),
            (practices, {"title": "Practices (edited)", "slug": "practices", "introduction": ""}),
            (practice, practice_form_data("Festival drug checking (edited)", slug="festival-drug-checking")),
        ]
        for page, data in cases:
            name = type(page).__name__
            edit_url = f"/admin/pages/{page.pk}/edit/"
            self.assertEqual(self.client.get(edit_url).status_code, 200, name)
            self.assertRedirects(self.client.post(edit_url, data), edit_url, msg_prefix=name)
            latest = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
            self.assertEqual(latest.title, data["title"], name)
            self.assertPageIsPreviewable(page, post_data=data)
            self.client.force_login(self.user)
            preview_url = f"{edit_url}preview/"
            previewed = {**data, "title": data["title"].replace("(edited)", "(previewed)")}
            self.assertEqual(self.client.post(preview_url, previewed).json(), {"is_valid": True, "is_available": True})
            self.assertContains(self.client.get(preview_url, {"mode": ""}), "(previewed)", msg_prefix=name)

        # The draft of the resource keeps both editions, in order.
        draft = ResourcePage.objects.get(pk=resource.pk).get_latest_revision_as_object()
        self.assertEqual([file.language for file in draft.files.all()], ["en", "bg"])


# --- Editions in the reader's language ---------------------------------------------------------------


def edition_languages(document):
    """The languages of the download links, in the order the page offers them: main ones, then the others."""
    return [link["hreflang"] for link in document.select(".downloads a[hreflang]")]


def other_edition_names(document):
    return [item.get_text(strip=True) for item in document.select(".edition-list a span[lang]")]


@pytest.fixture
def editions(home, django_capture_on_commit_callbacks):
    """A resource with English, French and Bulgarian editions (their PDFs read), translated into French."""
    library = add_library(home)
    with django_capture_on_commit_callbacks(execute=True):
        files = [
            (add_document("Guide (bg)", make_pdf(["Наръчник", "втора страница"]), "guide-bg.pdf"), "bg"),
            (add_document("Guide (en)", make_pdf(["Guide"]), "guide-en.pdf"), "en"),
            (add_document("Guide (fr)", make_pdf(["Guide", "deux", "trois"]), "guide-fr.pdf"), "fr"),
        ]
    resource = add_resource(library, "Naloxone guide", files=files)
    translate_page(library, "fr", title="Bibliothèque", slug="bibliotheque")
    resource_fr = translate_page(resource, "fr", title="Guide naloxone", slug="guide-naloxone")
    return {"en": resource, "fr": resource_fr, "documents": {language: document for document, language in files}}


def test_the_english_page_offers_the_english_edition_first(client, editions):
    document = soup(client.get(editions["en"].url))
    assert edition_languages(document) == ["en", "fr", "bg"]
    main = document.select_one(".downloads__main a")
    assert main["href"] == editions["documents"]["en"].url
    assert "English" in main.get_text()
    # The others are named in their own language, sorted by that name (Latin letters before Cyrillic).
    assert other_edition_names(document) == ["Français", "Български"]
    assert document.select_one(".downloads .notice") is None


def test_the_french_translation_offers_the_french_edition_first(client, editions):
    document = soup(client.get(editions["fr"].url))
    assert edition_languages(document) == ["fr", "en", "bg"]
    main = document.select_one(".downloads__main a")
    assert main["href"] == editions["documents"]["fr"].url
    # Format, page count (read from the PDF) and language of the main edition.
    assert "PDF" in main.get_text()
    assert "3 pages" in main.get_text()
    assert other_edition_names(document) == ["English", "Български"]
    assert document.select_one('.edition-list span[lang="bg"]').get_text(strip=True) == "Български"


def test_a_resource_without_the_readers_language_says_so_and_offers_the_others(client, home):
    library = add_library(home)
    resource = add_resource(
        library,
        "Bulgarian handbook",
        files=[
            (add_document("bg", make_pdf(["Наръчник"]), "bg.pdf"), "bg"),
            (add_document("de", make_pdf(["Handbuch"]), "de.pdf"), "de"),
        ],
    )
    translate_page(library, "fr", title="Bibliothèque", slug="bibliotheque")
    resource_fr = translate_page(resource, "fr", title="Manuel bulgare", slug="manuel-bulgare")

    english = soup(client.get(resource.url))
    notice = english.select_one(".downloads .notice")
    assert notice is not None
    assert "not available in English" in notice.get_text(" ", strip=True)
    # The first edition by language name leads (Deutsch before Български), the other follows.
    assert edition_languages(english) == ["de", "bg"]

    french = soup(client.get(resource_fr.url))
    assert french.select_one(".downloads .notice") is not None
    assert edition_languages(french) == ["de", "bg"]


def test_a_resource_without_files_renders_with_a_notice(client, home):
    resource = add_resource(add_library(home), "Coming soon")
    document = soup(client.get(resource.url))
    assert edition_languages(document) == []
    assert "No file is attached to this resource yet." in document.select_one(".downloads").get_text(" ", strip=True)


# --- The library's listing ---------------------------------------------------------------------------


def listed(document):
    """Titles of the resources in the result list, in order."""
    return titles(document, "resource-list")


def results_heading(document):
    return " ".join(document.find(id="results-heading").get_text(" ", strip=True).split())


def feed_link(document):
    [link] = document.select('head link[rel="alternate"][type="application/rss+xml"]')
    return link["href"]


@pytest.fixture
def library(home):
    """Four published resources, a draft and a private one, with French translations of the library
    and of the published resources; English and French names of the topics."""
    topics = {
        "harm": add_term(Topic, "Harm reduction"),
        "prevention": add_term(Topic, "Prevention"),
    }
    add_term(Topic, "Réduction des risques", language="fr", translation_of=topics["harm"])
    types = {"report": add_term(ResourceType, "Report"), "manual": add_term(ResourceType, "Manual")}
    audiences = {
        "professionals": add_term(Audience, "Professionals"),
        "policy": add_term(Audience, "Policy makers"),
    }

    def files(*languages, name="file"):
        return [(add_document(f"{name} ({code})", make_pdf([name]), f"{name}-{code}.pdf"), code) for code in languages]

    library = add_library(home, introduction="Manuals, reports and factsheets.")
    resources = {
        "naloxone": add_resource(
            library,
            "Naloxone manual",
            files=files("en", "fr", "bg", name="naloxone"),
            topics=[topics["harm"]],
            resource_type=types["manual"],
            publication_date=datetime.date(2023, 5, 1),
            countries=["BE", "BG"],
            audiences=[audiences["professionals"]],
        ),
        "checking": add_resource(
            library,
            "Drug checking report",
            files=files("en", name="checking"),
            topics=[topics["harm"], topics["prevention"]],
            resource_type=types["report"],
            publication_date=datetime.date(2021, 9, 1),
            countries=["FR"],
            audiences=[audiences["policy"]],
        ),
        "school": add_resource(
            library,
            "School prevention toolkit",
            files=files("fr", name="school"),
            topics=[topics["prevention"]],
            resource_type=types["manual"],
            publication_date=datetime.date(2024, 2, 1),
            countries=["FR", "BE"],
            audiences=[audiences["professionals"]],
        ),
        "annual": add_resource(
            library,
            "Annual report 2019",
            files=files("en", "bg", name="annual"),
            resource_type=types["report"],
            publication_date=datetime.date(2019, 12, 1),
            countries=["BG"],
        ),
    }
    draft = add_resource(
        library,
        "Draft guidance",
        files=files("bg", "de", name="draft"),
        topics=[topics["harm"]],
        resource_type=types["report"],
        publication_date=datetime.date(2025, 6, 1),
        countries=["DE"],
        audiences=[audiences["policy"]],
    )
    draft.unpublish()
    private = add_resource(
        library,
        "Members briefing",
        files=files("de", name="private"),
        topics=[topics["harm"]],
        resource_type=types["report"],
        publication_date=datetime.date(2022, 3, 1),
        countries=["DE"],
        audiences=[audiences["policy"]],
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    library_fr = translate_page(library, "fr", title="Bibliothèque", slug="bibliotheque")
    french_titles = {
        "naloxone": "Manuel naloxone",
        "checking": "Rapport sur l'analyse de drogues",
        "school": "Boîte à outils scolaire",
        "annual": "Rapport annuel 2019",
    }
    for key, title in french_titles.items():
        translate_page(resources[key], "fr", title=title)
    library.fr = library_fr
    library.resources = resources
    library.hidden = {"draft": draft, "private": private}
    return library


ALL_NEWEST_FIRST = ["School prevention toolkit", "Naloxone manual", "Drug checking report", "Annual report 2019"]


def test_the_library_lists_published_resources_newest_first_with_counts(client, library):
    document = soup(client.get(library.url))
    assert listed(document) == ALL_NEWEST_FIRST
    assert results_heading(document) == "4 resources found"
    # The draft and the private resource count nowhere (no German file, no 2025, no 2022, no Germany).
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (2)"}
    assert options(document, "type") == {"manual": "Manual (2)", "report": "Report (2)"}
    assert options(document, "language") == {"bg": "Български (2)", "en": "English (3)", "fr": "Français (2)"}
    assert options(document, "country") == {"BE": "Belgium (2)", "BG": "Bulgaria (2)", "FR": "France (2)"}
    assert options(document, "audience") == {"policy-makers": "Policy makers (1)", "professionals": "Professionals (2)"}
    assert options(document, "year") == {"2024": "2024 (1)", "2023": "2023 (1)", "2021": "2021 (1)", "2019": "2019 (1)"}
    assert robots(document) is None
    # Each card names its files' languages in those languages.
    card = document.select(".resource-list .resource-card")[1]
    assert [span.get_text() for span in card.select("dd span[lang]")] == ["English", "Français", "Български"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "harm-reduction"}, ["Naloxone manual", "Drug checking report"]),
        ({"type": "report"}, ["Drug checking report", "Annual report 2019"]),
        ({"language": "bg"}, ["Naloxone manual", "Annual report 2019"]),
        ({"language": "fr"}, ["School prevention toolkit", "Naloxone manual"]),
        ({"country": "FR"}, ["School prevention toolkit", "Drug checking report"]),
        ({"country": "bg"}, ["Naloxone manual", "Annual report 2019"]),
        ({"audience": "professionals"}, ["School prevention toolkit", "Naloxone manual"]),
        ({"year": "2021"}, ["Drug checking report"]),
    ],
)
def test_each_filter_narrows_the_list(client, library, params, expected):
    document = soup(client.get(library.url, params))
    assert listed(document) == expected
    [(name, value)] = params.items()
    assert selected(document, name) == [value.upper() if name == "country" else value]
    assert results_heading(document) == f"{len(expected)} resource{'s' if len(expected) > 1 else ''} found"


def test_counts_are_those_left_by_the_other_filters(client, library):
    document = soup(client.get(library.url, {"topic": "harm-reduction"}))
    assert options(document, "type") == {"manual": "Manual (1)", "report": "Report (1)"}
    assert options(document, "language") == {"bg": "Български (1)", "en": "English (2)", "fr": "Français (1)"}
    assert options(document, "country") == {"BE": "Belgium (1)", "BG": "Bulgaria (1)", "FR": "France (1)"}
    assert options(document, "year") == {"2023": "2023 (1)", "2021": "2021 (1)"}
    # The topic's own counts ignore the topic filter.
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (2)"}


def test_filters_combine(client, library):
    document = soup(client.get(library.url, {"topic": "prevention", "language": "fr"}))
    assert listed(document) == ["School prevention toolkit"]
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (1)", "prevention": "Prevention (1)"}
    assert options(document, "language") == {"en": "English (1)", "fr": "Français (1)"}
    assert options(document, "type") == {"manual": "Manual (1)"}

    document = soup(client.get(library.url, {"type": "report", "country": "BG", "language": "bg"}))
    assert listed(document) == ["Annual report 2019"]
    document = soup(client.get(library.url, {"type": "manual", "audience": "professionals", "year": "2023"}))
    assert listed(document) == ["Naloxone manual"]


def test_no_result_says_so(client, library):
    document = soup(client.get(library.url, {"topic": "prevention", "language": "bg"}))
    assert listed(document) == []
    assert results_heading(document) == "0 resources found"
    assert "No resource matches all these filters" in document.select_one(".empty-state").get_text()
    # The chosen values stay chosen, so the reader can undo one.
    assert selected(document, "topic") == ["prevention"]
    assert selected(document, "language") == ["bg"]
    assert options(document, "language")["bg"] == "Български (0)"


def test_the_french_library_filters_by_the_language_of_the_files(client, library):
    """The interface is French; the reader asks for resources that have a Bulgarian file."""
    document = soup(client.get(library.fr.url, {"language": "bg"}))
    assert document.html["lang"] == "fr"
    assert listed(document) == ["Manuel naloxone", "Rapport annuel 2019"]
    assert selected(document, "language") == ["bg"]
    assert options(document, "language") == {"bg": "Български (2)", "en": "English (3)", "fr": "Français (2)"}
    # Topics are offered in French where a French term exists, and filter by either slug.
    assert options(document, "topic") == {"reduction-des-risques": "Réduction des risques (1)"}
    assert listed(soup(client.get(library.fr.url, {"topic": "reduction-des-risques"}))) == [
        "Manuel naloxone",
        "Rapport sur l'analyse de drogues",
    ]
    assert listed(soup(client.get(library.fr.url, {"topic": "harm-reduction"}))) == [
        "Manuel naloxone",
        "Rapport sur l'analyse de drogues",
    ]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ALL_NEWEST_FIRST),
        ("oldest", list(reversed(ALL_NEWEST_FIRST))),
        ("title", ["Annual report 2019", "Drug checking report", "Naloxone manual", "School prevention toolkit"]),
    ],
)
def test_sort_orders(client, library, sort, expected):
    document = soup(client.get(library.url, {"sort": sort}))
    assert listed(document) == expected
    assert selected(document, "sort") == [sort]


def test_sort_keeps_the_filters(client, library):
    document = soup(client.get(library.url, {"topic": "harm-reduction", "sort": "oldest"}))
    assert listed(document) == ["Drug checking report", "Naloxone manual"]


def test_pagination_keeps_filters_and_sort(client, library, monkeypatch):
    monkeypatch.setattr("resources.models.library.LIBRARY_PAGE_SIZE", 1)
    first = soup(client.get(library.url, {"language": "bg", "sort": "title"}))
    assert listed(first) == ["Annual report 2019"]
    next_link = first.find("a", rel="next")["href"]
    assert parse_qs(urlsplit(next_link).query) == {"language": ["bg"], "sort": ["title"], "page": ["2"]}
    second = soup(client.get(f"{library.url}{next_link}"))
    assert listed(second) == ["Naloxone manual"]
    assert second.find("a", rel="next") is None
    assert "language=bg" in second.find("a", rel="prev")["href"]
    # A later page is not indexed; the feed link leaves page and sort out.
    assert robots(second) is not None
    assert parse_qs(urlsplit(feed_link(second)).query) == {"language": ["bg"]}


def test_filtered_and_sorted_lists_are_not_indexed(client, library):
    assert robots(soup(client.get(library.url))) is None
    for params in [{"topic": "prevention"}, {"language": "bg"}, {"year": "2023"}, {"sort": "title"}]:
        assert "noindex" in robots(soup(client.get(library.url, params))), params


def test_the_rss_link_carries_the_filters(client, library):
    document = soup(client.get(library.url))
    assert feed_link(document) == f"{library.url}feed/"

    document = soup(client.get(library.url, {"topic": "harm-reduction", "language": "bg", "sort": "title"}))
    link = feed_link(document)
    assert urlsplit(link).path == f"{library.url}feed/"
    assert parse_qs(urlsplit(link).query) == {"topic": ["harm-reduction"], "language": ["bg"]}
    # The visible link says the same.
    assert document.select_one(".feed-link a")["href"] == link


def parse_feed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own server's output, not untrusted XML)
    assert root.tag == "rss"
    return root.find("channel")


def test_the_feed_lists_the_filtered_resources_newest_first(client, library):
    channel = parse_feed(client.get(f"{library.url}feed/", {"topic": "harm-reduction"}))
    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "Library: Harm reduction"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Naloxone manual", "Drug checking report"]
    links = [item.findtext("link") for item in channel.findall("item")]
    assert links[0].endswith(library.resources["naloxone"].url)

    channel = parse_feed(client.get(f"{library.url}feed/"))
    assert [item.findtext("title") for item in channel.findall("item")] == ALL_NEWEST_FIRST
    assert channel.findtext("title") == "Library"


def test_the_feed_names_itself_with_its_filters(client, library):
    """Feed readers subscribe to the atom:link rel="self": it must be this very feed, filters and all."""
    params = {"topic": "harm-reduction", "language": "bg", "page": "2", "sort": "title"}
    channel = parse_feed(client.get(f"{library.url}feed/", params))
    [own] = [link for link in channel.findall("{http://www.w3.org/2005/Atom}link") if link.get("rel") == "self"]
    address = urlsplit(own.get("href"))
    assert address.scheme in ("http", "https") and address.netloc
    assert address.path == f"{library.url}feed/"
    assert parse_qs(address.query) == {"topic": ["harm-reduction"], "language": ["bg"]}


def test_the_french_feed_is_french(client, library):
    channel = parse_feed(client.get(f"{library.fr.url}feed/", {"language": "bg"}))
    assert channel.findtext("language") == "fr"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Manuel naloxone", "Rapport annuel 2019"]
    assert all("/fr/" in item.findtext("link") for item in channel.findall("item"))


def test_drafts_and_private_resources_are_never_listed_counted_or_in_the_feed(client, library):
    for params in [{}, {"topic": "harm-reduction"}, {"language": "de"}, {"country": "DE"}, {"year": "2022"}]:
        response = client.get(library.url, params)
        assert b"Draft guidance" not in response.content, params
        assert b"Members briefing" not in response.content, params
        document = soup(response)
        # Offered only when chosen, and then with nothing behind it.
        assert options(document, "language").get("de", "(0)").endswith("(0)"), params
        assert options(document, "country").get("DE", "(0)").endswith("(0)"), params
        assert options(document, "year").get("2022", "(0)").endswith("(0)"), params
        assert "2025" not in options(document, "year"), params
        assert "Deutsch" not in " ".join(span.get_text() for span in document.select(".resource-list span[lang]"))
        feed = client.get(f"{library.url}feed/", params).content
        assert b"Draft guidance" not in feed, params
        assert b"Members briefing" not in feed, params
    assert listed(soup(client.get(library.url, {"language": "de"}))) == []


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        ({"year": "abcd"}, "Year"),
        ({"year": "20234"}, "Year"),
        # Superscript digits: str.isdigit() says yes, int() refuses them.
        ({"year": "²⁰²⁴"}, "Year"),
        ({"topic": "nope"}, "Topic"),
        ({"country": "ZZ"}, "Country"),
        ({"type": "poem"}, "Type"),
        ({"language": "xx"}, "Language of the document"),
        ({"audience": "martians"}, "Audience"),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, library, params, ignored):
    response = client.get(library.url, params)
    document = soup(response)
    assert listed(document) == ALL_NEWEST_FIRST
    [(name, value)] = params.items()
    message = filter_messages(document)
    assert f"“{ignored}”" in message
    assert f"“{value}”" in message
    # The address still carries a filter: not indexed, and it can be cleared.
    assert "noindex" in robots(document)
    assert document.select_one(".filters__clear")["href"] == library.url
    assert client.get(f"{library.url}feed/", params).status_code == 200


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"page": "999"}, ["Annual report 2019"]),  # past the end: the last page
        ({"page": "abc"}, ["School prevention toolkit"]),  # not a number: the first
        ({"page": "-1"}, ["Annual report 2019"]),
        ({"page": "0"}, ["Annual report 2019"]),
        ({"sort": "bogus"}, ["School prevention toolkit"]),  # unknown sort: newest first
        ({"sort": "-publication_date"}, ["School prevention toolkit"]),
        ({"sort": "bogus", "page": "2"}, ["Naloxone manual"]),
    ],
)
def test_bad_page_and_sort_values_fall_back(client, library, monkeypatch, params, expected):
    monkeypatch.setattr("resources.models.library.LIBRARY_PAGE_SIZE", 1)
    document = soup(client.get(library.url, params))
    assert listed(document) == expected
    assert selected(document, "sort") == ["newest"]


HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.mark.parametrize(
    "params",
    [
        {"topic": HOSTILE},
        {"country": HOSTILE, "year": HOSTILE, "type": "'\""},
        {"language": "x" * 5000},
        {"audience": "%00\x00", "sort": HOSTILE},
        {"topic": "harm-reduction", "unknown": HOSTILE},
    ],
)
def test_hostile_values_never_fail_nor_come_back_as_html(client, library, params):
    response = client.get(library.url, params)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "onerror=alert(2)>" not in content
    assert "<img src=x" not in content
    feed = client.get(f"{library.url}feed/", params)
    assert feed.status_code == 200
    assert b"<script>" not in feed.content
    ElementTree.fromstring(feed.content)  # noqa: S314 (our own server's output, not untrusted XML)


def test_a_very_long_value_is_reported_shortened(client, library):
    document = soup(client.get(library.url, {"language": "x" * 5000}))
    message = filter_messages(document)
    assert "x" * 100 in message
    assert "x" * 101 not in message


def test_filter_links_on_a_resource_lead_to_the_filtered_library(client, library):
    resource = library.resources["checking"]
    document = soup(client.get(resource.url))
    links = [link["href"] for link in document.select(".tag-list a")]
    assert f"{library.url}?topic=harm-reduction" in links
    assert f"{library.url}?country=FR" in links
    assert f"{library.url}?audience=policy-makers" in links
    assert listed(soup(client.get(f"{library.url}?topic=prevention"))) == [
        "School prevention toolkit",
        "Drug checking report",
    ]


@pytest.mark.parametrize("name", ["topic", "type", "language", "country", "audience", "year", "sort", "page"])
def test_a_nul_character_in_a_filter_is_ignored(client, library, name):
    """A NUL byte (%00) cannot go into a PostgreSQL query: the filter is ignored, not a server error."""
    response = client.get(library.url, {name: "harm\x00reduction"})
    assert response.status_code == 200
    assert listed(soup(response)) == ALL_NEWEST_FIRST
    assert client.get(f"{library.url}feed/", {name: "harm\x00reduction"}).status_code == 200
