"""The header search box suggests pages as the reader types (static/js/search-suggest.js): a WAI-ARIA
1.2 combobox with a listbox, used here by keyboard alone, announced in a status region, and passing
axe-core's WCAG 2.2 A/AA rules while open."""

from urllib.parse import parse_qs, urlsplit

import pytest

from django.core.cache import cache

from search import documents
from tests.browser.checkers import format_axe_violations, install_axe, keep_on_origin, run_axe
from tests.factories.pages import add_standard_page, build_site

pytestmark = pytest.mark.browser

TITLES = {
    "Harm reduction basics": "harm-reduction-basics",
    "Harm reduction in prisons": "harm-reduction-in-prisons",
    "Harm reduction for young people": "harm-reduction-young-people",
}


@pytest.fixture
def searchable_site(_post_migration_data_restored_at_exit, django_db_serialized_rollback, live_server):
    """A home page and a few pages with search documents, served by `live_server`.

    Like `demo_content`, it needs the transactional database the live server reads, with the rows
    migrations create restored by serialized rollback. Request it before the browser fixtures, so
    its ORM work runs before Playwright's loop starts.
    """
    cache.clear()  # the search vocabulary is cached
    home = build_site(languages=("fr",))
    urls = {title: add_standard_page(home, title, slug=slug).url for title, slug in TITLES.items()}
    add_standard_page(home, "Outreach manual", slug="outreach")
    documents.rebuild()
    yield live_server, urls
    cache.clear()


def open_suggestions(page, base_url, text):
    page.goto(f"{base_url}/en/")
    box = page.locator("#site-search-q")
    box.focus()
    with page.expect_response(lambda response: "/en/search/suggest/" in response.url):
        page.keyboard.type(text)
    return box


def test_suggestions_by_keyboard(searchable_site, browser_context):
    live_server, urls = searchable_site
    page = browser_context.new_page()
    asked = []
    page.on("request", lambda request: "/search/suggest/" in request.url and asked.append(request.url))

    box = open_suggestions(page, live_server.url, "harm")
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    # Typing faster than the debounce delay asks once, for the whole word.
    assert [parse_qs(urlsplit(url).query)["q"] for url in asked] == [["harm"]]

    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-autocomplete") == "list"
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    assert box.get_attribute("aria-activedescendant") is None
    options = listbox.get_by_role("option")
    assert sorted(options.locator(".suggest__title").all_inner_texts()) == sorted(TITLES)
    assert options.locator(".suggest__type").all_inner_texts() == ["Page"] * len(TITLES)
    assert page.get_by_role("status").inner_text() == f"{len(TITLES)} suggestions"

    def highlighted():
        selected = listbox.locator('[role="option"][aria-selected="true"]')
        assert selected.count() == 1
        assert box.get_attribute("aria-activedescendant") == selected.get_attribute("id")
        return selected.get_attribute("id")

    ids = [options.nth(position).get_attribute("id") for position in range(options.count())]
    page.keyboard.press("ArrowDown")
    assert highlighted() == ids[0]
    page.keyboard.press("ArrowDown")
    assert highlighted() == ids[1]
    page.keyboard.press("ArrowUp")
    assert highlighted() == ids[0]
    # Focus never leaves the search box: the highlight is aria-activedescendant's.
    assert box.evaluate("element => element === document.activeElement")

    chosen = options.first.locator(".suggest__title").inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == urls[chosen]
    assert page.locator("h1").inner_text() == chosen


def test_escape_closes_and_enter_then_submits_the_form(searchable_site, browser_context):
    live_server, _urls = searchable_site
    page = browser_context.new_page()
    box = open_suggestions(page, live_server.url, "harm")
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    page.keyboard.press("ArrowDown")

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "harm"

    # ArrowDown opens the list again, at its first option.
    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-activedescendant") == listbox.get_by_role("option").first.get_attribute("id")
    page.keyboard.press("Escape")

    # Nothing highlighted: Enter submits the plain GET form.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    address = urlsplit(page.url)
    assert (address.path, parse_qs(address.query)) == ("/en/search/", {"q": ["harm"]})


def test_tab_and_clicks_elsewhere_close_and_a_click_on_an_option_navigates(searchable_site, browser_context):
    live_server, urls = searchable_site
    page = browser_context.new_page()
    box = open_suggestions(page, live_server.url, "harm")
    listbox = page.get_by_role("listbox")
    listbox.wait_for()

    page.keyboard.press("Tab")
    assert box.get_attribute("aria-expanded") == "false"

    box.focus()
    page.keyboard.press("ArrowDown")
    assert listbox.is_visible()
    page.locator("main").click(position={"x": 5, "y": 5})
    assert box.get_attribute("aria-expanded") == "false"

    box.focus()
    page.keyboard.press("ArrowDown")
    option = listbox.get_by_role("option").last
    chosen = option.locator(".suggest__title").inner_text()
    with page.expect_navigation():
        option.click()
    assert urlsplit(page.url).path == urls[chosen]


def test_no_match_is_announced(searchable_site, browser_context):
    live_server, _urls = searchable_site
    page = browser_context.new_page()
    box = open_suggestions(page, live_server.url, "zzqx")
    status = page.get_by_role("status")
    status.filter(has_text="No suggestions").wait_for()
    assert box.get_attribute("aria-expanded") == "false"
    assert page.locator(".suggest").is_hidden()


def test_open_suggestions_pass_axe(searchable_site, browser_context, axe_source):
    live_server, _urls = searchable_site
    keep_on_origin(browser_context, live_server.url)
    install_axe(browser_context, axe_source)
    page = browser_context.new_page()
    open_suggestions(page, live_server.url, "harm")
    page.get_by_role("listbox").wait_for()
    page.keyboard.press("ArrowDown")

    violations = run_axe(page)
    if violations:
        pytest.fail(format_axe_violations(violations), pytrace=False)
