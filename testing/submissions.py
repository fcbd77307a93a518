"""Helpers for the online-report tests: invite through the admin, accept through the
link in the e-mail, fill in steps through the form, review through the admin."""

import re

from django.core import mail
from django.test import TestCase
from django.urls import reverse

from core.models import Municipality
from reports import questionnaire
from submissions.forms import STEPS, field_names
from submissions.models import Invitation, Submission

PASSWORD = "Ett-bra-lösenord-2026"


def valid_answers():
    """A complete, valid answer for every field of every step."""
    answers = {
        "title": "Vägen tillbaka",
        "summary": "Ett projekt om att komma tillbaka till skolan.",
        "organisation_type": "school",
        "plugin_round": "plugin2",
        "period_start": "2016-08-15",
        "period_end": "2018-06-30",
        "participants_total": "30",
        "participants_girls": "14",
        "participants_boys": "16",
        "avg_months_enrolled": "7,5",
        "outcome_discharged": "10",
        "outcome_other_agencies": "5",
        "outcome_moved_away": "2",
        "outcome_still_enrolled": "13",
    }
    for question in questionnaire.SURVEY_QUESTIONS:
        if question.is_scale:
            answers[question.key] = question.scale.values[0]
        else:
            answers[question.key] = f"Svar på {question.key}."
    return answers


def step_answers(number, answers=None):
    answers = answers or valid_answers()
    return {name: answers[name] for name in field_names(STEPS[number - 1])}


def invite(
    editor_client, email="anna@example.se", project="Vägen tillbaka", code="0780", workshop=None
):
    """Invite through the admin (naming the project `workshop`, a page, when given);
    returns (invitation, link from the e-mail)."""
    data = {
        "name": "Anna Andersson",
        "email": email,
        "municipality": Municipality.objects.get(code=code).pk,
        "project_name": project,
        "workshop": workshop.pk if workshop is not None else "",
    }
    # The e-mail leaves when the invitation is committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = editor_client.post("/admin/projektledare/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    link = re.search(r"https?://\S+/inbjudan/\S+/", mail.outbox[-1].body).group(0)
    return Invitation.objects.get(email=email, project_name=project), link


def accept(client, link, password=PASSWORD):
    response = client.post(link, {"password": password, "password_again": password})
    assert response.status_code == 302, response.content.decode()[:3000]
    return Submission.objects.latest("pk")


def step_url(submission, number):
    return reverse("report_step", args=[submission.pk, number])


def review_url(submission):
    return reverse("report_review", args=[submission.pk])


def fill_in(client, submission, answers=None):
    """Every step through the form, as a leader would, with "Nästa steg"."""
    answers = answers or valid_answers()
    for number in range(1, len(STEPS) + 1):
        data = {**step_answers(number, answers), "action": "next"}
        response = client.post(step_url(submission, number), data)
        assert response.status_code == 302, (number, response.content.decode()[:3000])


def send_in(client, submission):
    response = client.post(review_url(submission))
    assert response.status_code == 302, response.content.decode()[:3000]
    submission.refresh_from_db()
    return submission.report


def review_action(editor_client, report, action, comment=""):
    """An editor approves or requests changes, through the admin's workflow action."""
    task_state = report.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{report.pk}/{action}/{task_state.pk}/"
    response = editor_client.post(url, {"comment": comment})
    assert response.status_code in (200, 302), response.content.decode()[:2000]
    return response
