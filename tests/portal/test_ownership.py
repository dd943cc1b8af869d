"""Content owners and review dates: the defaults a new page gets in the admin, the Content review report
(Reports → Content review), the "Reviews due" dashboard panel and the daily digest email.

The tests use the admin as an editor does: they open the add form, read what it offers, post it back.
"""

import csv
import datetime
import io
import json
import re
import smtplib
from pathlib import Path

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import GroupPagePermission, Locale, get_page_models
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from events.models import EventPage
from home.models import StandardPage
from portal import ownership
from portal.models.mixins import ContentOwnershipMixin
from tests.events.test_admin import event_form_data
from tests.factories.events import add_event, add_event_index, at
from tests.factories.pages import add_standard_page, translate_page
from tests.factories.press import add_press_room

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/content-review/"
TODAY = datetime.date(2025, 3, 10)
User = get_user_model()


def days(number, start=TODAY):
    return start + datetime.timedelta(days=number)


@pytest.fixture
def today():
    """Monday 10 March 2025, 10:00 in Brussels, for the whole test."""
    with time_machine.travel(datetime.datetime(2025, 3, 10, 9, 0, tzinfo=datetime.UTC), tick=False) as traveller:
        yield traveller


# --- People ------------------------------------------------------------------------------------------------


def make_user(username, *, groups=(), language="", email=None, **fields):
    email = f"{username}@example.org" if email is None else email
    user = User.objects.create_user(username, email, "password", **fields)
    for group in groups:
        user.groups.add(group)
    if language:
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    return user


def editors_of(page, name):
    """A group that may access the admin and add, edit and publish ``page`` and the pages below it."""
    team = Group.objects.create(name=name)
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(group=team, page=page, permission=Permission.objects.get(codename=codename))
    return team


@pytest.fixture
def french_editor(home):
    """Edits the French tree only."""
    return make_user("claire", groups=[editors_of(french(home), "French editors")], first_name="Claire")


def french(home):
    return home.get_translation(Locale.objects.get(language_code="fr"))


def own(page, owner, review_by, publish=True):
    """Give ``page`` an owner and a review date, as an editor does in its Settings tab."""
    page = type(page).objects.get(pk=page.pk)
    page.content_owner = owner
    page.review_by = review_by
    revision = page.save_revision()
    if publish:
        revision.publish()
    return type(page).objects.get(pk=page.pk)


# --- Reading the admin ---------------------------------------------------------------------------------------


def text(element):
    return " ".join(element.get_text(" ", strip=True).split())


def form_values(content):
    """What the page form holds for the content owner and the review date."""
    document = BeautifulSoup(content, "html.parser")
    owner = document.find("select", attrs={"name": "content_owner"})
    selected = owner.find("option", selected=True)
    return {
        "content_owner": selected["value"] if selected else "",
        "review_by": document.find("input", attrs={"name": "review_by"}).get("value", ""),
    }


def standard_page_form(title, **fields):
    return nested_form_data(
        {"title": title, "slug": title.lower().replace(" ", "-"), "body": streamfield([]), **fields}
    )


def report(client, **params):
    """The report's table: {row title: {column heading: cell}}."""
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return table_of(response.content)


def table_of(content):
    document = BeautifulSoup(content, "html.parser")
    table = document.select_one("table.content-review-table")
    if table is None:
        return {}
    headings = [text(th) for th in table.thead.find_all("th")]
    rows = {}
    for tr in table.tbody.find_all("tr", recursive=False):
        cells = tr.find_all("td", recursive=False)
        rows[text(cells[0].select_one(".title-wrapper"))] = dict(zip(headings, cells, strict=True))
    return rows


def summary(content):
    document = BeautifulSoup(content, "html.parser")
    counts = {}
    for item in document.select(".w-summary__list li"):
        number, label = re.match(r"(\d+) (.+)", text(item)).groups()
        counts[label] = int(number)
    return counts


# --- Defaults ----------------------------------------------------------------------------------------------


def test_the_form_of_a_new_page_offers_its_creator_as_owner_and_the_review_date_of_its_section(
    admin_client, admin_user, home, today
):
    room = add_press_room(home)
    event = add_event(add_event_index(home), "Lisbon days", start=at(2025, 6, 12), end=at(2025, 6, 13, 17))
    expected = {
        f"/admin/pages/add/home/standardpage/{home.pk}/": datetime.date(2026, 3, 10),  # 12 months
        f"/admin/pages/add/resources/pressreleasepage/{room.pk}/": datetime.date(2025, 9, 10),  # 6 months
        f"/admin/pages/add/events/sessionpage/{event.pk}/": datetime.date(2025, 7, 13),  # 30 days after the event
    }
    for url, review_by in expected.items():
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert form_values(response.content) == {"content_owner": str(admin_user.pk), "review_by": str(review_by)}


def test_saving_the_new_page_keeps_the_values_the_form_offered(admin_client, admin_user, home, today):
    url = f"/admin/pages/add/home/standardpage/{home.pk}/"
    offered = form_values(admin_client.get(url).content)
    response = admin_client.post(url, {**standard_page_form("About the network"), **offered, "action-publish": "1"})
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="about-the-network")
    assert (page.content_owner, page.review_by) == (admin_user, datetime.date(2026, 3, 10))
    assert form_values(admin_client.get(f"/admin/pages/{page.pk}/edit/").content) == offered


@pytest.mark.parametrize("action", ["action-publish", "save-draft"])
def test_a_new_page_posted_without_the_fields_gets_the_defaults(admin_client, admin_user, home, today, action):
    """A form posted without its Settings tab (a script, an older browser tab) still gets the defaults."""
    response = admin_client.post(
        f"/admin/pages/add/home/standardpage/{home.pk}/", {**standard_page_form("Contact"), action: "1"}
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="contact")
    assert (page.content_owner, page.review_by) == (admin_user, datetime.date(2026, 3, 10))
    # The edit form (the latest revision) holds them too.
    assert form_values(admin_client.get(f"/admin/pages/{page.pk}/edit/").content) == {
        "content_owner": str(admin_user.pk),
        "review_by": "2026-03-10",
    }


def test_an_editor_may_clear_the_defaults_when_creating_the_page_and_later(admin_client, admin_user, home, today):
    url = f"/admin/pages/add/home/standardpage/{home.pk}/"
    data = {**standard_page_form("Archive"), "content_owner": "", "review_by": "", "action-publish": "1"}
    assert admin_client.post(url, data).status_code == 302
    archive = StandardPage.objects.get(slug="archive")
    assert (archive.content_owner, archive.review_by) == (None, None)

    offered = form_values(admin_client.get(url).content)
    admin_client.post(url, {**standard_page_form("Team"), **offered, "action-publish": "1"})
    team = StandardPage.objects.get(slug="team")
    assert team.review_by == datetime.date(2026, 3, 10)
    edit = f"/admin/pages/{team.pk}/edit/"
    for action in ("action-publish", "save-draft"):
        data = {**standard_page_form("Team"), "content_owner": "", "review_by": "", action: "1"}
        assert admin_client.post(edit, data).status_code == 302
        assert form_values(admin_client.get(edit).content) == {"content_owner": "", "review_by": ""}
    team.refresh_from_db()
    assert (team.content_owner, team.review_by) == (None, None)


def test_a_new_event_is_due_for_review_30_days_after_its_end(admin_client, admin_user, home, today):
    index = add_event_index(home)
    url = f"/admin/pages/add/events/eventpage/{index.pk}/"
    offered = form_values(admin_client.get(url).content)
    # The end is not known when the form opens: it offers the general period, provisionally.
    assert offered == {"content_owner": str(admin_user.pk), "review_by": "2026-03-10"}
    assert admin_client.post(url, {**event_form_data(), **offered, "action-publish": "1"}).status_code == 302
    event = EventPage.objects.get(slug="harm-reduction-days")
    assert event.review_by == datetime.date(2025, 7, 13)  # ends 13 June 2025 in Lisbon
    edit = f"/admin/pages/{event.pk}/edit/"
    assert form_values(admin_client.get(edit).content)["review_by"] == "2025-07-13"

    # Wagtail's autosave keeps posting the form as the browser holds it: the date stays settled.
    data = {**event_form_data(), **offered, "rooms-0-id": str(event.rooms.get().pk), "rooms-INITIAL_FORMS": "1"}
    assert admin_client.post(edit, data).status_code == 302
    assert EventPage.objects.get(pk=event.pk).get_latest_revision_as_object().review_by == datetime.date(2025, 7, 13)

    # A date the editor chose is theirs.
    chosen = {**event_form_data("Porto days"), **offered, "review_by": "2025-12-01", "action-publish": "1"}
    admin_client.post(url, chosen)
    assert EventPage.objects.get(slug="porto-days").review_by == datetime.date(2025, 12, 1)


def test_an_event_entered_after_it_took_place_is_not_overdue_at_once(admin_client, home, today):
    index = add_event_index(home)
    url = f"/admin/pages/add/events/eventpage/{index.pk}/"
    data = {**event_form_data("Past days", start="2024-06-12 09:00", end="2024-06-13 17:30"), "action-publish": "1"}
    assert admin_client.post(url, data).status_code == 302
    assert EventPage.objects.get(slug="past-days").review_by == days(30)


def test_the_review_periods_name_real_page_types():
    models = {model._meta.label for model in ownership.owned_page_models()}
    assert set(ownership.REVIEW_PERIODS) <= models
    assert ownership.add_months(datetime.date(2025, 8, 31), 6) == datetime.date(2026, 2, 28)


def test_every_page_type_has_an_owner_and_a_review_date():
    for model in get_page_models():
        if model._meta.label != "wagtailcore.Page":
            assert issubclass(model, ContentOwnershipMixin), model


# --- The report --------------------------------------------------------------------------------------------


def test_a_page_due_in_ten_days_is_due_soon_then_overdue_eleven_days_later(admin_client, admin_user, home, today):
    own(home, admin_user, days(300))
    page = own(add_standard_page(home, "Drug checking"), admin_user, days(10))
    own(add_standard_page(home, "Later"), admin_user, days(31))  # not due yet: not listed
    rows = report(admin_client)
    assert set(rows) == {"Drug checking", "Home (fr)"}  # the French home has neither owner nor date
    cell = rows["Drug checking"]["Review by"]
    assert text(cell) == "20 March 2025 Due soon"
    assert text(rows["Drug checking"]["Content owner"]) == "admin"
    assert rows["Drug checking"]["Title"].a["href"] == f"/admin/pages/{page.pk}/edit/"

    today.move_to(datetime.datetime(2025, 3, 21, 9, 0, tzinfo=datetime.UTC))
    admin_client.force_login(admin_user)  # the admin session has expired meanwhile
    rows = report(admin_client)
    assert text(rows["Drug checking"]["Review by"]) == "20 March 2025 Overdue"
    assert text(rows["Later"]["Review by"]) == "10 April 2025 Due soon"  # now within 30 days


def test_an_owner_who_left_is_marked_and_the_page_listed_whatever_its_date(admin_client, home, today):
    anna = make_user("anna", first_name="Anna", last_name="Kowalska")
    own(add_standard_page(home, "Naloxone"), anna, days(200))
    assert "Naloxone" not in report(admin_client)
    anna.is_active = False
    anna.save()
    row = report(admin_client)["Naloxone"]
    assert text(row["Content owner"]) == "Anna Kowalska Has left"
    assert text(row["Review by"]) == "26 September 2025"


def test_pages_without_a_date_or_an_owner_are_listed(admin_client, admin_user, home, today):
    own(home, admin_user, days(100))
    own(french(home), None, days(100))
    own(add_standard_page(home, "Undated"), admin_user, None)
    rows = report(admin_client)
    assert set(rows) == {"Home (fr)", "Undated"}
    assert text(rows["Home (fr)"]["Content owner"]) == "No owner"
    assert text(rows["Undated"]["Review by"]) == "No review date"
    assert text(rows["Home (fr)"]["Language"]) == "Français"
    assert text(rows["Home (fr)"]["Type"]) == "Home page"


@pytest.fixture
def reviews(home, admin_user, today):
    """Pages in every state, in English and French, owned by Anna, Ben (who left) or nobody."""
    anna = make_user("anna", first_name="Anna", last_name="Kowalska")
    ben = make_user("ben", first_name="Ben", last_name="Martens")
    own(home, anna, days(200))
    own(french(home), anna, days(200))
    overdue = own(add_standard_page(home, "Overdue page"), anna, days(-3))
    own(add_standard_page(home, "Due soon page"), anna, days(12))
    own(add_standard_page(home, "Ownerless page"), None, days(100))
    own(add_standard_page(home, "Orphan page"), ben, days(-40))
    own(translate_page(overdue, "fr", title="Page en retard"), anna, days(5))
    ben.is_active = False
    ben.save()
    return {"anna": anna, "ben": ben}


def filter_choices(client, name):
    document = BeautifulSoup(client.get(REPORT).content, "html.parser")
    choices = {}
    for field in document.select(f"[name={name}]"):
        if field.name == "select":
            return {text(option): option["value"] for option in field.find_all("option")}
        label = document.select_one(f"label[for={field['id']}]") or field.find_parent("label")
        choices[text(label)] = field["value"]
    return choices


def test_the_counts_add_up_each_state_and_link_to_its_rows(admin_client, reviews):
    response = admin_client.get(REPORT)
    assert summary(response.content) == {
        "Overdue": 2,
        "Due soon": 2,
        "No review date": 0,
        "No owner": 1,
        "Owner left": 1,
    }
    # Most urgent first.
    assert list(table_of(response.content)) == [
        "Orphan page",
        "Overdue page",
        "Page en retard",
        "Due soon page",
        "Ownerless page",
    ]
    link = BeautifulSoup(response.content, "html.parser").select_one("li[data-state=owner_left] a")["href"]
    assert set(table_of(admin_client.get(link).content)) == {"Orphan page"}


def test_the_filters_narrow_the_rows(admin_client, reviews):
    assert set(filter_choices(admin_client, "state")) == {
        "Overdue",
        "Due soon",
        "No review date",
        "No owner",
        "Owner left",
    }
    assert set(report(admin_client, state=["overdue", "no_owner"])) == {"Orphan page", "Overdue page", "Ownerless page"}
    assert list(filter_choices(admin_client, "locale")) == ["All", "English", "Français"]
    assert set(report(admin_client, locale="fr")) == {"Page en retard"}
    owners = filter_choices(admin_client, "owner")
    assert list(owners) == ["All", "Anna Kowalska", "Ben Martens"]
    assert set(report(admin_client, owner=owners["Anna Kowalska"])) == {
        "Overdue page",
        "Due soon page",
        "Page en retard",
    }
    assert set(report(admin_client, owner=owners["Anna Kowalska"], state="due_soon")) == {
        "Due soon page",
        "Page en retard",
    }
    assert set(report(admin_client, q="retard")) == {"Page en retard"}


def test_the_rows_sort_by_the_columns(admin_client, reviews):
    assert list(report(admin_client, ordering="title")) == sorted(report(admin_client), key=str.casefold)
    by_owner = list(report(admin_client, ordering="-owner"))
    assert by_owner[0] == "Orphan page" and by_owner[-1] == "Ownerless page"  # no owner last
    assert list(report(admin_client, ordering="-review_by"))[0] == "Ownerless page"


def test_the_report_exports_what_it_shows(admin_client, reviews, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org"
    response = admin_client.get(REPORT, {"export": "csv", "state": "owner_left"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    orphan = StandardPage.objects.get(slug="orphan-page")
    assert rows == [
        {
            "Title": "Orphan page",
            "Language": "English",
            "Type": "Standard page",
            "Content owner": "Ben Martens",
            "Review by": "2025-01-29",
            "Status": "Overdue, Owner left",
            "Last published": "2025-03-10",
            "Edit address": f"https://portal.example.org/admin/pages/{orphan.pk}/edit/",
        }
    ]
    xlsx = admin_client.get(REPORT, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Disposition"].startswith('attachment; filename="content-review.xlsx"')


def test_a_review_date_changed_in_a_draft_counts_at_once(admin_client, admin_user, home, today):
    """The report agrees with the edit form, which shows the latest revision."""
    own(home, admin_user, days(100))
    own(french(home), admin_user, days(100))
    page = own(add_standard_page(home, "Harm reduction"), admin_user, days(-1))
    assert "Harm reduction" in report(admin_client)
    own(page, admin_user, days(200), publish=False)  # reviewed, submitted for moderation
    assert report(admin_client) == {}


def test_editors_see_the_pages_they_may_edit_and_those_they_own(client, home, french_editor, today):
    own(home, None, days(-5))
    own(add_standard_page(home, "English page"), None, days(-5))
    own(french(home), None, days(-5))
    theirs = own(add_standard_page(home, "Their English page"), french_editor, days(-5))
    client.force_login(french_editor)
    rows = report(client)
    assert set(rows) == {"Home (fr)", "Their English page"}
    assert rows["Home (fr)"]["Title"].a["href"] == f"/admin/pages/{french(home).pk}/edit/"
    # They answer for the English page but may not edit it: no link.
    assert rows["Their English page"]["Title"].a is None
    assert client.get(f"/admin/pages/{theirs.pk}/edit/").status_code != 200


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


def test_the_report_is_in_the_reports_menu_for_everyone_in_the_admin(client, admin_client, home):
    assert reports_menu(admin_client.get("/admin/").content)["Content review"] == REPORT
    team = Group.objects.create(name="Admin access only")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user("outsider", groups=[team]))
    assert client.get(REPORT).status_code == 200
    assert report(client) == {}


def test_visitors_cannot_open_the_report(client, home):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def add_due_pages(parent, owner, numbers, translate_to="fr"):
    """Pages due from 20 days ago to 19 days ahead; every third one translated, and overdue."""
    for number in numbers:
        page = add_standard_page(parent, f"Page {number}")
        own(page, owner, days(number % 40 - 20))
        if number % 3 == 0:
            own(translate_page(page, translate_to, title=f"Page {number} ({translate_to})"), owner, days(-number))


def report_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(REPORT)
    assert response.status_code == 200
    return len(queries)


def test_the_report_takes_as_many_queries_for_30_pages_as_for_3(client, admin_user, home, french_editor, today):
    """A request for the report makes, whatever the number of pages:

    - the session, the user and their admin profile;
    - the pages: one UNION ALL over the page models with an owner and a review date, the permission
      check a subquery; their owners; the locales (see portal.ownership.review_rows);
    - Wagtail's own for the admin menu;
    - for an editor who is not a superuser: their page permissions, and their other permissions.
    """
    left = make_user("left", is_active=False)
    add_due_pages(home, french_editor, range(3))
    add_due_pages(french(home), left, range(100, 103), translate_to="de")
    counts = {}
    for user in (admin_user, french_editor):
        client.force_login(user)
        report_queries(client)  # session, permission and content type caches warmed
        counts[user.username] = report_queries(client)
    add_due_pages(home, french_editor, range(3, 30))
    add_due_pages(french(home), left, range(103, 130), translate_to="de")
    for user in (admin_user, french_editor):
        client.force_login(user)
        report_queries(client)
        assert report_queries(client) == counts[user.username], user.username
    client.force_login(admin_user)
    assert len(report(client, state="owner_left")) == 30 + 10  # the French pages and their German translations


def test_the_rows_take_three_queries(admin_user, home, django_assert_num_queries, today):
    add_due_pages(home, admin_user, range(30))
    # 1. the pages (one UNION ALL); 2. their owners; 3. the locales.
    with django_assert_num_queries(3):
        rows = ownership.review_rows(admin_user)
    assert len(rows) > 30


# --- Dashboard ---------------------------------------------------------------------------------------------


def test_the_dashboard_counts_overdue_pages_and_those_whose_owner_left(client, home, reviews, french_editor, today):
    anna = reviews["anna"]
    for number in range(6):
        own(add_standard_page(french(home), f"Retard {number}", slug=f"retard-{number}"), anna, days(-10 - number))
    own(add_standard_page(french(home), "À moi", slug="a-moi"), french_editor, days(-1))
    client.force_login(french_editor)
    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").select_one("#reviews-due-section")
    assert text(panel.select_one("h2")) == "Reviews due"
    counts = {li["data-state"]: text(li) for li in panel.select(".reviews-due__counts li")}
    # Their French pages: six overdue of Anna's and their own; nothing whose owner has left.
    assert counts == {"overdue": "7 pages overdue for review", "owner_left": "0 pages whose owner has left"}
    titles = [text(tr.select_one(".title-wrapper")) for tr in panel.select("tbody tr")]
    assert titles == ["À moi", "Retard 5", "Retard 4", "Retard 3", "Retard 2"]  # their own first, then the oldest
    link = panel.select_one(".reviews-due__counts li[data-state=overdue] a")["href"]
    assert link == f"{REPORT}?state=overdue"
    assert len(table_of(client.get(link).content)) == 7


def test_the_dashboard_panel_hides_when_nothing_is_overdue(admin_client, admin_user, home, today):
    own(home, admin_user, days(10))
    own(french(home), admin_user, days(10))
    assert b'id="reviews-due-section"' not in admin_client.get("/admin/").content
    own(add_standard_page(home, "Old"), admin_user, days(-1))
    panel = BeautifulSoup(admin_client.get("/admin/").content, "html.parser").select_one("#reviews-due-section")
    assert text(panel.select_one("[data-state=overdue]")) == "1 page overdue for review"


# --- The daily digest --------------------------------------------------------------------------------------


@pytest.fixture
def digest_world(home, today, settings):
    """Alice (reads the admin in French) and Bob own pages; Carol left; Moira moderates."""
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org/"
    alice = make_user("alice", first_name="Alice", language="fr")
    bob = make_user("bob", first_name="Bob")
    carol = make_user("carol", first_name="Carol")
    nomail = make_user("nomail", email="")  # owns a page but has no address
    moderators, _created = Group.objects.get_or_create(name="Moderators")  # portal.roles may have made it
    moira = make_user("moira", groups=[moderators], first_name="Moira")
    own(home, bob, days(100))
    own(french(home), bob, days(100))
    pages = {
        "a_overdue": own(add_standard_page(home, "Alice overdue"), alice, days(-1)),
        "a_soon": own(add_standard_page(home, "Alice soon"), alice, days(14)),
        "a_later": own(add_standard_page(home, "Alice later"), alice, days(20)),
        "b_overdue": own(add_standard_page(home, "Bob overdue"), bob, days(-30)),
        "c_left": own(add_standard_page(home, "Carol page"), carol, days(100)),
        "no_mail": own(add_standard_page(home, "Nobody reads"), nomail, days(-1)),
    }
    carol.is_active = False
    carol.save()
    return {"alice": alice, "bob": bob, "carol": carol, "moira": moira, "pages": pages}


def sent_to(address):
    messages = [message for message in mail.outbox if message.to == [address]]
    assert len(messages) == 1, [message.to for message in mail.outbox]
    return messages[0]


def test_each_owner_gets_one_message_with_their_pages_due_and_the_moderators_the_pages_left(digest_world):
    call_command("send_review_digest", stdout=io.StringIO())
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "alice@example.org",
        "bob@example.org",
        "moira@example.org",
    ]
    pages = digest_world["pages"]
    alice = sent_to("alice@example.org")
    # In her admin language: French subject and dates.
    assert alice.subject == "2 pages à relire"
    assert "Alice overdue" in alice.body and "Alice soon" in alice.body and "Alice later" not in alice.body
    assert f"https://portal.example.org/admin/pages/{pages['a_overdue'].pk}/edit/" in alice.body
    assert "9 mars 2025" in alice.body and "24 mars 2025" in alice.body
    html, mimetype = alice.alternatives[0]
    assert mimetype == "text/html"
    links = {a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")}
    assert f"https://portal.example.org/admin/pages/{pages['a_soon'].pk}/edit/" in links
    assert "https://portal.example.org/admin/reports/content-review/" in links

    bob = sent_to("bob@example.org")
    assert bob.subject == "1 page to review" and "Bob overdue" in bob.body and "8 February 2025" in bob.body

    moira = sent_to("moira@example.org")
    assert moira.subject == "1 page needs a new content owner"
    assert "Carol page (English, Standard page) – former owner: Carol" in moira.body and "Alice" not in moira.body
    assert f"https://portal.example.org/admin/pages/{pages['c_left'].pk}/edit/" in moira.body


def test_the_days_option_widens_the_window(digest_world):
    call_command("send_review_digest", "--days", "30", stdout=io.StringIO())
    assert "Alice later" in sent_to("alice@example.org").body
    mail.outbox.clear()
    call_command("send_review_digest", "--days", "0", stdout=io.StringIO())
    assert "Alice soon" not in sent_to("alice@example.org").body


def test_without_moderators_the_superusers_get_the_pages_whose_owner_left(digest_world, admin_user):
    Group.objects.get(name="Moderators").user_set.clear()
    call_command("send_review_digest", stdout=io.StringIO())
    assert "Carol page" in sent_to(admin_user.email).body


def test_a_dry_run_says_who_would_get_what_and_sends_nothing(digest_world):
    out = io.StringIO()
    call_command("send_review_digest", "--dry-run", stdout=out)
    assert mail.outbox == []
    output = out.getvalue()
    assert "Would send to alice@example.org (fr): 2 pages to review" in output
    assert "Would send to moira@example.org (en): 1 pages whose owner has left" in output
    assert "Alice overdue" in output and "Alice later" not in output


class RefusesBob(EmailBackend):
    """An SMTP server that refuses one recipient."""

    def send_messages(self, messages):
        for message in messages:
            if "bob@example.org" in message.to:
                raise smtplib.SMTPRecipientsRefused({"bob@example.org": (550, b"No such user")})
        return super().send_messages(messages)


@override_settings(EMAIL_BACKEND="tests.portal.test_ownership.RefusesBob")
def test_a_recipient_the_server_refuses_does_not_stop_the_others(digest_world, caplog):
    with pytest.raises(CommandError, match="1 of 3 review digest"):
        call_command("send_review_digest", stdout=io.StringIO(), stderr=io.StringIO())
    assert sorted(message.to[0] for message in mail.outbox) == ["alice@example.org", "moira@example.org"]
    assert "Could not send the review digest to bob@example.org" in caplog.text


def test_nothing_to_send(home, today):
    out = io.StringIO()
    own(home, None, None)
    call_command("send_review_digest", stdout=out)
    assert mail.outbox == []
    assert "nothing to send" in out.getvalue()


# --- Documentation -----------------------------------------------------------------------------------------


def test_the_documented_periods_are_those_of_the_code():
    """docs/ownership.md lists every page type's review period: | Page type | `label` | period |."""
    doc = (Path(settings.BASE_DIR) / "docs" / "ownership.md").read_text(encoding="utf-8")
    documented = {}
    for line in doc.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and re.fullmatch(r"`[\w.]+`", cells[1]):
            documented[cells[1].strip("`")] = cells[2]
    expected = {label: str(period) for label, period in ownership.REVIEW_PERIODS.items()}
    expected["DEFAULT"] = str(ownership.DEFAULT)
    assert documented == expected
