"""WCAG 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways and the page heading is visible."""

import pytest
from playwright.sync_api import expect

from browser_tests.pages import PAGE_PARAMS, shown

NARROW = 320


@pytest.fixture(scope="module", params=PAGE_PARAMS)
def case(request):
    return request.param


@pytest.fixture(scope="module")
def narrow_page(browser_context, case):
    with shown(browser_context, case, width=NARROW) as page:
        yield page


def test_no_horizontal_scrolling_at_320px(narrow_page):
    widths = narrow_page.evaluate(
        """() => ({
            scroll: document.documentElement.scrollWidth,
            inner: window.innerWidth,
            // The elements that stick out, to say what to fix when this fails.
            wide: [...document.querySelectorAll("body *")]
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                .slice(0, 5)
                .map((el) => el.outerHTML.slice(0, 120)),
        })"""
    )
    assert widths["inner"] == NARROW
    assert widths["scroll"] <= widths["inner"], widths


def test_main_heading_visible_at_320px(narrow_page, case):
    heading = narrow_page.locator("main h1")
    expect(heading).to_be_visible()
    expect(heading).to_have_text(case.h1)
    box = heading.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= NARROW, box
