"""With JavaScript off, every page works: reading, the header search and the problem report form."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from browser_tests.pages import (
    MENU_TITLES,
    PAGE_PARAMS,
    SEARCH_HIT,
    SEARCH_QUERY,
    SKIP_LINK_TEXT,
    STATEMENT_PATH,
    visit,
)

THANKS = "Tack! Vi har tagit emot din rapport"


@pytest.fixture
def nojs_page(new_page):
    return new_page(javascript=False)


@pytest.mark.parametrize("case", PAGE_PARAMS)
def test_page_loads_without_javascript(nojs_page, case):
    visit(nojs_page, case)
    expect(nojs_page.locator("h1")).to_have_text(case.h1)
    menu_links = nojs_page.get_by_role("navigation", name="Huvudmeny").get_by_role("link")
    expect(menu_links).to_contain_text(MENU_TITLES)
    # The stylesheet applies: the skip link waits off screen until it is focused.
    expect(nojs_page.get_by_role("link", name=SKIP_LINK_TEXT)).not_to_be_in_viewport()


def test_header_search_without_javascript(nojs_page):
    nojs_page.goto("/")
    header_search = nojs_page.get_by_role("banner").get_by_role("search")
    header_search.get_by_label("Sök i portalen").fill(SEARCH_QUERY)
    header_search.get_by_role("button", name="Sök").click()

    expect(nojs_page).to_have_url(re.compile(rf"/sok/\?q={SEARCH_QUERY}$"))
    expect(nojs_page.get_by_role("status")).to_have_text(
        re.compile(rf"^\d+ träff(ar)? för ”{SEARCH_QUERY}”")
    )
    results = nojs_page.locator("ol.search-results").get_by_role("link")
    expect(results.filter(has_text=SEARCH_HIT)).to_have_count(1)
    # The header field keeps the query, so it can be changed and searched again.
    expect(nojs_page.get_by_label("Sök i portalen")).to_have_value(SEARCH_QUERY)


def test_problem_report_without_javascript(nojs_page):
    from home.models import AccessibilityProblemReport

    description = f"Knappen går inte att nå med tangentbordet ({uuid.uuid4()})."
    nojs_page.goto(STATEMENT_PATH)
    nojs_page.get_by_label("Sidans adress eller namn").fill("/metoder/")
    nojs_page.get_by_label("Beskriv problemet").fill(description)
    nojs_page.get_by_label("Din e-postadress").fill("besokare@exempel.se")
    nojs_page.get_by_role("button", name="Skicka rapport").click()

    # Post/redirect/get: a reload does not send the report again.
    expect(nojs_page).to_have_url(re.compile(r"\?tack=1#rapportera$"))
    expect(nojs_page.get_by_role("status")).to_contain_text(THANKS)
    expect(nojs_page.get_by_role("alert")).to_have_count(0)
    # The live server shares the session's test database with the tests.
    report = AccessibilityProblemReport.objects.get(description=description)
    assert (report.page_address, report.reply_email) == ("/metoder/", "besokare@exempel.se")


@pytest.mark.parametrize(
    ("description", "email", "field_id", "message"),
    [
        pytest.param(
            "",
            "besokare@exempel.se",
            "id_description",
            "Beskriv problemet så att vi kan åtgärda det.",
            id="empty-description",
        ),
        pytest.param(
            "Länkarna i sidfoten syns dåligt.",
            "besokare-at-exempel",
            "id_reply_email",
            "Skriv e-postadressen som namn@exempel.se.",
            id="invalid-email",
        ),
    ],
)
def test_problem_report_errors_without_javascript(nojs_page, description, email, field_id, message):
    nojs_page.goto(STATEMENT_PATH)
    nojs_page.get_by_label("Sidans adress eller namn").fill("Startsidan")
    nojs_page.get_by_label("Beskriv problemet").fill(description)
    nojs_page.get_by_label("Din e-postadress").fill(email)
    nojs_page.get_by_role("button", name="Skicka rapport").click()

    expect(nojs_page.get_by_role("alert")).to_contain_text("Formuläret innehåller fel")
    expect(nojs_page.get_by_role("alert").get_by_role("link")).to_contain_text([message])
    # The message sits next to the field it is about, in Swedish, tied to it for screen readers.
    field = nojs_page.locator(f"#{field_id}")
    error = nojs_page.locator(f".field:has(#{field_id}) .field__error")
    expect(error).to_have_text(message)
    expect(error).to_have_id(f"{field_id}_error")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_attribute("aria-describedby", re.compile(rf"\b{field_id}_error\b"))
    # What the visitor typed is still there.
    expect(nojs_page.get_by_label("Sidans adress eller namn")).to_have_value("Startsidan")
    expect(nojs_page.get_by_label("Beskriv problemet")).to_have_value(description)
    expect(nojs_page.get_by_label("Din e-postadress")).to_have_value(email)
    expect(nojs_page.get_by_text("Tack!")).to_have_count(0)
