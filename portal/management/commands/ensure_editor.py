"""Create (or keep) the demo editor account and print how to log in."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "editor"


class Command(BaseCommand):
    help = "Create the 'editor' superuser if missing; password from ADMIN_PASSWORD or generated and printed."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Base URL printed for the site.")

    def handle(self, *args, url, **options):
        user_model = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            user_model.objects.create_superuser(
                USERNAME, "editor@example.org", password, first_name="Demo", last_name="Editor"
            )
            shown = password
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            shown = password
        else:
            shown = "(unchanged since it was first printed; set ADMIN_PASSWORD to reset it)"
        base = url.rstrip("/")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("The portal is ready."))
        self.stdout.write(f"  Site (English):  {base}/en/")
        self.stdout.write(f"  Site (French):   {base}/fr/")
        self.stdout.write(f"  Admin:           {base}/admin/")
        self.stdout.write(f"  Editor login:    {USERNAME} / {shown} (superuser)")
        self.print_role_accounts(user_model)
        self.stdout.write("")

    def print_role_accounts(self, user_model):
        from portal.demo.accounts import ACCOUNTS, demo_password

        present = set(
            user_model.objects.filter(username__in=[row[0] for row in ACCOUNTS]).values_list("username", flat=True)
        )
        if not present:
            return
        self.stdout.write(f"  One account per role, password {demo_password()}:")
        for username, _first, role, _group, purpose in ACCOUNTS:
            if username in present:
                self.stdout.write(f"    {username:<11} {role}: {purpose}")
