"""Every page has one h1, Swedish as its language and the landmarks screen readers jump between.

These tests only read the page, so each page is loaded once for all of them.
"""

import pytest

from browser_tests.pages import PAGE_PARAMS, shown


@pytest.fixture(scope="module", params=PAGE_PARAMS)
def case(request):
    return request.param


@pytest.fixture(scope="module")
def page(browser_context, case):
    with shown(browser_context, case) as page:
        yield page


def test_exactly_one_h1(page, case):
    headings = page.locator("h1")
    assert headings.count() == 1, headings.all_inner_texts()
    assert headings.inner_text() == case.h1


def test_html_lang_is_swedish(page):
    assert page.locator("html").get_attribute("lang") == "sv"


def test_header_nav_main_footer_landmarks(page):
    # The elements, and the landmark roles they give assistive technology (a <header> or
    # <footer> inside <article> or <main> is no banner or contentinfo landmark).
    assert page.locator("body > header").count() == 1
    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("navigation", name="Huvudmeny").count() == 1
    assert page.locator("header nav").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.locator("main").get_attribute("id") == "main"
    assert page.locator("body > footer").count() == 1
    assert page.get_by_role("contentinfo").count() == 1


def test_the_sitemap_opens_without_a_console_error(new_page):
    """Chromium's XML viewer styles the sitemap inline; the pages' policy blocked that
    and every visit logged two CSP violations (the problems watcher fails the test)."""
    page = new_page()
    response = page.goto("/sitemap.xml")
    assert response.status == 200
    assert "<loc>" in response.text()
