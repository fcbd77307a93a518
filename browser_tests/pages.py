"""The public page types the browser tests visit: one demo page of each, from the demo content."""

from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from browser_tests.problems import expect_not_found
from demo import content


@dataclass(frozen=True)
class PageCase:
    id: str
    path: str
    h1: str
    status: int = 200


def _child(items, slug):
    return next(item for item in items if item["slug"] == slug)


def _url(*slugs):
    return "/" + "".join(f"{slug}/" for slug in slugs)


_FACTOR = _child(content.SUCCESS_FACTORS, "koll-och-uppfoljning")
_METHOD = _child(content.METHODS, "coachning-i-grupp")
_INDEXES = [content.SUCCESS_FACTOR_INDEX, content.METHOD_INDEX, content.REPORT_INDEX]

STATEMENT_PATH = _url(content.ACCESSIBILITY["slug"])
SEARCH_QUERY = "coachning"
SEARCH_HIT = _METHOD["title"]  # a page the search query finds
# The sections in the main menu, in order.
MENU_TITLES = [index["title"] for index in _INDEXES] + [content.STATISTICS["title"]]
SKIP_LINK_TEXT = "Hoppa till huvudinnehållet"

PAGES = [
    PageCase("home", "/", content.HOME["title"]),
    PageCase(
        "success-factor-index",
        _url(content.SUCCESS_FACTOR_INDEX["slug"]),
        content.SUCCESS_FACTOR_INDEX["title"],
    ),
    PageCase(
        "success-factor",
        _url(content.SUCCESS_FACTOR_INDEX["slug"], _FACTOR["slug"]),
        _FACTOR["title"],
    ),
    PageCase("method-index", _url(content.METHOD_INDEX["slug"]), content.METHOD_INDEX["title"]),
    PageCase("method", _url(content.METHOD_INDEX["slug"], _METHOD["slug"]), _METHOD["title"]),
    PageCase("report-index", _url(content.REPORT_INDEX["slug"]), content.REPORT_INDEX["title"]),
    PageCase(
        "project-report",
        _url(content.REPORT_INDEX["slug"], content.SEED_REPORT["slug"]),
        content.SEED_REPORT["title"],
    ),
    PageCase("standard-page", _url(content.ABOUT["slug"]), content.ABOUT["title"]),
    PageCase("accessibility-statement", STATEMENT_PATH, content.ACCESSIBILITY["title"]),
    PageCase("search-results", f"/sok/?q={SEARCH_QUERY}", "Sök"),
    PageCase("search-filtered", f"/sok/?q={SEARCH_QUERY}&type=method&factor=bemotande", "Sök"),
    PageCase("search-browse", "/sok/", "Sök"),
    PageCase("search-no-results", "/sok/?q=V%C3%A4xsj%C3%B6", "Sök"),
    PageCase("target-groups", "/malgrupper/", "Målgrupper"),
    PageCase("statistics", _url(content.STATISTICS["slug"]), content.STATISTICS["title"]),
    PageCase(
        "statistics-filtered",
        _url(content.STATISTICS["slug"]) + "?county=07&round=plugin1&org=school&tag=autism",
        content.STATISTICS["title"],
    ),
    PageCase(
        "compare-methods",
        "/jamfor-metoder/?metod=coachning-i-grupp&metod=individuell-coachning",
        "Jämför metoder",
    ),
    PageCase("target-group", "/malgrupper/autism/", "autism"),
    PageCase("404", "/finns-inte-har/", "Sidan finns inte", status=404),
]

# For `@pytest.mark.parametrize("case", PAGE_PARAMS)`: the test ids are the case ids.
PAGE_PARAMS = [pytest.param(case, id=case.id) for case in PAGES]


def visit(page, case):
    """Go to the case's page and check the HTTP status the visitor gets."""
    if case.status == 404:
        expect_not_found(case.path)
    response = page.goto(case.path)
    assert response is not None, f"no response for {case.path}"
    assert response.status == case.status, f"{case.path} answered {response.status}"
    return response


@contextmanager
def shown(browser_context, case, **options):
    """The case's page, loaded once in its own context, for tests that only read it."""
    context = browser_context(**options)
    try:
        page = context.new_page()
        visit(page, case)
        yield page
    finally:
        context.close()


def tab_to(page, locator, what, most=80):
    """Press Tab until `locator` has focus, as a keyboard user would; fail naming `what`."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{what} cannot be reached with Tab")
