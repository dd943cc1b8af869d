"""Search backends that stem each document and each query in its own language.

- ``search.backends.database``: Wagtail's database backend. On PostgreSQL every object is
  indexed with the text search configuration of its language (``SEARCH_LANGUAGE_CONFIGS``:
  ``portal_french`` is French stemming after accent folding, see migration 0002) and a query
  is parsed with the reader's; SQLite and others use Wagtail's backend unchanged (FTS5).
- ``search.backends.elasticsearch``: Wagtail's Elasticsearch 9 backend with one index of
  search documents per language, analysed by that language's analyzer.

:func:`backend_for` gives the backend for a reader's language, and :func:`search_with_fallback`
runs a search on it, falling back to the database when the cluster cannot be reached.
"""

import copy
import functools
import logging
import os

from modelsearch.backends import get_search_backend
from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9SearchBackend

from django.conf import settings

logger = logging.getLogger(__name__)

# PostgreSQL 15 has no Bulgarian dictionary: Bulgarian is split into words without stemming.
DEFAULT_LANGUAGE_CONFIGS = {
    "en": "portal_english",
    "fr": "portal_french",
    "it": "portal_italian",
    "ro": "portal_romanian",
    "nl": "portal_dutch",
    "de": "portal_german",
    "bg": "portal_simple",
}

# Elasticsearch's built-in language analyzers (it has a Bulgarian one).
ELASTICSEARCH_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "it": "italian",
    "ro": "romanian",
    "nl": "dutch",
    "de": "german",
    "bg": "bulgarian",
}


def language_configs():
    return getattr(settings, "SEARCH_LANGUAGE_CONFIGS", DEFAULT_LANGUAGE_CONFIGS)


_locale_codes = {}


def language_of(obj):
    """The language code an indexed object is written in."""
    language = getattr(obj, "search_language", None)
    if language:
        return language
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return settings.LANGUAGE_CODE
    if locale_id not in _locale_codes:
        from wagtail.models import Locale

        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes.get(locale_id, settings.LANGUAGE_CODE)


# --- PostgreSQL ------------------------------------------------------------------------------


@functools.cache
def _postgres_classes():
    from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

    class LocalisedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            by_language = {}
            for obj in objs:
                by_language.setdefault(language_of(obj), []).append(obj)
            for language, group in by_language.items():
                index = copy.copy(self)
                index.backend = self.backend.for_language(language)
                PostgresIndex.add_items(index, model, group)

    class LocalisedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalisedPostgresIndex

        def __init__(self, params):
            super().__init__(params)
            self.language = None

        def for_language(self, language):
            backend = copy.copy(self)
            backend.language = language
            backend.config = language_configs().get(language, "simple")
            return backend

    return LocalisedPostgresSearchBackend


def database_backend(params):
    """Wagtail's database backend for the default connection, per-language on PostgreSQL."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return _postgres_classes()(params)
    if connection.vendor == "sqlite":
        backend = database_backend_for_connection(params)
        if backend.__class__.__name__ == "SQLiteSearchBackend":
            return _sqlite_classes()(params)
        return backend
    return database_backend_for_connection(params)


# --- SQLite ------------------------------------------------------------------------------------

SNOWBALL_LANGUAGES = {
    "en": "english",
    "fr": "french",
    "it": "italian",
    "ro": "romanian",
    "nl": "dutch",
    "de": "german",
}


@functools.cache
def stemmer(language):
    import snowballstemmer

    algorithm = SNOWBALL_LANGUAGES.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word, language):
    """The Snowball stem of ``word`` in ``language`` (the word itself where there is no stemmer)."""
    word = word.lower()
    language_stemmer = stemmer(language)
    return language_stemmer.stemWord(word) if language_stemmer else word


@functools.cache
def _sqlite_classes():
    """FTS5 stores words as written (folded for case and accents); a query matches every word
    that starts with the stem of each of its words in the reader's language, so 'risque'
    finds 'risques' and 'consumul' finds 'consumului'."""
    from functools import reduce

    from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
    from modelsearch.query import PlainText

    class LocalisedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if not isinstance(query, PlainText) or not config:
                return super().build_search_query_content(query, config=config)
            lexemes = []
            for term in query.query_string.split():
                # The stem may end otherwise than the word ('veineuses' -> 'veineux'): the words that
                # share their beginning are the forms of the word.
                root = os.path.commonprefix([term.lower(), stem(term, config)])
                # Very short stems would match half the dictionary: those words must match whole.
                lexemes.append(Lexeme(root, prefix=True) if len(root) >= 3 else Lexeme(term))
            if not lexemes:
                return None
            if query.operator.upper() == "AND":
                combined = reduce(lambda a, b: a & b, lexemes)
            else:
                combined = reduce(lambda a, b: a | b, lexemes)
            return SearchQueryExpression(combined, config=config)

        def match_scores(self, config):
            """{object id: bm25 score} of every match, in one query over the FTS index.

            Wagtail's compiler scores results with a subquery per result, which takes minutes
            when thousands match; the search page ranks with these instead (lower is better).
            """
            from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
            from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
            from modelsearch.query import MatchAll, Not
            from modelsearch.utils import get_descendants_content_types_pks

            query = normalize(self.query)
            if isinstance(query, (MatchAll, Not)):
                return {}
            match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
            rows = (
                SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
                .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
                .values_list("index_entry__object_id", "score")
            )
            return {int(object_id): score for object_id, score in rows}

    class LocalisedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = LocalisedSQLiteQueryCompiler

        def for_language(self, language):
            backend = copy.copy(self)
            backend.language = backend.config = language
            return backend

    return LocalisedSQLiteSearchBackend


# --- Elasticsearch ---------------------------------------------------------------------------


class LanguageIndex(Elasticsearch9Index):
    """The index of one language's search documents, analysed by that language's analyzer."""

    def __init__(self, backend, name, language):
        super().__init__(backend, name)
        self.language = language

    def put(self):
        analysis_settings = copy.deepcopy(self.backend.settings)
        analyzer = ELASTICSEARCH_ANALYZERS.get(self.language, "standard")
        analysis_settings["settings"]["analysis"]["analyzer"]["default"] = {"type": analyzer}
        self.es.indices.create(index=self.name, **analysis_settings)

    def add_item(self, item):
        if language_of(item) == self.language:
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if language_of(item) == self.language]
        if items:
            super().add_items(model, items)


class AllLanguagesIndex:
    """The language indexes of search documents taken together, for a full reindex (update_index)."""

    def __init__(self, backend, model):
        self.backend, self.model = backend, model
        self.indexes = {code: backend.language_index(model, code) for code, _name in settings.LANGUAGES}

    def get_key(self):
        return ("all-languages", self.model._meta.label)

    def add_model(self, model):
        for index in self.indexes.values():
            index.add_model(model)

    def add_items(self, model, items):
        by_language = {}
        for item in items:
            by_language.setdefault(language_of(item), []).append(item)
        for language, group in by_language.items():
            if language in self.indexes:
                self.indexes[language].add_items(model, group)

    def add_item(self, item):
        self.add_items(type(item), [item])

    def delete_item(self, item):
        index = self.indexes.get(language_of(item))
        if index is not None:
            index.delete_item(item)

    def refresh(self):
        for index in self.indexes.values():
            index.refresh()

    def reset(self):
        for index in self.indexes.values():
            index.reset()


class LocalisedElasticsearchBackend(Elasticsearch9SearchBackend):
    """Search documents go to the index of their language; every other model as Wagtail does."""

    def __init__(self, params):
        # The language indexes are rebuilt in place: an atomic rebuild swaps one alias per index.
        params.setdefault("ATOMIC_REBUILD", False)
        super().__init__(params)
        self.language = None

    def for_language(self, language):
        backend = copy.copy(self)
        backend.language = language
        return backend

    def is_per_language(self, model):
        from .models import SearchDocument

        return issubclass(model, SearchDocument)

    def language_index(self, model, language):
        base = super().get_index_for_model(model)
        return LanguageIndex(self, f"{base.name}_{language}", language)

    def get_index_for_model(self, model):
        if self.is_per_language(model):
            # A search names its language; a reindex (update_index, add_bulk) covers them all.
            if self.language:
                return self.language_index(model, self.language)
            return AllLanguagesIndex(self, model)
        return super().get_index_for_model(model)

    def get_index_for_object(self, obj):
        if self.is_per_language(type(obj)):
            return self.language_index(type(obj), language_of(obj))
        return super().get_index_for_object(obj)

    def all_indexes(self):
        for index in super().all_indexes():
            if isinstance(index, AllLanguagesIndex):
                yield from index.indexes.values()
            else:
                yield index


# --- Choosing and falling back ---------------------------------------------------------------


def backend_for(language, name="default"):
    backend = get_search_backend(name)
    if hasattr(backend, "for_language"):
        return backend.for_language(language)
    return backend


def unreachable_errors():
    """The exceptions that mean a search service did not answer."""
    from elastic_transport import ApiError, ConnectionError, TransportError

    return (ApiError, ConnectionError, TransportError, OSError)


def search_with_fallback(language, run):
    """``run(backend)`` on the configured backend; on the database backend if the cluster fails.

    Returns ``(result, fell_back)``. Without Elasticsearch there is nothing to fall back to.
    """
    primary = backend_for(language)
    fallback_name = getattr(settings, "SEARCH_FALLBACK_BACKEND", "")
    if not fallback_name or fallback_name not in settings.WAGTAILSEARCH_BACKENDS:
        return run(primary), False
    try:
        return run(primary), False
    except unreachable_errors() as error:
        logger.warning("Search cluster unreachable (%s); answering from the database.", error.__class__.__name__)
        return run(backend_for(language, fallback_name)), True
