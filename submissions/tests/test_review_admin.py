"""Editors review reports sent in online, in the admin as they use it: the dashboard lists
each waiting report once with "Granska"; "Begär ändringar" (the edit form's workflow
action) leaves the report shown as returned to the project leader; the invitation form
says "Skicka inbjudan" and refuses a personal identity number in any field."""

import json
import re

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import querydict_from_html

from core.models import Municipality
from submissions.models import Invitation
from testing.factories import MethodIndexPageFactory, MethodPageFactory, default_home
from testing.submissions import fill_in, send_in

NUMBER = "19121212-1212"


@pytest.fixture
def sent_in(client, leader_submission):
    """A report a project leader filled in and sent in ("Vägen tillbaka")."""
    fill_in(client, leader_submission)
    return send_in(client, leader_submission)


def visible_text(html):
    html = re.sub(r"<(script|template|svg)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def dashboard_links(reviewer_client):
    html = reviewer_client.get(reverse("wagtailadmin_home")).content.decode()
    return html, re.findall(r'<a [^>]*href="([^"]+)"[^>]*data-review-link', html)


def request_changes(reviewer_client, report, comment):
    """*Begär ändringar* as the browser sends it: the edit form with the workflow action
    and the comment collected by its dialog."""
    edit = reverse("wagtailadmin_pages:edit", args=[report.pk])
    html = reviewer_client.get(edit).content.decode()
    assert 'data-workflow-action-name="reject"' in html
    data = querydict_from_html(html, form_id="page-edit-form")
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "reject"
    data["workflow-action-extra-data"] = json.dumps({"comment": comment})
    response = reviewer_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]


# --- The dashboard ---------------------------------------------------------------------


def test_the_dashboard_lists_a_waiting_report_once_with_granska(reviewer_client, sent_in):
    html, links = dashboard_links(reviewer_client)
    edit = reverse("wagtailadmin_pages:edit", args=[sent_in.pk])
    assert links == [edit]
    assert 'id="reports-awaiting-review-section"' in html
    # Wagtail's own "Inväntar din granskning" does not list it a second time.
    assert 'id="awaiting-review-section"' not in html
    assert html.count(f'href="{edit}"') == 2  # the title and "Granska", in one row
    review = reviewer_client.get(links[0])
    assert review.status_code == 200
    assert "Väntar på granskning" in visible_text(review.content.decode())


def test_other_pages_in_a_workflow_stay_in_wagtails_panel(reviewer_client, sent_in, editor):
    """Only the reports listed with "Granska" leave Wagtail's panel."""
    methods = MethodIndexPageFactory(parent=default_home())
    method = MethodPageFactory(parent=methods, title="Metod som granskas", published=True)
    Workflow.objects.get(name="Granskning av slutrapport").start(method, editor)
    html, links = dashboard_links(reviewer_client)
    assert len(links) == 1
    wagtails_panel = html.split('id="awaiting-review-section"')[1]
    assert method.title in visible_text(wagtails_panel)
    assert "Vägen tillbaka" not in visible_text(wagtails_panel)


# --- Returned to the project leader -----------------------------------------------------


def test_a_report_with_changes_requested_shows_as_returned(client, reviewer_client, sent_in):
    request_changes(reviewer_client, sent_in, "Komplettera betygen, tack.")
    edit = visible_text(
        reviewer_client.get(reverse("wagtailadmin_pages:edit", args=[sent_in.pk])).content.decode()
    )
    assert "Returnerad till projektledaren" in edit
    assert "Komplettera betygen, tack." in edit
    listing = visible_text(reviewer_client.get("/admin/slutrapporter/").content.decode())
    row = listing[listing.index("Vägen tillbaka") :][:300]
    assert "Nuvarande sidstatus: returnerad till projektledaren" in row
    assert "sidstatus: utkast" not in row
    _, links = dashboard_links(reviewer_client)
    assert links == []  # no longer waiting
    # The leader sees it returned too, with the comment.
    mine = client.get("/mina-rapporter/").content.decode()
    assert "Returnerad med kommentar" in mine


def test_import_warnings_are_not_shown_on_a_report_sent_in_online(reviewer_client, sent_in):
    report = sent_in.get_latest_revision_as_object()
    report.import_warnings = ["Inte från en import."]
    report.save_revision()
    html = reviewer_client.get(reverse("wagtailadmin_pages:edit", args=[sent_in.pk]))
    assert "data-import-warnings" not in html.content.decode()


# --- The invitation form ---------------------------------------------------------------


def invitation_form(reviewer_client):
    """The invitation form's fields as the browser would send them."""
    html = reviewer_client.get("/admin/projektledare/new/").content.decode()
    return html, querydict_from_html(html, form_id="w-editor-form")


def test_the_invitation_button_says_skicka_inbjudan(reviewer_client):
    html, _ = invitation_form(reviewer_client)
    button = re.search(r'<button\s+type="submit".*?</button>', html, re.S).group(0)
    assert "Skicka inbjudan" in button and "Skapa" not in button


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", f"Anna Andersson {NUMBER}"),
        ("project_name", f"Projekt för {NUMBER}"),
        ("email", "191212121212@example.se"),
    ],
)
def test_an_identity_number_in_an_invitation_is_refused(reviewer_client, field, value):
    _, data = invitation_form(reviewer_client)
    data.update(
        {
            "name": "Anna Andersson",
            "email": "anna@example.se",
            "municipality": str(Municipality.objects.get(code="0780").pk),
            "project_name": "Vägen tillbaka",
        }
    )
    data[field] = value
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = reviewer_client.post("/admin/projektledare/new/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert "Texten innehåller ett personnummer (" in errors[field][0]
    assert "Texten innehåller ett personnummer" in response.content.decode()
    assert not Invitation.objects.exists() and not mail.outbox
