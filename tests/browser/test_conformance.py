"""Conformance of every public page: valid HTML (Nu HTML Checker) and WCAG 2.2 A/AA (axe-core in Chromium).

The pages come from /sitemap.xml of the demo site, so each new page type is checked as soon as
the demo content has one. The 404 page and the search results page, which the sitemap does not
list, are added by hand.
"""

from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from wagtail.models import Site

from tests.browser.checkers import (
    display_url,
    fetch,
    format_axe_violations,
    format_html_errors,
    install_axe,
    keep_on_origin,
    record_broken_resources,
    run_axe,
    sitemap_urls,
)

# Pages outside the sitemap, with the status each must answer.
EXTRA_PAGES = [
    ("/en/this-does-not-exist/", 404),
    ("/en/search/?" + urlencode({"q": "harm"}), 200),
    ("/fr/search/?" + urlencode({"q": "réduction"}), 200),
    # Search with facets chosen, sorted, corrected, and with matches only in other languages.
    ("/fr/search/?" + urlencode({"q": "réduction des risques", "type": "practice", "sort": "newest"}), 200),
    ("/fr/search/?" + urlencode({"q": "ruduction"}), 200),
    ("/fr/search/?" + urlencode({"q": "homelessness"}), 200),
    # Filtered and paginated directory states, and the page shown after a join request.
    ("/en/partners/?" + urlencode({"country": "BE", "kind": "ngo"}), 200),
    ("/fr/partenaires/?" + urlencode({"topic": "reduction-des-risques"}), 200),
    ("/en/partners/?" + urlencode({"page": "2"}), 200),
    ("/en/partners/?" + urlencode({"country": "RO", "kind": "city"}), 200),
    ("/fr/projets/aipauc/prevention/sent/", 200),
    # Library and practice examples, filtered, sorted, and with a value the filters do not know.
    ("/fr/ressources/?" + urlencode({"language": "bg"}), 200),
    ("/en/library/?" + urlencode({"topic": "harm-reduction", "sort": "title"}), 200),
    ("/en/library/?" + urlencode({"year": "abcd"}), 200),
    ("/fr/pratiques/?" + urlencode({"area": "prevention"}), 200),
    # Events: filtered lists and schedules, the changes to a programme.
    ("/en/events/?" + urlencode({"kind": "seminar", "city": "Paris"}), 200),
    ("/fr/evenements/?" + urlencode({"year": "2010"}), 200),
    ("/en/events/efus-conference-brussels-2024/schedule/?" + urlencode({"format": "thematic"}), 200),
    ("/fr/evenements/conference-efus-bruxelles-2024/schedule/?" + urlencode({"track": "inconnu"}), 200),
    ("/en/events/efus-conference-brussels-2024/schedule/changes/", 200),
    ("/fr/evenements/conference-efus-bruxelles-2024/schedule/changes/", 200),
    # Press room: filtered, with a value it does not know; the interview form and its confirmation.
    ("/en/press/?" + urlencode({"year": "2024"}), 200),
    ("/fr/presse/?" + urlencode({"topic": "inconnu"}), 200),
    ("/en/press/interview/", 200),
    ("/fr/presse/interview/", 200),
    ("/fr/presse/interview/sent/", 200),
    # A language without pages yet: the English page with the notice, the interface in German.
    ("/de/library/", 200),
    ("/bg/", 200),
]


@pytest.mark.browser
def test_every_public_page_is_valid_html_and_accessible(demo_content, browser_context, html_checker, axe_source):
    base_url = demo_content.url
    pages = {url: 200 for url in sitemap_urls(base_url)}
    assert pages, f"{base_url}/sitemap.xml lists no pages: is the demo content loaded?"
    # A sitemap that lost a language would quietly shrink what this test covers.
    homes = Site.objects.get(is_default_site=True).root_page.get_translations(inclusive=True).live().public()
    listed = {urlsplit(url).path.split("/")[1] for url in pages}
    missing = sorted(set(homes.values_list("locale__language_code", flat=True)) - listed)
    assert not missing, f"/sitemap.xml lists no page in these languages: {', '.join(missing)}"
    pages.update((urljoin(base_url, path), status) for path, status in EXTRA_PAGES)

    # Fetch everything first so the HTML checker's JVM works while the browser walks the pages.
    responses = {url: fetch(url) for url in pages}
    status_problems = [
        f"  {display_url(url)} answered {response.status}"
        + (f" (redirect to {response.location})" if response.location else "")
        + f", expected {pages[url]}"
        for url, response in responses.items()
        if response.status != pages[url]
    ]
    valid = {url: response.body for url, response in responses.items() if response.status == pages[url]}
    with html_checker.start({url: body for url, body in valid.items() if responses[url].is_html}) as html_check:
        keep_on_origin(browser_context, base_url)
        install_axe(browser_context, axe_source)
        page = browser_context.new_page()
        broken = record_broken_resources(page, base_url)
        resource_problems = {}
        violations = []
        for url in valid:
            response = page.goto(url, wait_until="load")
            if response is None or response.status != pages[url]:
                answered = response.status if response else "nothing"
                status_problems.append(
                    f"  {display_url(url)} answered {answered} in the browser, expected {pages[url]}"
                )
                continue
            violations.extend(run_axe(page))
            for resource in broken:
                resource_problems.setdefault(resource, []).append(display_url(url))
            broken.clear()
        html_errors = html_check.errors()

    report = []
    if status_problems:
        report.append(f"HTTP status: {len(status_problems)} page(s) answered wrongly\n" + "\n".join(status_problems))
    if resource_problems:
        report.append(
            "Resources (CSS, scripts, images) that failed to load:\n"
            + "\n".join(
                f"  {resource} on {len(where)} page(s): {', '.join(where[:3])}{', ...' if len(where) > 3 else ''}"
                for resource, where in resource_problems.items()
            )
        )
    if html_errors:
        report.append(format_html_errors(html_errors))
    if violations:
        report.append(format_axe_violations(violations))
    if report:
        pytest.fail(f"{len(pages)} pages checked\n\n" + "\n\n".join(report), pytrace=False)
