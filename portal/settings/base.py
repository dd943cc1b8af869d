"""Settings shared by every environment, safe for production on their own.

Every deploy-specific value is read from the environment exactly once, in the
block below, with its type and default. The README lists each variable.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.core.exceptions import ImproperlyConfigured

from portal.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"

# --- Environment -----------------------------------------------------------
SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASE_CONN_MAX_AGE = env_int("DATABASE_CONN_MAX_AGE", 60)
REDIS_URL = env_str("REDIS_URL", "")
# Without REDIS_URL, the cache lives in files here (one directory per machine).
CACHE_DIR = env_str("CACHE_DIR", str(BASE_DIR / ".cache"))
# Lifetime of the anonymous full-page cache (portal.page_cache) in seconds; 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# A CDN or reverse proxy purged on publish (Wagtail's frontend cache invalidation): an address that
# takes PURGE requests (Varnish, nginx), or a Cloudflare zone and API token.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
FRONTEND_CACHE_CLOUDFLARE_ZONE_ID = env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", "")
FRONTEND_CACHE_CLOUDFLARE_TOKEN = env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN", "")
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "")
EMAIL_URL = env_str("EMAIL_URL", "console://")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Cities & Drugs Network <no-reply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Site administrators", address) for address in env_list("ADMIN_EMAILS", [])]
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
# Where `manage.py backup` writes its archives (docs/deploy.md#backups-and-restore).
BACKUP_DIR = env_str("BACKUP_DIR", str(BASE_DIR / "backups"))
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
# Serve uploaded media from Django itself: for a single machine without a reverse proxy.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Uploaded media in an S3-compatible bucket when one is named (docs/deploy.md); keys unset: boto3's own lookup.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET", "")
MEDIA_S3_ENDPOINT_URL = env_str("MEDIA_S3_ENDPOINT_URL", "")
MEDIA_S3_REGION = env_str("MEDIA_S3_REGION", "")
MEDIA_S3_ACCESS_KEY_ID = env_str("MEDIA_S3_ACCESS_KEY_ID", "")
MEDIA_S3_SECRET_ACCESS_KEY = env_str("MEDIA_S3_SECRET_ACCESS_KEY", "")
MEDIA_S3_CUSTOM_DOMAIN = env_str("MEDIA_S3_CUSTOM_DOMAIN", "")
# The portal's own clock for dates without a time (application deadlines): midnight where the network works.
TIME_ZONE = env_str("TIME_ZONE", "Europe/Brussels")
# Declined join requests are deleted after this many days, all others after twice as long.
JOIN_REQUEST_RETENTION_DAYS = env_int("JOIN_REQUEST_RETENTION_DAYS", 365)
# Admin accounts (docs/accounts.md): failed sign-ins before a lockout, its length, the idle time
# after which an editor is signed out (seconds), the longest a session lives after its last
# change (seconds), and the address the lockout page tells editors to write to.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)
ADMIN_SESSION_IDLE_TIMEOUT = env_int("ADMIN_SESSION_IDLE_TIMEOUT", 30 * 60)
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600)
ADMIN_CONTACT_EMAIL = env_str("ADMIN_CONTACT_EMAIL", "")
# Who receives vulnerability reports for this deployment, published in /.well-known/security.txt
# (an address or a URL; empty: no such file), and the page describing the disclosure policy.
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "")
SECURITY_POLICY_URL = env_str("SECURITY_POLICY_URL", "")

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Export a long random value, for example: "
        "SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
    )
if PAGE_CACHE_SECONDS < 0:
    raise ImproperlyConfigured(f"PAGE_CACHE_SECONDS must be 0 (off) or more, not {PAGE_CACHE_SECONDS}")
if bool(FRONTEND_CACHE_CLOUDFLARE_ZONE_ID) != bool(FRONTEND_CACHE_CLOUDFLARE_TOKEN):
    raise ImproperlyConfigured("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID and FRONTEND_CACHE_CLOUDFLARE_TOKEN go together")
for _name in ("LOGIN_FAILURE_LIMIT", "LOGIN_LOCKOUT_MINUTES", "ADMIN_SESSION_IDLE_TIMEOUT", "SESSION_COOKIE_AGE"):
    if globals()[_name] < 1:
        raise ImproperlyConfigured(f"{_name} must be at least 1, not {globals()[_name]}")

# --- Applications ----------------------------------------------------------
INSTALLED_APPS = [
    "portal",
    "home",
    "resources",
    "events",
    "search",
    "wagtail.contrib.search_promotions",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First, so static files and every short-cut answer below carry it too.
    "portal.middleware.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (Django's BREACH mitigation pads each response); static files come
    # precompressed from WhiteNoise above.
    "django.middleware.gzip.GZipMiddleware",
    # ETag on every page and 304 answers, cached pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    # Content-Security-Policy: above the page cache, so a cached page gets a policy (and a nonce of its own,
    # see portal.page_cache); below ConditionalGetMiddleware, so a 304 carries none and the browser keeps
    # the policy stored with the page it revalidated.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    # Anonymous pages from the cache: before the session, locale and authentication middleware,
    # so a hit runs none of them.
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, leaving the read API's 404s alone.
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Signs editors out of the admin after ADMIN_SESSION_IDLE_TIMEOUT; never touches public pages.
    "portal.middleware.AdminSessionTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.AdminPreviewFramingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=DATABASE_CONN_MAX_AGE, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite: persistent connections buy nothing and block file replacement.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------


def _redis_caches(url):
    """CACHES for Redis at ``url``; tests of a Redis outage build theirs here too (tests/portal/test_faults.py)."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "portal",
            # A Redis outage must degrade to uncached pages, not to errors.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }


if REDIS_URL:
    CACHES = _redis_caches(REDIS_URL)
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # Without Redis: files on the machine's disk, shared by every worker and by the scheduler, so
    # that a publication purges the page cache for all of them (a local-memory cache would not).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# Purging a CDN or reverse proxy in front of the site (docs/deploy.md): off unless configured.
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if FRONTEND_CACHE_CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
        "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONE_ID,
    }

# --- Search -------------------------------------------------------------------
# The database backend stems each language with its own PostgreSQL configuration (search.backends).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database_backend"}}
SEARCH_FALLBACK_BACKEND = ""
if ELASTICSEARCH_URL:
    # Elasticsearch (or OpenSearch with the same API) answers searches; the database index is kept
    # up to date beside it and answers when the cluster cannot be reached.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.LocalisedElasticsearchBackend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env_str("ELASTICSEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {"BACKEND": "search.backends.database_backend"},
    }
    SEARCH_FALLBACK_BACKEND = "database"
# The longest search the search page accepts; longer ones are cut, with a message.
SEARCH_MAX_QUERY_LENGTH = 200
# Addresses per sitemap file: beyond it, /sitemap.xml becomes an index of /sitemap-<n>.xml.
SITEMAP_PAGE_SIZE = 10_000

# --- Email --------------------------------------------------------------------


def _email_settings(url):
    """Translate EMAIL_URL (smtp://user:pass@host:587?tls=1, console://, locmem://) into settings."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    backends = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
    }
    if scheme not in backends:
        raise ImproperlyConfigured(f"EMAIL_URL scheme {scheme!r} is not one of {sorted(backends)}")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "EMAIL_BACKEND": backends[scheme],
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": scheme == "smtps",
        "EMAIL_USE_TLS": query.get("tls", "0").lower() in {"1", "true", "yes"},
        "EMAIL_TIMEOUT": 10,
    }


globals().update(_email_settings(EMAIL_URL))

# --- Internationalisation ------------------------------------------------------
LANGUAGE_CODE = "en"
USE_I18N = True
USE_TZ = True
# British-style English dates for a European readership (portal/formats/en/formats.py).
FORMAT_MODULE_PATH = ["portal.formats"]
# Native names: a reader looks for their own language written their own way.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("ro", "Română"),
    ("bg", "Български"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static files and media ----------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names let browsers keep CSS and JS for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if MEDIA_S3_BUCKET:
    from importlib.util import find_spec

    # django-storages and boto3 are optional (boto3 is large): installed only where media lives in a bucket.
    _missing = [name for name in ("storages", "boto3") if find_spec(name) is None]
    if _missing:
        raise ImproperlyConfigured(
            f"MEDIA_S3_BUCKET is set but {' and '.join(_missing)} cannot be imported. "
            'Install them with: pip install "django-storages[s3]==1.14.6"'
        )
    if "://" in MEDIA_S3_CUSTOM_DOMAIN:
        raise ImproperlyConfigured("MEDIA_S3_CUSTOM_DOMAIN is a host name (media.example.org), without https://")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": MEDIA_S3_ENDPOINT_URL or None,
            "region_name": MEDIA_S3_REGION or None,
            "access_key": MEDIA_S3_ACCESS_KEY_ID or None,
            "secret_key": MEDIA_S3_SECRET_ACCESS_KEY or None,
            "custom_domain": MEDIA_S3_CUSTOM_DOMAIN or None,
            # Objects stay private (the bucket's policy decides); links are signed for an hour unless a
            # public custom domain (a CDN, or a bucket readable by all) serves them.
            "default_acl": None,
            "querystring_auth": not MEDIA_S3_CUSTOM_DOMAIN,
            # A new upload never replaces another file of the same name.
            "file_overwrite": False,
        },
    }
WHITENOISE_MAX_AGE = 365 * 24 * 3600

# --- Security defaults (production.py tightens transport-level settings) --------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing is framed, except admin previews (see portal.middleware.AdminPreviewFramingMiddleware).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# No script needs the CSRF cookie: the admin and the portal's forms take the token from the page.
CSRF_COOKIE_HTTPONLY = True
# Browser features no page of the portal uses, refused to every page and to anything it embeds.
PERMISSIONS_POLICY = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")


def _media_sources():
    """Where images come from besides the portal itself: the S3 bucket's address or its custom domain."""
    if MEDIA_S3_CUSTOM_DOMAIN:
        return [f"https://{MEDIA_S3_CUSTOM_DOMAIN}"]
    if not MEDIA_S3_BUCKET:
        return []
    # Signed links name the endpoint, with the bucket in the path or as a subdomain (boto3 picks one).
    region = MEDIA_S3_REGION or "us-east-1"
    endpoint = urlsplit(MEDIA_S3_ENDPOINT_URL or f"https://s3.{region}.amazonaws.com")
    hosts = [endpoint.netloc, f"{MEDIA_S3_BUCKET}.{endpoint.netloc}"]
    if not MEDIA_S3_ENDPOINT_URL:
        hosts.append(f"{MEDIA_S3_BUCKET}.s3.amazonaws.com")
    return [f"{endpoint.scheme}://{host}" for host in hosts]


# Content-Security-Policy of the public site (django-csp): the portal's own scripts, styles, fonts
# and images only; inline scripts only with the response's nonce (none of the templates has one at
# present; portal.page_cache gives each cached hit a fresh one); no inline styles or event handlers.
# Nothing is embedded (no embed block or rich-text feature exists): a video embed added later
# needs its provider in frame-src. production.py adds upgrade-insecure-requests under HTTPS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_media_sources()],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": False,
    },
}
# The Wagtail admin's, under /admin/ (portal.middleware.ContentSecurityPolicyMiddleware): Wagtail's
# widgets and panels write inline scripts and style attributes, its image tools use blob: and data:
# images, and the preview panel frames the admin's own preview address (frame-ancestors 'self' on
# those). No nonce: a nonce would make browsers ignore 'unsafe-inline'. The user bar that editors
# see on public pages needs none of this (tests/browser/test_csp.py): they keep the public policy.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_media_sources()],
        "frame-src": [SELF],
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Sign-in and sessions (docs/accounts.md) ---------------------------------------
# django-axes refuses sign-ins after LOGIN_FAILURE_LIMIT failures for one username from one address,
# for LOGIN_LOCKOUT_MINUTES; a further attempt meanwhile starts the wait again. `manage.py
# axes_reset_username <name>` lifts a lockout early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = True
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
# Username and address together: a wrong password typed from elsewhere cannot lock an editor out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The client's address is REMOTE_ADDR, as for the forms' rate limits (portal.submissions), even if
# django-ipware gets installed: forwarded headers can be forged.
AXES_CLIENT_IP_CALLABLE = "portal.security.client_address"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Wagtail's audit log records sign-ins (without addresses); axes' own table would keep every
# address and browser forever. Failed attempts stay until the first sign-in attempt after their
# cool-off, which deletes them.
AXES_DISABLE_ACCESS_LOG = True
# Django's own admin is not served; the attempts are listed by `manage.py axes_list_attempts`.
AXES_ENABLE_ADMIN = False

# --- Wagtail ---------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cities & Drugs Network"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "odp", "rtf", "txt", "xlsx", "ods", "zip"]
# Documents always download (never open inline on the portal's origin) and go through Django, so
# private collections stay private.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Refuses truncated or corrupt image files with a form error (portal.images).
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.images.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "gif": "gif", "bmp": "png", "webp": "webp"}
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# Private pages and collections are for signed-in users or groups: a shared password cannot be
# withdrawn from one person, is not rate-limited like the sign-in, and would be one more form to guard.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}  # nosec B105 - a switch, not a password
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}  # nosec B105 - a switch, not a password
# Editors' avatars without Gravatar: their email digests stay here and the admin loads no outside image.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Submissions, approvals and rejections are emailed to the approving group and the author (portal.roles);
# superusers are not copied on every one.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Read API (portal.api, docs/api.md) ---------------------------------------------
# JSON only, and read-only to anyone not logged in (the public API reads no login at all; the
# admin's own API views keep their session authentication). Anonymous clients are throttled.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_THROTTLE_RATES": {"anon": "300/minute"},
    # The client's address is REMOTE_ADDR, as for the forms' rate limits (portal.submissions).
    "NUM_PROXIES": 0,
    # Coordinates as JSON numbers, not strings.
    "COERCE_DECIMAL_TO_STRING": False,
}
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True

# --- Logging ----------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "portal": {"level": LOG_LEVEL},
    },
}
