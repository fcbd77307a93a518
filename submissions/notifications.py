"""E-mails to project leaders about their own report: received, returned, published.

Leaders have no admin access, so Wagtail's workflow e-mails ("Sidan … har blivit
avvisad", with a link into /admin/) are turned off for them (`quiet_admin_notifications`,
when they accept an invitation and whenever they send a report in). These Swedish
e-mails take their place, with links to the leader's own pages on the site's public
address (`core.navigation.site_root_url`). Editors keep Wagtail's notifications.

Each e-mail leaves when the transaction that caused it commits; a mail server that fails
is logged and never undoes the leader's or the editor's action.
"""

from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_rejected
from wagtail.users.models import UserProfile

from core.navigation import public_page_url, site_root_url
from reports.models import ProjectReportPage
from submissions.models import Submission

WAGTAIL_NOTIFICATIONS = (
    "submitted_notifications",
    "approved_notifications",
    "rejected_notifications",
    "updated_comments_notifications",
)


def quiet_admin_notifications(user):
    """Turn off Wagtail's admin e-mails for a user who cannot open the admin (a leader).
    An editor who is also a leader keeps them."""
    if user.has_perm("wagtailadmin.access_admin"):
        return
    UserProfile.objects.update_or_create(
        user=user, defaults=dict.fromkeys(WAGTAIL_NOTIFICATIONS, False)
    )


def _title(submission):
    return submission.draft.get("title") or "Slutrapport"


def _send(submission, kind, **context):
    """Render `submissions/email/<kind>` now; send it once the transaction commits."""
    leader = submission.leader
    context = {
        "name": leader.first_name or leader.email,
        "report_url": site_root_url() + reverse("my_report", args=[submission.pk]),
        **context,
    }
    subject = render_to_string(f"submissions/email/{kind}_subject.txt", context)
    body = render_to_string(f"submissions/email/{kind}.txt", context)

    def deliver():
        send_mail(" ".join(subject.split()), body, None, [leader.email])

    transaction.on_commit(deliver, robust=True)


def send_receipt(submission):
    """The receipt ("Vi har tagit emot …"): the report is sent in."""
    _send(submission, "received", title=_title(submission))


def send_returned(submission, comment):
    """The editors ask for changes, with their comment."""
    _send(submission, "returned", title=_title(submission), comment=comment)


def send_published(submission, report):
    """The report is published: the public link."""
    _send(submission, "published", title=report.title, public_url=public_page_url(report))


def _submission_of(page_id):
    return Submission.objects.filter(report_id=page_id).select_related("leader").first()


@receiver(workflow_rejected, sender=WorkflowState, dispatch_uid="submissions_leader_returned")
def _returned(sender, instance, **kwargs):
    page = instance.content_object
    if not isinstance(page, Page):
        return  # a snippet's workflow
    submission = _submission_of(page.pk)
    if submission is None:
        return
    task_state = instance.current_task_state
    send_returned(submission, task_state.specific.get_comment() if task_state else "")


@receiver(page_published, sender=ProjectReportPage, dispatch_uid="submissions_leader_published")
def _published(sender, instance, **kwargs):
    if instance.first_published_at != instance.last_published_at:
        return  # published before: the leader was told then
    submission = _submission_of(instance.pk)
    if submission is not None:
        send_published(submission, instance)
