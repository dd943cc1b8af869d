"""Uploaded media go to an S3-compatible bucket when MEDIA_S3_BUCKET is set, and stay on disk otherwise.

django-storages and boto3 are not in requirements.txt: each probe decides whether they look installed
(an empty stand-in or a hidden module in sys.modules), then evaluates the settings without importing
the storage backend.
"""

import json
from importlib.util import find_spec

import pytest

from tests.portal.test_settings import run_python

S3_VARIABLES = (
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ENDPOINT_URL",
    "MEDIA_S3_REGION",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
    "MEDIA_S3_CUSTOM_DOMAIN",
)
PIP_COMMAND = 'pip install "django-storages[s3]==1.14.6"'


def storages_probe(installed=("storages", "boto3"), missing=(), module="portal.settings.production", **env):
    """Run the settings with ``env`` (the other MEDIA_S3_ variables unset); the result of the process."""
    code = (
        "import importlib.machinery, json, sys, types\n"
        f"for name in {list(installed)!r}:\n"
        "    stand_in = types.ModuleType(name)\n"
        "    stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None)\n"
        "    sys.modules[name] = stand_in\n"
        f"for name in {list(missing)!r}:\n"
        "    sys.modules[name] = None\n"
        "from django.conf import settings\n"
        "print(json.dumps(settings.STORAGES))\n"
    )
    variables = dict.fromkeys(S3_VARIABLES, "") | {"SECRET_KEY": "x" * 50} | env
    return run_python(code, module, **variables)


def storages_of(**kwargs):
    result = storages_probe(**kwargs)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_media_stay_on_the_file_system_without_a_bucket():
    storages = storages_of(installed=(), missing=("storages", "boto3"))
    assert storages["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert storages["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_a_bucket_puts_media_in_private_s3_storage_with_signed_links():
    storages = storages_of(
        MEDIA_S3_BUCKET="portal-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        MEDIA_S3_REGION="fr-par",
        MEDIA_S3_ACCESS_KEY_ID="AKIAEXAMPLE",
        MEDIA_S3_SECRET_ACCESS_KEY="secret/example",
    )
    assert storages["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "portal-media",
            "endpoint_url": "https://s3.fr-par.scw.cloud",
            "region_name": "fr-par",
            "access_key": "AKIAEXAMPLE",
            "secret_key": "secret/example",
            "custom_domain": None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    # Static files stay with whitenoise.
    assert storages["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_unset_optional_variables_leave_the_choice_to_boto3():
    options = storages_of(MEDIA_S3_BUCKET="portal-media")["default"]["OPTIONS"]
    assert options["bucket_name"] == "portal-media"
    for name in ("endpoint_url", "region_name", "access_key", "secret_key", "custom_domain"):
        assert options[name] is None, name
    assert options["querystring_auth"] is True


def test_a_public_custom_domain_serves_unsigned_links():
    options = storages_of(MEDIA_S3_BUCKET="portal-media", MEDIA_S3_CUSTOM_DOMAIN="media.portal.example.org")["default"][
        "OPTIONS"
    ]
    assert options["custom_domain"] == "media.portal.example.org"
    assert options["querystring_auth"] is False
    assert options["default_acl"] is None
    assert options["file_overwrite"] is False


def test_the_bucket_works_with_every_settings_module():
    for module in ("portal.settings.base", "portal.settings.test", "portal.settings.dev"):
        storages = storages_of(module=module, MEDIA_S3_BUCKET="portal-media")
        assert storages["default"]["BACKEND"] == "storages.backends.s3.S3Storage", module


def test_a_bucket_without_django_storages_says_what_to_install():
    result = storages_probe(installed=(), missing=("storages", "boto3"), MEDIA_S3_BUCKET="portal-media")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "MEDIA_S3_BUCKET is set but storages and boto3 cannot be imported" in result.stderr
    assert PIP_COMMAND in result.stderr


def test_a_missing_boto3_alone_is_named():
    result = storages_probe(installed=("storages",), missing=("boto3",), MEDIA_S3_BUCKET="portal-media")
    assert result.returncode != 0
    assert "MEDIA_S3_BUCKET is set but boto3 cannot be imported" in result.stderr
    assert PIP_COMMAND in result.stderr


@pytest.mark.skipif(find_spec("storages") is not None, reason="django-storages is installed here")
def test_this_virtualenv_without_django_storages_fails_the_same_way():
    """Nothing simulated: django-storages is not a requirement, so .venv does not have it."""
    variables = dict.fromkeys(S3_VARIABLES, "") | {"SECRET_KEY": "x" * 50, "MEDIA_S3_BUCKET": "portal-media"}
    result = run_python(
        "from django.conf import settings; settings.STORAGES", "portal.settings.production", **variables
    )
    assert result.returncode != 0
    assert "MEDIA_S3_BUCKET is set but storages" in result.stderr
    assert PIP_COMMAND in result.stderr


def test_a_custom_domain_is_a_host_name():
    result = storages_probe(MEDIA_S3_BUCKET="portal-media", MEDIA_S3_CUSTOM_DOMAIN="https://media.portal.example.org")
    assert result.returncode != 0
    assert "MEDIA_S3_CUSTOM_DOMAIN is a host name" in result.stderr
