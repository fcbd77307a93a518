"""Every validation rule of the online report form, in Swedish, next to its field."""

from datetime import date

import pytest

from submissions.forms import STEPS, STEPS_BY_KEY, StepForm
from testing.identity_samples import LOOK_ALIKES, VALID
from testing.submissions import step_answers, step_url


def form_for(step_key, **changes):
    number = STEPS.index(STEPS_BY_KEY[step_key]) + 1
    data = {**step_answers(number), **changes}
    form = StepForm(STEPS_BY_KEY[step_key], data=data)
    form.is_valid()
    return form


def test_complete_answers_are_valid():
    for number, step in enumerate(STEPS, start=1):
        form = StepForm(step, data=step_answers(number))
        assert form.is_valid(), (step.key, form.errors)


@pytest.mark.parametrize(
    "step, field, message",
    [
        ("projektet", "title", "Skriv projektets namn."),
        ("projektet", "organisation_type", "Välj skola eller KAA."),
        ("projektet", "period_start", "Skriv år och månad."),
        ("key_figures", "participants_total", "Skriv ett antal."),
        ("goals", "goal_achievement", "Välj ett av svaren."),
        ("goals", "goal_results", "Skriv ett svar på frågan."),
        ("tips", "tips", "Skriv ett svar på frågan."),
    ],
)
def test_required_answers(step, field, message):
    assert form_for(step, **{field: ""}).errors[field] == [message]


def test_optional_answers_may_be_empty():
    form = form_for("key_figures", avg_months_enrolled="", outcome_moved_away="")
    assert form.is_valid(), form.errors
    assert form_for("partners", partner_companies="").is_valid()


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("participants_total", "tjugo", "Skriv ett heltal, som 25."),
        ("participants_total", "-3", "Kontrollera att detta värde är större än eller lika med 0."),
        ("avg_months_enrolled", "ca åtta", "Skriv ett tal, som 7,5."),
    ],
)
def test_numbers_must_be_numbers(field, value, message):
    assert form_for("key_figures", **{field: value}).errors[field] == [message]


def test_decimals_are_written_the_swedish_way():
    form = form_for("key_figures", avg_months_enrolled="7,5")
    assert form.is_valid() and str(form.cleaned_data["avg_months_enrolled"]) == "7.5"


def test_girls_and_boys_cannot_outnumber_the_participants():
    form = form_for(
        "key_figures", participants_total="20", participants_girls="12", participants_boys="10"
    )
    assert form.errors["participants_boys"] == [
        "Tjejer och killar är tillsammans 22, fler än antalet deltagare totalt (20)."
    ]


def test_outcomes_cannot_outnumber_the_participants():
    form = form_for(
        "key_figures",
        participants_total="10",
        participants_girls="5",
        participants_boys="5",
        outcome_discharged="8",
        outcome_still_enrolled="4",
        outcome_other_agencies="",
        outcome_moved_away="",
    )
    assert "fler än antalet deltagare totalt (10)" in form.errors["outcome_still_enrolled"][0]


def test_a_scale_answer_must_be_one_of_the_scale():
    form = form_for("target_group", attendance_change="Jättebra")
    assert "attendance_change" in form.errors


def test_the_period_cannot_end_before_it_starts():
    form = form_for("projektet", period_start="2018-01", period_end="2017-12")
    assert form.errors["period_end"] == ["Projektslut kan inte vara före projektstart."]
    assert form_for("projektet", period_start="2018-13").errors["period_start"] == [
        "Skriv år och månad med siffror, till exempel 2016-08."
    ]


def test_a_period_is_a_month_and_a_year():
    form = form_for("projektet", period_start="2016-08", period_end="2018-06")
    assert "period_start" not in form.errors and "period_end" not in form.errors
    assert (form.cleaned_data["period_start"], form.cleaned_data["period_end"]) == (
        date(2016, 8, 1),
        date(2018, 6, 30),
    )


@pytest.mark.parametrize("value", VALID)
def test_identity_numbers_are_refused_with_the_reason(value):
    form = form_for("goals", goal_results=f"Eleven {value} fick stöd.")
    [message] = form.errors["goal_results"]
    assert "personnummer" in message or "samordningsnummer" in message
    assert "får inte innehålla personuppgifter om unga" in message
    assert value not in message  # the message does not repeat the number


@pytest.mark.parametrize("value", LOOK_ALIKES)
def test_look_alikes_pass(value):
    form = form_for("goals", goal_results=f"Ring oss: {value}.")
    assert form.is_valid(), form.errors


def test_identity_numbers_are_refused_in_every_text_field():
    assert "title" in form_for("projektet", title="Projekt 19121212-1212").errors
    assert "tips" in form_for("tips", tips="Kontakta 121212-1212").errors


def test_an_identity_number_is_never_stored_in_the_draft(client, leader_submission):
    url = step_url(leader_submission, 3)
    typed = "Eleven 19121212-1212 slutade."
    response = client.post(url, {"goal_results": typed, "action": "save"})
    assert response.status_code == 200  # the form comes back to be corrected
    html = response.content.decode()
    assert "Texten innehåller ett personnummer (19121212-****)" in html
    assert typed in html  # shown to be corrected, not stored
    leader_submission.refresh_from_db()
    assert "19121212" not in str(leader_submission.draft)
    response = client.post(
        url, {"goal_results": "Eleven 19121212-1212 slutade.", "action": "autosave"}
    )
    assert response.json()["not_saved"] == ["goal_results"]
    leader_submission.refresh_from_db()
    assert "19121212" not in str(leader_submission.draft)
