"""Recompute the search documents of every live public page (of some languages), then index them.

    manage.py rebuild_search_documents                 # every language
    manage.py rebuild_search_documents --language fr   # French only; other languages are not touched

Documents that did not change are not rewritten. On SQLite the database's statistics are then
refreshed (ANALYZE), which the full-text search needs to stay fast as the library grows. With ``--reindex`` the documents of those
languages are also sent again to every search backend (after an Elasticsearch outage, say).
"""

from modelsearch.backends import get_search_backends

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search import documents
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Recompute the search documents of live public pages and index them, per language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language", action="append", dest="languages", help="A language code; repeat for several."
        )
        parser.add_argument("--reindex", action="store_true", help="Send the documents to every search backend again.")

    def handle(self, *args, languages=None, reindex=False, **options):
        known = {code for code, _name in settings.LANGUAGES}
        unknown = sorted(set(languages or []) - known)
        if unknown:
            raise CommandError(f"Unknown language(s): {', '.join(unknown)}. Known: {', '.join(sorted(known))}.")
        written, removed = documents.rebuild(languages, stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(f"Search documents: {written} written, {removed} removed.")
        if connection.vendor == "sqlite":
            # Without statistics SQLite's planner repeats the full-text match for every index entry:
            # searches slow down with the square of the number of documents. PostgreSQL's autovacuum
            # keeps its own statistics.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if reindex:
            queryset = SearchDocument.objects.all()
            if languages:
                queryset = queryset.filter(language__in=languages)
            for backend in get_search_backends(with_auto_update=True):
                chunk = []
                for document in queryset.iterator(chunk_size=500):
                    chunk.append(document)
                    if len(chunk) == 500:
                        backend.add_bulk(SearchDocument, chunk)
                        chunk = []
                if chunk:
                    backend.add_bulk(SearchDocument, chunk)
            self.stdout.write(f"Reindexed {queryset.count()} documents.")
