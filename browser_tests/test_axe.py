"""axe-core finds no accessibility violations on any public page type.

The rules run are WCAG 2.0/2.1 level A and AA plus axe's best-practice rules (headings,
landmarks, region). The report in a failure names each rule, its tags and the elements.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser_tests.pages import PAGE_PARAMS, STATEMENT_PATH, visit

RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

axe = Axe()


def assert_no_violations(page):
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": RULE_TAGS}, "resultTypes": ["violations"]},
    )
    assert results.response["passes"], "axe-core checked nothing: is the page empty?"
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


# At 320 px the layout differs: e.g. the header search label is shown, not visually hidden.
@pytest.mark.parametrize("width", [1280, 320], ids=["desktop", "320px"])
@pytest.mark.parametrize("case", PAGE_PARAMS)
def test_no_axe_violations(new_page, case, width):
    page = new_page(width=width)
    visit(page, case)
    assert_no_violations(page)


def test_no_axe_violations_in_problem_form_with_errors(page):
    page.goto(STATEMENT_PATH)
    page.get_by_role("button", name="Skicka rapport").click()
    page.get_by_role("alert").wait_for()
    assert_no_violations(page)


def test_no_axe_violations_in_problem_form_thanks_message(page):
    page.goto(STATEMENT_PATH)
    page.get_by_label("Beskriv problemet").fill("Axe-test: kontrasten i sidfoten är för låg.")
    page.get_by_role("button", name="Skicka rapport").click()
    page.get_by_text("Tack!").wait_for()
    assert_no_violations(page)
