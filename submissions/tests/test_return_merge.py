"""After a return (issue 11, item 3): the editors' later save never wipes the leader's
unsent edits. The editor saves through the admin's edit form, the leader through the
step form, both as rendered."""

import pytest

from submissions.models import Submission
from submissions.services import submission_status
from submissions.tests.browser_like import form_values, send_step, soup_of, step_form
from testing.submissions import fill_in, review_action, review_url, send_in, step_url

PROJECT, KEY_FIGURES = 1, 2


@pytest.fixture
def returned(client, reviewer_client, leader_submission):
    """A report sent in and returned with a comment; the leader has opened it since."""
    fill_in(client, leader_submission)
    report = send_in(client, leader_submission)
    review_action(reviewer_client, report, "reject", "Se över sammanfattningen.")
    assert client.get(step_url(leader_submission, PROJECT)).status_code == 200
    return leader_submission, report


def editor_saves(reviewer_client, report, **changes):
    """The editor changes fields in the admin's edit form and saves a draft."""
    url = f"/admin/pages/{report.pk}/edit/"
    form = soup_of(reviewer_client.get(url)).find("form", id="page-edit-form")
    response = reviewer_client.post(url, {**form_values(form), **changes})
    assert response.status_code == 302, response.content.decode()[:2000]


def leader_changes(client, submission, number, **typed):
    response = send_step(client, submission, number, step_form(client, submission, number), **typed)
    assert response.status_code == 302


def test_the_leaders_unsent_edit_survives_an_editors_later_save(client, reviewer_client, returned):
    submission, report = returned
    leader_changes(client, submission, PROJECT, summary="Ledarens nya sammanfattning.")
    editor_saves(reviewer_client, report, participants_total="31")
    project = step_form(client, submission, PROJECT)
    assert project["summary"] == "Ledarens nya sammanfattning."  # not wiped
    assert step_form(client, submission, KEY_FIGURES)["participants_total"] == "31"  # theirs in
    assert "välj text" not in client.get(f"/mina-rapporter/{submission.pk}/").content.decode()
    report = send_in(client, submission)
    sent = report.get_latest_revision_as_object()
    assert (sent.summary, sent.participants_total) == ("Ledarens nya sammanfattning.", 31)


def test_a_field_both_changed_shows_both_and_asks(client, reviewer_client, returned):
    submission, report = returned
    leader_changes(client, submission, PROJECT, summary="Ledarens text.")
    editor_saves(reviewer_client, report, summary="Redaktionens text.")
    page = soup_of(client.get(step_url(submission, PROJECT)))
    assert page.find("textarea", attrs={"name": "summary"}).text.strip() == "Ledarens text."
    beside = page.find(id="id_summary_conflict")
    assert "Redaktionens version" in beside.text and "Redaktionens text." in beside.text
    assert "Redaktionen har ändrat svar som du också har ändrat" in page.text
    overview = client.get(f"/mina-rapporter/{submission.pk}/").content.decode()
    assert "(välj text: redaktionen har ändrat)" in overview
    # Sending in waits for the choice.
    review = client.get(review_url(submission)).content.decode()
    assert "Välj vilken text som ska gälla" in review and "Skicka in rapporten" not in review
    client.post(review_url(submission))
    assert submission_status(Submission.objects.get(pk=submission.pk)).code == "returned"

    form = form_values(page.find("form", attrs={"data-autosave": True}))
    response = send_step(client, submission, PROJECT, form, choose_summary="theirs")
    assert response.status_code == 302
    assert step_form(client, submission, PROJECT)["summary"] == "Redaktionens text."
    assert send_in(client, submission).get_latest_revision_as_object().summary == (
        "Redaktionens text."
    )


def test_the_editors_change_comes_in_where_the_leader_changed_nothing(
    client, reviewer_client, returned
):
    submission, report = returned
    editor_saves(reviewer_client, report, summary="Redaktionens bättre sammanfattning.")
    assert step_form(client, submission, PROJECT)["summary"] == (
        "Redaktionens bättre sammanfattning."
    )
    page = client.get(step_url(submission, PROJECT)).content.decode()
    assert "id_summary_conflict" not in page


def test_a_tab_opened_before_the_editors_save_does_not_undo_it(client, reviewer_client, returned):
    submission, report = returned
    older = step_form(client, submission, PROJECT)
    editor_saves(reviewer_client, report, summary="Redaktionens sammanfattning.")
    response = send_step(client, submission, PROJECT, older, title="Vägen tillbaka 2")
    assert response.status_code == 302
    draft = Submission.objects.get(pk=submission.pk).draft
    assert (draft["title"], draft["summary"]) == (
        "Vägen tillbaka 2",
        "Redaktionens sammanfattning.",
    )


def test_the_autosave_does_not_settle_the_choice(client, reviewer_client, returned):
    submission, report = returned
    leader_changes(client, submission, PROJECT, summary="Ledarens text.")
    editor_saves(reviewer_client, report, summary="Redaktionens text.")
    form = step_form(client, submission, PROJECT)
    response = send_step(client, submission, PROJECT, form, "autosave", title="Nytt namn")
    assert response.json()["saved"] is True
    assert "id_summary_conflict" in client.get(step_url(submission, PROJECT)).content.decode()
    form = step_form(client, submission, PROJECT)
    send_step(client, submission, PROJECT, form, choose_summary="theirs")
    draft = Submission.objects.get(pk=submission.pk).draft
    assert (draft["title"], draft["summary"]) == ("Nytt namn", "Redaktionens text.")
    assert "id_summary_conflict" not in client.get(step_url(submission, PROJECT)).content.decode()
