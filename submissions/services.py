"""Project leaders' online final reports: drafts, sending in, review status.

The lifecycle: an editor invites a project leader (`submissions.invitations`: an e-mail
with a single-use link); the leader sets a password and fills in the report step by
step (`Submission.draft`); sending it in creates a draft report page under the report
index and starts the workflow "Granskning av slutrapport" (one review task for the
editors). Editors approve (the page is published) or request changes with a comment;
the leader then edits and sends it in again. The leader is told by e-mail at each turn
(`submissions.notifications`).

A report sent in twice at once (two tabs, a double click) is sent in once: the
submission is locked, and the second request gets `AlreadySentIn`.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model  # noqa: F401  (views: `services.get_user_model()`)
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from reports import questionnaire
from reports.choices import ReportKind
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import create_report_page
from submissions.forms import (
    STEPS,
    StepForm,
    field_names,
    personal_data_errors,
    step_data,
)

# The invitations' API, used through this module by the views, the admin and the
# factories (`services.accept_invitation`, `services.get_user_model()`).
from submissions.invitations import (  # noqa: F401
    LEADERS_GROUP,
    AccountExists,
    AlreadyAccepted,
    DuplicateInvitation,
    InvitationError,
    accept_invitation,
    create_invitation,
    invitation_days,
    invitation_for_token,
    invitation_link,
    issue_token,
    leaders_group,
    resend_invitation,
    send_invitation,
    token_hash,
)
from submissions.models import Submission
from submissions.notifications import quiet_admin_notifications, send_receipt
from workshops.models import WorkshopIndexPage, WorkshopPage

EDITORS_GROUP = "Redaktörer"
WORKFLOW_NAME = "Granskning av slutrapport"
TASK_NAME = "Redaktionens granskning"


class AlreadySentIn(Exception):
    """The report was sent in meanwhile (Swedish, for the leader)."""


# --- Drafts --------------------------------------------------------------------------


def save_draft(submission, step, data):
    """Keep what was typed in this step, as typed; never a text holding a personal
    identity number. Returns the names of the fields not saved for that reason."""
    names = field_names(step)
    typed = {name: data.get(name, "").strip() for name in names}
    blocked = set(personal_data_errors(typed))
    submission.draft.update({name: value for name, value in typed.items() if name not in blocked})
    submission.save(update_fields=["draft", "updated_at"])
    return blocked


def step_problems(submission):
    """[(step, form)] of the steps whose answers are not yet complete and valid."""
    problems = []
    for step in STEPS:
        form = StepForm(step, data=step_data(step, submission.draft))
        if not form.is_valid():
            problems.append((step, form))
    return problems


def cleaned_answers(submission):
    """Every answer of the draft, validated, as report page field values."""
    values = {}
    for step in STEPS:
        form = StepForm(step, data=step_data(step, submission.draft))
        if not form.is_valid():
            raise ValueError(f"Step {step.key} is not complete")
        values.update(form.cleaned_data)
    for question in questionnaire.QUESTIONS:
        if question.type is questionnaire.AnswerType.TEXT and values.get(question.key) is None:
            values[question.key] = ""
        if question.is_scale and values.get(question.key) is None:
            values[question.key] = ""
    return values


def refresh_draft(submission):
    """After a return: the draft takes the report as it now stands (editors' changes)."""
    report = submission.report
    if report is None:
        return
    revision = report.get_latest_revision()
    if revision is None or revision.pk == submission.draft.get("_revision"):
        return
    current = revision.as_object()
    draft = {}
    for step in STEPS:
        for name in field_names(step):
            value = getattr(current, name, "")
            draft[name] = "" if value is None else str(value)  # dates: ISO, as typed
    draft["_revision"] = revision.pk
    submission.draft = draft
    submission.save(update_fields=["draft", "updated_at"])


# --- Status --------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    code: str  # draft | submitted | in_review | returned | published
    label: str
    comment: str = ""

    @property
    def editable(self):
        return self.code in ("draft", "returned")


DRAFT = Status("draft", "Utkast")
SUBMITTED = Status("submitted", "Inskickad")
IN_REVIEW = Status("in_review", "Under granskning")
PUBLISHED = Status("published", "Publicerad")


def _workflow_state(report):
    return (
        WorkflowState.objects.filter(
            base_content_type_id=report.get_base_content_type().pk, object_id=str(report.pk)
        )
        .order_by("-created_at")
        .first()
    )


def _return_comment(state):
    rejected = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .order_by("-finished_at")
        .first()
    )
    return rejected.comment if rejected and rejected.comment else ""


def submission_status(submission):
    report = submission.report
    if report is None:
        return DRAFT
    if report.live:
        return PUBLISHED
    state = _workflow_state(report)
    if state is None or state.status == WorkflowState.STATUS_CANCELLED:
        return Status("returned", "Returnerad med kommentar", "Redaktionen avbröt granskningen.")
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Status("returned", "Returnerad med kommentar", _return_comment(state))
    if state.status == WorkflowState.STATUS_APPROVED:
        return PUBLISHED
    edited_by_editor = report.revisions.filter(created_at__gt=state.created_at).exclude(
        user=submission.leader
    )
    return IN_REVIEW if edited_by_editor.exists() else SUBMITTED


# --- Sending in ----------------------------------------------------------------------


def review_workflow():
    """The workflow "Granskning av slutrapport", assigned to the report index and to the
    workshop index (a report sent in under a project workshop is reviewed too)."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set(Group.objects.filter(name=EDITORS_GROUP))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index in (ReportIndexPage.objects.first(), WorkshopIndexPage.objects.first()):
        if index is not None:
            WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def report_parent(submission):
    """Where a report sent in for the first time is created: under the project workshop
    its invitation names, else under the report index. A report once created stays
    where it is, whatever the invitation says later."""
    invitation = submission.invitation
    workshop = invitation.workshop if invitation is not None else None
    return workshop or ReportIndexPage.objects.first()


def report_workshop(submission):
    """The project workshop of the leader's report: the one it stands under once sent in,
    until then the one its invitation names; None when there is none."""
    report = submission.report
    if report is not None:
        parent_path = report.path[: -ProjectReportPage.steplen]
        return WorkshopPage.objects.filter(path=parent_path).first()
    invitation = submission.invitation
    return invitation.workshop if invitation is not None else None


@transaction.atomic
def submit(submission, user):
    """Send the report in: a draft report page (created or updated; a new one is a final
    report dated today, under `report_parent`), then review; the leader gets a receipt
    by e-mail.

    The submission is locked first: of two simultaneous sendings one wins and the other
    gets AlreadySentIn."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    status = submission_status(submission)
    if not status.editable:
        raise AlreadySentIn(
            f"Rapporten är redan {status.label.lower()} och kan inte skickas in igen. "
            "Redaktionen hör av sig om något behöver kompletteras."
        )
    values = cleaned_answers(submission)
    report = submission.report
    if report is None:
        report = create_report_page(
            report_parent(submission),
            title=values.pop("title"),
            user=user,
            owner=user,
            municipality=submission.municipality,
            kind=ReportKind.FINAL,
            report_date=timezone.localdate(),
            **values,
        )
        submission.report = report
    else:
        report = report.get_latest_revision_as_object()
        for name, value in values.items():
            setattr(report, name, value)
        report.save_revision(user=user, log_action=True)
    state = _workflow_state(report)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    else:
        review_workflow().start(report, user)
    submission.submitted_at = timezone.now()
    submission.draft["_revision"] = report.get_latest_revision().pk
    submission.save()
    # Wagtail e-mails the one who sent a page in when it is approved or rejected; a
    # leader gets the portal's own e-mails instead (also leaders from before this rule).
    quiet_admin_notifications(user)
    send_receipt(submission)
    return report


def submissions_of(user):
    return Submission.objects.filter(leader=user).select_related(
        "report", "municipality", "invitation__workshop"
    )


def submission_for(user, pk):
    """The user's own submission, or None (another's is as good as missing: 404)."""
    if not user.is_authenticated:
        return None
    return submissions_of(user).filter(pk=pk).first()


def awaiting_review():
    """Reports sent in and waiting for an editor (the admin dashboard panel)."""
    in_review = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type__app_label="wagtailcore"
    ).annotate(page_id=Cast("object_id", output_field=IntegerField()))
    reports = ProjectReportPage.objects.filter(pk__in=in_review.values("page_id"))
    return (
        Submission.objects.filter(report__in=reports)
        .select_related("report", "municipality__county", "leader")
        .order_by("submitted_at")
    )
