"""Fixtures of the library, practice and press tests: uploaded files go to a temporary folder; the press
room's world is built once per module."""

import pytest

from django.db import transaction
from django.test import override_settings

from tests.resources.press_world import build_press_world, load


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Documents and images uploaded by a test land in its own folder, removed afterwards."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(scope="module")
def press_world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The press room of :mod:`tests.resources.press_world`, built once for the module inside a transaction
    rolled back at its end; each test runs in a savepoint within it, so what a test changes is undone
    before the next one. Its images live in a media folder of the module's own."""
    media = tmp_path_factory.mktemp("press-media")
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock(), transaction.atomic():
        yield {"objects": build_press_world(), "media": media}
        transaction.set_rollback(True)


@pytest.fixture
def press(press_world, db, settings):
    """Fresh copies of the press world's objects (``press.room``, ``press.release``...), read from the database."""
    # The world's images stay where the module put them.
    settings.MEDIA_ROOT = str(press_world["media"])
    return load(press_world)
