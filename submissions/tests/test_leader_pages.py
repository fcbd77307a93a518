"""What leaders tripped on (issue 11, item 4b), their pages never cached (item 13), and
the identity-number message's hint for phone numbers; through HTTP, as rendered."""

from datetime import date

import pytest
from django.test import Client

from reports import questionnaire
from submissions.forms import STEPS, parse_month
from submissions.models import Submission
from submissions.tests.browser_like import send_step, soup_of, step_form
from testing.submissions import fill_in, invite, review_url, send_in, step_url, valid_answers

EQUALITY = next(n for n, step in enumerate(STEPS, start=1) if step.key == "equality")


@pytest.fixture
def leader(leader_submission):
    return leader_submission


def step_states(client, submission):
    page = soup_of(client.get(f"/mina-rapporter/{submission.pk}/"))
    return {
        item.a.text: item.find(class_="step-list__state").text
        for item in page.find(class_="step-list").find_all("li")
    }


def test_a_step_is_klar_only_after_it_was_saved(client, leader):
    states = step_states(client, leader)
    assert "(klar)" not in states.values()  # nothing opened yet
    equality = STEPS[EQUALITY - 1].title  # every question optional: valid when empty
    assert states[equality] == "(inte påbörjad)"
    send_step(client, leader, EQUALITY, step_form(client, leader, EQUALITY))
    assert step_states(client, leader)[equality] == "(klar)"
    send_step(client, leader, 3, step_form(client, leader, 3), goal_results="Halvfärdigt.")
    assert step_states(client, leader)[STEPS[2].title] == "(inte klar)"


def test_the_period_is_asked_as_month_and_year(client, leader):
    page = soup_of(client.get(step_url(leader, 1)))
    start = page.find("input", attrs={"name": "period_start"})
    assert start["type"] == "text"
    assert "till exempel 2016-08" in page.find(id="id_period_start_helptext").text
    answers = {**valid_answers(), "period_start": "2016-08", "period_end": "juni 2018"}
    fill_in(client, leader, answers)
    report = send_in(client, leader)
    assert (report.period_start, report.period_end) == (date(2016, 8, 1), date(2018, 6, 30))


@pytest.mark.parametrize(
    "typed, month",
    [
        ("2016-08", (2016, 8)),
        ("2016-8", (2016, 8)),
        ("2016-08-15", (2016, 8)),
        ("8/2016", (2016, 8)),
        ("augusti 2016", (2016, 8)),
        ("Aug 2016", (2016, 8)),
        ("2016-13", None),
        ("förra hösten", None),
        ("2016-02-30", None),
    ],
)
def test_month_and_year_as_people_write_them(typed, month):
    assert parse_month(typed) == month


def test_a_bad_month_is_explained(client, leader):
    form = step_form(client, leader, 1)
    page = send_step(client, leader, 1, form, "next", period_start="förra hösten")
    assert "Skriv år och månad med siffror, till exempel 2016-08." in page.content.decode()


def test_number_fields_say_what_to_write(client, leader):
    page = soup_of(client.get(step_url(leader, 2)))
    for question in questionnaire.KEY_FIGURES.questions:
        hint = page.find(id=f"id_{question.key}_helptext")
        assert hint is not None, question.key
        assert "7,5" in hint.text if question.decimals else "25" in hint.text
        assert question.help_text in hint.text  # what counts, from the declaration


def test_previous_step_comes_before_save_and_next(client, leader):
    actions = soup_of(client.get(step_url(leader, 3))).find(class_="form-actions")
    visible = [b.text for b in actions.find_all("button") if not b.get("aria-hidden")]
    assert visible == ["Föregående steg", "Spara utkast", "Nästa steg"]
    # Enter in a field still means "Nästa steg": the form's first (default) button.
    default = actions.find("button")
    assert (default["value"], default["tabindex"], default.text) == ("next", "-1", "Nästa steg")


def test_the_footer_offers_my_reports_and_sign_out_to_a_signed_in_leader(client, leader):
    footer = soup_of(client.get("/")).find("footer")
    assert footer.find("a", string="Mina rapporter")["href"] == "/mina-rapporter/"
    assert footer.find("button", string="Logga ut").find_parent("form")["action"] == (
        "/konto/logga-ut/"
    )
    assert "Logga in (projektledare)" not in footer.text
    anonymous = soup_of(Client().get("/")).find("footer")
    assert "Logga in (projektledare)" in anonymous.text and "Logga ut" not in anonymous.text


def test_an_identity_number_that_may_be_a_phone_number_says_how_to_write_one(client, leader):
    form = step_form(client, leader, 3)
    page = send_step(client, leader, 3, form, goal_results="Ring 0701010241.").content.decode()
    assert "Texten innehåller ett personnummer (070101****)" in page
    assert "skriv det med bindestreck och mellanslag, till exempel 070-101 02 41" in page
    assert "0701010241" not in str(Submission.objects.get(pk=leader.pk).draft)


# --- Never cached (item 13) ------------------------------------------------------------


def assert_private(response):
    cache_control = response.get("Cache-Control", "")
    assert "no-store" in cache_control and "private" in cache_control, (
        response.request["PATH_INFO"],
        cache_control,
    )


def test_leaders_pages_are_never_cached(client, reviewer_client, leader):
    for url in (
        "/mina-rapporter/",
        f"/mina-rapporter/{leader.pk}/",
        step_url(leader, 1),
        review_url(leader),
    ):
        assert_private(client.get(url))
        assert_private(Client().get(url))  # the way to the sign-in page too
    assert_private(send_step(client, leader, 3, step_form(client, leader, 3), "autosave"))
    _, link = invite(reviewer_client, email="ny@example.se", project="Nytt")
    assert_private(Client().get(link))
    assert_private(Client().get("/inbjudan/finns-inte/"))


@pytest.mark.parametrize(
    "url",
    [
        "/konto/logga-in/",
        "/konto/glomt-losenord/",
        "/konto/glomt-losenord/skickat/",
        "/konto/nytt-losenord/klart/",
        "/konto/nytt-losenord/MQ/fel-token/",
    ],
)
def test_account_pages_are_never_cached(client, url, db):
    assert_private(client.get(url))
