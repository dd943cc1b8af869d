"""The site chrome works by keyboard alone and without JavaScript: skip link and language menu."""

import pytest

pytestmark = pytest.mark.browser


def test_skip_link_and_language_menu_by_keyboard_without_javascript(demo_content, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{demo_content.url}/en/about-the-network/")
        page.keyboard.press("Tab")
        skip = page.locator(".skip-link")
        assert skip.evaluate("element => element === document.activeElement")
        # Focused, the link comes into view (it rests above the top edge otherwise).
        assert skip.bounding_box()["y"] >= 0
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#main"

        # The language menu is a <details> disclosure: Enter opens it, Tab reaches French.
        page.locator(".language-switcher summary").focus()
        page.keyboard.press("Enter")
        french = page.locator('.language-switcher a[hreflang="fr"]')
        assert french.is_visible()
        french.focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**/fr/a-propos/")
        assert page.locator("html").get_attribute("lang") == "fr"
        # The summary names the current language (after a prefix only screen readers hear).
        assert page.locator(".language-switcher summary").inner_text().endswith("Français")
    finally:
        context.close()
