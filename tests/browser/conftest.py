"""Fixtures for browser tests: Chromium through Playwright, the Nu HTML Checker, axe-core and the demo site.

Every tool fixture skips the test with a reason naming the missing tool, so a machine without
them still runs the rest of the suite. Set REQUIRE_BROWSER=1 (as CI does) to turn those skips
into failures, so a broken tool install can never pass silently.

Tool locations can be overridden with CHROMIUM_PATH, JAVA, VNU_JAR and AXE_JS.
"""

import os
import shutil
from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections

from tests.browser.checkers import HtmlChecker

TOOLS_DIR = Path(settings.BASE_DIR) / ".tools" / "node_modules"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
DEFAULT_VNU_JAR = TOOLS_DIR / "vnu-jar" / "build" / "dist" / "vnu.jar"
DEFAULT_AXE_JS = TOOLS_DIR / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def tool_missing(reason):
    """Skip the current test because a tool is missing, or fail it when REQUIRE_BROWSER=1."""
    if os.environ.get("REQUIRE_BROWSER", "").strip().lower() in {"1", "true", "yes", "on"}:
        pytest.fail(f"{reason} (REQUIRE_BROWSER=1 makes this a failure)", pytrace=False)
    pytest.skip(reason)


def _executable(path):
    return bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)


def _locate_chromium():
    path = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
    if not _executable(path):
        tool_missing(f"Chromium not found at {path} (install the chromium package or set CHROMIUM_PATH)")
    return path


def _locate_java():
    path = os.environ.get("JAVA") or shutil.which("java") or "/usr/bin/java"
    if not _executable(path):
        tool_missing(f"Java not found at {path} (install a Java 17+ runtime or set JAVA)")
    return path


def _locate_vnu_jar():
    path = Path(os.environ.get("VNU_JAR") or DEFAULT_VNU_JAR)
    if not path.is_file():
        tool_missing(f"Nu HTML Checker not found at {path} (run `make tools` or set VNU_JAR)")
    return path


def _locate_axe():
    path = Path(os.environ.get("AXE_JS") or DEFAULT_AXE_JS)
    if not path.is_file():
        tool_missing(f"axe-core not found at {path} (run `make tools` or set AXE_JS)")
    return path


def _import_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        tool_missing(f"Playwright for Python is not installed ({error})")
    return sync_playwright


_LOCATORS = {
    "chromium_path": _locate_chromium,
    "playwright_driver": _import_playwright,
    "java_path": _locate_java,
    "vnu_jar": _locate_vnu_jar,
    "axe_source": _locate_axe,
}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Look for the tools before any fixture runs: otherwise the test database is created and the
    # demo content loaded (seconds) only for the test to be skipped afterwards.
    for name, locate in _LOCATORS.items():
        if name in item.fixturenames:
            locate()


@pytest.fixture(scope="session")
def chromium_path():
    """Path of the Chromium executable (CHROMIUM_PATH, default /usr/bin/chromium)."""
    return _locate_chromium()


@pytest.fixture(scope="session")
def java_path():
    """Path of the Java runtime that runs the Nu HTML Checker (JAVA, default: java on PATH)."""
    return _locate_java()


@pytest.fixture(scope="session")
def vnu_jar():
    """Path of the Nu HTML Checker jar that `make tools` installs (VNU_JAR overrides)."""
    return _locate_vnu_jar()


@pytest.fixture(scope="session")
def html_checker(java_path, vnu_jar):
    """An HtmlChecker: validates many documents in one Java run (starting the JVM is the slow part)."""
    return HtmlChecker(java_path, vnu_jar)


@pytest.fixture(scope="session")
def axe_source():
    """Source of axe-core's axe.min.js that `make tools` installs (AXE_JS overrides)."""
    return _locate_axe().read_text(encoding="utf-8")


@pytest.fixture
def playwright_driver():
    """The running Playwright driver (its Node process), for one test.

    While it runs, Playwright's sync API keeps an asyncio loop marked as running in the test
    thread, which changes Django's database handling in that thread:

    * Django refuses ORM calls there. The tests only touch the ORM between browser calls, never
      concurrently with them, so DJANGO_ALLOW_ASYNC_UNSAFE is set, for the driver's lifetime
      only: left set, it would reach later tests' subprocesses, and `check --deploy` rejects it.
    * `django.db.connections` hands out other connection objects. A driver outliving the test
      would make Django's transactional-test teardown flush through one of those, which lacks
      the serialized-rollback data, and the next test's setup would then fail. Function scope
      (about a second per test) keeps setup and teardown on the test's own connection.
    """
    sync_playwright = _import_playwright()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        driver = sync_playwright().start()
        yield driver
        # Close the connections opened while the loop ran, or they stay open after the test.
        connections.close_all()
        driver.stop()


@pytest.fixture
def browser(chromium_path, playwright_driver):
    """A headless Chromium for one test; the test opens contexts on it (see `browser_context`)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        chromium = playwright_driver.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
    except PlaywrightError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        tool_missing(f"Chromium at {chromium_path} could not be started: {first_line}")
    yield chromium
    chromium.close()


@pytest.fixture
def browser_context(browser):
    """A fresh browser context (own cookies and storage), closed after the test.

    Reduced motion keeps transitions from catching colours mid-animation in contrast checks.
    """
    context = browser.new_context(reduced_motion="reduce")
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A blank page in a fresh context."""
    return browser_context.new_page()


# The demo content as serialised after its first load in this session, keyed by database alias.
_demo_snapshots = {}


@pytest.fixture(scope="session")
def _post_migration_data_restored_at_exit(django_db_setup, django_db_blocker):
    """Put the post-migration rows (root page, locales, default site) back when the session ends.

    Each transactional test empties the database. With --reuse-db on PostgreSQL that empty
    database would be the next run's starting point, and every test needing Wagtail's root
    page would fail there.
    """
    yield
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is not None:
        with django_db_blocker.unblock():
            _replace_database_contents(contents)


@pytest.fixture
def demo_content(_post_migration_data_restored_at_exit, django_db_serialized_rollback, live_server):
    """The demo site (`manage.py load_demo_content`), served by `live_server`.

    Loading runs once per session; later tests get the database restored from a snapshot
    taken after that load, because the live server needs a transactional database, which is
    emptied after every test. Serialized rollback hands the first load the rows migrations
    created (root page, locales, default site), which an earlier browser test's flush removed.
    Request it before the browser fixtures, so its ORM work runs before Playwright's loop starts.
    """
    alias = connection.alias
    if alias not in _demo_snapshots:
        call_command("load_demo_content", verbosity=0)
        _demo_snapshots[alias] = connection.creation.serialize_db_to_string()
    else:
        _replace_database_contents(_demo_snapshots[alias])
    return live_server


def _replace_database_contents(data):
    # Whatever is there (such as the post-migration rows serialized rollback reloads) must go,
    # or it would survive next to, or collide with, the rows being restored.
    call_command("flush", verbosity=0, interactive=False, database=connection.alias, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(data)
    # The restored rows carry explicit ids, and flush may have restarted the sequences: move them
    # past those ids, as loaddata does, or the next insert collides with a restored row.
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
