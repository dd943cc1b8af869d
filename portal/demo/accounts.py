"""Demo accounts, one per editorial role, and an owner and review date on every demo page.

The accounts share one documented password (``DEMO_ACCOUNTS_PASSWORD``, default below), so that a newcomer
can log in as each role in turn. They exist only in the demo content: never load it on a public server.
"""

import datetime
import os

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Revision

from portal.models import BasePage
from portal.roles import (
    COMMUNICATION_OFFICERS,
    EVENT_MANAGERS,
    MODERATORS,
    PRESS_OFFICERS,
    grant_partner_editor,
    sync_roles,
    translator_group_name,
)

DEFAULT_PASSWORD = "try-the-portal"  # noqa: S105 - the demo accounts' documented password  # nosec B105


def demo_password():
    return os.environ.get("DEMO_ACCOUNTS_PASSWORD") or DEFAULT_PASSWORD


# username, first name, last name, group (None: see below), what to try with it.
ACCOUNTS = (
    ("officer", "Camille", "Communication officer", COMMUNICATION_OFFICERS, "write a page, submit it for moderation"),
    ("moderator", "Morgan", "Moderator", MODERATORS, "approve, publish, unpublish, manage workflows"),
    ("press", "Paz", "Press officer", PRESS_OFFICERS, "press items, preview links, interview requests"),
    ("events", "Eli", "Event manager", EVENT_MANAGERS, "events and sessions, published at once"),
    ("translator", "Frédérique", "Translator (French)", translator_group_name("fr"), "translate into French"),
    ("partner", "Pat", "Partner editor (Infor-Drogues)", None, "edit Infor-Drogues' profile only"),
)
PARTNER_ORGANISATION = "infor-drogues"
#: An account that has left the organisation: the pages it owns show in the review report.
FORMER_OWNER = ("former.officer", "Alex", "Former communication officer")


def ensure_accounts(builder):
    """Finaliser of the demo's last section: roles, accounts, then page owners and review dates."""
    sync_roles()
    users = {}
    password = demo_password()
    user_model = get_user_model()
    created = updated = 0
    for username, first_name, last_name, group_name, _purpose in ACCOUNTS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model.objects.create_user(
                username, f"{username}@example.org", password, first_name=first_name, last_name=last_name
            )
            created += 1
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
            updated += 1
        if group_name is not None:
            user.groups.add(Group.objects.get(name=group_name))
        users[username] = user
    grant_partner_editor(users["partner"], builder.page(f"org-{PARTNER_ORGANISATION}"))
    username, first_name, last_name = FORMER_OWNER
    former, made = user_model.objects.get_or_create(
        username=username,
        defaults={"first_name": first_name, "last_name": last_name, "email": "", "is_active": False},
    )
    if made:
        former.set_unusable_password()
        former.save(update_fields=["password"])
    users[username] = former
    builder.record("demo accounts", "created" if created else "updated" if updated else "unchanged")
    assigned = assign_owners(users)
    builder.record("page owners and review dates", f"set on {assigned} page(s)" if assigned else "unchanged")


# Which account answers for each section, by page type; everything else is the communication officer's.
OWNERS = {
    "resources.PressRoomPage": "press",
    "resources.PressReleasePage": "press",
    "events.EventIndexPage": "events",
    "events.EventPage": "events",
    "events.SessionPage": "events",
}
# A few pages are overdue, and a few belong to someone who left, so the report and dashboard have content.
OVERDUE_SLUGS = {"legal-notice", "mentions-legales", "privacy", "confidentialite"}
LEFT_OWNER_SLUGS = {"contact"}
REVIEW_IN_DAYS = 180


def assign_owners(users):
    """Give every demo page without an owner its owner and review date (the row and its revisions alike).

    Pages that already have an owner are left as they are, so a second load changes nothing, and an
    editor's choices survive it.
    """
    today = timezone.localdate()
    count = 0
    for model in [model for model in apps.get_models() if issubclass(model, BasePage)]:
        label = model._meta.label
        pages = model.objects.filter(Q(content_owner__isnull=True) | Q(review_by__isnull=True)).exclude(
            alias_of__isnull=False
        )
        for page in pages.only("pk", "slug", "content_owner_id", "review_by", "latest_revision_id"):
            owner = users["former.officer"] if page.slug in LEFT_OWNER_SLUGS else users[OWNERS.get(label, "officer")]
            if page.slug in OVERDUE_SLUGS:
                review_by = today - datetime.timedelta(days=14)
            else:
                review_by = today + datetime.timedelta(days=REVIEW_IN_DAYS)
            values = {
                "content_owner_id": page.content_owner_id or owner.pk,
                "review_by": page.review_by or review_by,
            }
            model.objects.filter(pk=page.pk).update(**values)
            # The editor opens the latest revision: it must carry the same values.
            content = {"content_owner": values["content_owner_id"], "review_by": values["review_by"].isoformat()}
            for revision in Revision.page_revisions.filter(object_id=str(page.pk)).only("pk", "content"):
                revision.content.update(content)
                Revision.objects.filter(pk=revision.pk).update(content=revision.content)
            count += 1
    return count


def describe_accounts():
    """Lines for the console: each account, its role and what to try with it."""
    lines = []
    for username, _first, last_name, _group, purpose in ACCOUNTS:
        lines.append(f"{username:<11} {last_name}: {purpose}")
    return lines
