"""A communication officer writes a practice example and submits it; a moderator approves it; it is online.

Both log in with the demo accounts (portal.demo.accounts) in their own browser contexts, as two people would.
"""

import pytest

from django.urls import reverse

from portal.demo.accounts import demo_password
from resources.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.browser

TITLE = "Needle exchange at Ghent station"


@pytest.fixture
def practices(demo_content):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    return {
        "server": demo_content.url,
        "add": reverse("wagtailadmin_pages:add", args=["resources", "practicepage", index.pk]),
    }


def log_in(page, server, username):
    page.goto(server + reverse("wagtailadmin_login"))
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password())
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(server + reverse("wagtailadmin_home"))


def footer_action(page, selector):
    """Open the editor's 'More actions' menu and choose an action in it."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator(selector).first.click()


def test_officer_submits_a_practice_and_a_moderator_approves_it(practices, browser):
    server = practices["server"]
    officer = browser.new_context(locale="en-GB").new_page()
    log_in(officer, server, "officer")
    officer.goto(server + practices["add"])
    officer.fill("#id_title", TITLE)
    officer.fill("#id_summary", "A needle and syringe exchange in Ghent's main station, run with the city.")
    officer.fill("#id_city", "Ghent")
    officer.select_option("#id_country", "BE")
    officer.select_option("#id_area", index=1)
    officer.select_option("#id_evaluation_status", index=1)
    # Officers may not publish: the primary action saves a draft, and the menu offers moderation.
    assert officer.locator("footer button[name='action-publish']").count() == 0
    footer_action(officer, "footer button[name='action-submit']")
    officer.wait_for_load_state()
    assert "submitted for moderation" in officer.locator(".messages").inner_text()

    practice = PracticePage.objects.get(title=TITLE)
    assert not practice.live
    assert practice.current_workflow_state.status == "in_progress"

    moderator = browser.new_context(locale="en-GB").new_page()
    log_in(moderator, server, "moderator")
    # The dashboard lists it under "Awaiting your review".
    assert TITLE in moderator.locator("main").inner_text()
    moderator.goto(server + reverse("wagtailadmin_pages:edit", args=[practice.pk]))
    footer_action(moderator, "footer button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    moderator.wait_for_url(server + reverse("wagtailadmin_explore", args=[practice.get_parent().pk]))
    assert TITLE in moderator.locator(".messages").inner_text()

    practice = PracticePage.objects.get(pk=practice.pk)
    assert practice.live
    response = moderator.goto(server + practice.url)
    assert response.status == 200
    assert moderator.locator("h1").inner_text() == TITLE
