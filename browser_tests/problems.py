"""What the pages of a browser test report that a visitor would not see, collected for
every page of every test (browser_tests/conftest.py fails the test on any of them):

- a console error (a Content-Security-Policy violation is one),
- an uncaught exception in a page's script,
- a same-origin response with status 500 or more, or 404, except for the paths tests
  visit on purpose to see the 404 page (`expect_not_found`).

A document's own status is logged to the console too ("Failed to load resource: the
server responded with a status of …"); those lines are judged by the response rule.
A test that provokes a failure on purpose says which with `allow(pattern)`.
"""

import re
from contextlib import suppress
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError

_EXPECTED_NOT_FOUND = set()
_STATUS_LINE = "Failed to load resource: the server responded with a status of"


def expect_not_found(path):
    """`path` is visited on purpose to see the 404 page (for every test from now on)."""
    _EXPECTED_NOT_FOUND.add(urlsplit(path).path)


class PageProblems:
    def __init__(self, origin):
        self.origin = origin.rstrip("/")
        self.found = []
        self.allowed = []
        self.pages = []

    def watch(self, page):
        self.pages.append(page)
        page.on("console", lambda message: self._console(page, message))
        page.on("pageerror", lambda error: self._add(f"uncaught exception on {page.url}: {error}"))
        page.on("response", self._response)

    def allow(self, pattern):
        """Problems matching `pattern` (a regular expression) are expected in this test."""
        self.allowed.append(re.compile(pattern))

    def _add(self, problem):
        if not any(pattern.search(problem) for pattern in self.allowed):
            self.found.append(problem)

    def _console(self, page, message):
        if message.type == "error" and not message.text.startswith(_STATUS_LINE):
            where = message.location.get("url") or page.url
            self._add(f"console error on {where}: {message.text}")

    def _response(self, response):
        if not response.url.startswith(self.origin + "/"):
            return
        status = response.status
        expected = status == 404 and urlsplit(response.url).path in _EXPECTED_NOT_FOUND
        if (status >= 500 or status == 404) and not expected:
            self._add(f"{response.request.method} {response.url} answered {status}")

    def take(self):
        """The problems found since the last call (after letting late events arrive);
        what was allowed is forgotten."""
        self.pages = [page for page in self.pages if not page.is_closed()]
        if self.pages:
            with suppress(PlaywrightError):  # a page closing meanwhile has nothing to deliver
                self.pages[-1].wait_for_timeout(100)  # deliver events still on their way
        found, self.found, self.allowed = self.found, [], []
        return found
