"""The Content-Security-Policy in a real browser: the demo site's public pages and the admin (dashboard, page
editor, preview panel, user bar) load with no violation reported, and their JavaScript still works."""

import pytest

from django.urls import reverse

from resources.models import PracticeIndexPage, PracticePage
from tests.browser.checkers import keep_on_origin
from tests.browser.test_moderation import log_in

pytestmark = pytest.mark.browser

SCHEDULE = "/en/events/efus-conference-brussels-2024/schedule/"
# Every frame reports its violations to Python, the preview panel's included.
REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline code"} in ${location.pathname}` +
        ` (${event.sourceFile || "the page"}:${event.lineNumber})`
    );
}, true);
"""


@pytest.fixture
def site(demo_content):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    practice = PracticePage.objects.live().child_of(index).first()
    return {"server": demo_content.url, "listing": index.url, "detail": practice.url, "practice": practice}


def watched_context(browser, server):
    """A browser context whose Content-Security-Policy violations land in the returned list."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    keep_on_origin(context, server)
    violations = []
    context.expose_binding("reportCspViolation", lambda _source, text: violations.append(text))
    context.add_init_script(REPORTER)
    return context, violations


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("networkidle")
    return response


def settle(page):
    """Violation events are queued: give the last ones time to arrive."""
    page.wait_for_timeout(300)


def test_public_pages_run_their_scripts_without_a_violation(site, browser):
    server = site["server"]
    context, violations = watched_context(browser, server)
    page = context.new_page()
    try:
        response = visit(page, server + "/en/")
        header = response.headers["content-security-policy"]
        assert "script-src 'self'" in header and "'unsafe-inline'" not in header
        # The watcher hears what the policy refuses: an inline style written by a script.
        page.evaluate("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
        settle(page)
        assert any(text.startswith("style-src") for text in violations), violations
        violations.clear()

        for url in (server + "/en/", server + site["listing"], server + site["detail"]):
            visit(page, url)
            assert page.locator("h1").count() == 1

        # The schedule's script lays out the grid and keeps an agenda.
        visit(page, server + SCHEDULE)
        assert page.locator(".schedule-day__grid.is-grid").count() == 1
        star = page.locator(".session-item .agenda-toggle").first
        star.click()
        assert star.get_attribute("aria-pressed") == "true"
        assert page.locator(".agenda__list li").count() == 1

        # The search page, and the suggestions its box fetches as the reader types.
        visit(page, server + "/en/search/?q=harm")
        box = page.locator("#site-search-q")
        box.fill("")
        box.focus()
        with page.expect_response(lambda answer: "/en/search/suggest/" in answer.url):
            page.keyboard.type("harm")
        page.get_by_role("listbox").wait_for()
        assert page.get_by_role("listbox").get_by_role("option").count() > 0
        assert box.get_attribute("aria-expanded") == "true"
        settle(page)
        assert violations == []
    finally:
        context.close()


def test_the_admin_and_its_preview_work_under_their_policy(site, browser):
    server, practice = site["server"], site["practice"]
    context, violations = watched_context(browser, server)
    page = context.new_page()
    try:
        log_in(page, server, "moderator")
        page.wait_for_load_state("networkidle")
        assert page.locator("main").inner_text()

        edit = visit(page, server + reverse("wagtailadmin_pages:edit", args=[practice.pk]))
        assert "'unsafe-inline'" in edit.headers["content-security-policy"]
        # The editor's scripts drew the form: the title field and the rich-text editors are there.
        assert page.locator("#id_title").input_value() == practice.title
        assert page.locator(".Draftail-Editor").count() > 0

        # The preview panel frames the preview of the unsaved form.
        page.locator("#id_title").fill(practice.title + " (previewed)")
        page.locator('[data-side-panel-toggle="preview"]').click()
        frame = page.frame_locator("#w-preview-iframe")
        frame.locator("h1").filter(has_text="(previewed)").wait_for()
        page.wait_for_load_state("networkidle")
        settle(page)
        assert violations == []

        # On the public site, the user bar opens its menu.
        visit(page, server + site["detail"])
        page.locator("wagtail-userbar").wait_for(state="attached")
        trigger = page.locator("wagtail-userbar [data-wagtail-userbar-trigger]")
        trigger.click()
        assert trigger.get_attribute("aria-expanded") == "true"
        settle(page)
        assert violations == []
    finally:
        context.close()
