"""Charts on the statistics page: readable without JavaScript, tables open for print,
county tiles reachable and named for keyboard and screen-reader users."""

import re

from playwright.sync_api import expect

from browser_tests.pages import _url
from demo import content

STATISTICS = _url(content.STATISTICS["slug"])


def test_chart_tables_open_on_request_and_print_open(page):
    page.goto(STATISTICS)
    table = page.locator("details.chart__table table").first
    expect(table).to_be_hidden()
    page.get_by_text("Visa som tabell").first.click()
    expect(table).to_be_visible()
    page.reload()
    page.emulate_media(media="print")
    expect(page.locator("details.chart__table table").first).to_be_visible()


def test_county_tiles_are_links_with_names(page):
    page.goto(STATISTICS)
    tile = page.get_by_role("link", name="Kronobergs län: 1 slutrapport")
    expect(tile).to_have_count(1)
    tile.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/sok/\?type=report&county=07$"))
    expect(page.get_by_role("status")).to_contain_text("1 träff")


def test_filters_work_without_javascript(new_page):
    page = new_page(javascript=False)
    page.goto(STATISTICS)
    page.get_by_label("Län", exact=True).select_option(label="Skåne län")
    page.get_by_role("button", name="Visa").click()
    expect(page).to_have_url(re.compile(r"county=12"))
    slutrapporter = page.locator(".figure", has_text="Slutrapporter").locator("dd")
    expect(slutrapporter).to_have_text("0")
    expect(page.get_by_label("Län", exact=True)).to_have_value("12")
