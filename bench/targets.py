"""The pages the page benchmark measures, found in the database, with their SQL queries and the home page's weight.

A standalone script, not a test; ``bench/run.sh`` runs it once the data set is built and the
static files collected:

    .venv/bin/python bench/targets.py --output /tmp/targets.json

It runs ``django.setup()`` with the production settings and the full-page cache off
(``PAGE_CACHE_SECONDS=0``), finds one live English page of each public kind (the home page;
the partner directory, practice examples, resource library, event list, press room and
project list; one organisation, practice, resource, event, session, press item, project,
working group and standard page; the schedule of the event with the most sessions; a search
for a word that several items match; the sitemap) and requests each one twice with Django's
test client, in this process: the second request, warm, is the one whose SQL queries are
counted (``CaptureQueriesContext``). Its status and size are recorded too; a target that
does not answer 200 directly is flagged.

It also weighs what a first visit to the home page transfers: the HTML and every stylesheet
(``<link rel=stylesheet>``) and script (``<script src>``) it references, read from
``STATIC_ROOT``, each compressed with gzip at level 6.

Prints one ``id<TAB>path`` line per target on standard output; writes the details as JSON to
``--output``.
"""

import argparse
import gzip
import json
import os
import platform
import secrets
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# Words tried for the search target, in order: the first that several items match is used.
SEARCH_WORDS = ["naloxone", "outreach", "prevention", "housing", "harm"]
SEVERAL = 5


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, help="where to write the targets as JSON")
    parser.add_argument("--search-word", default=os.environ.get("BENCH_SEARCH_WORD", ""), help="word to search for")
    parser.add_argument("--host", default="127.0.0.1", help="Host header of the test requests")
    return parser.parse_args()


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("SITE_HTTPS", "0")
    # The queries of a page as it is built, never as the page cache hands it out.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()


# --- Finding the targets -----------------------------------------------------------------------


def english_pages(model):
    from wagtail.models import Locale

    return model.objects.live().public().filter(locale=Locale.objects.get(language_code="en")).order_by("path")


def first_page(model):
    page = english_pages(model).first()
    if page is None:
        raise SystemExit(f"No live English {model._meta.verbose_name}: was the demo content loaded?")
    return page


def choose_search_word(explicit):
    """(word, matches): the word searched for, and how many English results it has."""
    from search import query

    candidates = [explicit] if explicit else SEARCH_WORDS
    counted = []
    for word in candidates:
        total = query.run(query.search_terms(word), "en", offer_other_languages=False).total
        if total >= SEVERAL or explicit:
            return word, total
        counted.append((total, word))
    total, word = max(counted)
    return word, total


def find_targets(search_word):
    """[(id, kind, label, path)] in the order the benchmark measures them; and the search word's matches."""
    from events.models import EventIndexPage, EventPage, SessionPage
    from home.models import (
        HomePage,
        OrganisationIndexPage,
        OrganisationPage,
        ProjectIndexPage,
        ProjectPage,
        StandardPage,
        WorkingGroupPage,
    )
    from resources.models import (
        PracticeIndexPage,
        PracticePage,
        PressReleasePage,
        PressRoomPage,
        ResourceLibraryPage,
        ResourcePage,
    )

    def path(page):
        return urlsplit(page.get_url()).path

    targets = [("home", "home", "home page", path(first_page(HomePage)))]
    for name, model in [
        ("organisations", OrganisationIndexPage),
        ("practices", PracticeIndexPage),
        ("resources", ResourceLibraryPage),
        ("events", EventIndexPage),
        ("press", PressRoomPage),
        ("projects", ProjectIndexPage),
    ]:
        targets.append((f"list-{name}", "listing", str(model._meta.verbose_name), path(first_page(model))))
    # The event with the most live sessions: its page and its schedule show the most.
    events = list(english_pages(EventPage))
    if not events:
        raise SystemExit("No live English event.")
    sessions = [SessionPage.objects.live().public().child_of(page).count() for page in events]
    event = events[sessions.index(max(sessions))]
    session = SessionPage.objects.live().public().child_of(event).order_by("start", "path").first()
    for name, page in [
        ("organisation", first_page(OrganisationPage)),
        ("practice", first_page(PracticePage)),
        ("resource", first_page(ResourcePage)),
        ("event", event),
        ("session", session),
        ("press", first_page(PressReleasePage)),
        ("project", first_page(ProjectPage)),
        ("working-group", first_page(WorkingGroupPage)),
        ("standard", first_page(StandardPage)),
    ]:
        if page is None:
            raise SystemExit(f"No live English page for the {name} target.")
        targets.append((f"detail-{name}", "detail", str(page._meta.verbose_name), path(page)))
    schedule = event.url + event.reverse_subpage("schedule")
    targets.append(("schedule", "schedule", "event schedule", urlsplit(schedule).path))
    word, matches = choose_search_word(search_word)
    targets.append(("search", "search", f"search ({matches} results)", f"/en/search/?q={word}"))
    targets.append(("sitemap", "sitemap", "sitemap", "/sitemap.xml"))
    return targets, {"word": word, "matches": matches}


# --- Requests ----------------------------------------------------------------------------------


def measure(targets, host):
    """Request each target twice in this process; the SQL queries, status and size of the second."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=host)
    rows = []
    for target_id, kind, label, path in targets:
        first = client.get(path)
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            second = client.get(path)
            elapsed = time.perf_counter() - started
        body = b"".join(second) if second.streaming else second.content
        rows.append(
            {
                "id": target_id,
                "kind": kind,
                "label": label,
                "path": path,
                "status_first": first.status_code,
                "status": second.status_code,
                "location": second.get("Location", ""),
                "queries": len(queries),
                "bytes": len(body),
                "gzip_bytes": len(gzip.compress(body, compresslevel=6, mtime=0)),
                "in_process_ms": round(elapsed * 1000, 1),
            }
        )
        if second.status_code != 200:
            print(f"  {path} answered {second.status_code} {second.get('Location', '')}", file=sys.stderr)
    return rows


class AssetFinder(HTMLParser):
    """The stylesheets and scripts an HTML page references, in document order."""

    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.assets.append(("css", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.assets.append(("js", attrs["src"]))


def page_weight(host, path):
    """Sizes, raw and gzipped at level 6, of the page's HTML and of each CSS and JS file it references."""
    from django.conf import settings
    from django.test import Client

    response = Client(HTTP_HOST=host).get(path)
    html = response.content
    finder = AssetFinder()
    finder.feed(html.decode("utf-8", "replace"))
    items = [{"kind": "html", "name": path, "bytes": len(html), "gzip_bytes": len(gzip.compress(html, 6, mtime=0))}]
    static_url = settings.STATIC_URL
    for kind, url in finder.assets:
        address = urlsplit(url).path
        item = {"kind": kind, "name": address, "bytes": None, "gzip_bytes": None}
        if address.startswith(static_url):
            file = Path(settings.STATIC_ROOT) / address.removeprefix(static_url)
            if file.is_file():
                data = file.read_bytes()
                item.update(bytes=len(data), gzip_bytes=len(gzip.compress(data, 6, mtime=0)))
        items.append(item)
    return items


# --- The data set ------------------------------------------------------------------------------


def data_set():
    """Live English pages per type, and pages in all."""
    from django.conf import settings
    from django.db import connection

    from wagtail.models import Page

    counts = {}
    english = Page.objects.live().filter(depth__gt=1, locale__language_code="en").select_related("content_type")
    for page in english.only("content_type"):
        name = page.content_type.model_class()._meta.verbose_name_plural
        counts[str(name)] = counts.get(str(name), 0) + 1
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        else:
            cursor.execute("SELECT sqlite_version()")
            database = f"SQLite {cursor.fetchone()[0]}"
    return {
        "vendor": connection.vendor,
        "database": database,
        "pages": Page.objects.filter(depth__gt=1).count(),
        "live_english": counts,
        "page_cache_setting": hasattr(settings, "PAGE_CACHE_SECONDS"),
        "cache_backend": settings.CACHES["default"]["BACKEND"],
    }


def environment():
    import subprocess
    from importlib.metadata import version

    def git(*args):
        result = subprocess.run(["git", *args], cwd=BASE_DIR, capture_output=True, text=True, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [line[3:] for line in git("status", "--porcelain").splitlines() if not line[3:].startswith("bench/")]
    return {
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "code": commit + (f" with uncommitted changes ({len(changed)} files outside bench/)" if changed else ""),
        "settings": os.environ["DJANGO_SETTINGS_MODULE"],
    }


def main():
    args = parse_args()
    setup_django()
    targets, search = find_targets(args.search_word)
    rows = measure(targets, args.host)
    home = next(row["path"] for row in rows if row["id"] == "home")
    result = {
        "targets": rows,
        "search": search,
        "home_weight": page_weight(args.host, home),
        "data": data_set(),
        "environment": environment(),
    }
    Path(args.output).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    for row in rows:
        print(f"{row['id']}\t{row['path']}")


if __name__ == "__main__":
    main()
