"""Apply the editorial roles of portal.roles: groups, their exact permissions and the workflows."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from portal.roles import ROLES, RoleSync, translation_languages


class Command(BaseCommand):
    help = (
        "Create or reset the role groups (communication officers, moderators, press officers, event managers, "
        "translators per language, partner editors) to exactly the permissions of portal.roles, and the "
        "workflows. Permissions added by hand to these groups are removed; other groups are left alone."
    )

    def handle(self, *args, **options):
        RoleSync().run()
        names = [role.group for role in ROLES.values() if role.pages_at != "language"]
        names += [f"Translators ({code})" for code in translation_languages()]
        for group in Group.objects.filter(name__in=names).order_by("name"):
            self.stdout.write(f"{group.name}: {group.user_set.count()} member(s)")
        self.stdout.write(self.style.SUCCESS("Roles and workflows are up to date."))
