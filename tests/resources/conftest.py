"""Fixtures of the library and practice tests: uploaded files go to a temporary folder."""

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Documents and images uploaded by a test land in its own folder, removed afterwards."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
