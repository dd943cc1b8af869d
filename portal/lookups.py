"""What almost every request asks the database for, kept in the cache between requests.

- The languages (``Locale`` rows) by code and by id; ``Locale.get_active()`` reads them.
- The page view restrictions, as tree paths: ``PageQuerySet.public()`` and each page's own
  check before it is served ask for them every time, though they change perhaps once a year.
  Wagtail has no setting for it, so ``install()`` points both at this list (see below).
- The site settings of each site.
- The chrome (menu, footer, the home page of each language), under a generation that every
  publication changes (``bump_chrome``, called by :mod:`portal.page_cache`).

Each entry is dropped when its rows change (the receivers in ``install``). With Redis every
app server shares them; with the local-memory cache each process keeps its own and the
receivers run in the process that made the change, so the others catch up after ``TTL``.
"""

import uuid

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

# Local-memory caches of other processes are not told of a change: they expire this fast.
TTL = 300
LOCALES_KEY = "portal:locales"
RESTRICTIONS_KEY = "portal:view-restrictions"
CHROME_KEY = "portal:chrome-generation"


# --- Languages -----------------------------------------------------------------------


def _locales():
    from wagtail.models import Locale

    rows = cache.get(LOCALES_KEY)
    if rows is None:
        rows = list(Locale.objects.all())
        cache.set(LOCALES_KEY, rows, TTL)
    return rows


def locale_by_code(language_code):
    for locale in _locales():
        if locale.language_code == language_code:
            return locale
    return None


def locale_by_id(locale_id):
    for locale in _locales():
        if locale.pk == locale_id:
            return locale
    return None


def active_locale():
    """``Locale.get_active()`` without a query: the active language's, or the default one's."""
    from django.conf import settings
    from django.utils.translation import get_language

    return locale_by_code(get_language()) or locale_by_code(settings.LANGUAGE_CODE)


def prime_locale(page):
    """Give ``page`` its locale from the cache, so that ``page.locale`` asks nothing."""
    if page is not None and page.locale_id and not page._meta.get_field("locale").is_cached(page):
        locale = locale_by_id(page.locale_id)
        if locale is not None:
            page.locale = locale
    return page


# --- View restrictions ---------------------------------------------------------------


def restricted_paths():
    """``(restriction id, tree path)`` of every page view restriction."""
    from wagtail.models import PageViewRestriction

    rows = cache.get(RESTRICTIONS_KEY)
    if rows is None:
        rows = list(PageViewRestriction.objects.values_list("pk", "page__path"))
        cache.set(RESTRICTIONS_KEY, rows, TTL)
    return rows


def _private_q(queryset):
    """``PageQuerySet.private_q`` from the cached restrictions (Wagtail's own runs a query each time)."""
    q = Q()
    for _pk, path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def _get_view_restrictions(page):
    """``Page.get_view_restrictions`` without a query for a page outside every private section."""
    from wagtail.models import PageViewRestriction

    ids = [pk for pk, path in restricted_paths() if page.path.startswith(path)]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


# --- Site settings --------------------------------------------------------------------


def site_settings_key(site_id):
    return f"portal:site-settings:{site_id}"


def cached_site_settings(model, site):
    key = site_settings_key(site.pk)
    instance = cache.get(key)
    if instance is None:
        instance, _created = model.base_queryset().select_related("default_social_image").get_or_create(site=site)
        cache.set(key, instance, TTL)
    return instance


# --- Chrome -----------------------------------------------------------------------------


def chrome_generation():
    generation = cache.get(CHROME_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(CHROME_KEY, generation, None)
        generation = cache.get(CHROME_KEY, generation)
    return generation


def bump_chrome():
    cache.set(CHROME_KEY, uuid.uuid4().hex, None)


def chrome(name, site_id, language, build):
    """The chrome part ``name`` for a site and language, built by ``build()`` when missing."""
    key = f"portal:chrome:{chrome_generation()}:{name}:{site_id}:{language}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TTL)
    return value


# --- Wiring ---------------------------------------------------------------------------------


def _forget_locales(**kwargs):
    cache.delete(LOCALES_KEY)


def _forget_restrictions(**kwargs):
    cache.delete(RESTRICTIONS_KEY)


def _forget_site_settings(sender, instance, **kwargs):
    cache.delete(site_settings_key(instance.site_id))
    bump_chrome()


def install():
    """Called once from PortalConfig.ready."""
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.query import PageQuerySet
    from wagtail.signals import post_page_move

    from portal.models import SiteSettings

    # The two places Wagtail reads every restriction from the database (wagtail/query.py and
    # wagtail/models/pages.py): same answers, from the cached list.
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
    # Routing, choosers and templates ask for the active language's Locale several times a request.
    Locale.get_active = classmethod(lambda cls: active_locale() or Locale.get_default())

    for signal in (post_save, post_delete):
        signal.connect(_forget_locales, sender=Locale, dispatch_uid=f"lookups-locales-{id(signal)}")
        signal.connect(_forget_restrictions, sender=PageViewRestriction, dispatch_uid=f"lookups-vr-{id(signal)}")
        signal.connect(_forget_site_settings, sender=SiteSettings, dispatch_uid=f"lookups-settings-{id(signal)}")
        signal.connect(
            lambda **kwargs: bump_chrome(), sender=Site, dispatch_uid=f"lookups-site-{id(signal)}", weak=False
        )
    # A move changes the paths of the page and everything under it, private sections included.
    post_page_move.connect(_forget_restrictions, dispatch_uid="lookups-vr-move")
