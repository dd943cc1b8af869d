"""Delete working-group join requests kept longer than the retention period.

Declined requests go after JOIN_REQUEST_RETENTION_DAYS days, every other request
after twice as long. Run it daily from cron (see docs/editors.md).
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from home.models import JoinRequest


class Command(BaseCommand):
    help = __doc__.strip().splitlines()[0]

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        expired = JoinRequest.expired()
        count = expired.count()
        days = settings.JOIN_REQUEST_RETENTION_DAYS
        if dry_run:
            self.stdout.write(
                f"{count} join request(s) older than the retention period ({days} days) would be deleted."
            )
            return
        expired.delete()
        self.stdout.write(f"Deleted {count} join request(s) older than the retention period ({days} days).")
