"""Editorial roles: the groups, exactly what each may do, and the workflows pages go through.

The table in :data:`ROLES` is the single source: the data migration, ``manage.py sync_roles`` and the demo
content apply it, the permission matrix test checks it, and docs/editors.md explains it. Applying it is
idempotent and exact: a role's group ends up with the permissions listed here and no others.

Page permissions hang on parts of the tree that exist only once pages do (each language's home page, the
press rooms, the event lists, an organisation's profile), so applying runs again whenever such a page is
created (see :func:`sync_page_roots_on_create`).

Group names are stored in the database and stay in English; the admin shows them as they are.
"""

from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

# --- The roles ----------------------------------------------------------------------------------------------

COMMUNICATION_OFFICERS = "Communication officers"
MODERATORS = "Moderators"
PRESS_OFFICERS = "Press officers"
EVENT_MANAGERS = "Event managers"
TRANSLATORS_PREFIX = "Translators"  # one group per language: "Translators (fr)"
PARTNER_EDITORS = "Partner editors"
PARTNER_GROUP_PREFIX = "Partner editor: "  # one group per organisation, holding its page permission

# Taxonomies and people: the shared content every section picks from.
CONTENT_SNIPPETS = (
    "home.person",
    "portal.topic",
    "portal.interventionfield",
    "portal.interventiontype",
    "portal.substance",
    "portal.targetgroup",
    "portal.setting",
    "portal.audience",
    "portal.resourcetype",
    "search.searchsynonym",
)


def _model_perms(models, actions):
    return tuple(f"{model.split('.')[0]}.{action}_{model.split('.')[1]}" for model in models for action in actions)


ACCESS_ADMIN = ("wagtailadmin.access_admin",)
# Speakers, moderators and media contacts are people: those who add them to pages may add and correct them.
PEOPLE = _model_perms(("home.person",), ("add", "change", "view"))
SUBMIT_TRANSLATION = ("wagtail_localize.submit_translation",)


@dataclass(frozen=True)
class Role:
    group: str
    label: str
    summary: str
    #: Model permissions ("app_label.codename") held by the group itself.
    permissions: tuple = ()
    #: Page permission codenames, granted on every page :attr:`pages_at` names.
    page_permissions: tuple = ()
    #: "site" (the root: every language), "press" (every press room), "events" (every event list), "none".
    pages_at: str = "none"
    #: Image and document permissions on the root collection (so on every collection).
    collection_permissions: tuple = field(default=("choose_image", "choose_document"))


EDIT_MEDIA = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")

ROLES = {
    "communication_officer": Role(
        group=COMMUNICATION_OFFICERS,
        label=_("Communication officer"),
        summary=_(
            "Creates and edits every public page, the people and the shared lists, and submits pages for "
            "moderation. Cannot publish."
        ),
        permissions=ACCESS_ADMIN + SUBMIT_TRANSLATION + _model_perms(CONTENT_SNIPPETS, ("add", "change", "view")),
        page_permissions=("add_page", "change_page"),
        pages_at="site",
        collection_permissions=EDIT_MEDIA,
    ),
    "moderator": Role(
        group=MODERATORS,
        label=_("Moderator"),
        summary=_(
            "Approves, publishes, unpublishes, moves and deletes pages; manages workflows, redirects, promoted "
            "search results, site settings and every request sent through the site."
        ),
        permissions=ACCESS_ADMIN
        + SUBMIT_TRANSLATION
        + _model_perms(CONTENT_SNIPPETS, ("add", "change", "delete", "view"))
        + _model_perms(("home.joinrequest", "resources.interviewrequest"), ("change", "delete", "view"))
        + _model_perms(("resources.previewlink",), ("add", "change", "delete", "view"))
        + _model_perms(("wagtailcore.workflow", "wagtailcore.task"), ("add", "change", "delete"))
        + _model_perms(
            ("wagtailredirects.redirect", "wagtailsearchpromotions.searchpromotion"), ("add", "change", "delete")
        )
        + ("portal.change_sitesettings",),
        page_permissions=("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
        pages_at="site",
        collection_permissions=EDIT_MEDIA + ("delete_image", "delete_document"),
    ),
    "press_officer": Role(
        group=PRESS_OFFICERS,
        label=_("Press officer"),
        summary=_(
            "Writes press releases, factsheets and press packs, reviews them before a moderator publishes, "
            "shares embargoed items through preview links and answers interview requests."
        ),
        permissions=ACCESS_ADMIN
        + SUBMIT_TRANSLATION
        + PEOPLE
        + _model_perms(("resources.previewlink",), ("add", "change", "view"))
        + _model_perms(("resources.interviewrequest",), ("change", "view")),
        page_permissions=("add_page", "change_page"),
        pages_at="press",
        collection_permissions=EDIT_MEDIA,
    ),
    "event_manager": Role(
        group=EVENT_MANAGERS,
        label=_("Event manager"),
        summary=_(
            "Creates, edits and publishes events and their sessions, rooms and tracks, so that a programme "
            "change on the day is online at once."
        ),
        permissions=ACCESS_ADMIN + SUBMIT_TRANSLATION + PEOPLE,
        page_permissions=("add_page", "change_page", "publish_page"),
        pages_at="events",
        collection_permissions=EDIT_MEDIA,
    ),
    "translator": Role(
        group=TRANSLATORS_PREFIX,
        label=_("Translator"),
        summary=_(
            "Edits the pages of the languages assigned (one group per language) and submits them for "
            "moderation. Cannot edit the English source or publish."
        ),
        permissions=ACCESS_ADMIN,
        page_permissions=("change_page",),
        pages_at="language",
    ),
    "partner_editor": Role(
        group=PARTNER_EDITORS,
        label=_("Partner editor"),
        summary=_(
            "Edits the profile of their own organisation (in every language it has) and submits it for "
            "moderation. Sees no other page."
        ),
        permissions=ACCESS_ADMIN,
        collection_permissions=("add_image", "choose_image"),
    ),
}

#: The workflows, by name: their tasks in order (group approval tasks named after the group that approves).
SITE_WORKFLOW = "Site moderation"
PRESS_WORKFLOW = "Press approval"
MODERATOR_TASK = "Moderator approval"
PRESS_TASK = "Press office review"


def translation_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def translator_group_name(language_code):
    return f"{TRANSLATORS_PREFIX} ({language_code})"


def partner_group_name(organisation):
    return f"{PARTNER_GROUP_PREFIX}{organisation.title} ({organisation.translation_key.hex[:8]})"


# --- Applying them --------------------------------------------------------------------------------------------


class RoleSync:
    """Apply :data:`ROLES` with the given app registry (the migration's historical one, or the live one)."""

    def __init__(self, apps=global_apps):
        self.apps = apps
        self.Group = apps.get_model("auth", "Group")
        self.Permission = apps.get_model("auth", "Permission")
        self.Page = apps.get_model("wagtailcore", "Page")
        self.Locale = apps.get_model("wagtailcore", "Locale")
        self.GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        self.GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
        self.Collection = apps.get_model("wagtailcore", "Collection")
        self._permissions = {}

    def permission(self, name):
        if name not in self._permissions:
            app_label, codename = name.split(".")
            try:
                self._permissions[name] = self.Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            except self.Permission.DoesNotExist as error:
                raise LookupError(f"Permission {name} does not exist; run migrate first.") from error
        return self._permissions[name]

    def media_permission(self, codename):
        app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
        return self.permission(f"{app_label}.{codename}")

    # Where page permissions hang.
    def page_roots(self, role, language_code=None):
        if role.pages_at == "site":
            return list(self.Page.objects.filter(depth=1).values_list("pk", flat=True))
        if role.pages_at == "press":
            return list(self.apps.get_model("resources", "PressRoomPage").objects.values_list("pk", flat=True))
        if role.pages_at == "events":
            return list(self.apps.get_model("events", "EventIndexPage").objects.values_list("pk", flat=True))
        if role.pages_at == "language":
            pages = self.Page.objects.filter(depth=2, locale__language_code=language_code)
            return list(pages.values_list("pk", flat=True))
        return []

    def groups_for(self, role):
        """(group name, language code) pairs: translators have one group per language but the source."""
        if role.pages_at != "language":
            return [(role.group, None)]
        return [(translator_group_name(code), code) for code in translation_languages()]

    def set_page_permissions(self, group, pages, codenames):
        wanted = {(page, self.permission(f"wagtailcore.{codename}").pk) for page in pages for codename in codenames}
        existing = {
            (row.page_id, row.permission_id): row.pk for row in self.GroupPagePermission.objects.filter(group=group)
        }
        stale = [pk for key, pk in existing.items() if key not in wanted]
        if stale:
            self.GroupPagePermission.objects.filter(pk__in=stale).delete()
        self.GroupPagePermission.objects.bulk_create(
            [
                self.GroupPagePermission(group=group, page_id=page, permission_id=permission)
                for page, permission in sorted(wanted - set(existing))
            ]
        )

    def set_collection_permissions(self, group, codenames):
        root = self.Collection.objects.filter(depth=1).first()
        wanted = {(root.pk, self.media_permission(codename).pk) for codename in codenames} if root else set()
        existing = {
            (row.collection_id, row.permission_id): row.pk
            for row in self.GroupCollectionPermission.objects.filter(group=group)
        }
        stale = [pk for key, pk in existing.items() if key not in wanted]
        if stale:
            self.GroupCollectionPermission.objects.filter(pk__in=stale).delete()
        self.GroupCollectionPermission.objects.bulk_create(
            [
                self.GroupCollectionPermission(group=group, collection_id=collection, permission_id=permission)
                for collection, permission in sorted(wanted - set(existing))
            ]
        )

    def apply_role(self, role):
        for name, language_code in self.groups_for(role):
            group, _created = self.Group.objects.get_or_create(name=name)
            group.permissions.set([self.permission(permission) for permission in role.permissions])
            self.set_page_permissions(group, self.page_roots(role, language_code), role.page_permissions)
            self.set_collection_permissions(group, role.collection_permissions)

    def apply_partner_groups(self):
        """Each organisation's group edits that organisation's page in every language it has."""
        organisations = self.apps.get_model("home", "OrganisationPage").objects
        for group in self.Group.objects.filter(name__startswith=PARTNER_GROUP_PREFIX):
            pages = set(self.GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
            keys = organisations.filter(pk__in=pages).values_list("translation_key", flat=True)
            translations = organisations.filter(translation_key__in=list(keys)).values_list("pk", flat=True)
            self.set_page_permissions(group, list(translations), ("change_page",))
            group.permissions.set([])
            self.GroupCollectionPermission.objects.filter(group=group).delete()

    def apply_workflows(self):
        Workflow = self.apps.get_model("wagtailcore", "Workflow")
        WorkflowTask = self.apps.get_model("wagtailcore", "WorkflowTask")
        WorkflowPage = self.apps.get_model("wagtailcore", "WorkflowPage")
        GroupApprovalTask = self.apps.get_model("wagtailcore", "GroupApprovalTask")
        ContentType = self.apps.get_model("contenttypes", "ContentType")
        task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")

        def approval_task(name, group_name, renamed_from=None):
            task = GroupApprovalTask.objects.filter(name=name).first()
            if task is None and renamed_from:
                task = GroupApprovalTask.objects.filter(name=renamed_from).first()
            if task is None:
                task = GroupApprovalTask.objects.create(name=name, content_type=task_type, active=True)
            task.name, task.active = name, True
            task.save()
            task.groups.set([self.Group.objects.get(name=group_name)])
            return task

        def workflow(name, tasks, renamed_from=None):
            flow = Workflow.objects.filter(name=name).first()
            if flow is None and renamed_from:
                flow = Workflow.objects.filter(name=renamed_from).first()
            if flow is None:
                flow = Workflow.objects.create(name=name, active=True)
            flow.name, flow.active = name, True
            flow.save()
            WorkflowTask.objects.filter(workflow=flow).exclude(task__in=[task.pk for task in tasks]).delete()
            for order, task in enumerate(tasks):
                WorkflowTask.objects.update_or_create(workflow=flow, task_id=task.pk, defaults={"sort_order": order})
            return flow

        # Wagtail's own migrations made a "Moderators approval" workflow and task on the root: they become ours.
        moderator_task = approval_task(MODERATOR_TASK, MODERATORS, renamed_from="Moderators approval")
        press_task = approval_task(PRESS_TASK, PRESS_OFFICERS)
        site = workflow(SITE_WORKFLOW, [moderator_task], renamed_from="Moderators approval")
        press = workflow(PRESS_WORKFLOW, [press_task, moderator_task])
        for root in self.Page.objects.filter(depth=1).values_list("pk", flat=True):
            WorkflowPage.objects.update_or_create(page_id=root, defaults={"workflow": site})
        for room in self.apps.get_model("resources", "PressRoomPage").objects.values_list("pk", flat=True):
            WorkflowPage.objects.update_or_create(page_id=room, defaults={"workflow": press})

    def run(self):
        for role in ROLES.values():
            self.apply_role(role)
        self.apply_partner_groups()
        self.apply_workflows()
        # Wagtail's initial "Editors" group is replaced by the communication officers.
        editors = self.Group.objects.filter(name="Editors").first()
        if editors is not None and not editors.user_set.exists():
            editors.delete()


def sync_roles(apps=global_apps):
    with transaction.atomic():
        RoleSync(apps).run()


def grant_partner_editor(user, organisation):
    """Let ``user`` edit ``organisation`` (every translation of it) and nothing else; returns the group."""
    from django.contrib.auth.models import Group

    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=partner_group_name(organisation))
        sync = RoleSync()
        translations = type(organisation).objects.filter(translation_key=organisation.translation_key)
        sync.set_page_permissions(group, list(translations.values_list("pk", flat=True)), ("change_page",))
        user.groups.add(group, Group.objects.get(name=PARTNER_EDITORS))
    return group


# Page types whose creation adds a place where a role's permissions hang.
ROOT_MODELS = ("home.HomePage", "resources.PressRoomPage", "events.EventIndexPage", "home.OrganisationPage")


def sync_page_roots_on_create(sender, instance, created, raw=False, **kwargs):
    """post_save receiver (connected in PortalConfig.ready) for the page types in :data:`ROOT_MODELS`.

    Once per transaction however many such pages it creates (the demo content creates dozens).
    """
    if not created or raw:
        return
    connection = transaction.get_connection()
    if not any(entry[1] is _sync_after_commit for entry in connection.run_on_commit):
        transaction.on_commit(_sync_after_commit)


def _sync_after_commit():
    from django.contrib.auth.models import Group

    # Before the roles' migration has run (a fresh test database built without it), there is nothing to extend.
    if Group.objects.filter(name=MODERATORS).exists():
        sync_roles()
