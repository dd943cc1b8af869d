"""Build the demo site in English and French; running it again changes nothing."""

import logging
import time
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.demo.builder import DemoBuilder, DemoContentError
from portal.demo.sections import get_sections
from portal.demo.specs import LANGUAGES

# Libraries that log every page saved, published or indexed at INFO level.
CHATTY_LOGGERS = ("wagtail", "django_tasks", "modelsearch")


@contextmanager
def quiet_logs(enabled):
    """Raise the chatty loggers to WARNING for the duration (verbosity below 3)."""
    loggers = [logging.getLogger(name) for name in CHATTY_LOGGERS] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Create or update the demo pages (English and French translations), the default Site and the "
        "site settings, then rebuild the search index. Idempotent: unchanged pages get no new revision."
    )

    def add_arguments(self, parser):
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index at the end.")

    def handle(self, *args, skip_index=False, **options):
        verbosity = options["verbosity"]

        def log(message, level=1):
            if verbosity >= level:
                self.stdout.write(message)

        with quiet_logs(verbosity < 3):
            started = time.monotonic()
            log(f"Loading demo content ({', '.join(LANGUAGES)})...", 2)
            try:
                report = DemoBuilder(get_sections(), log=log).run()
            except DemoContentError as error:
                raise CommandError(str(error)) from error
            built = time.monotonic() - started

            index_note = "search index not rebuilt (--skip-index)"
            if not skip_index:
                index_started = time.monotonic()
                # The search page's documents first, so that update_index indexes them too.
                call_command("rebuild_search_documents", verbosity=0, stdout=self.stdout)
                # Wagtail's update_index (modelsearch) rebuilds the database backend and Elasticsearch alike.
                call_command("update_index", verbosity=max(verbosity - 2, 0), stdout=self.stdout, stderr=self.stderr)
                index_note = f"search index rebuilt in {time.monotonic() - index_started:.1f} s"

        pages = report.pages
        snippets = report.snippets
        others = "".join(f" {label[0].upper()}{label[1:]}: {action}." for label, action in report.other)
        log(
            f"Demo pages: {pages['created']} created, {pages['updated']} updated, "
            f"{pages['unchanged']} unchanged; snippets: {snippets['created']} created, {snippets['updated']} "
            f"updated, {snippets['unchanged']} unchanged ({built:.1f} s).{others}"
        )
        if report.changed:
            log(self.style.SUCCESS(f"Demo content loaded; {index_note}."))
        else:
            log(f"No changes: the demo content was already up to date; {index_note}.")
