"""The accessibility checker (preview panel and user bar) runs the portal's rules, with its own messages."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.urls import reverse

from portal.content_checks import ALT_TEXT_PATTERN
from tests.factories.pages import add_standard_page, build_site


def axe_configuration(html):
    script = BeautifulSoup(html, "html.parser").find(id="checker-axe-configuration")
    assert script is not None, "no content checker configuration on the page"
    return json.loads(script.string)


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("checker", "checker@example.org", "a-long-password-1")
    client.force_login(user)
    return user


def test_preview_panel_checks_use_the_portal_rules(client, editor):
    page = add_standard_page(build_site(), "About the network", slug="about")
    config = axe_configuration(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content)
    rules = config["options"]["runOnly"]
    # Wagtail's own rules stay; the portal's are added.
    for rule in (
        "heading-order",
        "link-name",
        "alt-text-quality",
        "image-alt",
        "image-redundant-alt",
        "valid-lang",
        "list",
    ):
        assert rule in rules, rule
    assert config["context"]["include"] == ["main"]
    checks = {check["id"]: check for check in config["spec"]["checks"]}
    assert checks["check-image-alt-text"]["options"]["pattern"] == ALT_TEXT_PATTERN
    assert config["messages"]["image-alt"]["error_name"] == "Image without alternative text"


def test_user_bar_on_the_public_page_uses_them_too(client, editor):
    page = add_standard_page(build_site(), "About the network", slug="about")
    config = axe_configuration(client.get(page.url).content)
    assert "image-redundant-alt" in config["options"]["runOnly"]


def test_messages_follow_the_editor_language(client, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    page = add_standard_page(build_site(), "About the network", slug="about")
    config = axe_configuration(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content)
    assert config["messages"]["image-alt"]["error_name"] == "Image sans texte alternatif"


@pytest.mark.parametrize(
    "alt,flagged",
    [
        ("IMG_2041.jpg", True),
        ("photo", True),
        ("Photo 3", True),
        ("logo", True),
        ("Bild", True),
        ("снимка", True),
        ("Outreach workers hand out kits at Brussels-North station", False),
        ("Logo of Infor-Drogues", False),
        ("Photographers at the conference", False),
    ],
)
def test_alt_text_pattern(alt, flagged):
    # axe-core compiles the pattern with the "i" flag (wagtailadmin's check-image-alt-text).
    assert bool(re.search(ALT_TEXT_PATTERN, alt, re.IGNORECASE)) is flagged
