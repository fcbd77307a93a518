"""A report sent in online is created under the project workshop its invitation names
(chosen in the admin's invitation form), else under the report index; it is reviewed
in both places, and once created it stays where it is whatever the invitation says."""

import re
from datetime import date

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from core.models import Municipality
from reports.models import ProjectReportPage
from submissions.models import Invitation
from submissions.services import WORKFLOW_NAME
from testing.factories import ProjectReportPageFactory, default_home
from testing.submissions import accept, fill_in, invite, review_action, send_in
from testing.workshop_factories import WorkshopIndexPageFactory, WorkshopPageFactory

NEW = "/admin/projektledare/new/"


@pytest.fixture
def workshops(reports_index):
    """The workshop index beside the report index, with two workshops in Växjö (0780)
    and one in Alvesta (0764)."""
    index = WorkshopIndexPageFactory(parent=default_home())
    return {
        "vaxjo": WorkshopPageFactory(
            parent=index, title="Plug In Växjö", municipality_codes=["0780"]
        ),
        "vaxjo_2": WorkshopPageFactory(
            parent=index, title="Studieverkstan Växjö", municipality_codes=["0780"]
        ),
        "alvesta": WorkshopPageFactory(
            parent=index, title="Plug In Alvesta", municipality_codes=["0764"]
        ),
    }


def invitation_form(reviewer_client, url=NEW):
    """The invitation form's fields as the browser would send them, and its HTML."""
    html = reviewer_client.get(url).content.decode()
    return html, querydict_from_html(html, form_id="w-editor-form")


def post_invitation(reviewer_client, workshop, code="0780", url=NEW, **fields):
    """The invitation form filled in and sent, with `workshop` chosen in its select."""
    html, data = invitation_form(reviewer_client, url)
    if workshop is not None:
        assert f'<option value="{workshop.pk}"' in html
    data.update(
        {
            "name": "Anna Andersson",
            "email": "anna@example.se",
            "municipality": str(Municipality.objects.get(code=code).pk),
            "project_name": "Vägen tillbaka",
            "workshop": str(workshop.pk) if workshop else "",
            **fields,
        }
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        return reviewer_client.post(url, data)


def mailed_link():
    return re.search(r"https?://\S+/inbjudan/\S+/", mail.outbox[-1].body).group(0)


def in_review(report):
    state = WorkflowState.objects.get(object_id=str(report.pk))
    return state.status == WorkflowState.STATUS_IN_PROGRESS and state.workflow.name == WORKFLOW_NAME


def test_the_invitation_form_lists_the_workshops_with_their_municipalities(
    reviewer_client, workshops
):
    html, _ = invitation_form(reviewer_client)
    assert "Plug In Växjö – Växjö</option>" in html
    assert "Plug In Alvesta – Alvesta</option>" in html
    assert "Ingen (rapporten hamnar under Slutrapporter)" in html
    assert "En rapport som redan är inskickad flyttas inte" in html


def test_a_report_is_created_under_the_invitations_workshop_and_published_there(
    client, reviewer_client, workshops
):
    workshop = workshops["vaxjo"]
    earlier = ProjectReportPageFactory(
        parent=workshop,
        title="Delrapport 2017",
        kind="delrapport",
        report_date=date(2017, 6, 1),
        municipality_code="0780",
        published=True,
    )
    response = post_invitation(reviewer_client, workshop)
    assert response.status_code == 302, response.content.decode()[:2000]
    invitation = Invitation.objects.get()
    assert invitation.workshop_id == workshop.pk
    assert "Rapporten hör till projektverkstaden Plug In Växjö." in mail.outbox[-1].body
    assert "Plug In Växjö" in reviewer_client.get("/admin/projektledare/").content.decode()

    submission = accept(client, mailed_link())
    fill_in(client, submission)
    report = send_in(client, submission)
    assert report.get_parent().pk == workshop.pk
    assert (report.kind, report.report_date) == ("slutrapport", timezone.localdate())
    assert not report.live and in_review(report)
    assert report.get_workflow().name == WORKFLOW_NAME

    with TestCase.captureOnCommitCallbacks(execute=True):
        review_action(reviewer_client, ProjectReportPage.objects.get(pk=report.pk), "approve")
    report.refresh_from_db()
    assert report.live and report.get_parent().pk == workshop.pk
    page = client.get(workshop.url).content.decode()
    reports = page.split('id="reports-heading"')[1].split("</section>")[0]
    assert reports.index(earlier.title) < reports.index("Vägen tillbaka")
    assert "Slutrapport" in reports


def test_the_leaders_pages_name_the_workshop_and_link_it_while_live(
    client, reviewer_client, workshops
):
    workshop = workshops["vaxjo"]
    _, link = invite(reviewer_client, workshop=workshop)
    submission = accept(client, link)
    linked = f'<a href="{workshop.url}">Plug In Växjö</a>'
    assert linked in client.get(reverse("my_reports")).content.decode()
    assert linked in client.get(reverse("my_report", args=[submission.pk])).content.decode()
    workshop.unpublish()
    html = client.get(reverse("my_report", args=[submission.pk])).content.decode()
    assert "Projektverkstad: Plug In Växjö" in html and linked not in html


def test_without_a_workshop_the_report_goes_under_the_report_index(
    client, reviewer_client, workshops, reports_index
):
    assert post_invitation(reviewer_client, None).status_code == 302
    assert Invitation.objects.get().workshop is None
    assert "projektverkstaden" not in mail.outbox[-1].body
    submission = accept(client, mailed_link())
    fill_in(client, submission)
    report = send_in(client, submission)
    assert report.get_parent().pk == reports_index.pk
    assert not report.live and in_review(report)
    assert "Projektverkstad" not in client.get(reverse("my_reports")).content.decode()


def test_the_form_refuses_a_workshop_of_another_municipality(reviewer_client, workshops):
    response = post_invitation(reviewer_client, workshops["alvesta"])
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["workshop"]
    message = (
        "Projektverkstaden Plug In Alvesta hör till Alvesta, inte till Växjö. "
        "Välj en projektverkstad i Växjö eller ingen."
    )
    assert errors["workshop"] == [message]
    assert message in response.content.decode()
    assert not Invitation.objects.exists() and not mail.outbox


def test_an_editor_sets_the_workshop_before_the_report_is_sent_in(
    client, reviewer_client, workshops
):
    invitation, link = invite(reviewer_client)
    submission = accept(client, link)
    edit = f"/admin/projektledare/edit/{invitation.pk}/"
    assert post_invitation(reviewer_client, workshops["vaxjo_2"], url=edit).status_code == 302
    fill_in(client, submission)
    report = send_in(client, submission)
    assert report.get_parent().pk == workshops["vaxjo_2"].pk
    assert in_review(report)


def test_changing_the_workshop_after_sending_in_does_not_move_the_report(
    client, reviewer_client, workshops
):
    invitation, link = invite(reviewer_client, workshop=workshops["vaxjo"])
    submission = accept(client, link)
    fill_in(client, submission)
    report = send_in(client, submission)
    edit = f"/admin/projektledare/edit/{invitation.pk}/"
    response = post_invitation(reviewer_client, workshops["vaxjo_2"], url=edit)
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.workshop_id == workshops["vaxjo_2"].pk
    listing = reviewer_client.get(response.url).content.decode()
    assert "står kvar där den skapades" in listing
    report.refresh_from_db()
    assert report.get_parent().pk == workshops["vaxjo"].pk and in_review(report)
    # The leader's page names the workshop the report stands under.
    html = client.get(reverse("my_report", args=[submission.pk])).content.decode()
    assert "Plug In Växjö" in html and "Studieverkstan Växjö" not in html
