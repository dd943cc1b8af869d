"""Building blocks of the conformance tests: the pages to visit, the Nu HTML Checker, axe-core, and reports.

Nothing here knows about pytest or Django, so browser tests can combine the pieces freely.
"""

import json
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit
from xml.etree import ElementTree

# The WCAG 2.2 level A and AA rules of axe-core.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"
# Enough places to find a pattern in a report without drowning it when a shared template repeats a problem.
MAX_PAGES_PER_PROBLEM = 8
MAX_TARGETS = 3


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content_type: str
    body: bytes
    location: str = ""

    @property
    def is_html(self):
        return self.content_type.split(";")[0].strip().lower() == "text/html"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A page listed in the sitemap must answer itself; following a redirect would hide that it does not.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url, timeout=30):
    """GET ``url`` without following redirects; HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    try:
        with _opener.open(request, timeout=timeout) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return Response(url, status, headers.get("Content-Type", ""), body, headers.get("Location", ""))


def rebase(url, base_url):
    """``url``'s path and query on ``base_url``'s scheme and host.

    Sitemap URLs carry the Wagtail Site's hostname and port, which in tests is not the live server's.
    """
    base = urlsplit(base_url)
    parts = urlsplit(url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))


def sitemap_urls(base_url, path="/sitemap.xml"):
    """Every page URL of the sitemap (with its hreflang alternates), in order, rebased onto ``base_url``.

    Follows a sitemap index to its sitemaps. Raises AssertionError when a sitemap does not answer 200.
    """
    urls = []
    pending = [urljoin(base_url, path)]
    while pending:
        sitemap_url = pending.pop(0)
        response = fetch(sitemap_url)
        assert response.status == 200, f"{sitemap_url} answered {response.status}, expected 200"
        root = ElementTree.fromstring(response.body)  # noqa: S314 (our own server's output, not untrusted XML)
        if root.tag == f"{SITEMAP_NS}sitemapindex":
            pending.extend(rebase(loc.text.strip(), base_url) for loc in root.iter(f"{SITEMAP_NS}loc"))
            continue
        for entry in root.iter(f"{SITEMAP_NS}url"):
            urls.append(entry.findtext(f"{SITEMAP_NS}loc", "").strip())
            urls.extend(link.get("href", "") for link in entry.iter(f"{XHTML_NS}link"))
    return list(dict.fromkeys(rebase(url, base_url) for url in urls if url))


def display_url(url):
    """The path and query of ``url``: the live server's port changes every run and only adds noise."""
    parts = urlsplit(url)
    return urlunsplit(("", "", parts.path, parts.query, "")) or "/"


# --- Nu HTML Checker ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlError:
    url: str
    line: int | None
    column: int | None
    message: str
    extract: str = ""


class HtmlChecker:
    """Runs the Nu HTML Checker (vnu.jar) on a batch of documents in a single Java process."""

    def __init__(self, java, jar):
        self.java = str(java)
        self.jar = str(jar)

    def start(self, documents):
        """Start checking ``documents`` ({url: html bytes}) in the background; returns a RunningCheck.

        Use it as a context manager, so an exception raised while it runs does not leave the JVM behind.
        """
        return RunningCheck(self, documents)

    def check(self, documents):
        """Check ``documents`` ({url: html bytes}) and return the HtmlErrors (warnings are not reported)."""
        with self.start(documents) as running:
            return running.errors()


class RunningCheck:
    """A checker run in progress; a context manager that stops it when left early."""

    def __init__(self, checker, documents):
        self._directory = tempfile.TemporaryDirectory(prefix="vnu-")
        self._urls = {}
        paths = []
        for number, (url, html) in enumerate(documents.items()):
            path = Path(self._directory.name) / f"page-{number:04d}.html"
            # The bytes as served, so an encoding problem is the checker's to find.
            path.write_bytes(html)
            self._urls[path.name] = url
            paths.append(str(path))
        command = [
            checker.java,
            "-jar",
            checker.jar,
            "--format",
            "json",
            "--stdout",
            "--errors-only",
            "--exit-zero-always",
            # Language detection only produces warnings, which are not reported anyway.
            "--no-langdetect",
            *paths,
        ]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) if paths else None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # Leaving early (a failing browser step): do not leave the JVM and the files behind.
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        self._directory.cleanup()

    def errors(self, timeout=300):
        """Wait for the checker and return its HtmlErrors."""
        if self._process is None:
            return []
        try:
            stdout, stderr = self._process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            raise AssertionError(f"The Nu HTML Checker did not finish within {timeout} seconds") from None
        finally:
            self._directory.cleanup()
        try:
            messages = json.loads(stdout)["messages"]
        except (ValueError, KeyError) as error:
            output = (stderr or stdout).decode(errors="replace")[-2000:]
            raise AssertionError(
                f"The Nu HTML Checker gave no JSON report (exit code {self._process.returncode}): {error}\n{output}"
            ) from None
        return [self._error(message) for message in messages if message.get("type") != "info"]

    def _error(self, message):
        name = Path(urlsplit(message.get("url", "")).path).name
        url = self._urls.get(name, message.get("url", "(unknown document)"))
        line = message.get("lastLine") or message.get("firstLine")
        column = message.get("firstColumn") or message.get("lastColumn")
        text = message.get("message", "")
        if message.get("type") == "non-document-error":
            text = f"checker could not read the document: {text}"
        return HtmlError(url, line, column, text, " ".join(message.get("extract", "").split()))


def format_html_errors(errors):
    """A report of HtmlErrors grouped by message, each with the pages and lines where it occurs."""
    by_message = defaultdict(list)
    for error in errors:
        by_message[error.message].append(error)
    lines = [f"Nu HTML Checker: {len(errors)} error(s) of {len(by_message)} kind(s)"]
    for message, occurrences in sorted(by_message.items(), key=lambda item: -len(item[1])):
        lines.append(f"  * {message}")
        for error in occurrences[:MAX_PAGES_PER_PROBLEM]:
            where = f"line {error.line}" if error.line else "document"
            if error.column:
                where += f", column {error.column}"
            extract = f"  `{_shorten(error.extract, 100)}`" if error.extract else ""
            lines.append(f"      {display_url(error.url)}  {where}{extract}")
        if len(occurrences) > MAX_PAGES_PER_PROBLEM:
            lines.append(f"      ... and {len(occurrences) - MAX_PAGES_PER_PROBLEM} more")
    return "\n".join(lines)


# --- axe-core -------------------------------------------------------------------------------------

_RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
        // A frame whose content was blocked never answers axe; do not wait a minute for it.
        frameWaitTime: 10000,
    });
    return results.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        helpUrl: rule.helpUrl,
        targets: rule.nodes.map((node) => node.target.map((part) => [].concat(part).join(" ")).join(" >>> ")),
    }));
}"""


@dataclass(frozen=True)
class AxeViolation:
    url: str
    rule: str
    impact: str
    help: str
    help_url: str
    targets: tuple


def install_axe(context, axe_source):
    """Load axe-core into every page and frame the browser context opens.

    An init script, unlike a <script> tag, is not subject to the page's Content-Security-Policy.
    """
    context.add_init_script(script=axe_source)


def run_axe(page, tags=WCAG_TAGS):
    """The AxeViolations of the page's current document for the rules tagged ``tags``."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        raise AssertionError(f"axe-core is not loaded in {page.url}: call install_axe() on the browser context first")
    return [
        AxeViolation(page.url, item["id"], item["impact"] or "", item["help"], item["helpUrl"], tuple(item["targets"]))
        for item in page.evaluate(_RUN_AXE, list(tags))
    ]


def keep_on_origin(context, base_url):
    """Abort the context's requests to any other origin, so results never depend on the network."""
    origin = _origin(base_url)
    context.route(lambda url: _origin(url) != origin, lambda route: route.abort())


def record_broken_resources(page, base_url):
    """A list that fills with "path (status or error)" for every same-origin resource failing to load on ``page``.

    A stylesheet that fails to load would make the contrast checks meaningless; the top-level
    document is left out because its status is checked separately.
    """
    origin = _origin(base_url)
    broken = []

    def on_response(response):
        request = response.request
        if response.status >= 400 and _origin(response.url) == origin and not _is_page(request):
            broken.append(f"{display_url(response.url)} ({response.status})")

    def on_request_failed(request):
        if _origin(request.url) == origin and not _is_page(request):
            broken.append(f"{display_url(request.url)} ({request.failure})")

    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)
    return broken


def _is_page(request):
    try:
        return request.is_navigation_request() and request.frame.parent_frame is None
    except Exception:  # A service worker's request has no frame, and is no page.
        return False


def _origin(url):
    parts = urlsplit(url)
    return (parts.scheme, parts.netloc)


def format_axe_violations(violations):
    """A report of AxeViolations grouped by rule, each with its pages and first offending elements."""
    by_rule = defaultdict(list)
    for violation in violations:
        by_rule[violation.rule].append(violation)
    elements = sum(len(violation.targets) for violation in violations)
    lines = [
        f"axe-core (WCAG 2.2 A/AA): {len(by_rule)} rule(s) violated, {elements} element(s) on {_pages(violations)}"
    ]
    for rule, occurrences in sorted(by_rule.items(), key=lambda item: -len(item[1])):
        first = occurrences[0]
        lines.append(f"  * {rule} ({first.impact}): {first.help}  <{first.help_url.split('?')[0]}>")
        for violation in occurrences[:MAX_PAGES_PER_PROBLEM]:
            targets = ", ".join(_shorten(target, 80) for target in violation.targets[:MAX_TARGETS])
            if len(violation.targets) > MAX_TARGETS:
                targets += f" (+{len(violation.targets) - MAX_TARGETS} more)"
            lines.append(f"      {display_url(violation.url)}  {targets}")
        if len(occurrences) > MAX_PAGES_PER_PROBLEM:
            lines.append(f"      ... and {len(occurrences) - MAX_PAGES_PER_PROBLEM} more pages")
    return "\n".join(lines)


def _pages(violations):
    count = len({violation.url for violation in violations})
    return f"{count} page" if count == 1 else f"{count} pages"


def _shorten(text, limit):
    return text if len(text) <= limit else text[: limit - 1] + "…"
