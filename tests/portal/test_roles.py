"""The editorial roles: each role, logged in, can do exactly what docs/editors.md's table says, and no more.

The matrix below is the permission table of docs/editors.md written as data: for each key admin view or
action, the roles allowed. Every role is tried on every row; allowed means the view answers (200, or the
action's redirect), denied means Wagtail's refusal (403, or the redirect to the dashboard with its
"no permission" message). It includes the cases of Wagtail's recent advisories: comparing revisions,
copying a page one cannot view, translating a page one cannot edit, chooser endpoints, and requests
(the portal's form submissions) belonging to another part of the site.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Site, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import SessionPage
from home.models import OrganisationPage, StandardPage
from portal import roles
from portal.roles import ROLES, grant_partner_editor, sync_roles, translator_group_name
from resources.models import PressReleasePage
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import (
    add_directory,
    add_join_request,
    add_organisation,
    add_project,
    add_project_index,
    add_working_group,
)
from tests.factories.pages import add_standard_page, build_site, translate_page
from tests.factories.press import add_interview_request, add_press_item, add_press_room, in_days
from tests.factories.resources import add_practice, add_practice_index

ROLE_USERS = ("officer", "moderator", "press", "events", "translator", "partner")
OFFICER, MODERATOR, PRESS, EVENTS, TRANSLATOR, PARTNER = ROLE_USERS
EVERYONE = frozenset(ROLE_USERS)
NOBODY = frozenset()


def allowed(*names):
    return frozenset(names)


@pytest.fixture
def world(db):
    home = build_site(languages=("fr",))
    about = add_standard_page(home, "About the network", slug="about")
    about_fr = translate_page(about, "fr", title="À propos du réseau")
    directory = add_directory(home)
    infor = add_organisation(directory, "Infor-Drogues")
    infor_fr = translate_page(infor, "fr", summary="Infor-Drogues informe sur les drogues.")
    other = add_organisation(directory, "Ex Aequo")
    room = add_press_room(home)
    item = add_press_item(room, "Cities meet on drugs", release_at=in_days(-2))
    events = add_event_index(home)
    event = add_event(events, "Efus conference", start=at(2024, 11, 20), end=at(2024, 11, 21))
    session = add_session(event, "Opening", at(2024, 11, 20, 9), at(2024, 11, 20, 10))
    practices = add_practice_index(home)
    practice = add_practice(practices, "Housing first in Brussels")
    projects = add_project_index(home)
    group = add_working_group(add_project(projects, "Head-Up"), "Prevention group")
    join_request = add_join_request(group)
    interview = add_interview_request(room)
    sync_roles()

    user_model = get_user_model()
    users = {}
    groups = {
        OFFICER: roles.COMMUNICATION_OFFICERS,
        MODERATOR: roles.MODERATORS,
        PRESS: roles.PRESS_OFFICERS,
        EVENTS: roles.EVENT_MANAGERS,
        TRANSLATOR: translator_group_name("fr"),
    }
    for name in ROLE_USERS:
        user = user_model.objects.create_user(name, f"{name}@example.org", "a-long-password-1")
        if name in groups:
            user.groups.add(Group.objects.get(name=groups[name]))
        users[name] = user
    grant_partner_editor(users[PARTNER], infor)
    draft = StandardPage(title="Officer's draft", slug="officers-draft", owner=users[OFFICER], live=False)
    home.add_child(instance=draft)
    draft.save_revision(user=users[OFFICER])
    about.save_revision(user=users[MODERATOR])  # a second revision, so there is something to compare
    return {
        "home": home,
        "home_fr": home.get_translation(Locale.objects.get(language_code="fr")),
        "about": about,
        "about_fr": about_fr,
        "draft": draft,
        "directory": directory,
        "infor": infor,
        "infor_fr": infor_fr,
        "other": other,
        "room": room,
        "item": item,
        "events": events,
        "event": event,
        "session": session,
        "practices": practices,
        "practice": practice,
        "join_request": join_request,
        "interview": interview,
        "site": Site.objects.get(is_default_site=True),
        "users": users,
    }


def page_url(name, page_key, *extra):
    return lambda w: reverse(f"wagtailadmin_pages:{name}", args=[w[page_key].pk, *extra])


def add_url(model, parent_key):
    app_label, model_name = model.split(".")
    return lambda w: reverse("wagtailadmin_pages:add", args=[app_label, model_name, w[parent_key].pk])


def compare_url(w):
    revisions = list(w["about"].revisions.order_by("pk").values_list("pk", flat=True))
    return reverse("wagtailadmin_pages:revisions_compare", args=[w["about"].pk, f"{revisions[0]}", f"{revisions[-1]}"])


def revision_url(w):
    return reverse("wagtailadmin_pages:revisions_view", args=[w["about"].pk, w["about"].latest_revision_id])


def snippet_url(model, view="list", key=None):
    app_label, model_name = model.split(".")

    def build(w):
        if view == "list":
            return reverse(f"wagtailsnippets_{app_label}_{model_name}:list")
        if view == "add":
            return reverse(f"wagtailsnippets_{app_label}_{model_name}:add")
        if view == "choose":
            return reverse(f"wagtailsnippetchoosers_{app_label}_{model_name}:choose")
        return reverse(f"wagtailsnippets_{app_label}_{model_name}:{view}", args=[w[key].pk])

    return build


def explore(key):
    return lambda w: reverse("wagtailadmin_explore", args=[w[key].pk])


def fixed(url):
    return lambda w: url


def translate_page_url(key):
    return lambda w: reverse("wagtail_localize:submit_page_translation", args=[w[key].pk])


def sync_translations_url(w):
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(w["about"])
    return reverse("wagtail_localize:update_translations", args=[source.pk])


PAGE_EDITORS = allowed(OFFICER, MODERATOR)
# (what, url builder, roles allowed)
MATRIX = [
    # The dashboard, and the shared choosers every editor uses.
    ("dashboard", fixed("/admin/"), EVERYONE),
    ("page chooser", fixed("/admin/choose-page/"), EVERYONE),
    ("image chooser", fixed("/admin/images/chooser/"), EVERYONE),
    ("document chooser", fixed("/admin/documents/chooser/"), EVERYONE),
    # Explore and create.
    ("edit the English home page", page_url("edit", "home"), PAGE_EDITORS),
    # The explorer sends others to the part of the tree they work on. A partner editor's profile exists in
    # two languages, so their part is the whole tree: they may open any level, which lists only the way to
    # their profile (see test_partner_cannot_reach_another_organisation).
    ("explore the press room", explore("room"), allowed(OFFICER, MODERATOR, PRESS, PARTNER)),
    ("explore the event list", explore("events"), allowed(OFFICER, MODERATOR, EVENTS, PARTNER)),
    ("explore the French tree", explore("home_fr"), allowed(OFFICER, MODERATOR, TRANSLATOR, PARTNER)),
    ("explore the directory", explore("directory"), allowed(OFFICER, MODERATOR, PARTNER)),
    ("create a standard page (en)", add_url("home.standardpage", "home"), PAGE_EDITORS),
    ("create a standard page (fr)", add_url("home.standardpage", "home_fr"), PAGE_EDITORS),
    ("create a press item", add_url("resources.pressreleasepage", "room"), allowed(OFFICER, MODERATOR, PRESS)),
    ("create a session", add_url("events.sessionpage", "event"), allowed(OFFICER, MODERATOR, EVENTS)),
    ("create a practice example", add_url("resources.practicepage", "practices"), PAGE_EDITORS),
    # Edit, by section and language.
    ("edit a standard page (en)", page_url("edit", "about"), PAGE_EDITORS),
    ("edit a standard page (fr)", page_url("edit", "about_fr"), allowed(OFFICER, MODERATOR, TRANSLATOR)),
    ("edit the partner's organisation (en)", page_url("edit", "infor"), allowed(OFFICER, MODERATOR, PARTNER)),
    (
        "edit the partner's organisation (fr)",
        page_url("edit", "infor_fr"),
        allowed(OFFICER, MODERATOR, PARTNER, TRANSLATOR),
    ),
    ("edit another organisation", page_url("edit", "other"), PAGE_EDITORS),
    ("edit a press item", page_url("edit", "item"), allowed(OFFICER, MODERATOR, PRESS)),
    ("edit a session", page_url("edit", "session"), allowed(OFFICER, MODERATOR, EVENTS)),
    ("edit a practice example", page_url("edit", "practice"), PAGE_EDITORS),
    # Publication and the tree.
    ("unpublish a standard page", page_url("unpublish", "about"), allowed(MODERATOR)),
    ("unpublish a session", page_url("unpublish", "session"), allowed(MODERATOR, EVENTS)),
    ("delete a live page", page_url("delete", "about"), allowed(MODERATOR)),
    ("delete one's own draft", page_url("delete", "draft"), allowed(OFFICER, MODERATOR)),
    ("move a page", page_url("move", "about"), allowed(MODERATOR)),
    ("copy a page", page_url("copy", "about"), PAGE_EDITORS),
    ("copy a press item", page_url("copy", "item"), allowed(OFFICER, MODERATOR, PRESS)),
    # Revisions and previews.
    ("page history", page_url("history", "about"), PAGE_EDITORS),
    ("compare revisions", compare_url, PAGE_EDITORS),
    ("preview a revision", revision_url, PAGE_EDITORS),
    ("view the draft", page_url("view_draft", "about"), PAGE_EDITORS),
    ("view the partner's draft", page_url("view_draft", "infor"), allowed(OFFICER, MODERATOR, PARTNER)),
    ("workflow history", page_url("workflow_history", "about"), PAGE_EDITORS),
    # Translation.
    ("translate a page", translate_page_url("about"), allowed(OFFICER, MODERATOR)),
    ("translate the partner's organisation", translate_page_url("infor"), allowed(OFFICER, MODERATOR)),
    ("translate a press item", translate_page_url("item"), allowed(OFFICER, MODERATOR, PRESS)),
    ("sync translated pages", sync_translations_url, allowed(OFFICER, MODERATOR)),
    # Shared content (snippets).
    ("people", snippet_url("home.person"), allowed(OFFICER, MODERATOR, PRESS, EVENTS)),
    ("add a person", snippet_url("home.person", "add"), allowed(OFFICER, MODERATOR, PRESS, EVENTS)),
    ("person chooser", snippet_url("home.person", "choose"), allowed(OFFICER, MODERATOR, PRESS, EVENTS)),
    ("taxonomies", snippet_url("portal.topic"), PAGE_EDITORS),
    ("add a topic", snippet_url("portal.topic", "add"), PAGE_EDITORS),
    ("search synonyms", snippet_url("search.searchsynonym"), PAGE_EDITORS),
    # Requests sent through the site (the portal's form submissions).
    ("join requests", snippet_url("home.joinrequest"), allowed(MODERATOR)),
    ("a join request", snippet_url("home.joinrequest", "inspect", "join_request"), allowed(MODERATOR)),
    ("join request chooser", snippet_url("home.joinrequest", "choose"), allowed(MODERATOR)),
    ("interview requests", snippet_url("resources.interviewrequest"), allowed(MODERATOR, PRESS)),
    ("an interview request", snippet_url("resources.interviewrequest", "edit", "interview"), allowed(MODERATOR, PRESS)),
    ("interview request chooser", snippet_url("resources.interviewrequest", "choose"), allowed(MODERATOR, PRESS)),
    ("embargo preview links", snippet_url("resources.previewlink"), allowed(MODERATOR, PRESS)),
    ("new embargo preview link", snippet_url("resources.previewlink", "add"), allowed(MODERATOR, PRESS)),
    ("Wagtail form submissions", fixed("/admin/forms/"), EVERYONE),
    # Site administration.
    (
        "site settings",
        lambda w: reverse("wagtailsettings:edit", args=["portal", "sitesettings", w["site"].pk]),
        allowed(MODERATOR),
    ),
    ("workflows", fixed("/admin/workflows/list/"), allowed(MODERATOR)),
    ("workflow tasks", fixed("/admin/workflows/tasks/index/"), allowed(MODERATOR)),
    ("redirects", fixed("/admin/redirects/"), allowed(MODERATOR)),
    ("promoted search results", fixed("/admin/searchpicks/"), allowed(MODERATOR)),
    ("users", fixed("/admin/users/"), NOBODY),
    ("add a user", lambda w: reverse("wagtailusers_users:add"), NOBODY),
    ("edit a user", lambda w: reverse("wagtailusers_users:edit", args=[w["users"][OFFICER].pk]), NOBODY),
    ("groups", fixed("/admin/groups/"), NOBODY),
    ("locales", fixed("/admin/locales/"), NOBODY),
    ("sites", fixed("/admin/sites/"), NOBODY),
    ("collections", fixed("/admin/collections/"), NOBODY),
    ("site history", fixed("/admin/reports/site-history/"), EVERYONE),
]


def is_denied(response):
    if response.status_code == 403:
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    # Wagtail's refusal for some views: back to the dashboard with "Sorry, you do not have permission...";
    # the explorer's: to the part of the tree the user works on instead.
    if location == reverse("wagtailadmin_home"):
        return True
    explorer = reverse("wagtailadmin_explore_root")
    return location.startswith(explorer) and location != response.request["PATH_INFO"]


def is_allowed(response):
    return response.status_code == 200


@pytest.mark.parametrize("name", ROLE_USERS)
def test_permission_matrix(client, world, name):
    """Every row of the matrix for one role (one page tree per role keeps the suite fast)."""
    client.force_login(world["users"][name])
    wrong = []
    for what, url, roles_allowed in MATRIX:
        address = url(world)
        response = client.get(address)
        expected_ok = name in roles_allowed
        if not (is_allowed(response) if expected_ok else is_denied(response)):
            expected = "allowed" if expected_ok else "denied"
            wrong.append(
                f"{what} ({address}): expected {expected}, got {response.status_code} {response.get('Location', '')}"
            )
    assert not wrong, f"{name}:\n" + "\n".join(wrong)


# --- Actions that change things ------------------------------------------------------------------------------


def standard_page_data(page, action=None, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([]),
        "comments": inline_formset([]),
        **changes,
    }
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


@pytest.mark.parametrize(
    "name,page_key,publishes",
    [
        (OFFICER, "about", False),
        (MODERATOR, "about", True),
        (TRANSLATOR, "about_fr", False),
    ],
)
def test_only_publishers_publish(client, world, name, page_key, publishes):
    page = world[page_key]
    client.force_login(world["users"][name])
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), standard_page_data(page, "publish", title="Changed")
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    # Without the right to publish, "publish" saves a draft: the live page does not change.
    assert (page.title == "Changed") is publishes
    assert page.get_latest_revision_as_object().title == "Changed"


def test_translator_cannot_save_the_source(client, world):
    client.force_login(world["users"][TRANSLATOR])
    page = world["about"]
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), standard_page_data(page, title="X"))
    assert is_denied(response)
    assert page.get_latest_revision_as_object().title == "About the network"


def test_partner_cannot_reach_another_organisation(client, world):
    client.force_login(world["users"][PARTNER])
    other = world["other"]
    for url in (
        reverse("wagtailadmin_pages:edit", args=[other.pk]),
        reverse("wagtailadmin_pages:history", args=[other.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[other.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[other.pk]),
        reverse("wagtailadmin_pages:copy", args=[other.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[other.pk]),
        reverse("wagtailadmin_pages:delete", args=[other.pk]),
    ):
        assert is_denied(client.get(url)), url
    # The directory lists their organisation only; search finds no other page.
    response = client.get(reverse("wagtailadmin_explore", args=[world["directory"].pk]))
    assert "Infor-Drogues" in response.content.decode()
    assert "Ex Aequo" not in response.content.decode()
    other_edit = reverse("wagtailadmin_pages:edit", args=[other.pk])
    assert other_edit not in response.content.decode()
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=Ex+Aequo")
    assert other_edit not in response.content.decode()
    # The press room is not theirs: nothing is listed in it.
    response = client.get(reverse("wagtailadmin_explore", args=[world["room"].pk]), follow=True)
    assert "Cities meet on drugs" not in response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[world["item"].pk]) not in response.content.decode()


@pytest.mark.parametrize("name,may_lock", [(MODERATOR, True), (OFFICER, False), (PARTNER, False)])
def test_only_moderators_lock_pages(client, world, name, may_lock):
    client.force_login(world["users"][name])
    response = client.post(reverse("wagtailadmin_pages:lock", args=[world["about"].pk]))
    assert StandardPage.objects.get(pk=world["about"].pk).locked is may_lock
    if not may_lock:
        assert is_denied(response)


def test_translation_offers_only_languages_the_user_may_create(client, world):
    """A press officer may translate press items into French (the French press room is theirs) and nothing else."""
    room_fr = translate_page(world["room"], "fr")
    sync_roles()
    client.force_login(world["users"][PRESS])
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[world["item"].pk]))
    locales = {locale.language_code for locale in response.context["form"].fields["locales"].queryset}
    assert locales == {"fr"}, locales
    assert room_fr.permissions_for_user(world["users"][PRESS]).can_add_subpage()
    # Submitting another language is refused by the form.
    german = Locale.objects.get_or_create(language_code="de")[0]
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[world["item"].pk]), {"locales": [german.pk]}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not PressReleasePage.objects.filter(locale=german).exists()


def test_sync_cannot_publish_for_someone_who_may_not(client, world):
    # A translation into Italian made with wagtail-localize, so that syncing has something to publish.
    italian = Locale.objects.get(language_code="it")
    client.force_login(world["users"][MODERATOR])
    response = client.post(translate_page_url("about")(world), {"locales": [italian.pk]})
    assert response.status_code == 302
    assert StandardPage.objects.filter(locale=italian, translation_key=world["about"].translation_key).exists()
    client.force_login(world["users"][OFFICER])
    response = client.post(sync_translations_url(world), {"publish_translations": "on"})
    assert is_denied(response)
    italian_page = StandardPage.objects.get(locale=italian, translation_key=world["about"].translation_key)
    assert not italian_page.live
    # Syncing without publishing is theirs to do.
    response = client.post(sync_translations_url(world), {})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[world["home"].pk])


# --- Workflows -------------------------------------------------------------------------------------------------


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment} if comment else {},
    )


def test_site_workflow_happy_path(client, world):
    page = world["about"]
    client.force_login(world["users"][OFFICER])
    mail.outbox.clear()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), standard_page_data(page, "submit", title="Reviewed")
    )
    assert response.status_code == 302
    state = page.current_workflow_state
    assert state.workflow.name == roles.SITE_WORKFLOW
    assert state.current_task_state.task.name == roles.MODERATOR_TASK
    # The moderators are told; nobody else.
    assert any("moderator@example.org" in message.to for message in mail.outbox)
    assert not any("press@example.org" in message.to for message in mail.outbox)
    # The officer cannot approve their own submission.
    assert is_denied(workflow_action(client, page, "approve"))
    assert StandardPage.objects.get(pk=page.pk).title == "About the network"

    client.force_login(world["users"][MODERATOR])
    response = workflow_action(client, page, "approve")
    assert response.status_code in (200, 302)
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title == "Reviewed"
    assert page.live


def test_site_workflow_rejection(client, world):
    page = world["about"]
    client.force_login(world["users"][OFFICER])
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), standard_page_data(page, "submit", title="Bad"))
    client.force_login(world["users"][MODERATOR])
    mail.outbox.clear()
    response = workflow_action(client, page, "reject", comment="Please cite the source.")
    assert response.status_code in (200, 302)
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("pk")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert StandardPage.objects.get(pk=page.pk).title == "About the network"
    # The author hears about it.
    assert any("officer@example.org" in message.to for message in mail.outbox)


def test_press_workflow_goes_through_press_office_then_moderator(client, world):
    item = world["item"]
    assert item.get_workflow().name == roles.PRESS_WORKFLOW
    client.force_login(world["users"][OFFICER])
    item.save_revision(user=world["users"][OFFICER])
    workflow = Workflow.objects.get(name=roles.PRESS_WORKFLOW)
    workflow.start(item, world["users"][OFFICER])
    state = item.current_workflow_state
    assert state.current_task_state.task.name == roles.PRESS_TASK
    # A moderator cannot skip the press office's review; the press officer can do it.
    assert state.current_task_state.task.specific.get_actions(item, world["users"][MODERATOR]) == []
    client.force_login(world["users"][MODERATOR])
    assert is_denied(workflow_action(client, item, "approve"))
    client.force_login(world["users"][PRESS])
    workflow_action(client, item, "approve")
    state.refresh_from_db()
    assert state.current_task_state.task.name == roles.MODERATOR_TASK
    client.force_login(world["users"][MODERATOR])
    workflow_action(client, item, "approve")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


# --- The roles themselves --------------------------------------------------------------------------------------


def test_sync_is_exact_and_idempotent(world):
    officers = Group.objects.get(name=roles.COMMUNICATION_OFFICERS)
    officers.permissions.add(Permission.objects.get(codename="change_sitesettings"))
    sync_roles()
    assert not officers.permissions.filter(codename="change_sitesettings").exists()
    counts = {group.name: group.permissions.count() for group in Group.objects.all()}
    pages = {group.name: group.page_permissions.count() for group in Group.objects.all()}
    sync_roles()
    assert counts == {group.name: group.permissions.count() for group in Group.objects.all()}
    assert pages == {group.name: group.page_permissions.count() for group in Group.objects.all()}


def test_no_role_may_manage_users_or_groups(world):
    for name in ROLE_USERS:
        user = get_user_model().objects.get(username=name)
        for permission in ("add_user", "change_user", "delete_user", "add_group", "change_group"):
            assert not user.has_perm(f"auth.{permission}"), (name, permission)


def test_a_new_language_tree_and_press_room_extend_the_roles(db, django_capture_on_commit_callbacks):
    """Creating a home page or a press room extends translators' and press officers' rights once committed."""
    sync_roles()  # the groups, whatever earlier tests left
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        home = build_site(languages=())
        room = add_press_room(home)
        home_de = translate_page(home, "de")
    # One sync for the whole transaction, however many such pages it created (the others purge the page cache).
    assert sum(callback is roles._sync_after_commit for callback in callbacks) == 1
    translators = Group.objects.get(name=translator_group_name("de"))
    assert translators.page_permissions.filter(page=home_de).exists()
    press = Group.objects.get(name=roles.PRESS_OFFICERS)
    assert press.page_permissions.filter(page=room).exists()
    assert room.get_workflow().name == roles.PRESS_WORKFLOW


def test_every_role_is_documented():
    with open("docs/editors.md", encoding="utf-8") as handle:
        text = handle.read()
    for role in ROLES.values():
        assert str(role.label) in text, role.label
    assert roles.SITE_WORKFLOW in text and roles.PRESS_WORKFLOW in text


def test_root_page_is_the_site_workflow_root(world):
    assert world["about"].get_workflow().name == roles.SITE_WORKFLOW
    assert SessionPage.objects.get(pk=world["session"].pk).get_workflow().name == roles.SITE_WORKFLOW
    assert OrganisationPage.objects.get(pk=world["infor"].pk).get_workflow().name == roles.SITE_WORKFLOW


@pytest.mark.parametrize(
    "name,shown",
    [
        (OFFICER, ["Communication officer", "Cannot publish."]),
        (TRANSLATOR, ["Translator", "(fr)"]),
        (PARTNER, ["Partner editor", "(Infor-Drogues)"]),
    ],
)
def test_dashboard_says_what_each_role_may_do(client, world, name, shown):
    client.force_login(world["users"][name])
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = soup.find(id="your-roles-section").get_text(" ", strip=True)
    for text in shown:
        assert text in panel, (text, panel)
    assert "Moderator" not in panel


def test_scheduled_publishing_and_unpublishing(client, world):
    """A moderator publishes with a go-live and an expiry date: the page waits, goes live, then goes offline."""
    page = world["about"]
    client.force_login(world["users"][MODERATOR])
    now = timezone.now()
    go_live, expire = now + datetime.timedelta(days=2), now + datetime.timedelta(days=5)
    data = standard_page_data(
        page,
        "publish",
        title="Scheduled",
        go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
        expire_at=timezone.localtime(expire).strftime("%Y-%m-%d %H:%M"),
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).title == "About the network"
    with time_machine.travel(go_live + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        page = StandardPage.objects.get(pk=page.pk)
        assert page.live and page.title == "Scheduled"
    with time_machine.travel(expire + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        page = StandardPage.objects.get(pk=page.pk)
        assert not page.live and page.expired


def test_editors_can_comment(client, world):
    client.force_login(world["users"][OFFICER])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[world["about"].pk]))
    assert "comments" in response.context["form"].formsets
