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


# Warm budget, per request. The languages, view restrictions, site settings, menu and footer come
# from the cache (portal.lookups). English (7): site (Wagtail's route); the home page's specific
# row; the featured items; their live public pages; their specific rows; the language switcher's
# translations; breadcrumbs. French (10) also asks for the French home by translation key (Wagtail's
# route) and for the items' French translations with their specific rows.
BUDGET = {"/en/": 7, "/fr/": 10}


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
