"""The report form saves itself (issue 11, item 1), in Chromium: what a leader types is
saved without a button, survives leaving by a step link and signing in again on another
browser; a save that fails says so and is tried again; leaving with unsaved text asks."""

import re

import pytest
from playwright.sync_api import expect

from browser_tests.leaders import create_leader, sign_in
from submissions.forms import STEPS

GOALS = 3  # "Måluppfyllelse": a scale and a text
SAVED = "Utkastet sparades automatiskt"


@pytest.fixture
def leader(new_page, django_db_blocker):
    """(a signed-in leader's page on step 3, their e-mail, the step's path)."""
    email, pk = create_leader(django_db_blocker)
    page = new_page()
    sign_in(page, email)
    path = f"/mina-rapporter/{pk}/steg/{GOALS}/"
    page.goto(path)
    return page, email, path


def step_link(page, number):
    nav = page.get_by_role("navigation", name="Rapportens delar")
    return nav.get_by_role("link", name=STEPS[number - 1].title, exact=True)


def in_a_new_browser(new_page, email, path):
    """The leader signs in again elsewhere (a new context: no cookies, no storage)."""
    page = new_page()
    sign_in(page, email)
    page.goto(path)
    return page


def test_typed_text_is_saved_by_itself_and_kept_after_leaving_by_a_step_link(new_page, leader):
    page, email, path = leader
    page.get_by_label("Vad har ert projekt uppnått", exact=False).fill("Sparat av sig självt.")
    page.locator("input[name='goal_achievement']").first.check()
    expect(page.locator("#autosave-status")).to_contain_text(SAVED)
    step_link(page, 5).click()
    expect(page.locator("h1")).to_contain_text("Steg 5 av")
    page.context.close()

    again = in_a_new_browser(new_page, email, path)
    expect(again.locator("[name='goal_results']")).to_have_value("Sparat av sig självt.")
    expect(again.locator("input[name='goal_achievement']").first).to_be_checked()


def test_a_step_link_followed_at_once_saves_first(new_page, leader):
    page, email, path = leader
    page.locator("[name='goal_results']").fill("Skrivet och genast vidare.")
    step_link(page, 4).click()  # before the autosave's pause is over
    expect(page.locator("h1")).to_contain_text("Steg 4 av")
    page.context.close()

    again = in_a_new_browser(new_page, email, path)
    expect(again.locator("[name='goal_results']")).to_have_value("Skrivet och genast vidare.")


def test_a_failed_save_says_so_and_is_tried_again(leader, page_problems):
    page, _, path = leader
    page_problems.allow(re.escape(path) + " answered 503")
    failing = [True]

    def answer(route):
        if route.request.method == "POST" and failing[0]:
            route.fulfill(status=503, body="Tillfälligt fel")
        else:
            route.continue_()

    page.route(re.compile(re.escape(path) + "$"), answer)
    page.locator("[name='goal_results']").fill("Sparas till slut.")
    status = page.locator("#autosave-status")
    expect(status).to_contain_text("Inte sparat – försöker igen")
    failing[0] = False
    expect(status).to_contain_text(SAVED, timeout=15_000)


def test_leaving_with_text_that_could_not_be_saved_asks_first(leader, page_problems):
    page, _, path = leader
    page_problems.allow(re.escape(path) + " answered 503")
    page.route(
        re.compile(re.escape(path) + "$"),
        lambda route: (
            route.fulfill(status=503) if route.request.method == "POST" else route.continue_()
        ),
    )
    asked = []

    def dismiss(dialog):
        asked.append(dialog.message)
        dialog.dismiss()  # "stay on the page"

    page.on("dialog", dismiss)
    page.locator("[name='goal_results']").fill("Inte sparat än.")
    step_link(page, 4).click()
    expect(page.locator("#autosave-status")).to_contain_text("Inte sparat")
    expect(page.locator("h1")).to_contain_text(f"Steg {GOALS} av")
    assert asked == ["Det du skrivit är inte sparat. Lämna sidan ändå?"]
    expect(page.locator("[name='goal_results']")).to_have_value("Inte sparat än.")
