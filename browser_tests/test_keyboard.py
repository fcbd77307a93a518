"""Keyboard use: the skip link comes first and works, and focus is always visible."""

import pytest
from playwright.sync_api import expect

from browser_tests.pages import PAGE_PARAMS, SKIP_LINK_TEXT, visit

MAX_TABS = 300  # more than any demo page has focusable elements

# What is focused, and whether it shows a focus indicator (outline or box-shadow).
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    const main = document.getElementById("main");
    return {
        html: el.outerHTML.slice(0, 120),
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: el.innerText ? el.innerText.trim() : "",
        visible: outline || shadow,
        indicator: `outline: ${style.outlineStyle} ${style.outlineWidth};`
            + ` box-shadow: ${style.boxShadow}`,
        afterMain: main !== el && (main.contains(el)
            || Boolean(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


@pytest.mark.parametrize("case", PAGE_PARAMS)
def test_first_tab_focuses_visible_skip_link(page, case):
    visit(page, case)
    page.keyboard.press("Tab")
    element = focused(page)
    assert element is not None, "Tab focused nothing"
    assert (element["tag"], element["text"]) == ("a", SKIP_LINK_TEXT), element["html"]
    assert element["visible"], f"no visible focus on the skip link: {element['indicator']}"
    expect(page.get_by_role("link", name=SKIP_LINK_TEXT)).to_be_in_viewport()


@pytest.mark.parametrize("case", PAGE_PARAMS)
def test_skip_link_moves_focus_to_main(page, case):
    visit(page, case)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    element = focused(page)
    assert element is not None and (element["tag"], element["id"]) == ("main", "main"), element
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues from the main content, not from the top of the page.
    page.keyboard.press("Tab")
    after = focused(page)
    assert after is not None and after["afterMain"], after


@pytest.mark.parametrize("case", PAGE_PARAMS)
def test_focus_visible_on_every_tab_stop(page, case):
    visit(page, case)
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if element is None or (stops and element["html"] == stops[0]["html"]):
            break  # focus left the document, or came round to the skip link again
        stops.append(element)
    assert len(stops) > 5, stops
    hidden = [f"{stop['html']}  ({stop['indicator']})" for stop in stops if not stop["visible"]]
    assert not hidden, "no visible focus on:\n" + "\n".join(hidden)
