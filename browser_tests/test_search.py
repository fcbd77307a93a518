"""The search page as a visitor uses it, with and without JavaScript: filter, remove a
filter, follow a suggestion; and the filters work from the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from browser_tests.pages import SEARCH_QUERY, tab_to


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def search_page(request, new_page):
    page = new_page(javascript=request.param)
    page.goto(f"/sok/?q={SEARCH_QUERY}")
    return page


def result_titles(page):
    return page.locator("ol.search-results h3").all_inner_texts()


def test_ticking_a_filter_narrows_the_results_and_can_be_undone(search_page):
    before = result_titles(search_page)
    assert len(before) == 3
    search_page.get_by_role("checkbox", name=re.compile(r"^Metod \(2\)")).check()
    search_page.get_by_role("button", name="Visa resultat").click()

    expect(search_page).to_have_url(re.compile(r"[?&]type=method"))
    expect(search_page.get_by_role("status")).to_contain_text("2 träffar för ”coachning”")
    assert set(result_titles(search_page)) == {"Coachning i grupp", "Individuell coachning"}
    expect(search_page.get_by_role("checkbox", name=re.compile(r"^Metod"))).to_be_checked()

    search_page.get_by_role("link", name=re.compile("ta bort filtret")).click()
    expect(search_page.get_by_role("status")).to_contain_text("3 träffar")
    assert sorted(result_titles(search_page)) == sorted(before)


def test_a_suggestion_leads_to_results(new_page):
    page = new_page(javascript=False)
    page.goto("/sok/?q=coachnig")
    expect(page.get_by_role("status")).to_contain_text("Inga träffar")
    page.get_by_role("link", name="coachning", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("3 träffar för ”coachning”")


def test_filters_work_with_the_keyboard_alone(page):
    page.goto(f"/sok/?q={SEARCH_QUERY}")
    content_types = page.get_by_role("group", name="Innehåll")  # "Typ av rapport" has one too
    checkbox = content_types.get_by_role("checkbox", name=re.compile(r"^Slutrapport"))
    tab_to(page, checkbox, "the Slutrapport filter")
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Visa resultat"), "the Visa resultat button")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]type=report"))
    assert result_titles(page) == [
        "Fler elever genom gymnasiet – coachning och särskild undervisningsgrupp"
    ]
