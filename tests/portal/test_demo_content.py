"""The demo content command builds the site in English and French, and a second run changes nothing."""

import pytest

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Page, PageLogEntry, Revision, Site

from home.models import HomePage, StandardPage
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module inside a transaction rolled back at its end.

    Each test runs in a savepoint within it (pytest-django's own), so what one test changes
    (a second load) is undone before the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.order_by("path").values_list("path", "slug", "live", "locale__language_code")),
    )


def test_running_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_site_is_built_in_english_and_french(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for language in ("en", "fr"):
        pages = StandardPage.objects.live().filter(locale__language_code=language)
        assert pages.count() >= 4, language
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'<html lang="{language}"' in response.content.decode()
    assert not Page.objects.filter(locale__language_code__in=["it", "ro", "bg", "nl", "de"]).exists()


def test_french_pages_are_translations_of_the_english_ones(demo):
    english = StandardPage.objects.filter(locale__language_code="en")
    for page in english:
        french = page.get_translations().filter(locale__language_code="fr").first()
        assert french is not None, page.slug
        assert french.specific.introduction != page.introduction, page.slug


def test_seed_facts_carry_over(demo, client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about-the-network")
    html = client.get(about.url).content.decode()
    for fact in ["ACCES", "ARAS", "Initiative for Health", "Villa Maraini", "Efus", "Infor-Drogues"]:
        assert fact in html, fact
    assert "Villa Mariani" not in html


def test_footer_settings_point_at_the_legal_pages(demo, client):
    settings = SiteSettings.objects.get()
    assert settings.contact_email.endswith("example.org")
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/mentions-legales/"' in html
    assert 'href="/fr/confidentialite/"' in html
