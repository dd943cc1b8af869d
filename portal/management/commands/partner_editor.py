"""Let a user edit one organisation's profile, or take that right away."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.models import OrganisationPage
from portal.roles import PARTNER_GROUP_PREFIX, grant_partner_editor, partner_group_name


class Command(BaseCommand):
    help = (
        "Make USERNAME a partner editor of the organisation whose page has SLUG (in any language): they can edit "
        "that profile in every language and submit it for moderation, and see no other page."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("slug", help="The organisation page's slug, as in its address.")
        parser.add_argument("--remove", action="store_true", help="Take the right away instead.")

    def handle(self, *args, username, slug, remove=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        organisation = OrganisationPage.objects.filter(slug=slug).order_by("depth", "pk").first()
        if organisation is None:
            raise CommandError(f"No organisation page with the slug {slug!r}.")
        if remove:
            user.groups.remove(*user.groups.filter(name=partner_group_name(organisation)))
            if not user.groups.filter(name__startswith=PARTNER_GROUP_PREFIX).exists():
                user.groups.remove(*user.groups.filter(name="Partner editors"))
            self.stdout.write(self.style.SUCCESS(f"{username} no longer edits {organisation.title}."))
            return
        group = grant_partner_editor(user, organisation)
        self.stdout.write(self.style.SUCCESS(f"{username} now edits {organisation.title} (group {group.name!r})."))
