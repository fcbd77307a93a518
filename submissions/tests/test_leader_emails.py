"""Project leaders get their own Swedish e-mails, with links to their own pages on the
site's address: a receipt when they send in, the editors' comment when it is returned,
the public link when it is published. Wagtail's admin e-mails (links into /admin/, which
a leader cannot open) go to editors only."""

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from wagtail.models import Site
from wagtail.users.models import UserProfile

from reports.models import ProjectReportPage
from submissions.services import EDITORS_GROUP, review_workflow
from testing.factories import ImportedReportFactory
from testing.submissions import fill_in, invite, review_action, send_in


@pytest.fixture
def sent_in(client, leader_submission, django_capture_on_commit_callbacks):
    """A leader's report, filled in and sent in through the form (the outbox holds the
    e-mails of sending in)."""
    fill_in(client, leader_submission)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report = send_in(client, leader_submission)
    return leader_submission, report


def to(address):
    return [message for message in mail.outbox if address in message.to]


def report_link(submission, root="http://testserver"):
    return f"{root}/mina-rapporter/{submission.pk}/"


def assert_no_admin_mail(messages):
    for message in messages:
        assert "/admin/" not in message.body, message.body
        assert "avvisad" not in message.subject + message.body
        assert "godkänd" not in message.subject + message.body


def test_sending_in_mails_the_leader_a_receipt_with_a_link_to_the_report(sent_in):
    submission, _report = sent_in
    received = to(submission.leader.email)
    assert [message.subject for message in received] == [
        "Vi har tagit emot slutrapporten ”Vägen tillbaka”"
    ]
    assert report_link(submission) in received[0].body
    assert "Hej Anna Andersson!" in received[0].body
    assert_no_admin_mail(received)


def test_editors_still_get_wagtails_notification_when_a_report_is_sent_in(sent_in, editor):
    to_editor = to(editor.email)
    assert to_editor and "/admin/" in to_editor[0].body


def test_a_returned_report_mails_the_leader_the_comment_not_wagtails_rejection(
    sent_in, reviewer_client, django_capture_on_commit_callbacks
):
    submission, report = sent_in
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_action(reviewer_client, report, "reject", "Komplettera betygen, tack.")
    received = to(submission.leader.email)
    assert [message.subject for message in received] == [
        "Slutrapporten ”Vägen tillbaka” behöver kompletteras"
    ]
    assert "Komplettera betygen, tack." in received[0].body
    assert report_link(submission) in received[0].body
    assert_no_admin_mail(received)


def test_a_leader_from_before_the_rule_gets_no_wagtail_mail_either(
    client, leader_submission, reviewer_client, django_capture_on_commit_callbacks
):
    """Accounts made before leaders' admin e-mails were turned off still had them on;
    sending a report in turns them off before any review."""
    leader = leader_submission.leader
    UserProfile.objects.update_or_create(
        user=leader, defaults={"rejected_notifications": True, "approved_notifications": True}
    )
    fill_in(client, leader_submission)
    report = send_in(client, leader_submission)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_action(reviewer_client, report, "reject", "Mer om målgruppen.")
    assert [message.subject for message in to(leader.email)] == [
        "Slutrapporten ”Vägen tillbaka” behöver kompletteras"
    ]


def test_publication_mails_the_leader_the_public_link(
    sent_in, reviewer_client, django_capture_on_commit_callbacks
):
    submission, report = sent_in
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_action(reviewer_client, report, "approve")
    report = ProjectReportPage.objects.get(pk=report.pk)
    assert report.live
    received = to(submission.leader.email)
    assert [message.subject for message in received] == [
        "Slutrapporten ”Vägen tillbaka” är publicerad"
    ]
    assert f"http://testserver{report.url}" in received[0].body
    assert Client().get(report.url).status_code == 200
    assert_no_admin_mail(received)
    # Published again after an editor's correction: no second e-mail.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report.save_revision().publish()
    assert to(submission.leader.email) == []


def test_an_editor_who_sends_a_page_to_review_keeps_wagtails_rejection_mail(
    editor, django_capture_on_commit_callbacks
):
    report = ImportedReportFactory()
    report.save_revision(user=editor)
    review_workflow().start(report, editor)
    colleague = User.objects.create_user("kollega", "kollega@example.se", "losen-12345-abc")
    colleague.groups.add(Group.objects.get(name=EDITORS_GROUP))
    other = Client()
    other.force_login(colleague)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_action(other, ProjectReportPage.objects.get(pk=report.pk), "reject", "Nej.")
    assert any("avvisad" in message.subject for message in to(editor.email))


def test_links_use_the_sites_real_address(
    client, leader_submission, django_capture_on_commit_callbacks
):
    """The Wagtail Site as editors set it (Inställningar → Webbplatser), whatever host
    the request came in on."""
    Site.objects.filter(is_default_site=True).update(hostname="portal.example.se", port=443)
    fill_in(client, leader_submission)
    with django_capture_on_commit_callbacks(execute=True):
        send_in(client, leader_submission)
    body = to(leader_submission.leader.email)[-1].body
    assert report_link(leader_submission, "https://portal.example.se") in body


def test_links_use_the_configured_address_while_the_site_has_a_placeholder(
    client, leader_submission, settings, django_capture_on_commit_callbacks
):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    settings.WAGTAILADMIN_BASE_URL = "https://rapport.example.se"
    fill_in(client, leader_submission)
    with django_capture_on_commit_callbacks(execute=True):
        send_in(client, leader_submission)
    body = to(leader_submission.leader.email)[-1].body
    assert report_link(leader_submission, "https://rapport.example.se") in body


def test_the_invitation_link_is_on_the_sites_address(reviewer_client):
    Site.objects.filter(is_default_site=True).update(hostname="portal.example.se", port=443)
    _, link = invite(reviewer_client)
    assert link.startswith("https://portal.example.se/inbjudan/")
