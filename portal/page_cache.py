"""The full-page cache for anonymous visitors, and its purge when content changes.

A public page is rendered once and then served from the cache (Redis when REDIS_URL is set, the
file cache the workers of one machine share otherwise) without a database query, until
something it shows changes.

What is cached
    GET and HEAD requests under a language prefix (``/en/...``) and the sitemap, from visitors
    who carry neither a session nor a message cookie (editors always have a session), answered
    200 with no cookie set, no CSRF token used (pages with a form), varying on nothing but the
    cookies and the encoding, and with no ``Cache-Control: private/no-store`` of their own. The key is the
    host, the language and the address with its query string: a language never gets another's
    page, since the language is in the path and the key. The search page is left out: nearly
    every search is different, and each one is counted for the search statistics.

Tags and purge
    An entry carries tags, each with the version it had when the rendering started:
    ``all``; ``locale:<code>``; ``page:<id>`` of the page that answered; and ``tree:<path>``
    for the page and each of its ancestors in the tree. Purging a tag gives it a new version,
    and every entry holding the old one is a miss from then on (one cache write per tag,
    whatever the number of entries). A change of a page purges:

    - ``tree:<its path>``: the page, its routes (schedule, feeds, speakers, files) and
      everything under it, whose breadcrumbs name it;
    - ``page:<id>`` of each ancestor: the listings and the home page that show it;
    - ``page:<id>`` of its translations and their aliases (the language switcher, the pages
      that stand in for a missing translation), and of the pages it refers to and that refer
      to it (Wagtail's reference index: the organisation a practice belongs to, a person's
      sessions, links in rich text);
    - ``locale:<code>`` when it is in the main menu, which every page of its language shows;
    - ``sitemap``.

    A view restriction added or removed purges its page as a change of the page does.
    Changes to people, taxonomy terms, documents and images purge the pages that refer to them
    and the listings above those; site settings (the footer) purge everything. Purges run
    once the transaction commits. A rendering that began before a purge and ends after it is
    not stored (``epoch``).

Content-Security-Policy nonces
    The policy header is added above this middleware (portal.middleware.ContentSecurityPolicyMiddleware),
    to hits too, and django-csp puts a nonce in it only when the rendering read ``request.csp_nonce``.
    A page that did is stored with its nonce replaced by a placeholder of its own; every hit puts a
    fresh nonce there, the one its header then carries. The ETag is taken with the placeholder, so it
    stays the same from hit to hit (the nonce is not content), and the page is ``Cache-Control:
    private``: a CDN or proxy would give its nonce to everyone. A response that already carries a
    policy with a nonce (set below this middleware) is not stored, for the same reason.

Headers
    Cacheable responses say ``Cache-Control: public, max-age=60``, plus ``s-maxage`` (the cache
    lifetime) when a frontend cache is purged by Wagtail (WAGTAILFRONTENDCACHE); others say
    ``private``. ``Last-Modified`` is the time of rendering; Django's ConditionalGetMiddleware
    adds the ETag and answers 304.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

CACHE_ALIAS = "default"
PREFIX = "pagecache"
EPOCH_KEY = f"{PREFIX}:epoch"
# Browsers keep a page this long before asking again (with its ETag).
BROWSER_SECONDS = 60
# Paths outside the language prefixes that are the same for everyone.
EXTRA_PATHS = ("/sitemap.xml", "/robots.txt")
EXTRA_PREFIXES = ("/sitemap-",)
# Under a language prefix, but never cached (see the module's docstring).
UNCACHED_PATHS = ("search/",)
# Response headers that belong to one answer only; the others (type, language, Vary, framing
# and security headers) are stored with the page.
UNSTORED_HEADERS = {"set-cookie", "date", "content-length", "cache-control", "expires", "x-cache", "last-modified"}
# A response carrying a nonce in one of these is not stored (see the module's docstring).
NONCE_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
# Wagtail's tree paths are built of steps of this many characters.
STEPLEN = 4


def _cache():
    return caches[CACHE_ALIAS]


def lifetime():
    return settings.PAGE_CACHE_SECONDS


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# --- Requests and keys -------------------------------------------------------------


def request_is_cacheable(request):
    """Whether the answer to ``request`` may come from, or go into, the cache."""
    if lifetime() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    path = request.path_info
    if path in EXTRA_PATHS or path.startswith(EXTRA_PREFIXES):
        return True
    language = get_language_from_path(path)
    if not language:
        return False
    return path[len(language) + 2 :] not in UNCACHED_PATHS


def request_key(request):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: the request will be refused anyway.
        return None
    language = get_language_from_path(request.path_info) or "-"
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{PREFIX}:page:{language}:{digest}"


def _tag_key(tag):
    return f"{PREFIX}:tag:{tag}"


def path_prefixes(path):
    """Every ancestor's tree path of ``path`` (Wagtail's materialised path), itself included."""
    return [path[:end] for end in range(STEPLEN, len(path) + 1, STEPLEN)]


def tags_for_page(page):
    tags = {f"page:{page.pk}"}
    tags.update(f"tree:{prefix}" for prefix in path_prefixes(page.path))
    return tags


def response_tags(request):
    tags = {"all"}
    language = get_language_from_path(request.path_info)
    if language:
        tags.add(f"locale:{language}")
    else:
        tags.add("sitemap")
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is not None:
        tags |= tags_for_page(route[0])
    return tags


# --- Reading and storing ----------------------------------------------------------


def current_epoch():
    return _cache().get(EPOCH_KEY)


# The tags each address had when this process last saw it: a hit then reads the entry and the
# versions of its tags in one round trip to the cache instead of two.
_known_tags = {}
KNOWN_TAGS_LIMIT = 10_000


def lookup(key):
    """The stored response for ``key`` if none of its tags was purged since, else None."""
    cache = _cache()
    tag_keys = _known_tags.get(key, [])
    found = cache.get_many([key, *tag_keys])
    entry = found.get(key)
    if entry is None:
        return None
    tags = entry["tags"]
    wanted = [_tag_key(tag) for tag in tags]
    if any(tag_key not in found for tag_key in wanted):
        found.update(cache.get_many([tag_key for tag_key in wanted if tag_key not in found]))
        if len(_known_tags) >= KNOWN_TAGS_LIMIT:
            _known_tags.clear()
        _known_tags[key] = wanted
    for tag, version in tags.items():
        if found.get(_tag_key(tag)) != version:
            return None
    return entry


def _versions(tags):
    """The current version of each tag, giving a first version to those without one."""
    cache = _cache()
    keys = {tag: _tag_key(tag) for tag in tags}
    current = cache.get_many(list(keys.values()))
    versions = {}
    for tag, key in keys.items():
        version = current.get(key)
        if version is None:
            # add(): two workers starting the same tag keep one version between them.
            cache.add(key, uuid.uuid4().hex, None)
            version = cache.get(key)
        versions[tag] = version
    return versions


def response_is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if any("'nonce-" in response.get(name, "") for name in NONCE_HEADERS):
        return False  # a nonce this middleware cannot renew on a hit
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token: a form
    if getattr(request, "is_preview", False):
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    # Cookie: the session was looked at (who is signed in), and the request had none. Anything
    # else (Accept-Language: a language chosen from the browser's preferences) is not in the key,
    # except for the sitemap, which is the same in every language.
    allowed = {"accept-encoding", "cookie"}
    if not get_language_from_path(request.path_info):
        allowed.add("accept-language")
    if vary - allowed:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


def used_nonce(request):
    """The Content-Security-Policy nonce the rendering read, or None.

    ``request.csp_nonce`` is django-csp's lazy object, false until its value is made.
    """
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce else None


def store(key, request, response, epoch, content=None, nonce_placeholder=None):
    """Keep ``response`` under ``key``, unless a purge happened while it was rendered.

    ``content`` is the body to keep when it differs from the response's: with its nonce replaced
    by ``nonce_placeholder``.
    """
    cache = _cache()
    tags = response_tags(request)
    versions = _versions(tags)
    if cache.get(EPOCH_KEY) != epoch:
        return False
    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
    headers.append(("Last-Modified", response["Last-Modified"]))
    entry = {
        "status": response.status_code,
        "headers": headers,
        "content": response.content if content is None else content,
        "tags": versions,
        "nonce": nonce_placeholder,
    }
    cache.set(key, entry, lifetime())
    return True


def cacheable_headers(response, shared=True):
    """The caching headers of a response that anyone may get.

    ``shared=False`` for a page holding a nonce: a CDN or proxy would hand that nonce to everyone,
    so only browsers keep it.
    """
    if not shared:
        patch_cache_control(response, private=True, max_age=BROWSER_SECONDS)
        return
    options = {"public": True, "max_age": BROWSER_SECONDS}
    if frontend_cache_configured():
        options["s_maxage"] = lifetime()
    patch_cache_control(response, **options)


def private_headers(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True)


class PageCacheMiddleware:
    """Serve anonymous visitors from the full-page cache; see the module's docstring.

    It sits before the session, locale and authentication middleware: a hit costs two cache
    reads and nothing else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                private_headers(response)
            return response
        key = request_key(request)
        if key is None:
            return self.get_response(request)
        try:
            entry = lookup(key)
            epoch = current_epoch()
        except Exception:  # noqa: BLE001 - a cache outage means an uncached page, not an error
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        hit = None if entry is None else cached_response(request, entry)
        if hit is not None:
            return hit
        response = self.get_response(request)
        if not response_is_storable(request, response):
            if response.status_code == 200:
                private_headers(response)
            return response
        if "Last-Modified" not in response:
            response["Last-Modified"] = http_date()
        content, placeholder = response.content, None
        nonce = used_nonce(request)
        if nonce:
            placeholder = f"csp-nonce-{uuid.uuid4().hex}"
            content = content.replace(nonce.encode("ascii"), placeholder.encode("ascii"))
        if not response.has_header("ETag"):
            # Computed once and stored: ConditionalGetMiddleware would hash the page on every hit.
            response["ETag"] = quote_etag(hashlib.md5(content, usedforsecurity=False).hexdigest())
        cacheable_headers(response, shared=placeholder is None)
        try:
            stored = store(key, request, response, epoch, content, placeholder)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unavailable", exc_info=True)
            stored = False
        response["X-Cache"] = "miss" if stored else "pass"
        return response


def cached_response(request, entry):
    """The response for a hit on ``entry``, with a fresh nonce if it holds one; None if it cannot have one."""
    content = entry["content"]
    placeholder = entry.get("nonce")
    if placeholder:
        nonce = getattr(request, "csp_nonce", None)
        if nonce is None:
            return None  # no CSP middleware above to send a nonce: render the page again
        # Reading the nonce makes django-csp put it in this response's header.
        content = content.replace(placeholder.encode("ascii"), str(nonce).encode("ascii"))
    response = HttpResponse(content, status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["Content-Length"] = str(len(content))
    cacheable_headers(response, shared=not placeholder)
    response["X-Cache"] = "hit"
    return response


# --- Purging ----------------------------------------------------------------------


def purge_tags(tags):
    """Give each tag a new version now; the epoch too, so renderings under way are not stored."""
    tags = set(tags)
    if not tags:
        return
    from portal.lookups import bump_chrome

    cache = _cache()
    try:
        cache.set_many({_tag_key(tag): uuid.uuid4().hex for tag in tags}, None)
        cache.set(EPOCH_KEY, uuid.uuid4().hex, None)
        # The menu, the footer and the language homes are rebuilt after any change.
        bump_chrome()
    except Exception:  # noqa: BLE001
        logger.error("Page cache purge failed for %s", sorted(tags), exc_info=True)


class Purge:
    """What one change makes stale: tags for the page cache, pages for the frontend cache.

    Sent once the change's transaction commits (``collecting``).
    """

    def __init__(self):
        self.tags = set()
        self.pages = {}
        self.subtrees = set()
        self.sent = False

    def add_page(self, page):
        """``page`` changed (published, unpublished, moved, deleted)."""
        from wagtail.models import Page

        self.tags.add("sitemap")
        self.tags.add(f"tree:{page.path}")
        self.pages[page.pk] = page
        self.subtrees.add(page.path)
        ancestors = [prefix for prefix in path_prefixes(page.path)[:-1] if len(prefix) > STEPLEN]
        for ancestor in Page.objects.filter(path__in=ancestors):
            self._add_one(ancestor)
        ids = set(
            Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).values_list("pk", flat=True)
        )
        ids |= set(Page.objects.filter(alias_of_id__in=ids | {page.pk}).values_list("pk", flat=True))
        ids |= referenced_and_referring_pages(page)
        for other in Page.objects.filter(pk__in=ids - {page.pk}):
            self._add_one(other)
        if page.show_in_menus and page.depth == 3:
            self.tags.add(f"locale:{_language_of(page)}")

    def add_referring(self, obj):
        """A snippet, document or image changed: the pages that show it, and their listings."""
        from wagtail.models import Page

        ids = pages_referring_to(obj)
        parents = set()
        for page in Page.objects.filter(pk__in=ids):
            self._add_one(page)
            parents.add(page.path[:-STEPLEN])
        for parent in Page.objects.filter(path__in=[path for path in parents if len(path) > STEPLEN]):
            self._add_one(parent)

    def add_everything(self):
        self.tags.add("all")
        self.pages.clear()

    def _add_one(self, page):
        self.tags.add(f"page:{page.pk}")
        self.pages[page.pk] = page

    def send(self):
        self.sent = True
        purge_tags(self.tags)
        if frontend_cache_configured():
            purge_frontend(self)

    def covers(self, page):
        """Whether ``page`` lies in a subtree this purge holds already (a deleted page's descendants)."""
        return any(page.path.startswith(path) for path in self.subtrees)


def pending_purges():
    """The purges the current transaction will send when it commits."""
    connection = transaction.get_connection()
    found = []
    for _savepoints, callback, _robust in connection.run_on_commit:
        purge = getattr(callback, "__self__", None)
        if isinstance(purge, Purge) and not purge.sent:
            found.append(purge)
    return found


class _Collecting:
    def __enter__(self):
        self.purge = Purge()
        return self.purge

    def __exit__(self, *exc_info):
        if exc_info[0] is None:
            # On commit, or at once outside a transaction; a rollback drops it with the change.
            transaction.on_commit(self.purge.send)


def collecting():
    """``with collecting() as purge: purge.add_page(page)``: sent once the change is committed."""
    return _Collecting()


def _language_of(page):
    from wagtail.models import Locale

    return Locale.objects.filter(pk=page.locale_id).values_list("language_code", flat=True).first()


def pages_referring_to(obj):
    from wagtail.models import Page, ReferenceIndex

    page_type = ReferenceIndex._get_base_content_type(Page)
    rows = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    return {int(object_id) for object_id in rows.values_list("object_id", flat=True)}


def referenced_and_referring_pages(page):
    from wagtail.models import Page, ReferenceIndex

    page_type = ReferenceIndex._get_base_content_type(Page)
    referring = pages_referring_to(page)
    referenced = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    return referring | {int(object_id) for object_id in referenced.values_list("to_object_id", flat=True)}


# The most addresses one change sends to a frontend cache: a listing with thousands of pages under it
# purges itself and its first pages, and the rest ages out (s-maxage).
FRONTEND_PURGE_LIMIT = 500


def purge_frontend(purge):
    """Tell the CDN or reverse proxy (Wagtail's frontend cache invalidation) what changed."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
    from wagtail.models import Page, Site

    try:
        if "all" in purge.tags:
            batch = PurgeBatch()
            for site in Site.objects.all():
                batch.add_url(site.root_url + "/")
            batch.purge()
            return
        batch = PurgeBatch()
        # The changed pages themselves, live or not (an unpublished page must leave the proxy too).
        pages = list(purge.pages.values())
        for path in purge.subtrees:
            pages += list(Page.objects.live().filter(path__startswith=path).exclude(path=path)[:FRONTEND_PURGE_LIMIT])
        batch.add_pages(pages)
        for site in Site.objects.all():
            batch.add_url(f"{site.root_url}/sitemap.xml")
        urls = sorted(batch.urls)[:FRONTEND_PURGE_LIMIT]
        purge_urls_from_cache(urls)
    except Exception:  # noqa: BLE001 - a proxy that does not answer must not stop a publication
        logger.error("Frontend cache purge failed", exc_info=True)


def purge_everything():
    purge = Purge()
    purge.add_everything()
    purge.send()


# --- Signal receivers (connected in PortalConfig.ready) ---------------------------------


def on_page_changed(sender, instance, **kwargs):
    """page_published and page_unpublished."""
    with collecting() as purge:
        purge.add_page(instance)


def on_page_deleted(sender, instance, **kwargs):
    """pre_delete of Page: computed while the page and its ancestors are still in the tree."""
    from wagtail.models import Page

    if sender is not Page or not instance.live:
        return
    # Deleting a section sends this for every page in it: the first one's purge covers the rest.
    if any(purge.covers(instance) for purge in pending_purges()):
        return
    with collecting() as purge:
        purge.add_page(instance)


def on_page_moved(sender, instance, **kwargs):
    """pre_page_move (the old place) and post_page_move (the new one)."""
    if not instance.live:
        return
    from wagtail.models import Page

    # After the move, the instance Wagtail passes still has its old path: read the new one.
    page = Page.objects.get(pk=instance.pk) if "url_path_after" in kwargs else instance
    with collecting() as purge:
        purge.add_page(page)


def on_restriction_changed(sender, instance, raw=False, **kwargs):
    """A page made private (or public again): its cached copies, and the listings showing it, go."""
    if raw:
        return
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        with collecting() as purge:
            purge.add_page(page)


def on_object_changed(sender, instance, raw=False, **kwargs):
    """A person, term, document or image saved or deleted: the pages that show it."""
    if raw:
        return
    with collecting() as purge:
        purge.add_referring(instance)


def on_everything_changed(sender, instance=None, raw=False, **kwargs):
    """Site settings, sites, locales: every page shows them."""
    if raw:
        return
    with collecting() as purge:
        purge.add_everything()


def connect():
    from django.db.models.signals import post_delete, post_save, pre_delete

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

    from home.models import Person
    from portal.models import TAXONOMIES, SiteSettings

    page_published.connect(on_page_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page-cache-unpublished")
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="page-cache-deleted")
    pre_page_move.connect(on_page_moved, dispatch_uid="page-cache-move-from")
    post_page_move.connect(on_page_moved, dispatch_uid="page-cache-move-to")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="page-cache-restricted")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="page-cache-unrestricted")
    for model in (Person, *TAXONOMIES, get_document_model(), get_image_model()):
        label = model._meta.label
        post_save.connect(on_object_changed, sender=model, dispatch_uid=f"page-cache-saved-{label}")
        post_delete.connect(on_object_changed, sender=model, dispatch_uid=f"page-cache-deleted-{label}")
    for model in (SiteSettings, Site, Locale):
        label = model._meta.label
        post_save.connect(on_everything_changed, sender=model, dispatch_uid=f"page-cache-all-saved-{label}")
        post_delete.connect(on_everything_changed, sender=model, dispatch_uid=f"page-cache-all-deleted-{label}")
