"""The translation status report (Reports → Translation status) and its dashboard panel.

A page's translation is missing, a draft only, up to date, or outdated once the original is
published again (or, for a translation kept in sync by wagtail-localize, once the original changed
since the last sync or while strings wait for translation); each state links to what fixes it.
The tests read the report and the dashboard as an editor sees them.
"""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import GroupPagePermission, Locale, Page, get_page_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from portal.models import BasePage
from portal.translation_status import get_translation_status
from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translations/"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


# --- Reading the report as an editor sees it ---------------------------------------------------------------


def text(element):
    return " ".join(element.get_text(" ", strip=True).split())


def report(client, **params):
    """The report's table: {row title: {column heading: cell}}, each cell a BeautifulSoup element."""
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return table_of(response.content)


def table_of(content):
    document = BeautifulSoup(content, "html.parser")
    table = document.select_one("table.translation-status-table")
    if table is None:
        return {}
    headings = [text(th) for th in table.thead.find_all("th")]
    rows = {}
    for tr in table.tbody.find_all("tr", recursive=False):
        cells = tr.find_all("td", recursive=False)
        title = text(cells[0].select_one(".title-wrapper"))
        rows[title] = dict(zip(headings, cells, strict=True))
    return rows


def state(client, title, language, **params):
    """What the cell says, without the language name read to screen readers: 'Up to date', 'Missing Translate'..."""
    cell = report(client, **params)[title][LANGUAGE_NAMES[language]]
    for hidden in cell.select(".w-sr-only"):
        hidden.decompose()
    return text(cell)


def links(cell):
    return {text(a): a["href"] for a in cell.find_all("a")}


def summary(content):
    """The counts above the table: {'Up to date': 2, 'Outdated': 0, ...}."""
    document = BeautifulSoup(content, "html.parser")
    counts = {}
    for item in document.select(".w-summary__list li"):
        number, label = re.match(r"(\d+) (.+)", text(item)).groups()
        counts[label] = int(number)
    return counts


def publish_again(page, **changes):
    """Publish a new revision, as an editor does after changing the page."""
    page.refresh_from_db()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def locale(code):
    return Locale.objects.get(language_code=code)


def translate_with_localize(page, code, on_commit, *, strings=True):
    """Translate ``page`` with wagtail-localize (as "Translate this page" does), every string translated
    unless ``strings`` is False, and publish the translation."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale(code))
    if strings:
        translate_strings(source, code)
    with on_commit(execute=True):
        translation.save_target(publish=True)
    return source, translation


def translate_strings(source, code):
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale(code),
            context=segment.context,
            defaults={"data": f"[{code}] {segment.string.data}", "translation_type": "manual"},
        )


# --- People ------------------------------------------------------------------------------------------------


def make_user(username, *, groups=(), permissions=()):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "password")
    for group in groups:
        user.groups.add(group)
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def outsider(db):
    """Signed in to the admin, but may not edit any page (a moderator of join requests, say)."""
    team = Group.objects.create(name="Admin access only")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_user("outsider", groups=[team])


@pytest.fixture
def french_editor(home):
    """Edits the French tree only; may not submit pages for translation."""
    team = Group.objects.create(name="French editors")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    french_home = home.get_translation(locale("fr"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=team, page=french_home, permission=Permission.objects.get(codename=codename)
        )
    return make_user("french-editor", groups=[team])


# --- States ------------------------------------------------------------------------------------------------


def test_a_translation_is_missing_then_up_to_date_then_outdated_then_up_to_date_again(admin_client, home):
    about = add_standard_page(home, "About the network")
    assert state(admin_client, "About the network", "en") == "Original"
    assert state(admin_client, "About the network", "fr") == "Missing Translate"

    french = translate_page(about, "fr", title="À propos du réseau")
    assert state(admin_client, "About the network", "fr") == "Up to date"

    publish_again(about, introduction="The network now has 40 members.")
    assert state(admin_client, "About the network", "fr") == "Outdated Original published since"
    # The other languages never had a translation.
    assert state(admin_client, "About the network", "de") == "Missing Translate"

    publish_again(french, introduction="Le réseau compte désormais 40 membres.")
    assert state(admin_client, "About the network", "fr") == "Up to date"


def test_a_translation_that_exists_but_is_not_published_is_a_draft_only(admin_client, home):
    about = add_standard_page(home, "About the network")
    about.copy_for_translation(locale("de"), copy_parents=True)  # saved, never published
    assert state(admin_client, "About the network", "de") == "Draft only"

    french = translate_page(about, "fr", title="À propos du réseau")
    french.unpublish()
    assert state(admin_client, "About the network", "fr") == "Draft only"


def test_unpublished_changes_and_draft_originals_are_noted(admin_client, home):
    about = add_standard_page(home, "About the network")
    french = translate_page(about, "fr", title="À propos du réseau")
    french.title = "À propos"
    french.save_revision()  # saved, not published
    assert state(admin_client, "About the network", "fr") == "Up to date Unpublished changes"

    about.unpublish()
    assert state(admin_client, "About the network", "en") == "Original Draft only"


def test_a_page_written_in_french_first_is_shown_by_its_french_title_until_it_has_an_english_version(
    admin_client, home
):
    french_home = home.get_translation(locale("fr"))
    add_standard_page(french_home, "Appel à projets", slug="appel-a-projets")
    rows = report(admin_client)
    assert text(rows["Appel à projets"]["Français"]).endswith("Original")
    assert "Missing" in text(rows["Appel à projets"]["English"])
    assert text(rows["Appel à projets"]["Title"].select_one(".translation-status__meta")) == "Standard page Français"


def test_an_alias_made_by_locale_synchronisation_counts_as_missing(admin_client, home):
    about = add_standard_page(home, "About the network")
    about.copy_for_translation(locale("fr"), copy_parents=True, alias=True)
    cell = report(admin_client)["About the network"]["Français"]
    assert "Missing" in text(cell) and "Alias of the original" in text(cell)
    assert links(cell) == {"Français Translate": f"/admin/localize/submit/page/{about.pk}/?select_locale=fr"}


def test_wagtail_localize_translations_are_outdated_until_synced_and_fully_translated(
    admin_client, home, django_capture_on_commit_callbacks
):
    about = add_standard_page(home, "About the network", introduction="Cities, NGOs and health services.")
    source, translation = translate_with_localize(about, "de", django_capture_on_commit_callbacks, strings=False)
    # Published with the English text in place of the untranslated strings.
    assert re.fullmatch(r"Outdated \d+ strings to translate", state(admin_client, "About the network", "de"))

    translate_strings(source, "de")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert state(admin_client, "About the network", "de") == "Up to date"

    # The original changes: translators still see the old copy until someone syncs.
    publish_again(about, introduction="Cities, NGOs, health services and researchers.")
    rows = report(admin_client)
    assert text(rows["About the network"]["Deutsch"]) == "Deutsch Outdated Original changed since the last sync"
    sync = links(rows["About the network"]["Title"])["Sync translated pages"]
    assert sync.startswith(f"/admin/localize/update/{source.pk}/?next=")
    assert admin_client.get(sync).status_code == 200

    # "Sync translated pages" with "Publish immediately": the new sentence waits for its translation.
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    rows = report(admin_client)
    assert text(rows["About the network"]["Deutsch"]) == "Deutsch Outdated 1 string to translate"
    assert "Sync translated pages" not in links(rows["About the network"]["Title"])

    translate_strings(source, "de")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert state(admin_client, "About the network", "de") == "Up to date"


# --- Filters, search, counts, export -------------------------------------------------------------------------


@pytest.fixture
def sections(home):
    """Two sections under each home page, with pages in every state in French."""
    library = add_standard_page(home, "Library")
    manual = add_standard_page(library, "Harm reduction manual")
    translate_page(library, "fr", title="Bibliothèque")
    translate_page(manual, "fr", title="Manuel de réduction des risques")
    add_standard_page(library, "Naloxone factsheet")  # missing in French
    press = add_standard_page(home, "Press")
    translate_page(press, "fr", title="Presse")
    release = add_standard_page(press, "Drug checking release")
    translate_page(release, "fr", title="Communiqué sur l'analyse de drogues")
    publish_again(release)  # French now outdated
    return {"library": library, "press": press}


def filter_choices(client, name):
    """{label: value} of a filter in the report's filter drawer."""
    document = BeautifulSoup(client.get(REPORT).content, "html.parser")
    choices = {}
    for field in document.select(f"input[name={name}]"):
        label = document.select_one(f"label[for={field['id']}]") or field.find_parent("label")
        choices[text(label)] = field["value"]
    return choices


def test_the_sections_are_the_pages_under_each_home_and_filter_the_rows(admin_client, home, sections):
    choices = filter_choices(admin_client, "section")
    assert list(choices) == ["All", "Library", "Press"]  # tree order, named in English
    rows = report(admin_client, section=choices["Library"])
    assert list(rows) == ["Library", "Harm reduction manual", "Naloxone factsheet"]
    assert {text(row["Section"]) for row in rows.values()} == {"Library"}


def test_filtering_by_language_shows_that_language_only(admin_client, home, sections):
    assert "Français" in filter_choices(admin_client, "locale")
    rows = report(admin_client, locale="fr")
    assert list(next(iter(rows.values()))) == ["Title", "Section", "Français"]


def test_outdated_or_missing_in_french(admin_client, home, sections):
    response = admin_client.get(REPORT, {"locale": "fr", "state": ["outdated", "missing"]})
    rows = table_of(response.content)
    assert set(rows) == {"Naloxone factsheet", "Drug checking release"}
    assert summary(response.content) == {"Up to date": 0, "Outdated": 1, "Missing": 1, "Draft only": 0}


def test_the_counts_add_up_every_translation_and_link_to_the_matching_rows(admin_client, home, sections):
    response = admin_client.get(REPORT, {"locale": "fr"})
    # Home, Library, Harm reduction manual, Press: up to date; the release outdated; the factsheet missing.
    assert summary(response.content) == {"Up to date": 4, "Outdated": 1, "Missing": 1, "Draft only": 0}
    document = BeautifulSoup(response.content, "html.parser")
    outdated = document.select_one(".w-summary__list li[data-state=outdated] a")["href"]
    assert set(table_of(admin_client.get(outdated).content)) == {"Drug checking release"}


def test_searching_matches_the_title_in_any_language(admin_client, home, sections):
    assert set(report(admin_client, q="naloxone")) == {"Naloxone factsheet"}
    assert set(report(admin_client, q="communiqué")) == {"Drug checking release"}


def test_the_rows_sort_by_title(admin_client, home, sections):
    titles = list(report(admin_client, ordering="title"))
    assert titles == sorted(titles, key=str.casefold)


def test_the_report_is_paginated(admin_client, home):
    for number in range(55):
        add_standard_page(home, f"Page {number:02d}")
    assert len(report(admin_client)) == 50
    assert len(report(admin_client, p=2)) == 56 - 50  # the home page and "Page 00" to "Page 54"


def test_the_report_exports_what_it_shows(admin_client, home, sections):
    response = admin_client.get(REPORT, {"export": "csv", "locale": "fr"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert list(rows[0]) == ["Title", "Section", "Type", "Original language", "Français"]
    by_title = {row["Title"]: row for row in rows}
    assert by_title["Drug checking release"] == {
        "Title": "Drug checking release",
        "Section": "Press",
        "Type": "Standard page",
        "Original language": "English",
        "Français": "Outdated",
    }
    assert by_title["Naloxone factsheet"]["Français"] == "Missing"
    xlsx = admin_client.get(REPORT, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Disposition"].startswith('attachment; filename="translation-status.xlsx"')


# --- Links and permissions -------------------------------------------------------------------------------------


def test_every_link_opens_the_right_admin_view(admin_client, home, django_capture_on_commit_callbacks):
    about = add_standard_page(home, "About the network")
    french = translate_page(about, "fr", title="À propos du réseau")
    translate_with_localize(about, "de", django_capture_on_commit_callbacks)
    row = report(admin_client)["About the network"]

    assert links(row["Title"]) == {"About the network": f"/admin/pages/{about.pk}/edit/"}
    assert links(row["English"]) == {"English Original": f"/admin/pages/{about.pk}/edit/"}
    assert links(row["Français"]) == {"Français Up to date": f"/admin/pages/{french.pk}/edit/"}
    german = about.get_translation(locale("de"))
    assert links(row["Deutsch"]) == {"Deutsch Up to date": f"/admin/pages/{german.pk}/edit/"}
    assert row["Deutsch"].a["title"] == "Open in the translation editor"
    assert links(row["Italiano"]) == {"Italiano Translate": f"/admin/localize/submit/page/{about.pk}/?select_locale=it"}

    # A page translated by hand opens in Wagtail's editor, one translated with wagtail-localize in its editor.
    response = admin_client.get(f"/admin/pages/{french.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" not in {t.name for t in response.templates}
    response = admin_client.get(f"/admin/pages/{german.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in {t.name for t in response.templates}

    # "Translate" opens wagtail-localize's form with Italian ticked.
    response = admin_client.get(links(row["Italiano"])["Italiano Translate"])
    assert response.status_code == 200
    ticked = BeautifulSoup(response.content, "html.parser").select("input[name=locales][checked]")
    assert [field["value"] for field in ticked] == [str(locale("it").pk)]

    for cell in row.values():
        for href in links(cell).values():
            assert admin_client.get(href).status_code == 200, href


def reports_menu(content):
    """{label: url} of the Reports menu in the admin's side bar."""
    props = json.loads(BeautifulSoup(content, "html.parser").find(id="wagtail-sidebar-props").string)

    def walk(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.SubMenuItem" and node["_args"][0]["name"] == "reports":
                return {item["_args"][0]["label"]: item["_args"][0]["url"] for item in node["_args"][1]}
            nodes = node.values()
        elif isinstance(node, list):
            nodes = node
        else:
            return None
        for child in nodes:
            found = walk(child)
            if found is not None:
                return found
        return None

    return walk(props) or {}


def test_the_report_is_in_the_reports_menu_for_editors(admin_client, home):
    assert reports_menu(admin_client.get("/admin/").content)["Translation status"] == REPORT


def test_people_who_may_not_edit_pages_cannot_open_the_report(client, home, outsider):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

    client.force_login(outsider)
    # Wagtail sends people back to the dashboard with "Sorry, you do not have permission…".
    for response in (
        client.get(REPORT),
        client.get(REPORT + "results/"),
        client.get(REPORT, {"export": "csv"}),
    ):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "Translation status" not in reports_menu(dashboard.content)
    assert b'id="translation-status-section"' not in dashboard.content


def test_an_editor_of_the_french_tree_gets_links_to_the_pages_they_may_edit_only(client, home, french_editor):
    about = add_standard_page(home, "About the network")
    french = translate_page(about, "fr", title="À propos du réseau")
    client.force_login(french_editor)
    row = report(client)["About the network"]
    assert links(row["Title"]) == {}  # the English original is not theirs
    assert links(row["English"]) == {}
    assert links(row["Français"]) == {"Français Up to date": f"/admin/pages/{french.pk}/edit/"}
    assert links(row["Deutsch"]) == {}  # "Translate" needs the permission to submit translations
    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code == 200


# --- Dashboard ---------------------------------------------------------------------------------------------------


def test_the_dashboard_counts_each_language_and_links_into_the_report(admin_client, home, sections):
    document = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    panel = document.select_one("#translation-status-section")
    assert text(panel.select_one("h2")) == "Translation status"
    french = panel.select_one("tr[data-locale=fr]")
    counts = {td["data-state"]: text(td) for td in french.find_all("td")}
    assert counts == {"up_to_date": "4", "outdated": "1", "missing": "1", "draft": "0"}
    german = {td["data-state"]: text(td) for td in panel.select_one("tr[data-locale=de]").find_all("td")}
    assert german == {"up_to_date": "0", "outdated": "0", "missing": "6", "draft": "0"}
    # English is the original of every page: nothing to count.
    assert panel.select_one("tr[data-locale=en]") is None

    outdated = french.select_one("td[data-state=outdated] a")["href"]
    assert outdated == f"{REPORT}?locale=fr&state=outdated"
    assert set(table_of(admin_client.get(outdated).content)) == {"Drug checking release"}
    missing = french.select_one("td[data-state=missing] a")["href"]
    assert set(table_of(admin_client.get(missing).content)) == {"Naloxone factsheet"}


# --- Query budget ------------------------------------------------------------------------------------------------


def add_pages(home, numbers, on_commit):
    for number in numbers:
        page = add_standard_page(home, f"Page {number}")
        if number % 3 == 0:
            translate_page(page, "fr", title=f"Page {number} (fr)")
        elif number % 3 == 1:
            translate_with_localize(page, "de", on_commit, strings=number % 2 == 0)


def report_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(REPORT)
    assert response.status_code == 200
    return len(queries)


def test_the_states_take_a_fixed_number_of_queries(home, django_assert_num_queries, django_capture_on_commit_callbacks):
    add_pages(home, range(3), django_capture_on_commit_callbacks)
    # 1. the locales; 2. every page below the root; 3. wagtail-localize's enabled page translations;
    # 4. the number of strings of each of their sources; 5. how many are translated, per locale.
    with django_assert_num_queries(5):
        get_translation_status()
    add_pages(home, range(3, 30), django_capture_on_commit_callbacks)
    with django_assert_num_queries(5):
        status = get_translation_status()
    assert len(status.rows) == 31


def test_the_report_takes_as_many_queries_for_30_pages_as_for_3(
    client, admin_user, home, french_editor, django_capture_on_commit_callbacks
):
    """A request for the report makes, whatever the number of pages:

    - the session, the user and their admin profile;
    - the five queries of get_translation_status (locales, pages, wagtail-localize translations,
      strings per source, translated strings per source and locale);
    - Wagtail's own for the admin menu (the locales, the explorer's start page);
    - for an editor who is not a superuser: their permissions (user and group), their page,
      collection and site permissions, and which of the listed pages they may edit.
    """
    add_pages(home, range(3), django_capture_on_commit_callbacks)
    counts = {}
    for user in (admin_user, french_editor):
        client.force_login(user)
        report_queries(client)  # session, permission and content type caches warmed
        counts[user.username] = report_queries(client)
    add_pages(home, range(3, 30), django_capture_on_commit_callbacks)
    for user in (admin_user, french_editor):
        client.force_login(user)
        report_queries(client)
        assert report_queries(client) == counts[user.username], user.username


# --- Documentation -------------------------------------------------------------------------------------------


def field_names(model, kind):
    fields = get_translatable_fields(model)
    return {field.field_name for field in fields if field.__class__.__name__ == kind}


def test_the_documented_fields_are_those_of_the_code():
    """docs/translation.md lists, per page type, the fields translated and those synchronised."""
    doc = (Path(settings.BASE_DIR) / "docs" / "translation.md").read_text(encoding="utf-8")
    documented = {}
    for line in doc.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and "`" in line:
            documented[cells[0]] = (set(re.findall(r"`(\w+)`", cells[1])), set(re.findall(r"`(\w+)`", cells[2])))
    base_translated = field_names(BasePage, "TranslatableField")
    base_synchronised = field_names(BasePage, "SynchronizedField")
    assert documented.pop("Every page type") == (base_translated, base_synchronised)
    expected = {}
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            expected[str(model._meta.verbose_name).capitalize()] = (
                field_names(model, "TranslatableField") - base_translated,
                field_names(model, "SynchronizedField") - base_synchronised,
            )
    assert documented == expected


def test_the_root_and_home_pages_are_not_sections(home):
    status = get_translation_status()
    assert [row.title for row in status.rows] == ["Home"]
    assert status.rows[0].section is None
    assert status.sections == []
    assert Page.objects.filter(depth=1).exists()
