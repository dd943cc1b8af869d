"""Editors' search tools in the admin: synonyms, and the report of what readers search for."""

import datetime

import pytest

from django.utils import timezone

from search.models import SearchQueryRecord, SearchSynonym

pytestmark = pytest.mark.django_db


def test_the_search_terms_report_lists_frequent_and_empty_searches(admin_client, home):
    today = timezone.localdate()
    SearchQueryRecord.objects.create(language="fr", query="naloxone", day=today, searches=5, empty_searches=5)
    SearchQueryRecord.objects.create(
        language="fr", query="naloxone", day=today - datetime.timedelta(days=1), searches=2, empty_searches=2
    )
    SearchQueryRecord.objects.create(language="en", query="harm reduction", day=today, searches=9)
    SearchQueryRecord.objects.create(
        language="en", query="long ago", day=today - datetime.timedelta(days=90), searches=50
    )
    html = admin_client.get("/admin/reports/search-terms/").content.decode()
    assert html.index("harm reduction") < html.index("naloxone")
    assert "long ago" not in html
    empty = admin_client.get("/admin/reports/search-terms/", {"found_nothing": "true"}).content.decode()
    assert "naloxone" in empty and "harm reduction" not in empty
    export = admin_client.get("/admin/reports/search-terms/", {"export": "csv", "language": "fr"})
    assert export.status_code == 200
    assert b"naloxone,fr,7,7," in b"".join(export.streaming_content)


def test_editors_add_synonyms_in_the_admin(admin_client, home):
    response = admin_client.post(
        "/admin/snippets/search/searchsynonym/add/",
        {
            "language": "fr",
            "term": "SCR",
            "synonyms": "salle de consommation\r\nsalle de consommation à moindre risque",
        },
    )
    assert response.status_code == 302
    synonym = SearchSynonym.objects.get(term="SCR")
    assert synonym.phrases == ["SCR", "salle de consommation", "salle de consommation à moindre risque"]
    assert admin_client.get("/admin/snippets/search/searchsynonym/").status_code == 200
