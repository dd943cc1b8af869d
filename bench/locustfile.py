"""The load test: visitors of the public site as locust user classes, checked against latency and error budgets.

A standalone script, not a test. ``bench/load.sh`` builds the data set, starts gunicorn with the
production settings and runs it; against a server already running:

    .venv/bin/locust -f bench/locustfile.py --headless -u 50 -r 5 -t 5m --host http://127.0.0.1:8092

At the start, the site's own sitemap (``/sitemap.xml``, or its sections) gives the addresses of
every live page in every language; each is classified by the English address of its translation
group (organisation, practice, resource, project, working group, event, session, speaker, press
item...). Visitors then pick from those lists and follow the links they find on the pages they read.

Visitor mixes (``weight``: their share of the users):

- ``Browsing`` (60): home pages and listings in several languages, a listing filtered by one of its
  own filters or on its second page, detail pages, then links found on them; sometimes a document.
- ``Searching`` (20): typical English and French queries from the demo content, typed with
  suggestions on the way, then a filter offered by the results, the second page, or a result.
- ``Schedule`` (10): an event, its schedule, sessions and speakers linked from it, and the iCal and
  frab (XML, JSON) exports.
- ``Press`` (7): the press room, a press item, its PDF and its press kit ZIP.
- ``Joining`` (3): a working group's page, then its join form sent with its CSRF token and valid data.
  Each one stores a join request: only for a throwaway database.

The join form allows five submissions an hour per client address (``portal.submissions``, no setting
changes that), and every locust user comes from 127.0.0.1. So the first five posts of a run are
stored and the following ones are refused with 429: that refusal is the expected answer, counted as a
success under its own name ("form: join POST refused (rate limit)"), and the form must still be there
with its message; any other answer is a failure. Editors' and senders' mail goes to ``EMAIL_URL``
(``dummy://`` under ``bench/load.sh``).

Budgets: each request name starts with its kind (``page:``, ``listing:``, ``search:``...), and each kind has
a 95th-percentile budget in milliseconds (``BUDGETS``; ``LOAD_BUDGET_<KIND>=ms`` overrides one). When locust
quits, a kind whose p95 over all its requests is over budget, a request name with at least ``MIN_REQUESTS``
requests whose p95 is, and an overall failure rate over ``LOAD_MAX_FAILURE_PERCENT`` (default 1 %) set the
exit code to 1, and the reasons are printed. The figures of each visitor class (requests, failures, p50, p95,
p99) are printed too and, with ``--csv PREFIX``, written to ``PREFIX_visitors.csv``. Before the clock starts,
the press PDFs and kits are made once in the press visitors' languages (:func:`make_press_files`).
"""

import csv
import logging
import math
import os
import random
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from urllib.parse import urlencode, urljoin, urlsplit

import requests
from locust import HttpUser, between, events, task
from locust.stats import StatsEntry

logger = logging.getLogger("load")

# 95th-percentile budgets in milliseconds, per kind of request, for 50 users on 2 cores with the page cache on
# (cached pages take a few milliseconds, uncached ones 50 to 250 ms: bench/run.sh). Filtered listings, searches
# and forms are never cached; downloads are files of some hundred kilobytes made before the run.
BUDGETS = {
    "page": 300,
    "listing": 500,
    "search": 800,
    "suggest": 300,
    "export": 800,
    "download": 1000,
    "form": 1000,
    "static": 200,
}
# A request name with fewer requests than this has no meaningful p95 of its own: only its kind's is judged.
MIN_REQUESTS = 20
# Journalists read the press room in English or French.
PRESS_LANGUAGES = {"en": 65, "fr": 35}
MAX_FAILURE_PERCENT = float(os.environ.get("LOAD_MAX_FAILURE_PERCENT", "1"))
# Languages of the site and how often a visitor reads each one.
LANGUAGES = {"en": 40, "fr": 20, "it": 8, "ro": 8, "bg": 8, "nl": 8, "de": 8}
# What readers type, in the words of the demo content.
QUERIES = {
    "en": [
        "harm reduction",
        "naloxone",
        "drug checking",
        "outreach",
        "housing first",
        "prevention",
        "drug consumption room",
        "hepatitis c",
        "peer support",
        "festival",
        "needle exchange",
        "nightlife",
    ],
    "fr": [
        "réduction des risques",
        "naloxone",
        "salle de consommation",
        "prévention",
        "logement d'abord",
        "analyse de drogues",
        "pairs",
        "hépatite",
        "milieu festif",
        "maraude",
    ],
}
# The English address's section of each kind of listing (the demo content's slugs); a detail page
# is one level below it. Events and projects have deeper pages (sessions, speakers, working groups).
SECTIONS = {
    "partners": "organisation",
    "practices": "practice",
    "library": "resource",
    "events": "event",
    "press": "press item",
    "projects": "project",
}
LINK = re.compile(r'<a\s[^>]*?href="([^"#]+)', re.IGNORECASE)
STYLESHEET = re.compile(r'<link\s[^>]*?rel="stylesheet"[^>]*?href="([^"]+)"', re.IGNORECASE)
SCRIPT = re.compile(r'<script\s[^>]*?src="([^"]+)"', re.IGNORECASE)
SELECT = re.compile(r'<select[^>]*\sname="([^"]+)"[^>]*>(.*?)</select>', re.IGNORECASE | re.DOTALL)
OPTION = re.compile(r'<option\s+value="([^"]+)"', re.IGNORECASE)
CHECKBOX = re.compile(r'<input\s+type="checkbox"[^>]*\sname="([^"]+)"\s+value="([^"]+)"', re.IGNORECASE)
HIDDEN = re.compile(r'<input\s+type="hidden"\s+name="([^"]+)"\s+value="([^"]*)"', re.IGNORECASE)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


# --- The site's addresses ----------------------------------------------------------------------


class Catalogue:
    """Every page of the sitemap by kind and language, read once when the test starts."""

    def __init__(self):
        self.pages = defaultdict(lambda: defaultdict(list))  # kind -> language -> [path]
        self.kinds = {}  # path -> kind
        self.lock = threading.Lock()
        self.loaded = False

    def load(self, base_url):
        with self.lock:
            if self.loaded:
                return
            session = requests.Session()
            root = ET.fromstring(session.get(urljoin(base_url, "/sitemap.xml"), timeout=120).content)
            documents = [root]
            if root.tag == f"{SITEMAP}sitemapindex":
                documents = [
                    ET.fromstring(session.get(location.text, timeout=120).content)
                    for location in root.iter(f"{SITEMAP}loc")
                ]
            for document in documents:
                for url in document.iter(f"{SITEMAP}url"):
                    self.add(url)
            self.loaded = True
            counts = ", ".join(f"{kind} {sum(map(len, paths.values()))}" for kind, paths in sorted(self.pages.items()))
            logger.info("Sitemap: %d addresses (%s)", len(self.kinds), counts)

    def add(self, url):
        path = urlsplit(url.findtext(f"{SITEMAP}loc")).path
        english = path
        for link in url.iter(f"{XHTML}link"):
            if link.get("hreflang") == "en":
                english = urlsplit(link.get("href")).path
        kind = classify(english)
        language = path.strip("/").split("/")[0]
        self.kinds[path] = kind
        self.pages[kind][language].append(path)

    def pick(self, kind, language="en"):
        """A path of this kind for a reader of ``language``.

        Half the time one written in that language when there are some; otherwise an English page under
        the language's prefix, which the portal shows in place with the interface in that language
        (``portal.languages``), as a reader following an English link does.
        """
        by_language = self.pages.get(kind) or {}
        own = by_language.get(language)
        if own and (language == "en" or random.random() < 0.5):
            return random.choice(own)
        english = by_language.get("en")
        if not english:
            return random.choice(own) if own else None
        return f"/{language}/" + random.choice(english).removeprefix("/en/")

    def kind_of(self, path):
        return self.kinds.get(path) or classify(path)


def classify(english_path):
    """The kind of page an English address (of the page or of its translation) shows."""
    parts = english_path.strip("/").split("/")[1:]  # without the language prefix
    if not parts:
        return "home"
    section = SECTIONS.get(parts[0])
    if section is None:
        return "standard page"
    if len(parts) == 1:
        return f"{section} listing"
    if section == "event":
        if len(parts) == 2:
            return "event"
        if parts[2] == "schedule":
            return "schedule" if len(parts) == 3 else "schedule changes"
        if parts[2] == "speakers":
            return "speakers" if len(parts) == 3 else "speaker"
        return "session"
    if section == "project" and len(parts) == 3:
        return "working group"
    return section if len(parts) == 2 else "other"


CATALOGUE = Catalogue()


@events.init.add_listener
def prepare(environment, **_kwargs):
    """Read the sitemap and make the press files before the clock of ``-t`` starts (test_start is within it)."""
    if environment.host:
        CATALOGUE.load(environment.host)
        make_press_files(environment.host)


def make_press_files(base_url):
    """Have the portal make the press items' PDFs and kits in the press visitors' languages before the load.

    The portal typesets them on the first request and then keeps them for 30 days (``resources.press.
    downloads``), across releases: a site in use has them. Typesetting takes seconds of a worker's time, and
    the run measures serving them, not making them.
    """
    started = time.perf_counter()
    session = requests.Session()
    items = CATALOGUE.pages.get("press item", {})
    paths = set()
    for language in PRESS_LANGUAGES:
        paths.update(items.get(language, []))
        paths.update(f"/{language}/" + path.removeprefix("/en/") for path in items.get("en", []))
    for path in sorted(paths):
        for route in ("pdf/", "press-kit/"):
            response = session.get(urljoin(base_url, path + route), timeout=300)
            if response.status_code != 200:
                logger.warning("%s%s answered %s before the run", path, route, response.status_code)
    logger.info("Press PDFs and kits of %d items made in %.0f s", len(paths), time.perf_counter() - started)


def language():
    return random.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]


def internal_links(html, current):
    """The site's own page addresses linked from ``html``: no admin, files, feeds, language switches or searches."""
    found = []
    for href in LINK.findall(html):
        address = urlsplit(urljoin(current, href.replace("&amp;", "&")))
        path = address.path
        if (
            address.netloc
            or address.query
            or not path.endswith("/")
            or path.startswith(("/admin/", "/documents/", "/media/", "/static/", "/language/", "/press-preview/"))
            or "/search/" in path
            or "/feed/" in path
        ):
            continue
        found.append(path)
    return found


def request_name(kind):
    """The name of a page request in the figures: the budget's kind first (listings have their own)."""
    if kind.endswith(" listing"):
        return f"listing: {kind.removesuffix(' listing')}"
    return f"page: {kind}"


# --- Visitors ----------------------------------------------------------------------------------


class Visitor(HttpUser):
    """What every visitor does: a first page with its stylesheets and scripts, then pages with links in them."""

    abstract = True
    wait_time = between(2, 8)

    def context(self):
        return {"visitor": type(self).__name__}

    def on_start(self):
        # Without --host, the web UI gives the address only now.
        CATALOGUE.load(self.host)
        self.language = language()
        self.assets_loaded = False
        self.links = []
        self.address = "/"

    def page(self, path, kind=None):
        """GET a page as a browser does (the first one with its assets); keep its links; return its HTML or None."""
        kind = kind or CATALOGUE.kind_of(path)
        with self.client.get(path, name=request_name(kind), catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {path}")
                return None
            html = response.text
            # Where the page is after redirects (an English address under /fr/ leads to the French page).
            self.address = urlsplit(response.url).path
        if not self.assets_loaded:
            self.assets_loaded = True
            for asset in STYLESHEET.findall(html) + SCRIPT.findall(html):
                if asset.startswith("/static/"):
                    self.client.get(asset, name="static: css and js")
        self.links = internal_links(html, self.address)
        return html

    def follow_link(self, kinds=None):
        """Follow one of the links of the last page, of one of ``kinds`` when given; its path, or None."""
        links = [link for link in self.links if kinds is None or CATALOGUE.kind_of(link) in kinds]
        if not links:
            return None
        path = random.choice(links)
        self.page(path)
        return path


class Browsing(Visitor):
    """Reads the site: home, listings, detail pages, and whatever they link to."""

    weight = 60
    DETAILS = ["organisation", "practice", "resource", "project", "event", "press item", "speaker", "working group"]

    @task(2)
    def home(self):
        self.page(f"/{self.language}/", "home")
        self.follow_link()

    @task(4)
    def listing(self):
        path = self.pick_listing()
        if path is None:
            return
        html = self.page(path)
        if html and random.random() < 0.4:
            self.filtered_listing(path, html)
        self.follow_link(set(self.DETAILS))

    @task(6)
    def detail(self):
        path = CATALOGUE.pick(random.choice(self.DETAILS), self.language)
        if path is None:
            return
        html = self.page(path)
        if html and random.random() < 0.5:
            self.follow_link()
        if html and random.random() < 0.1:
            self.document(html)

    def pick_listing(self):
        kinds = [kind for kind in CATALOGUE.pages if kind.endswith(" listing")]
        return CATALOGUE.pick(random.choice(kinds), self.language) if kinds else None

    def filtered_listing(self, path, html):
        """One of the listing's own filters (a value of one of its selects), or its second page."""
        choices = [
            (name, value) for name, options in SELECT.findall(html) for value in OPTION.findall(options) if value
        ]
        choices = [(name, value) for name, value in choices if name != "sort"]
        name = request_name(CATALOGUE.kind_of(path))
        if choices and random.random() < 0.7:
            self.client.get(f"{path}?{urlencode([random.choice(choices)])}", name=f"{name} filtered")
        elif 'rel="next"' in html:
            self.client.get(f"{path}?page=2", name=f"{name} page 2")

    def document(self, html):
        """Download one of the files a page links to (a resource's editions)."""
        files = [href for href in LINK.findall(html) if href.startswith("/documents/")]
        if files:
            self.client.get(random.choice(files), name="download: document")


class Searching(Visitor):
    """Searches in English or French, with suggestions, filters, further pages and a result read."""

    weight = 20

    def on_start(self):
        super().on_start()
        self.language = "fr" if random.random() < 0.35 else "en"

    @task
    def search(self):
        query = random.choice(QUERIES[self.language])
        base = f"/{self.language}/search/"
        # Suggestions as the box asks for them while the reader types (after two characters, paused typing).
        for length in sorted({2, random.randint(3, len(query)), len(query)}):
            self.client.get(f"{base}suggest/", params={"q": query[:length]}, name="suggest: search box")
        with self.client.get(base, params={"q": query}, name="search: query", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {query!r}")
                return
            html = response.text
        choice = random.random()
        facets = [(name, value) for name, value in CHECKBOX.findall(html)]
        if facets and choice < 0.4:
            picked = random.sample(facets, min(len(facets), random.choice((1, 1, 2))))
            params = [("q", query), *picked]
            if random.random() < 0.3:
                params.append(("sort", "newest"))
            self.client.get(base, params=params, name="search: filtered")
        elif 'rel="next"' in html and choice < 0.6:
            self.client.get(base, params={"q": query, "page": 2}, name="search: page 2")
        results = [
            link
            for link in internal_links(html, base)
            if link.startswith(f"/{self.language}/")
            and CATALOGUE.kind_of(link) != "home"
            and not CATALOGUE.kind_of(link).endswith(" listing")
        ]
        if results and random.random() < 0.6:
            self.page(random.choice(results[:10]))


class Schedule(Visitor):
    """Plans a visit to an event: its page, schedule, sessions and speakers, the calendar and frab exports."""

    weight = 10

    @task
    def event(self):
        event = CATALOGUE.pick("event", self.language)
        if event is None:
            return
        self.page(event, "event")
        schedule = f"{event}schedule/"
        self.page(schedule, "schedule")
        for _ in range(random.randint(1, 3)):
            path = self.follow_link({"session", "speaker"})
            if path is None:
                break
            if CATALOGUE.kind_of(path) == "session" and random.random() < 0.3:
                self.client.get(f"{path}session.ics", name="export: session.ics")
        export = random.random()
        if export < 0.5:
            self.client.get(f"{event}schedule.ics", name="export: schedule.ics")
        elif export < 0.65:
            self.client.get(f"{event}event.ics", name="export: event.ics")
        elif export < 0.85:
            self.client.get(f"{event}schedule.xml", name="export: frab schedule.xml")
        else:
            self.client.get(f"{event}schedule.json", name="export: frab schedule.json")


class Press(Visitor):
    """A journalist: the press room, a press item, its PDF and sometimes its press kit."""

    weight = 7

    def on_start(self):
        super().on_start()
        self.language = random.choices(list(PRESS_LANGUAGES), weights=list(PRESS_LANGUAGES.values()))[0]

    @task
    def press_item(self):
        room = CATALOGUE.pick("press item listing", self.language)
        if room is not None:
            self.page(room)
        item = CATALOGUE.pick("press item", self.language)
        if item is None:
            return
        self.page(item, "press item")
        self.client.get(f"{item}pdf/", name="download: press PDF")
        if random.random() < 0.3:
            self.client.get(f"{item}press-kit/", name="download: press kit ZIP")


class Joining(Visitor):
    """A professional asking to join a working group: reads it, fills in the form, sends it."""

    weight = 3
    wait_time = between(5, 15)

    @task
    def join(self):
        group = CATALOGUE.pick("working group", self.language)
        if group is None:
            return
        html = self.page(group, "working group")
        if not html or 'class="join-form"' not in html:
            return
        group = self.address
        fields = dict(HIDDEN.findall(html))
        number = random.randint(1, 10**6)
        data = {
            "csrfmiddlewaretoken": fields.get("csrfmiddlewaretoken", ""),
            "submission_key": fields.get("submission_key", ""),
            "name": f"Load Test {number}",
            "organisation": "Harm Reduction Network Lyon",
            "role": "Outreach worker",
            "country": random.choice(["FR", "BE", "IT", "RO", "BG", "NL", "DE"]),
            "email": f"load-test-{number}@example.org",
            "motivation": "I coordinate night outreach and would share what we learnt about drug checking.",
            "consent": "on",
            "website": "",
        }
        headers = {"Referer": urljoin(self.host, group)}
        with self.client.post(group, data=data, headers=headers, name="form: join POST", catch_response=True) as sent:
            if sent.status_code == 200 and sent.url.rstrip("/").endswith("/sent"):
                sent.success()
            elif sent.status_code == 429 and 'class="join-form"' in sent.text:
                sent.request_meta["name"] = "form: join POST refused (rate limit)"
                sent.success()
            else:
                sent.failure(f"{sent.status_code} at {sent.url}")


# --- Figures and budgets -----------------------------------------------------------------------

TIMES = defaultdict(list)  # visitor class -> [response time in ms]
FAILURES = defaultdict(int)


@events.request.add_listener
def record(response_time, exception, context, **_kwargs):
    visitor = (context or {}).get("visitor", "other")
    TIMES[visitor].append(response_time)
    if exception is not None:
        FAILURES[visitor] += 1


def percentile(values, share):
    """The nearest-rank percentile of ``values`` (sorted), as locust reports them."""
    if not values:
        return 0
    return values[max(0, math.ceil(share * len(values)) - 1)]


def budget(kind):
    return float(os.environ.get(f"LOAD_BUDGET_{kind.upper()}", BUDGETS[kind]))


def visitor_rows():
    rows = []
    everything = []
    for visitor in sorted(TIMES):
        times = sorted(TIMES[visitor])
        everything.extend(times)
        rows.append((visitor, len(times), FAILURES[visitor], times))
    rows.append(("all", len(everything), sum(FAILURES.values()), sorted(everything)))
    return [
        {
            "visitor": visitor,
            "requests": count,
            "failures": failures,
            "failure_percent": round(100 * failures / count, 2) if count else 0,
            "p50_ms": round(percentile(times, 0.50)),
            "p95_ms": round(percentile(times, 0.95)),
            "p99_ms": round(percentile(times, 0.99)),
        }
        for visitor, count, failures, times in rows
    ]


@events.quitting.add_listener
def check_budgets(environment, **_kwargs):
    stats = environment.stats
    total = stats.total
    problems = []
    lines = ["", f"Budgets (p95 of each kind, and of each request name with at least {MIN_REQUESTS} requests):"]
    kinds = {}
    for entry in sorted(stats.entries.values(), key=lambda entry: entry.name):
        kind = entry.name.split(":")[0]
        if kind in BUDGETS and entry.num_requests:
            kinds.setdefault(kind, StatsEntry(stats, kind, "")).extend(entry)
    judged = [(f"{kind} (all)", kind, entry) for kind, entry in sorted(kinds.items())]
    judged += [
        (entry.name, entry.name.split(":")[0], entry)
        for entry in sorted(stats.entries.values(), key=lambda entry: entry.name)
        if entry.name.split(":")[0] in BUDGETS and entry.num_requests >= MIN_REQUESTS
    ]
    for name, kind, entry in judged:
        p95 = entry.get_response_time_percentile(0.95)
        limit = budget(kind)
        verdict = "ok" if p95 <= limit else "OVER"
        lines.append(f"  {verdict:4} {name:45} p95 {p95:6.0f} ms  budget {limit:5.0f} ms  ({entry.num_requests} req)")
        if p95 > limit:
            problems.append(f"{name}: p95 {p95:.0f} ms over the budget of {limit:.0f} ms")
    failure_percent = 100 * total.fail_ratio
    lines.append(
        f"  {'ok' if failure_percent <= MAX_FAILURE_PERCENT else 'OVER':4} failures {total.num_failures} of "
        f"{total.num_requests} requests: {failure_percent:.2f} % (budget {MAX_FAILURE_PERCENT:g} %)"
    )
    if failure_percent > MAX_FAILURE_PERCENT:
        problems.append(f"failures {failure_percent:.2f} % over the budget of {MAX_FAILURE_PERCENT:g} %")
    if not total.num_requests:
        problems.append("no request was made")

    rows = visitor_rows()
    lines += ["", "Visitors:", f"  {'class':10} {'requests':>9} {'failures':>9} {'p50':>7} {'p95':>7} {'p99':>7}"]
    for row in rows:
        lines.append(
            f"  {row['visitor']:10} {row['requests']:9} {row['failure_percent']:8.2f}% "
            f"{row['p50_ms']:5} ms {row['p95_ms']:5} ms {row['p99_ms']:5} ms"
        )
    lines.append(f"  requests per second over the run: {total.total_rps:.1f}")
    prefix = getattr(environment.parsed_options, "csv_prefix", None)
    if prefix:
        with open(f"{prefix}_visitors.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    if problems:
        environment.process_exit_code = 1
        lines += ["", "FAILED:", *(f"  {problem}" for problem in problems)]
    else:
        lines += ["", "PASSED: every budget held."]
    print("\n".join(lines))
