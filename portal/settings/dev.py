"""Local development: debugging on, a fixed throwaway key, mail to the console."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")

from portal.env import env_int  # noqa: E402

from .base import *  # noqa: E402,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Template and code changes show at once; `PAGE_CACHE_SECONDS=600 make dev` tries the cache.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
