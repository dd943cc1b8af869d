"""Fixtures every test module shares: the site with its languages, and translations compiled."""

import pytest

from django.core.management import call_command

from tests.factories.pages import build_site


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    # Tests may run without `make`: compile the catalogues so UI strings are translated.
    call_command("compile_translations", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: the chrome, settings and page caches (portal.lookups,
    portal.page_cache) hold rows of earlier tests' databases, under ids the next test reuses."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home(db):
    """English home page with a French translation, set as the default site's root."""
    return build_site(languages=("fr",))
