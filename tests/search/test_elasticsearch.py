"""The Elasticsearch backend: one index per language with that language's analyzer.

The index layout is checked here without a cluster; searching a real cluster runs where one
is given (``ELASTICSEARCH_TEST_URL=http://127.0.0.1:9200``), as CI has none.
"""

import os

import pytest

from django.test import override_settings

from search.backends import ELASTICSEARCH_ANALYZERS, LanguageIndex, LocalisedElasticsearchBackend
from search.models import SearchDocument
from tests.factories.pages import add_standard_page

CLUSTER = os.environ.get("ELASTICSEARCH_TEST_URL", "")


def backend(url="http://127.0.0.1:9"):
    return LocalisedElasticsearchBackend({"URLS": [url], "INDEX_PREFIX": "test_", "TIMEOUT": 2})


def test_search_documents_go_to_the_index_of_their_language():
    es = backend()
    french = SearchDocument(language="fr", title="Réduction des risques")
    index = es.get_index_for_object(french)
    assert isinstance(index, LanguageIndex)
    assert (index.name, index.language) == ("test_search_searchdocument_fr", "fr")
    assert es.for_language("bg").get_index_for_model(SearchDocument).name == "test_search_searchdocument_bg"
    names = {index.name for index in es.all_indexes()}
    assert {f"test_search_searchdocument_{code}" for code in ELASTICSEARCH_ANALYZERS} <= names


def test_each_language_index_is_analysed_in_its_language(monkeypatch):
    created = {}
    es = backend()
    monkeypatch.setattr(es.es.indices, "create", lambda index, **body: created.update({index: body}))
    for language in ("fr", "ro", "bg"):
        es.language_index(SearchDocument, language).put()
    analyzers = {name: body["settings"]["analysis"]["analyzer"]["default"]["type"] for name, body in created.items()}
    assert analyzers == {
        "test_search_searchdocument_fr": "french",
        "test_search_searchdocument_ro": "romanian",
        "test_search_searchdocument_bg": "bulgarian",
    }


def test_a_language_index_keeps_only_its_own_documents(monkeypatch):
    sent = []
    index = backend().language_index(SearchDocument, "fr")
    monkeypatch.setattr(
        "modelsearch.backends.elasticsearch8.Elasticsearch8Index.add_items",
        lambda self, model, items: sent.extend(items),
    )
    english, french = SearchDocument(language="en"), SearchDocument(language="fr")
    index.add_items(SearchDocument, [english, french])
    assert sent == [french]


def test_a_full_reindex_sends_each_document_to_its_language(monkeypatch):
    sent = {}
    es = backend()
    monkeypatch.setattr(
        "modelsearch.backends.elasticsearch8.Elasticsearch8Index.add_items",
        lambda self, model, items: sent.setdefault(self.name, []).extend(items),
    )
    documents = [SearchDocument(language=code) for code in ("en", "fr", "bg", "fr")]
    es.add_bulk(SearchDocument, documents)
    assert {name: [item.language for item in items] for name, items in sent.items()} == {
        "test_search_searchdocument_en": ["en"],
        "test_search_searchdocument_fr": ["fr", "fr"],
        "test_search_searchdocument_bg": ["bg"],
    }
    assert es.rebuilder_class.__name__ == "ElasticsearchIndexRebuilder"


@pytest.mark.skipif(not CLUSTER, reason="needs an Elasticsearch cluster: set ELASTICSEARCH_TEST_URL")
@pytest.mark.django_db
def test_a_real_cluster_stems_each_language(client, home):
    settings = {
        "default": {
            "BACKEND": "search.backends.LocalisedElasticsearchBackend",
            "URLS": [CLUSTER],
            "INDEX_PREFIX": "test_",
        },
        "database": {"BACKEND": "search.backends.database_backend"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=settings, SEARCH_FALLBACK_BACKEND="database"):
        french = home.get_translation(home.locale.__class__.objects.get(language_code="fr"))
        add_standard_page(french, "Salles de consommation", listing_summary="La réduction des risques en ville.")
        from modelsearch.backends import get_search_backend

        get_search_backend().refresh_indexes()
        response = client.get("/fr/search/", {"q": "risque"})
    assert b"Salles de consommation" in response.content
