"""Project leaders' online reports: invitation, drafts, sending in, review, publication."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from reports.models import ProjectReportPage
from search.params import SearchParams
from search.selectors import run_search
from submissions.forms import STEPS
from submissions.models import Submission
from submissions.services import EDITORS_GROUP, submission_status
from submissions.tests.browser_like import public_url
from testing.submissions import (
    PASSWORD,
    accept,
    fill_in,
    invite,
    review_action,
    review_url,
    send_in,
    step_answers,
    step_url,
    valid_answers,
)


@pytest.fixture
def leader(leader_submission):
    return leader_submission


# --- Invitation ----------------------------------------------------------------------


def test_invitation_email_link_sets_a_password_and_opens_the_report(client, reviewer_client):
    invitation, link = invite(reviewer_client, email="Anna@Example.SE")
    message = mail.outbox[-1]
    assert message.to == ["Anna@Example.SE"]
    assert "Vägen tillbaka" in message.subject and "Länken fungerar en gång" in message.body
    page = client.get(link).content.decode()
    assert "Lämna slutrapporten för Vägen tillbaka" in page
    submission = accept(client, link)
    assert submission.leader.username == "anna@example.se"
    assert submission.municipality.code == "0780"
    assert submission.draft["title"] == "Vägen tillbaka"
    assert client.get("/mina-rapporter/").status_code == 200  # signed in
    invitation.refresh_from_db()
    assert invitation.accepted_at and invitation.user == submission.leader
    assert invitation.token_hash not in message.body  # only the hash is stored


def test_invitation_link_works_once(client, reviewer_client):
    _, link = invite(reviewer_client)
    accept(client, link)
    response = Client().get(link)
    assert response.status_code == 410
    assert "Länken har redan använts" in response.content.decode()


def test_invitation_link_expires(client, reviewer_client, settings):
    invitation, link = invite(reviewer_client)
    assert invitation.expires_at - timezone.now() > timedelta(days=13, hours=23)
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save()
    response = client.get(link)
    assert response.status_code == 410
    assert "Länken har gått ut" in response.content.decode()


def test_invitation_validity_is_configurable(reviewer_client, settings):
    settings.PORTAL_INVITATION_DAYS = 3
    invitation, _ = invite(reviewer_client)
    assert timedelta(days=2, hours=23) < invitation.expires_at - timezone.now() <= timedelta(days=3)


def test_unknown_link_is_refused(client, db):
    response = client.get("/inbjudan/finns-inte-alls/")
    assert response.status_code == 410
    assert "Länken är inte giltig" in response.content.decode()


def test_weak_or_mismatched_passwords_are_explained(client, reviewer_client):
    _, link = invite(reviewer_client)
    html = client.post(link, {"password": "123", "password_again": "123"}).content.decode()
    assert "Lösenordet kunde inte sparas" in html
    html = client.post(link, {"password": PASSWORD, "password_again": "x"}).content.decode()
    assert "Lösenorden är inte likadana" in html
    assert not Submission.objects.exists()


def test_resending_an_invitation_replaces_the_link(reviewer_client):
    invitation, old_link = invite(reviewer_client)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = reviewer_client.post(
            f"/admin/projektledare/edit/{invitation.pk}/",
            {
                "name": invitation.name,
                "email": invitation.email,
                "municipality": invitation.municipality.pk,
                "project_name": invitation.project_name,
            },
        )
    assert response.status_code == 302
    assert Client().get(old_link).status_code == 410
    new_link = mail.outbox[-1].body.split("\n\n")[3].strip()
    assert Client().get(new_link).status_code == 200


def test_an_existing_leader_accepts_a_second_project_by_signing_in(client, reviewer_client, leader):
    _, link = invite(reviewer_client, project="Andra projektet")
    html = client.get(link).content.decode()
    assert "Du är inloggad som anna@example.se" in html
    client.post(link)
    assert Submission.objects.filter(leader=leader.leader).count() == 2


# --- Drafts --------------------------------------------------------------------------


def test_steps_are_numbered_and_generated_from_the_questionnaire(client, leader):
    html = client.get(step_url(leader, 3)).content.decode()
    assert "Steg 3 av 14:</span> Måluppfyllelse" in html
    assert 'type="radio" name="goal_achievement" value="Vi har överträffat målsättningarna"' in html
    assert "<legend>Har ert projekt uppnått de mål ni själva satte upp innan projektstart?" in html
    assert '<textarea name="goal_results"' in html
    html = client.get(step_url(leader, 2)).content.decode()
    assert 'type="number" name="participants_total"' in html


def test_save_draft_keeps_what_was_typed_even_when_invalid(client, leader):
    data = {**step_answers(2), "participants_total": "tjugo", "action": "save"}
    response = client.post(step_url(leader, 2), data)
    assert response.status_code == 302
    leader.refresh_from_db()
    assert leader.draft["participants_total"] == "tjugo"
    html = client.get(step_url(leader, 2)).content.decode()
    assert 'value="tjugo"' in html


def test_next_with_errors_stays_and_shows_them_next_to_the_field(client, leader):
    data = {**step_answers(3), "goal_achievement": "", "action": "next"}
    html = client.post(step_url(leader, 3), data).content.decode()
    assert "Det här behöver rättas" in html
    assert 'id="id_goal_achievement_error">Välj ett av svaren.' in html
    assert "Svar på goal_results." in html  # the rest of what was typed is still there


def test_back_and_goto_save_without_blocking(client, leader):
    response = client.post(step_url(leader, 3), {"goal_results": "Halvfärdigt", "action": "back"})
    assert response["Location"] == step_url(leader, 2)
    leader.refresh_from_db()
    assert leader.draft["goal_results"] == "Halvfärdigt"


def test_autosave_answers_json(client, leader):
    response = client.post(
        step_url(leader, 4), {"attendance_change": "Ökat mycket", "action": "autosave"}
    )
    answer = response.json()
    assert (answer["saved"], answer["not_saved"], answer["errors"]) == (True, [], {})
    leader.refresh_from_db()
    assert answer["version"] == leader.version
    assert leader.draft["attendance_change"] == "Ökat mycket"


def test_review_lists_unfinished_steps(client, leader):
    html = client.get(review_url(leader)).content.decode()
    assert "Rapporten är inte klar att skicka in" in html
    assert "Steg 3: Måluppfyllelse" in html
    assert "Skicka in rapporten" not in html
    client.post(review_url(leader))
    assert not ProjectReportPage.objects.filter(title="Vägen tillbaka").exists()


# --- Sending in, review, publication ---------------------------------------------------


def test_send_in_creates_a_draft_report_in_the_review_workflow(client, leader):
    fill_in(client, leader)
    html = client.get(review_url(leader)).content.decode()
    assert "Skicka in rapporten" in html and "Svar på tips." in html
    report = send_in(client, leader)
    assert report.title == "Vägen tillbaka" and not report.live
    assert report.municipality.code == "0780" and report.owner == leader.leader
    assert report.get_parent().specific_class.__name__ == "ReportIndexPage"
    assert report.current_workflow_state.workflow.name == "Granskning av slutrapport"
    assert report.participants_total == 30 and str(report.avg_months_enrolled) == "7.5"
    assert report.attendance_change == "Ökat mycket"
    assert submission_status(leader).label == "Inskickad"
    # Anonymous visitors never see it.
    assert Client().get(public_url(report)).status_code == 404


def test_after_sending_in_the_leader_cannot_change_it(client, leader):
    fill_in(client, leader)
    send_in(client, leader)
    response = client.get(step_url(leader, 3))
    assert response.status_code == 302 and response["Location"] == f"/mina-rapporter/{leader.pk}/"
    response = client.post(step_url(leader, 3), {"goal_results": "Ändrat", "action": "save"})
    leader.refresh_from_db()
    assert leader.draft["goal_results"] != "Ändrat"


def test_editor_returns_with_a_comment_and_the_leader_resends(client, reviewer_client, leader):
    fill_in(client, leader)
    report = send_in(client, leader)
    review_action(reviewer_client, report, "reject", "Komplettera betygen, tack.")
    status = submission_status(leader)
    assert (status.code, status.comment) == ("returned", "Komplettera betygen, tack.")
    html = client.get(f"/mina-rapporter/{leader.pk}/").content.decode()
    assert "Returnerad med kommentar" in html and "Komplettera betygen, tack." in html
    client.post(
        step_url(leader, 4),
        {**step_answers(4), "grades_change": "Ökat ganska mycket", "action": "next"},
    )
    send_in(client, leader)
    report.refresh_from_db()
    assert report.get_latest_revision_as_object().grades_change == "Ökat ganska mycket"
    assert submission_status(leader).code == "submitted"


def test_editor_edits_see_in_review_and_approval_publishes(client, editor, reviewer_client, leader):
    fill_in(client, leader)
    report = send_in(client, leader)
    edited = report.get_latest_revision_as_object()
    edited.summary = "Redaktionens sammanfattning."
    edited.save_revision(user=editor)
    assert submission_status(leader).label == "Under granskning"
    review_action(reviewer_client, report, "approve")
    report.refresh_from_db()
    assert report.live and report.summary == "Redaktionens sammanfattning."
    assert submission_status(leader).label == "Publicerad"
    assert Client().get(report.url).status_code == 200
    found = run_search(SearchParams("Vägen tillbaka"))
    assert "Vägen tillbaka" in [result.title for result in found.results]


def test_dashboard_lists_reports_awaiting_review(client, reviewer_client, leader):
    fill_in(client, leader)
    send_in(client, leader)
    html = reviewer_client.get("/admin/").content.decode()
    assert "Inskickade slutrapporter som väntar på granskning" in html
    assert "Vägen tillbaka" in html and "Växjö, Kronobergs län" in html


def test_editors_group_reviews(reports_index):
    from wagtail.models import Workflow

    task = Workflow.objects.get(name="Granskning av slutrapport").tasks.first().specific
    assert [group.name for group in task.groups.all()] == [EDITORS_GROUP]


def test_my_reports_lists_own_reports_with_status(client, leader):
    html = client.get("/mina-rapporter/").content.decode()
    assert "Vägen tillbaka" in html and "Utkast" in html


def test_every_step_has_a_title_and_the_count_is_fourteen():
    assert len(STEPS) == 14
    assert [step.title for step in STEPS[:3]] == [
        "Projektet",
        "Deltagare och resultat i siffror",
        "Måluppfyllelse",
    ]
    assert set(valid_answers()) >= {name for step in STEPS for name in step_answers(1)}


def test_editors_are_notified_by_email_when_a_report_is_sent_in(client, editor, leader):
    fill_in(client, leader)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        send_in(client, leader)
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor, [message.subject for message in mail.outbox]
    assert "Vägen tillbaka" in to_editor[0].subject + to_editor[0].body


def test_a_returned_report_opens_with_the_editors_changes(client, editor, reviewer_client, leader):
    fill_in(client, leader)
    report = send_in(client, leader)
    edited = report.get_latest_revision_as_object()
    edited.summary = "Redaktionens bättre sammanfattning."
    edited.save_revision(user=editor)
    review_action(reviewer_client, report, "reject", "Se över sammanfattningen.")
    html = client.get(step_url(leader, 1)).content.decode()
    assert "Redaktionens bättre sammanfattning." in html
    send_in(client, leader)
    report.refresh_from_db()
    assert report.get_latest_revision_as_object().summary == "Redaktionens bättre sammanfattning."
