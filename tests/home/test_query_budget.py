"""The home page costs the same number of queries whatever the number of featured items."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from home.models import HomeFeaturedItem
from tests.factories.pages import add_standard_page, translate_page

pytestmark = pytest.mark.django_db


def feature(home, start, count):
    """Feature pages on both homes; as wagtail-localize syncs them, the French items point at English pages."""
    home_fr = home.get_translation(Locale.objects.get(language_code="fr"))
    for number in range(start, start + count):
        page = add_standard_page(home, f"Item {number}", slug=f"item-{number}", listing_summary=f"Summary {number}")
        translate_page(page, "fr", title=f"Élément {number}", slug=f"element-{number}")
        HomeFeaturedItem.objects.create(home_page=home, page=page, sort_order=number)
        HomeFeaturedItem.objects.create(home_page=home_fr, page=page, sort_order=number)


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


# Warm budget, per request. Shared chrome: site; active locale; home page; its ancestors'
# aliases and view restrictions (Wagtail's route); site settings; locale of the page (JSON-LD);
# header home in this language and its locale; switcher translations (+ restrictions); menu
# (+ restrictions); footer locale lookup, chosen pages and their translations (+ restrictions).
# Featured items: the items; their live public pages (+ restrictions); content types; specific
# rows; translations in the reader's language (+ restrictions, French only); the locales.
BUDGET = {"/en/": 21, "/fr/": 26}


@pytest.mark.parametrize("url", ["/en/", "/fr/"])
def test_home_page_queries_do_not_grow_with_featured_items(client, home, url, django_assert_max_num_queries):
    feature(home, 0, 1)
    few, _response = count_queries(client, url)
    feature(home, 1, 29)
    many, response = count_queries(client, url)
    assert response.content.count(b'class="card"') == 30
    if url == "/fr/":
        assert "Élément 29" in response.content.decode()
    assert many == few
    with django_assert_max_num_queries(BUDGET[url]):
        client.get(url)
