"""The admin explains itself to editors who are not technical: help text on every field, page types
described, choosers that open in the language of the page being edited, listings with useful columns
and filters, and a preview of every page type in each of Wagtail's device sizes.

The site is built once for the module, inside a transaction rolled back at its end; each test runs in
a savepoint within it (pytest-django's own).
"""

import datetime
import json
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils.functional import Promise

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.models import Person
from portal.models import TAXONOMIES, Topic
from search.models import SearchSynonym
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import (
    add_directory,
    add_join_request,
    add_organisation,
    add_person,
    add_project,
    add_project_index,
    add_working_group,
)
from tests.factories.pages import add_standard_page, build_site, translate_page
from tests.factories.press import add_interview_request, add_press_item, add_press_room, translate_person
from tests.factories.resources import add_library, add_practice, add_practice_index, add_resource, add_term

PAGE_MODELS = [model for model in get_page_models() if model is not Page]
SNIPPET_MODELS = list(get_snippet_models())
SETTING_MODELS = list(settings_registry)


# --- Help text ---------------------------------------------------------------------------------------------


def edit_handlers():
    """(label, bound edit handler) of every form editors fill in: pages, snippets, site settings."""
    for model in PAGE_MODELS:
        yield model._meta.label, model.get_edit_handler()
    for model in SNIPPET_MODELS:
        yield model._meta.label, model.snippet_viewset.get_edit_handler()
    for model in SETTING_MODELS:
        yield model._meta.label, get_setting_edit_handler(model)


def field_panels(panel, form_class, path=""):
    """(dotted path, FieldPanel, form class holding its field) for every field of ``panel``'s tree,
    through tabs, groups, rows and inline panels (whose rows have a form class of their own)."""
    if isinstance(panel, InlinePanel):
        child_form = form_class.formsets[panel.relation_name].form
        yield from field_panels(panel.child_edit_handler, child_form, f"{path}{panel.relation_name}.")
    elif isinstance(panel, FieldPanel):
        yield f"{path}{panel.field_name}", panel, form_class
    for child in getattr(panel, "children", ()):
        yield from field_panels(child, form_class, path)


def model_field(panel):
    try:
        return panel.db_field
    except FieldDoesNotExist:
        return None


def is_wagtails_own(panel):
    """Fields Wagtail's Page brings (slug, title tag, meta description, show in menus) come with Wagtail's help
    text; the scheduling dates sit in Wagtail's scheduling dialog, which explains them. Not the title: Wagtail's
    says nothing of what the title of each page type is."""
    field = model_field(panel)
    return field is not None and field.model is Page and panel.field_name != "title"


def help_text_of(panel, form_class):
    """What the editor reads under the field: the panel's help text, else the form field's (which is the model
    field's unless the form says otherwise), else the model field's for a read-only panel (not in the form)."""
    if panel.help_text:
        return str(panel.help_text)
    form_field = form_class.base_fields.get(panel.field_name)
    if form_field is not None:
        return str(form_field.help_text or "")
    field = model_field(panel)
    return str(getattr(field, "help_text", "") or "")


def test_the_walk_finds_fields_of_tabs_groups_rows_and_inline_panels():
    from events.models import EventPage

    handler = EventPage.get_edit_handler()
    paths = {path for path, _panel, _form in field_panels(handler, handler.get_form_class())}
    # Content tab, a row inside a group, an inline panel's row, the Promote and Settings tabs.
    assert {"title", "start", "venue_city", "rooms.capacity", "listing_summary", "review_by"} <= paths


def test_every_field_an_editor_fills_in_says_what_it_is_for():
    missing = []
    for label, handler in edit_handlers():
        for path, panel, form_class in field_panels(handler, handler.get_form_class()):
            if is_wagtails_own(panel):
                continue
            if path == "title" and issubclass(handler.model, Page):
                if not panel.help_text:
                    missing.append(f"{label}: title (needs a help text of its own on the panel)")
                continue
            if not help_text_of(panel, form_class).strip():
                missing.append(f"{label}: {path}")
    assert not missing, "Fields without help text:\n" + "\n".join(missing)


def test_help_texts_are_marked_for_translation():
    """Lazy translations, so that each editor reads them in the admin's language."""
    untranslated = []
    for label, handler in edit_handlers():
        for path, panel, form_class in field_panels(handler, handler.get_form_class()):
            if is_wagtails_own(panel):
                continue
            text = panel.help_text or getattr(form_class.base_fields.get(panel.field_name), "help_text", "")
            if not text:
                text = getattr(model_field(panel), "help_text", "")
            if text and not isinstance(text, Promise):
                untranslated.append(f"{label}: {path}")
    assert not untranslated, "Help text not marked for translation:\n" + "\n".join(untranslated)


# --- Page types and names ----------------------------------------------------------------------------------


def is_translated_text(value):
    return isinstance(value, Promise) and bool(str(value).strip())


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_describes_itself_in_a_sentence(model):
    """Wagtail shows the description when an editor chooses the type of a new page."""
    description = model.page_description if "page_description" in model.__dict__ else None
    assert is_translated_text(description), f"{model.__name__} has no translated page_description of its own"
    assert str(description).endswith((".", "…"))
    assert len(str(description)) <= 160


@pytest.mark.parametrize("model", [*PAGE_MODELS, *SNIPPET_MODELS, *SETTING_MODELS], ids=lambda model: model._meta.label)
def test_every_page_type_and_snippet_has_a_name_and_a_plural_for_people(model):
    options = model._meta
    # Set in Meta (or its parent Meta), not derived from the class name ("organisation page", "organisation pages").
    assert "verbose_name" in options.original_attrs
    assert "verbose_name_plural" in options.original_attrs
    assert is_translated_text(options.verbose_name)
    assert is_translated_text(options.verbose_name_plural)


# --- The site the other tests share ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = build_site(languages=("fr",))
        french_home = home.get_translation(Locale.objects.get(language_code="fr"))
        directory = add_directory(home)
        eurotox = add_organisation(directory, "Eurotox", acronym="EUT", city="Brussels", country="BE")
        correlation = add_organisation(directory, "Correlation network", city="Amsterdam", country="NL")
        ana = add_person(
            "Ana Silva", role="Outreach worker", organisation=eurotox, email="ana@example.org", contact_is_public=True
        )
        jan = add_person("Jan Peeters", role="Researcher", affiliation="Ghent University")
        ana_fr = translate_person(ana, "fr", role="Travailleuse de rue")
        chloe = add_person("Chloé Martin", role="Chargée de presse", language="fr", organisation=correlation)
        project_index = add_project_index(home)
        project = add_project(
            project_index,
            "Safer Nights",
            lead_organisation=eurotox,
            contact=ana,
            start_date=datetime.date(2023, 1, 1),
            milestones=[{"title": "Kick-off", "start_date": datetime.date(2023, 1, 15)}],
            partners=[(correlation, "Training")],
            phases=[
                {"name": "Assessment", "start_date": datetime.date(2023, 1, 1), "end_date": datetime.date(2023, 6, 30)}
            ],
        )
        group = add_working_group(project, "Prevention working group", co_pilots=[jan])
        library = add_library(home)
        resource = add_resource(library, "Naloxone manual", publication_date=datetime.date(2024, 3, 1))
        practice_index = add_practice_index(home)
        practice = add_practice(practice_index, "Drug checking in Ghent")
        room = add_press_room(home, contacts=[(ana, [])])
        press_item = add_press_item(room, "Cities open drug checking services")
        event_index = add_event_index(home)
        event = add_event(event_index, "Harm reduction conference")
        session = add_session(
            event,
            "Opening plenary",
            at(2024, 3, 20, 9),
            at(2024, 3, 20, 10),
            room_name="Plenary hall",
            people=[(jan, "speaker")],
        )
        standard = add_standard_page(home, "About the network")
        french_project = translate_page(project, "fr", title="Nuits plus sûres")

        harm = add_term(Topic, "Harm reduction")
        add_term(Topic, "Réduction des risques", language="fr", translation_of=harm)
        add_term(Topic, "Prevention")
        for model in TAXONOMIES:
            if model is not Topic:
                add_term(model, f"A {model._meta.verbose_name}")
        SearchSynonym.objects.create(language="en", term="DCR", synonyms="drug consumption room")
        SearchSynonym.objects.create(language="fr", term="SCMR", synonyms="salle de consommation")
        add_join_request(group, "Ana Applicant", language="en")
        add_join_request(group, "Bruno Demandeur", language="fr", country="FR")
        add_interview_request(room, "Marie Martin", language="fr")
        add_interview_request(room, "John Smith", language="en")

        pages = {
            "home": home,
            "standard": standard,
            "directory": directory,
            "organisation": eurotox,
            "project_index": project_index,
            "project": project,
            "working_group": group,
            "library": library,
            "resource": resource,
            "practice_index": practice_index,
            "practice": practice,
            "press_room": room,
            "press_item": press_item,
            "event_index": event_index,
            "event": event,
            "session": session,
        }
        yield {
            "pages": {name: page.pk for name, page in pages.items()},
            "french_home": french_home.pk,
            "french_project": french_project.pk,
            "people": {"ana": ana.pk, "jan": jan.pk, "ana_fr": ana_fr.pk, "chloe": chloe.pk},
            "organisations": {"eurotox": eurotox.pk, "correlation": correlation.pk},
        }
        transaction.set_rollback(True)


@pytest.fixture
def site(world, db):
    return SimpleNamespace(
        pages={name: Page.objects.get(pk=pk).specific for name, pk in world["pages"].items()},
        french_home=Page.objects.get(pk=world["french_home"]),
        french_project=Page.objects.get(pk=world["french_project"]).specific,
        people={name: Person.objects.get(pk=pk) for name, pk in world["people"].items()},
        organisations=world["organisations"],
    )


@pytest.fixture
def admin(site, client):
    user = get_user_model().objects.create_superuser("usability", "usability@example.org", "password")
    client.force_login(user)
    return client


def test_the_site_has_a_page_of_every_type(site):
    assert {type(page) for page in site.pages.values()} == set(PAGE_MODELS)


# --- Choosers in the language of the page being edited -----------------------------------------------------


def modal_html(response):
    """The HTML of a chooser modal (Wagtail answers its modal steps in JSON)."""
    assert response.status_code == 200
    return BeautifulSoup(response.json()["html"], "html.parser")


def wagtail_config(response):
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    return json.loads(document.find("script", id="wagtail-config").string)


def choosable_pages(document):
    return {link["data-title"] for link in document.select("a.choose-page")}


def test_the_page_chooser_lists_the_language_it_is_opened_in(admin, site):
    assert choosable_pages(modal_html(admin.get("/admin/choose-page/", {"locale": "fr"}))) == {"Home (fr)"}
    assert choosable_pages(modal_html(admin.get("/admin/choose-page/", {"locale": "en"}))) == {"Home"}
    # Below the top, the pages of the language of the page browsed.
    french = modal_html(admin.get(f"/admin/choose-page/{site.french_home.pk}/", {"locale": "fr"}))
    assert choosable_pages(french) == {"Home (fr)", "Projects"}


def test_the_page_chooser_search_keeps_to_that_language(admin, site):
    """Wagtail's own search looks in every language; the portal keeps it to the one asked for."""

    def found(**params):
        return choosable_pages(modal_html_or_fragment(admin.get("/admin/choose-page/search/", params)))

    assert found(q="Nuits") == {"Nuits plus sûres"}
    assert found(q="Safer") == {"Safer Nights"}
    assert found(q="Safer", locale="fr") == set()
    assert found(q="Nuits", locale="fr") == {"Nuits plus sûres"}
    assert found(q="Safer", locale="en") == {"Safer Nights"}


def modal_html_or_fragment(response):
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return BeautifulSoup(response.json()["html"], "html.parser")
    return BeautifulSoup(response.content, "html.parser")


def test_the_person_chooser_lists_the_language_it_is_opened_in(admin, site):
    def listed(**params):
        document = modal_html(admin.get("/admin/snippets/choose/home/person/", params))
        return {cell.get_text(" ", strip=True) for cell in document.select("td.title a")}

    french = listed(locale="fr")
    assert french == {"Ana Silva (Travailleuse de rue)", "Chloé Martin (Chargée de presse)"}
    assert listed(locale="en") == {"Ana Silva (Outreach worker)", "Jan Peeters (Researcher)"}


def test_the_edit_form_of_a_french_page_opens_its_choosers_in_french(admin, site):
    response = admin.get(f"/admin/pages/{site.french_project.pk}/edit/")
    # Wagtail's chooser modals (pages, snippets, images, documents) add ?locale= from this setting.
    assert wagtail_config(response)["ACTIVE_CONTENT_LOCALE"] == "fr"
    document = BeautifulSoup(response.content, "html.parser")
    assert document.select("[data-chooser-url='/admin/choose-page/']"), "no page chooser on the form"
    assert document.select("[data-chooser-url='/admin/snippets/choose/home/person/']"), "no person chooser"
    english = admin.get(f"/admin/pages/{site.pages['project'].pk}/edit/")
    assert wagtail_config(english)["ACTIVE_CONTENT_LOCALE"] == "en"


def test_the_edit_form_of_a_french_person_opens_its_choosers_in_french(admin, site):
    response = admin.get(f"/admin/snippets/home/person/edit/{site.people['ana_fr'].pk}/")
    assert wagtail_config(response)["ACTIVE_CONTENT_LOCALE"] == "fr"


def test_wagtails_chooser_modal_still_sends_the_active_locale():
    """The behaviour the tests above rely on lives in Wagtail's script: a Wagtail upgrade that drops it
    must be noticed (the choosers would then open in every language)."""
    script = open(finders.find("wagtailadmin/js/vendor.js"), encoding="utf-8").read()
    assert re.search(r"ACTIVE_CONTENT_LOCALE&&\(\w+\.locale=\w+\.\w+\.ACTIVE_CONTENT_LOCALE\)", script)


# --- Listings ------------------------------------------------------------------------------------------------


def listing(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    headings = [cell.get_text(" ", strip=True) for cell in document.select("table.listing thead th")]
    titles = [cell.get_text(" ", strip=True) for cell in document.select("table.listing tbody td.title .title-wrapper")]
    cells = {
        row.select_one("td.title .title-wrapper").get_text(" ", strip=True): [
            cell.get_text(" ", strip=True) for cell in row.find_all("td", recursive=False)
        ]
        for row in document.select("table.listing tbody tr")
    }
    return SimpleNamespace(headings=headings, titles=titles, rows=sorted(titles), cells=cells, document=document)


def test_people_are_listed_with_role_affiliation_language_and_consent(admin, site):
    page = listing(admin, "/admin/snippets/home/person/")
    assert page.headings[1:6] == [
        "Name",
        "Role or title",
        "Affiliation",
        "Locale",
        "Contact details may be published",
    ]
    # The organisation's profile stands for the affiliation when there is one; the language is named.
    assert page.cells["Jan Peeters"][2:5] == ["Researcher", "Ghent University", "English"]
    french = listing(admin, "/admin/snippets/home/person/", locale="fr")
    assert french.cells["Ana Silva"][2:6] == ["Travailleuse de rue", "Eurotox", "Français", "True"]
    assert french.cells["Chloé Martin"][5] == "False"


def test_people_filters_narrow_the_list(admin, site):
    url = "/admin/snippets/home/person/"
    assert listing(admin, url, locale="fr").rows == ["Ana Silva", "Chloé Martin"]
    assert listing(admin, url, locale="en").rows == ["Ana Silva", "Jan Peeters"]
    assert listing(admin, url, locale="en", contact_is_public="true").rows == ["Ana Silva"]
    assert listing(admin, url, locale="en", contact_is_public="false").rows == ["Jan Peeters"]
    assert listing(admin, url, locale="fr", organisation=site.organisations["correlation"]).rows == ["Chloé Martin"]


@pytest.mark.parametrize("model", TAXONOMIES, ids=lambda model: model.__name__)
def test_taxonomies_are_listed_by_name_with_a_language_filter(admin, site, model):
    url = f"/admin/snippets/portal/{model._meta.model_name}/"
    page = listing(admin, url)
    assert page.headings[1:3] == ["Name", "Slug"]
    assert page.document.select("[name=locale]"), "no language filter"
    if model is Topic:
        assert listing(admin, url, locale="en").rows == ["Harm reduction", "Prevention"]
        assert listing(admin, url, locale="fr").rows == ["Réduction des risques"]
        assert listing(admin, url, locale="en").titles == ["Harm reduction", "Prevention"]


def test_taxonomy_listings_show_each_terms_language(admin, site):
    assert "Locale" in listing(admin, "/admin/snippets/portal/topic/").headings


def test_search_synonyms_are_listed_by_term_with_a_language_filter(admin, site):
    url = "/admin/snippets/search/searchsynonym/"
    page = listing(admin, url)
    assert page.headings[1:4] == ["Term", "Synonyms", "Language"]
    assert page.rows == ["DCR", "SCMR"]
    assert listing(admin, url, language="fr").rows == ["SCMR"]


def language_options(document):
    select = document.find("select", attrs={"name": "language"})
    assert select is not None, "the language filter is not a list to choose from"
    return [option.get_text(strip=True) for option in select.find_all("option")]


def test_join_requests_filter_by_the_sites_languages(admin, site):
    url = "/admin/snippets/home/joinrequest/"
    page = listing(admin, url)
    assert page.headings[1:4] == ["Name", "Organisation", "Group"]
    assert page.rows == ["Ana Applicant", "Bruno Demandeur"]
    assert language_options(page.document) == [
        "All",
        "English",
        "Français",
        "Italiano",
        "Română",
        "Български",
        "Nederlands",
        "Deutsch",
    ]
    assert listing(admin, url, language="fr").rows == ["Bruno Demandeur"]


def test_interview_requests_filter_by_the_sites_languages(admin, site):
    url = "/admin/snippets/resources/interviewrequest/"
    page = listing(admin, url)
    assert page.headings[1:3] == ["Name", "Media outlet"]
    assert page.rows == ["John Smith", "Marie Martin"]
    assert "Français" in language_options(page.document)
    assert listing(admin, url, language="fr").rows == ["Marie Martin"]


# --- Previews ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_previews_in_mobile_tablet_and_desktop_sizes(model):
    page = model.__new__(model)  # the sizes are the type's, not the instance's: no need for a saved page
    assert [size["name"] for size in page.preview_sizes] == ["mobile", "tablet", "desktop"]
    assert page.default_preview_size == "mobile"


def edit_form_data(document):
    """What the browser would send for the edit form as it stands: its fields, with their current values."""
    form = document.find("form", attrs={"data-edit-form": True}) or document.find("form", id="page-edit-form")
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or "__prefix__" in name or element.find_parent("template"):
            continue
        if element.name == "textarea":
            data.setdefault(name, []).append(element.get_text())
        elif element.name == "select":
            chosen = [option for option in element.find_all("option") if option.has_attr("selected")]
            if not chosen and not element.has_attr("multiple"):
                chosen = element.find_all("option")[:1]
            data.setdefault(name, []).extend(option.get("value", option.get_text()) for option in chosen)
        else:
            kind = element.get("type", "text")
            if kind in {"submit", "button", "image", "reset", "file"}:
                continue
            if kind in {"checkbox", "radio"} and not element.has_attr("checked"):
                continue
            data.setdefault(name, []).append(element.get("value", "on" if kind in {"checkbox", "radio"} else ""))
    return data


def stream_fields(document):
    """(name, blocks) of the form's StreamFields, which Wagtail draws with JavaScript from a data attribute."""
    for element in document.select("[data-controller~='w-block']"):
        value, _errors = json.loads(element["data-w-block-arguments-value"])
        yield element["id"], value


def test_every_page_type_can_be_previewed_from_its_edit_form(admin, site):
    problems = []
    for name, page in site.pages.items():
        edit = admin.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200, name
        document = BeautifulSoup(edit.content, "html.parser")
        sizes = [radio["value"] for radio in document.select("input[name=preview-size]")]
        if sizes != ["mobile", "tablet", "desktop"]:
            problems.append(f"{name}: preview sizes {sizes}")
        data = edit_form_data(document)
        for field, blocks in stream_fields(document):
            # The pages of this module leave their StreamFields empty, which the form sends as a count of 0.
            assert blocks == [], f"{name}: {field} has blocks this test cannot send"
            data[f"{field}-count"] = ["0"]
        edited_title = f"{page.title} (preview)"
        data["title"] = [edited_title]
        url = f"/admin/pages/{page.pk}/edit/preview/"
        answer = admin.post(url, data).json()
        if not answer.get("is_valid"):
            problems.append(f"{name}: the form's own data is refused: {answer}")
            continue
        for mode, _label in page.preview_modes:
            response = admin.get(url, {"mode": mode})
            if response.status_code != 200 or edited_title not in response.content.decode():
                problems.append(f"{name}: preview mode {mode!r} answered {response.status_code} without the title")
    assert not problems, "\n".join(problems)
