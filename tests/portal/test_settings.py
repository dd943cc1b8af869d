"""Settings come from the environment, and production settings pass Django's deployment checklist."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from portal.settings.base import _email_settings

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'debug': settings.DEBUG, 'engine': settings.DATABASES['default']['ENGINE'], "
    "'db_name': str(settings.DATABASES['default']['NAME']), 'cache': settings.CACHES['default']['BACKEND'], "
    "'search': settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], 'hosts': settings.ALLOWED_HOSTS, "
    "'media': str(settings.MEDIA_ROOT), 'email': settings.EMAIL_BACKEND, 'ssl': getattr(settings, 'SECURE_SSL_REDIRECT', None)}))"
)


def run_python(code, module, **env):
    environment = {
        key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=module, **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def probe(module="portal.settings.base", **env):
    result = run_python(PROBE, module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_base_settings_refuse_to_start_without_a_secret_key():
    result = run_python(PROBE, "portal.settings.base")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_base_settings_are_safe_defaults():
    values = probe(SECRET_KEY="x" * 50)
    assert values["debug"] is False
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["db_name"].endswith("db.sqlite3")
    # Without Redis, a file cache the workers of one machine share (the page cache's purges reach them all).
    assert values["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert values["search"] == "search.backends.database_backend"
    assert values["hosts"] == ["localhost", "127.0.0.1"]


def test_deploy_specific_values_come_from_the_environment():
    values = probe(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://portal:secret@db.internal:5432/portal",
        REDIS_URL="redis://127.0.0.1:6379/1",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        ALLOWED_HOSTS="portal.example.org, www.portal.example.org",
        MEDIA_ROOT="/srv/media",
        EMAIL_URL="smtp://mailer:pw@smtp.example.org:587?tls=1",
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["db_name"] == "portal"
    assert values["cache"] == "django_redis.cache.RedisCache"
    assert values["search"] == "search.backends.LocalisedElasticsearchBackend"
    assert values["hosts"] == ["portal.example.org", "www.portal.example.org"]
    assert values["media"] == "/srv/media"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"


def test_badly_typed_variables_are_reported_by_name():
    result = run_python(PROBE, "portal.settings.base", SECRET_KEY="x" * 50, DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_email_url_is_parsed():
    settings = _email_settings("smtps://user%40example.org:p%40ss@mail.example.org")
    assert settings["EMAIL_HOST"] == "mail.example.org"
    assert settings["EMAIL_PORT"] == 465
    assert settings["EMAIL_USE_SSL"] is True
    assert settings["EMAIL_HOST_USER"] == "user@example.org"
    assert settings["EMAIL_HOST_PASSWORD"] == "p@ss"
    with pytest.raises(Exception, match="EMAIL_URL scheme"):
        _email_settings("carrier-pigeon://loft")


def test_production_settings_pass_the_deployment_checklist():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "portal.example.org",
            "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_redirects_to_https_unless_told_it_runs_locally():
    assert probe("portal.settings.production", SECRET_KEY="x" * 50)["ssl"] is True
    assert probe("portal.settings.production", SECRET_KEY="x" * 50, SITE_HTTPS="0")["ssl"] is False


def test_empty_variables_mean_the_default():
    values = probe(SECRET_KEY="x" * 50, DATABASE_URL="", REDIS_URL="")
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
