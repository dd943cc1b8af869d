"""Fast, isolated tests: cheap hashing, in-memory cache and mail, plain static storage."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
# The test database comes from DATABASE_URL (SQLite file by default, PostgreSQL in CI).

from .base import *  # noqa: E402,F403

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = str(BASE_DIR / ".test-media")  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database_backend"}}
SEARCH_FALLBACK_BACKEND = ""
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# django-axes refuses authenticate() without a request, which the test client's login() never passes;
# tests of the lockout switch it back on (tests/portal/test_account_security.py).
AXES_ENABLED = False
# Wagtail's WagtailPageTestCase signs in through AUTHENTICATION_BACKENDS[0], which must load users:
# AxesBackend is base's AxesStandaloneBackend (the same lockout check) plus ModelBackend's methods.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
# The full-page cache stays out of the way of tests that change content without publishing;
# tests/portal/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
WAGTAILFRONTENDCACHE = {}
