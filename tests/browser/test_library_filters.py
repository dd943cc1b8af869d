"""A French reader filters the library by topic and by the language of the documents in a real
browser; the filtered page is valid HTML and passes axe-core's WCAG 2.2 A/AA rules."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from portal.models import ResourceType, Topic
from tests.browser.checkers import format_axe_violations, format_html_errors, install_axe, keep_on_origin, run_axe
from tests.factories.pages import build_site, translate_page
from tests.factories.resources import add_document, add_library, add_resource, add_term, make_pdf

pytestmark = pytest.mark.browser


@pytest.fixture
def french_library(
    _post_migration_data_restored_at_exit, django_db_serialized_rollback, live_server, settings, tmp_path
):
    """A library of four resources in English and French, served by `live_server`.

    Like `demo_content`, it needs the transactional database the live server reads, with the rows
    migrations create restored by serialized rollback. Request it before the browser fixtures, so
    its ORM work runs before Playwright's loop starts.
    """
    settings.MEDIA_ROOT = str(tmp_path / "media")
    home = build_site(languages=("fr",))
    harm = add_term(Topic, "Harm reduction")
    add_term(Topic, "Réduction des risques", language="fr", slug="reduction-des-risques", translation_of=harm)
    prevention = add_term(Topic, "Prevention")
    add_term(Topic, "Prévention", language="fr", slug="prevention", translation_of=prevention)
    manual = add_term(ResourceType, "Manual")
    add_term(ResourceType, "Manuel", language="fr", slug="manuel", translation_of=manual)

    def files(name, *languages):
        return [(add_document(f"{name} ({code})", make_pdf([name]), f"{name}-{code}.pdf"), code) for code in languages]

    library = add_library(home, introduction="Manuals, reports and factsheets.")
    resources = [
        ("Naloxone manual", "Manuel naloxone", [harm], ("en", "fr", "bg"), datetime.date(2023, 5, 1)),
        (
            "Drug checking report",
            "Rapport sur l'analyse de drogues",
            [harm, prevention],
            ("en",),
            datetime.date(2021, 9, 1),
        ),
        ("Annual report", "Rapport annuel", [harm], ("bg",), datetime.date(2019, 12, 1)),
        ("School toolkit", "Boîte à outils scolaire", [prevention], ("fr", "bg"), datetime.date(2024, 2, 1)),
    ]
    library_fr = translate_page(library, "fr", title="Bibliothèque", slug="bibliotheque")
    for title, french_title, topics, languages, date in resources:
        resource = add_resource(
            library,
            title,
            files=files(title.split()[0].lower(), *languages),
            topics=topics,
            resource_type=manual,
            publication_date=date,
        )
        translate_page(resource, "fr", title=french_title)
    return live_server.url + library_fr.url


def option_labels(page, name):
    """The labels of a filter's choices, the empty "all" choice left out."""
    return [label.strip() for label in page.locator(f'select[name="{name}"] option:not([value=""])').all_inner_texts()]


def test_french_reader_filters_by_topic_and_document_language(
    french_library, browser_context, html_checker, axe_source
):
    keep_on_origin(browser_context, french_library)
    install_axe(browser_context, axe_source)
    page = browser_context.new_page()
    page.goto(french_library)
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Bibliothèque"
    assert page.locator("#results-heading").inner_text() == "4 ressources trouvées"
    # The choices are counted, topics named in French, languages named in themselves.
    assert "Réduction des risques (3)" in option_labels(page, "topic")
    assert option_labels(page, "language") == ["English (2)", "Français (2)", "Български (3)"]

    page.get_by_label("Thématique").select_option("reduction-des-risques")
    page.get_by_label("Langue du document").select_option("bg")
    with page.expect_navigation():
        page.get_by_role("button", name="Afficher les ressources").click()

    query = parse_qs(urlsplit(page.url).query)
    assert query["topic"] == ["reduction-des-risques"]
    assert query["language"] == ["bg"]
    assert urlsplit(page.url).path == urlsplit(french_library).path
    titles = page.locator(".resource-list .card__title a").all_inner_texts()
    assert titles == ["Manuel naloxone", "Rapport annuel"]
    assert page.locator("#results-heading").inner_text() == "2 ressources trouvées"
    # The choices stay chosen, and the counts are those left by the other filter.
    assert page.get_by_label("Thématique").input_value() == "reduction-des-risques"
    assert page.get_by_label("Langue du document").input_value() == "bg"
    assert "Réduction des risques (2)" in option_labels(page, "topic")
    assert "Prévention (1)" in option_labels(page, "topic")
    assert option_labels(page, "language") == ["English (2)", "Français (1)", "Български (2)"]
    # The feed follows the same filters.
    feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]').get_attribute("href")
    assert parse_qs(urlsplit(feed).query) == {"topic": ["reduction-des-risques"], "language": ["bg"]}

    html = page.request.get(page.url).body()
    html_errors = html_checker.check({page.url: html})
    violations = run_axe(page)
    report = []
    if html_errors:
        report.append(format_html_errors(html_errors))
    if violations:
        report.append(format_axe_violations(violations))
    if report:
        pytest.fail("\n\n".join(report), pytrace=False)
