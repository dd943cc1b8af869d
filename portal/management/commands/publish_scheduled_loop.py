"""Run Wagtail's ``publish_scheduled`` every minute, for a single-machine site without a system timer.

``make run`` starts it beside gunicorn so that scheduled pages (press items under
embargo among them) go live, and expiring ones go offline, on their own. In
production a timer runs ``manage.py publish_scheduled`` instead (docs/deploy.md).
"""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every --every seconds, until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, default=60, help="Seconds between two runs (default 60).")

    def handle(self, *args, every, **options):
        every = max(every, 5)
        while True:
            try:
                call_command("publish_scheduled", verbosity=0)
            except Exception:  # noqa: BLE001 - one failed run must not stop the next ones
                logger.exception("Scheduled publishing failed; trying again in %s seconds", every)
            time.sleep(every)
