"""An attendee in New York uses the Brussels conference's schedule by keyboard alone: stars two sessions,
reloads, exports the agenda and switches the times to their own zone; a screen reader hears each step."""

from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from tests.browser.checkers import format_axe_violations, install_axe, keep_on_origin, run_axe

pytestmark = pytest.mark.browser

SCHEDULE = "/en/events/efus-conference-brussels-2024/schedule/"


def focus_and_press(page, locator, key="Enter"):
    """Reach ``locator`` with Tab from the previous focusable element, as a keyboard user would, then press."""
    locator.focus()
    assert locator.evaluate("element => element === document.activeElement")
    page.keyboard.press(key)


def test_star_two_sessions_reload_export_and_switch_zone_by_keyboard(demo_content, browser, axe_source):
    context = browser.new_context(
        timezone_id="America/New_York", locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    keep_on_origin(context, demo_content.url)
    install_axe(context, axe_source)
    page = context.new_page()
    try:
        page.goto(demo_content.url + SCHEDULE)
        items = page.locator(".session-item")
        assert items.count() == 2
        first, second = items.nth(0), items.nth(1)
        assert first.locator(".session-item__time").inner_text().startswith("14:45–16:00")

        # Wide screen: the script lays the day out as a grid of rooms.
        assert page.locator(".schedule-day__grid.is-grid").count() == 1
        assert page.locator(".schedule-day__rooms").is_visible()

        # Star both sessions with the keyboard: the button is a toggle a screen reader announces.
        for item in (first, second):
            star = item.locator(".agenda-toggle")
            assert star.get_attribute("aria-pressed") == "false"
            focus_and_press(page, star, "Space")
            assert star.get_attribute("aria-pressed") == "true"
        status = page.locator(".agenda__status")
        assert status.get_attribute("aria-live") == "polite"
        assert status.inner_text() == "2 sessions in your agenda."

        # The agenda survives a reload: it lives in this browser, no account needed.
        page.reload()
        assert page.locator('.agenda-toggle[aria-pressed="true"]').count() == 2
        assert page.locator(".agenda__list li").count() == 2

        # Export it: the link carries the chosen ids, and the file holds both sessions in Brussels time.
        download = page.locator(".agenda__download")
        href = download.get_attribute("href")
        ids = parse_qs(urlsplit(href).query)["sessions"][0].split(",")
        assert sorted(ids) == sorted(items.evaluate_all("nodes => nodes.map(node => node.dataset.session)"))
        response = page.request.get(href)
        assert response.status == 200
        calendar = icalendar.Calendar.from_ical(response.body())
        starts = sorted(str(event["DTSTART"].to_ical(), "ascii") for event in calendar.walk("VEVENT"))
        assert starts == ["20240320T144500", "20240320T161500"]
        assert page.locator(".agenda__subscribe").get_attribute("href").startswith("webcal://")

        # Switch the times to the reader's zone (New York is five hours behind Brussels in March 2024).
        switch = page.locator(".schedule-zone__switch")
        assert switch.is_visible()
        focus_and_press(page, switch)
        assert switch.get_attribute("aria-pressed") == "true"
        assert first.locator(".session-item__time time").first.inner_text() == "09:45"
        assert "America/New York" in page.locator(".schedule-zone__current").inner_text()
        # The choice is remembered, and can be undone.
        page.reload()
        assert first.locator(".session-item__time time").first.inner_text() == "09:45"
        focus_and_press(page, page.locator(".schedule-zone__switch"))
        assert first.locator(".session-item__time time").first.inner_text() == "14:45"

        # Only my sessions, then an empty agenda, still by keyboard.
        focus_and_press(page, page.locator(".agenda__only-input"), "Space")
        assert items.nth(0).is_visible() and items.nth(1).is_visible()
        focus_and_press(page, second.locator(".agenda-toggle"), "Space")
        assert not second.is_visible()
        assert status.inner_text() == "1 session in your agenda."

        violations = run_axe(page)
        if violations:
            pytest.fail(format_axe_violations(violations), pytrace=False)
    finally:
        context.close()


def test_without_javascript_the_schedule_is_a_list_with_calendar_files(demo_content, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_content.url + SCHEDULE)
        assert page.locator(".schedule-day__grid.is-grid").count() == 0
        assert not page.locator(".agenda-toggle").first.is_visible()
        assert not page.locator("#my-agenda").is_visible()
        links = page.locator(".session-item__ics")
        assert links.count() == 2
        assert page.request.get(demo_content.url + links.first.get_attribute("href")).status == 200
    finally:
        context.close()
