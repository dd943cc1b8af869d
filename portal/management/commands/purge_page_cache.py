"""Empty the full-page cache (and the frontend cache, when one is configured) after a deployment."""

from django.core.management.base import BaseCommand

from portal import page_cache


class Command(BaseCommand):
    help = (
        "Make every page in the anonymous full-page cache stale, and purge the CDN or reverse proxy when "
        "WAGTAILFRONTENDCACHE is set. Publishing purges by itself; run this after deploying new templates."
    )

    def handle(self, *args, **options):
        page_cache.purge_everything()
        self.stdout.write(self.style.SUCCESS("The page cache is purged; pages are rendered afresh from now on."))
