"""A professional asks to join a working group in a real browser, by keyboard; the form with its
errors is valid HTML and passes axe-core's WCAG 2.2 A/AA rules."""

import datetime
from urllib.parse import urlsplit

import pytest

from django.core.cache import cache
from django.utils import timezone

from home.models import JoinRequest
from tests.browser.checkers import format_axe_violations, format_html_errors, install_axe, keep_on_origin, run_axe
from tests.factories.network import add_person, add_project, add_project_index, add_working_group
from tests.factories.pages import build_site

pytestmark = pytest.mark.browser


@pytest.fixture
def open_group(_post_migration_data_restored_at_exit, django_db_serialized_rollback, live_server):
    """A working group taking requests, served by `live_server`.

    Like `demo_content`, it needs the transactional database the live server reads, with the rows
    migrations create restored by serialized rollback. Request it before the browser fixtures, so
    its ORM work runs before Playwright's loop starts.
    """
    cache.clear()  # the rate limit counts in the cache
    home = build_site(languages=("fr",))
    project = add_project(add_project_index(home), "Safer Nights", slug="safer-nights")
    contact = add_person("Marc Dubois", role="Coordinator", email="marc@example.org")
    group = add_working_group(
        project,
        "Night outreach",
        slug="night-outreach",
        contact=contact,
        application_deadline=timezone.localdate() + datetime.timedelta(days=14),
        form_introduction="The co-pilots answer within a month.",
    )
    yield live_server.url + group.url
    cache.clear()


def test_professional_joins_a_group_by_keyboard(open_group, browser_context):
    page = browser_context.new_page()
    page.goto(open_group)
    assert page.locator("h1").inner_text() == "Night outreach"

    page.get_by_label("Full name").focus()
    page.keyboard.type("Sofia Rossi")
    page.keyboard.press("Tab")
    page.keyboard.type("Unità di strada Bologna")
    page.keyboard.press("Tab")
    page.keyboard.type("Outreach worker")
    page.get_by_label("Country").select_option("IT")
    page.get_by_label("Email", exact=True).fill("sofia@example.org")
    page.get_by_label("Why do you want to join?").fill("Ten years of night outreach in Bologna.")
    consent = page.get_by_label("I agree that the network keeps these details", exact=False)
    consent.focus()
    page.keyboard.press("Space")
    assert consent.is_checked()
    # The trap for robots is out of people's reach.
    assert not page.locator('input[name="website"]').is_visible()

    page.get_by_role("button", name="Send my request").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # (The form's "#join" fragment survives the redirect, as browsers keep it; the path is what counts.)
    assert urlsplit(page.url).path == "/en/projects/safer-nights/night-outreach/sent/"
    assert page.locator("h1").inner_text() == "Thank you, your request was sent"

    # Going back to the confirmation (or reloading it) sends nothing again.
    page.reload()
    [request] = JoinRequest.objects.all()
    assert (request.name, request.organisation, request.country.code) == (
        "Sofia Rossi",
        "Unità di strada Bologna",
        "IT",
    )
    assert (request.email, request.status, request.consent) == ("sofia@example.org", "pending", True)


def test_form_with_errors_is_valid_and_accessible(open_group, browser_context, html_checker, axe_source):
    keep_on_origin(browser_context, open_group)
    install_axe(browser_context, axe_source)
    page = browser_context.new_page()
    page.goto(open_group)

    # The browser's own checks stop an empty form before it leaves.
    page.get_by_role("button", name="Send my request").click()
    assert page.url == open_group
    assert page.locator(".error-summary").count() == 0

    # Without them (an older browser, or checks switched off), the server answers with the errors.
    page.locator("form.join-form").evaluate("form => { form.noValidate = true; }")
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.get_by_role("button", name="Send my request").click()
    response = answer.value
    assert response.status == 400
    page.wait_for_load_state("load")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "Please agree so that we can handle your request." in summary.inner_text()
    assert page.locator('input[name="name"]').get_attribute("aria-invalid") == "true"
    # The summary's links lead to the fields.
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.name") == "name"
    assert JoinRequest.objects.count() == 0

    html_errors = html_checker.check({page.url + " (with errors)": response.body()})
    violations = run_axe(page)
    report = []
    if html_errors:
        report.append(format_html_errors(html_errors))
    if violations:
        report.append(format_axe_violations(violations))
    if report:
        pytest.fail("\n\n".join(report), pytrace=False)
