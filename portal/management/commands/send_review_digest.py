"""Email each content owner the pages they own that are overdue or soon due for review, and the moderators
the pages whose owner has left. Meant for a daily timer: see docs/ownership.md.

Each owner gets one message in their admin language (their Wagtail profile's, else the site's), plain
text with an HTML alternative, with absolute links to the pages' edit views. One message that cannot
be sent does not stop the others: the error is logged and the command exits with an error at the end.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from portal import ownership

logger = logging.getLogger(__name__)

# The group portal.roles sets up for the people who publish and moderate.
MODERATORS_GROUP = "Moderators"


@dataclass
class Digest:
    recipient: object
    template: str
    rows: list
    language: str = ""

    @property
    def count(self):
        return len(self.rows)


class Command(BaseCommand):
    help = (
        "Email each content owner the pages they own that are overdue or due for review within --days days, "
        "and the moderators (or, if there are none, the superusers) the pages whose owner has left."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=14,
            help="Also list the pages due for review within this many days (default: 14).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say who would get what; send nothing.")

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        today = timezone.localdate()
        digests = self.digests(ownership.review_rows(today=today, due_within=days))
        languages = self.languages([digest.recipient for digest in digests])
        for digest in digests:
            digest.language = languages.get(digest.recipient.pk, settings.LANGUAGE_CODE)
        if not digests:
            self.stdout.write("No page to review and no page without its owner: nothing to send.")
            return
        if dry_run:
            for digest in digests:
                self.describe(digest)
            self.stdout.write(f"Dry run: {len(digests)} message(s) not sent.")
            return

        connection = get_connection()
        failed = 0
        for digest in digests:
            message = self.message(digest, days, connection)
            try:
                sent = connection.send_messages([message])
            except Exception:
                # Whatever the backend raises (refused recipient, lost connection...), the others still go.
                logger.exception("Could not send the review digest to %s", digest.recipient.email)
                sent = 0
            if sent:
                self.stdout.write(f"Sent to {digest.recipient.email}: {digest.count} page(s).")
            else:
                failed += 1
                self.stderr.write(f"Could not send to {digest.recipient.email}.")
        if failed:
            raise CommandError(f"{failed} of {len(digests)} review digest(s) could not be sent.")
        self.stdout.write(f"Sent {len(digests)} review digest(s).")

    def digests(self, rows):
        """One digest per active owner with an address and pages due; one per moderator for pages whose owner left."""
        by_owner = defaultdict(list)
        orphans = []
        for row in rows:
            if row.owner_left:
                orphans.append(row)
            elif row.owner is not None and row.owner.email and (row.is_overdue or row.is_due_soon):
                by_owner[row.owner].append(row)
        digests = [
            Digest(owner, "review_digest", owned)
            for owner, owned in sorted(by_owner.items(), key=lambda item: item[0].email.casefold())
        ]
        if orphans:
            digests += [Digest(moderator, "owner_left_digest", orphans) for moderator in self.moderators()]
        return digests

    def moderators(self):
        users = get_user_model().objects.filter(is_active=True).exclude(email="").order_by("email")
        moderators = list(users.filter(groups__name=MODERATORS_GROUP).distinct())
        return moderators or list(users.filter(is_superuser=True))

    def languages(self, users):
        """{user id: admin language} for the users whose profile names one the admin offers."""
        available = {code for code, _name in get_available_admin_languages()}
        preferred = UserProfile.objects.filter(user__in=[user.pk for user in users]).exclude(preferred_language="")
        return {
            user_id: language
            for user_id, language in preferred.values_list("user_id", "preferred_language")
            if language in available
        }

    def message(self, digest, days, connection):
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        with translation.override(digest.language):
            context = {
                "LANGUAGE_CODE": digest.language,
                "name": ownership.display_name(digest.recipient),
                "rows": digest.rows,
                "overdue": [row for row in digest.rows if row.is_overdue],
                "due_soon": [row for row in digest.rows if not row.is_overdue],
                "count": digest.count,
                "days": days,
                "base_url": base_url,
                "report_url": base_url + reverse("content_review_report"),
            }
            if digest.template == "review_digest":
                subject = ngettext("%(count)s page to review", "%(count)s pages to review", digest.count)
            else:
                subject = ngettext(
                    "%(count)s page needs a new content owner", "%(count)s pages need a new content owner", digest.count
                )
            message = EmailMultiAlternatives(
                subject=subject % {"count": digest.count},
                body=render_to_string(f"portal/emails/{digest.template}.txt", context),
                to=[digest.recipient.email],
                connection=connection,
            )
            message.attach_alternative(render_to_string(f"portal/emails/{digest.template}.html", context), "text/html")
        return message

    def describe(self, digest):
        kind = "pages to review" if digest.template == "review_digest" else "pages whose owner has left"
        self.stdout.write(f"Would send to {digest.recipient.email} ({digest.language}): {digest.count} {kind}")
        for row in digest.rows:
            states = ", ".join(state for state in sorted(row.states))
            due = row.review_by.isoformat() if row.review_by else "no date"
            self.stdout.write(f"  - {row.title} [{row.locale.language_code}] {due} ({states})")
