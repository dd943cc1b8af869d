"""/.well-known/security.txt names the deployment's security contact (RFC 9116)."""

from datetime import UTC, datetime, timedelta

import pytest

from django.utils import timezone


def _fields(response):
    fields = {}
    for line in response.content.decode().splitlines():
        name, _, value = line.partition(": ")
        fields[name] = value
    return fields


def test_there_is_no_file_without_a_contact(client, settings, db):
    settings.SECURITY_CONTACT = ""
    assert client.get("/.well-known/security.txt").status_code == 404


@pytest.mark.parametrize(
    ("configured", "published"),
    [("security@network.example", "mailto:security@network.example"), ("https://x.example/report", None)],
)
def test_the_file_names_the_contact_and_expires_within_a_year(client, settings, configured, published):
    settings.SECURITY_CONTACT = configured
    settings.SECURITY_POLICY_URL = "https://x.example/policy"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = _fields(response)
    assert fields["Contact"] == (published or configured)
    assert fields["Policy"] == "https://x.example/policy"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    assert fields["Preferred-Languages"].split(", ")[:2] == ["en", "fr"]
    expires = datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert timezone.now() < expires < timezone.now() + timedelta(days=365)


def test_only_reading_is_allowed(client, settings):
    settings.SECURITY_CONTACT = "security@network.example"
    assert client.post("/.well-known/security.txt").status_code == 405
