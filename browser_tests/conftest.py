"""Browser tests: Chromium (Playwright) and axe-core against a live portal with the demo content.

How to run:

    make test-browser
    # which is: .venv/bin/pytest browser_tests -p no:cacheprovider
    # one file or test: .venv/bin/pytest browser_tests/test_axe.py -p no:cacheprovider -k home

`make test-browser` installs requirements-browser.txt (Playwright, axe-playwright-python) first.
The tests drive the system Chromium at /usr/bin/chromium; set PORTAL_CHROMIUM to another
executable, or to "" to use the browser from `playwright install`.

How it fits together:

- One live server and one browser for the whole session. The test database is created once
  (by this conftest's `django_db_setup`: pytest-django would only create one for tests that
  use `db`), the demo content (`DemoLoader().load()`) is loaded into it once, and every test
  reads it.
  pytest-django's `live_server` fixture is not used: it makes every test transactional, and
  the flush after each test would empty every table (also Wagtail's root page and the
  municipalities from the data migration), so the demo would have to be rebuilt per test.
  The only write is the accessibility problem report the no-JS form test sends.
- Each test gets fresh browser contexts (no shared cookies) from the `new_page` factory;
  tests that only read a page share one load of it (module-scoped fixtures in the test files).
- When a test fails, a screenshot of each page it opened goes to browser_tests/artifacts/
  (ignored by git).
- Every page of every test is watched (browser_tests/problems.py): a console error (a
  Content-Security-Policy violation is one), an uncaught exception, or a same-origin
  response of 500 and up or 404 (except a 404 page visited on purpose) fails the test
  that was running. A test that provokes one on purpose says so with
  `page_problems.allow(pattern)`.
- Playwright's sync API runs an event loop in the main thread, and Django refuses ORM calls
  from a thread with a running loop; DJANGO_ALLOW_ASYNC_UNSAFE is Django's switch for that.
"""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_tests.problems import PageProblems

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 10_000
ARTIFACTS_DIR = Path(__file__).resolve().parent / "artifacts"


def chromium_executable():
    configured = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
    if not configured:
        return None  # Playwright's own download
    found = shutil.which(configured)
    if found is None:
        pytest.fail(f"Chromium not found at {configured!r}; set PORTAL_CHROMIUM (see conftest.py)")
    return found


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """Create the test database and the demo content in it, once.

    pytest-django creates test databases only for tests that ask for `db`; these tests
    talk to a server instead, so without this they would reach the development database.
    """
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from demo.loader import DemoLoader

    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        name = str(connection.settings_dict["NAME"])
        assert "memory" in name or "test" in name, f"not a test database: {name}"
        DemoLoader().load()
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def portal_server(django_db_setup, django_db_blocker):
    """The portal with the demo content, served on a free port for the whole session."""
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer
    from wagtail.models import Site

    # The server thread uses the database for every request, so access stays unblocked.
    with django_db_blocker.unblock():
        server = LiveServer("127.0.0.1")
        # The site's address is the server's, as `make run` makes it: links in e-mails
        # (invitations), the sitemap and canonical links point at this server.
        address = urlsplit(server.url)
        settings.WAGTAILADMIN_BASE_URL = server.url
        Site.objects.filter(is_default_site=True).update(
            hostname=address.hostname, port=address.port
        )
        yield server
        server.stop()


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(
        executable_path=chromium_executable(), args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


_WATCHING = []  # the session's PageProblems, once the first context is opened


@pytest.fixture(scope="session")
def page_problems(portal_server):
    """What the pages of the running test reported (see browser_tests/problems.py)."""
    problems = PageProblems(portal_server.url)
    _WATCHING.append(problems)
    return problems


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail a test whose pages reported a problem, even if its own checks passed."""
    try:
        result = yield
    finally:
        found = _WATCHING[0].take() if _WATCHING else []
    if found:
        pytest.fail("The pages reported problems:\n" + "\n".join(found), pytrace=False)
    return result


@pytest.fixture(scope="session")
def browser_context(browser, portal_server, page_problems):
    """Factory for a fresh browser context on the portal; whoever opens one closes it."""

    def open_context(*, javascript=True, width=None):
        viewport = dict(DESKTOP_VIEWPORT)
        if width:
            viewport["width"] = width
        context = browser.new_context(
            base_url=portal_server.url,
            java_script_enabled=javascript,
            viewport=viewport,
            locale="sv-SE",
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", page_problems.watch)
        return context

    return open_context


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, for the screenshots on failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def new_page(request, browser_context):
    """Open a page in a fresh context for this test: `new_page(javascript=False, width=320)`."""
    contexts = []

    def open_page(**options):
        context = browser_context(**options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS_DIR.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("/")[-1])
        for number, context in enumerate(contexts):
            for page in context.pages:
                page.screenshot(path=ARTIFACTS_DIR / f"{name}-{number}.png", full_page=True)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page with JavaScript on."""
    return new_page()
