"""Project leaders' online final reports: invitations, drafts, sending in, review status.

The lifecycle: an editor invites a project leader (an e-mail with a single-use link);
the leader sets a password and fills in the report step by step (`Submission.draft`);
sending it in creates a draft report page under the report index and starts the
workflow "Granskning av slutrapport" (one review task for the editors). Editors approve
(the page is published) or request changes with a comment; the leader then edits and
sends it in again.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
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
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import create_report_page
from submissions.forms import (
    STEPS,
    StepForm,
    field_names,
    personal_data_errors,
    step_data,
)
from submissions.models import Invitation, Submission

LEADERS_GROUP = "Projektledare"
EDITORS_GROUP = "Redaktörer"
WORKFLOW_NAME = "Granskning av slutrapport"
TASK_NAME = "Redaktionens granskning"


class InvitationError(Exception):
    """Why an invitation link cannot be used (Swedish, for the visitor)."""


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_days():
    return int(getattr(settings, "PORTAL_INVITATION_DAYS", 14))


# --- Invitations ---------------------------------------------------------------------


def issue_token(invitation):
    """Give the invitation a new single-use token and validity; returns the token."""
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.expires_at = timezone.now() + timedelta(days=invitation_days())
    return token


def send_invitation(invitation, link):
    expires = timezone.localtime(invitation.expires_at).strftime("%Y-%m-%d")
    send_mail(
        subject=f"Inbjudan: lämna slutrapporten för {invitation.project_name}",
        message=(
            f"Hej {invitation.name}!\n\n"
            f"Redaktionen för PlugInnovation bjuder in dig att lämna slutrapporten för "
            f"projektet {invitation.project_name} ({invitation.municipality.name}) på webben.\n\n"
            f"Välj ett lösenord via länken nedan. Länken fungerar en gång och gäller till "
            f"och med {expires}.\n\n{link}\n\n"
            "Du kan fylla i rapporten i flera omgångar: allt du skriver sparas som utkast "
            "tills du skickar in det.\n\nVänliga hälsningar\nRedaktionen för PlugInnovation\n"
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )


def invitation_for_token(token):
    """The usable invitation for a link's token, or InvitationError saying why not."""
    invitation = Invitation.objects.filter(token_hash=token_hash(token)).first()
    if invitation is None:
        raise InvitationError("Länken är inte giltig. Kontrollera att hela länken kom med.")
    if invitation.accepted_at:
        raise InvitationError(
            "Länken har redan använts. Logga in med din e-postadress och ditt lösenord."
        )
    if invitation.expires_at <= timezone.now():
        raise InvitationError(
            "Länken har gått ut. Be redaktionen om en ny inbjudan så skickar de en ny länk."
        )
    return invitation


def leaders_group():
    return Group.objects.get_or_create(name=LEADERS_GROUP)[0]


@transaction.atomic
def accept_invitation(invitation, password=None, user=None):
    """Create the leader's account (or use `user`, already signed in with the invited
    address), start their report and use up the link. Returns the submission."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise InvitationError("Länken har redan använts.")
    if user is None:
        user = get_user_model().objects.create_user(
            username=invitation.email.lower(),
            email=invitation.email.lower(),
            password=password,
            first_name=invitation.name[:150],
        )
    user.groups.add(leaders_group())
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return Submission.objects.create(
        leader=user,
        municipality=invitation.municipality,
        invitation=invitation,
        draft={"title": invitation.project_name},
    )


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
    """The workflow "Granskning av slutrapport", assigned to the report index."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set(Group.objects.filter(name=EDITORS_GROUP))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    index = ReportIndexPage.objects.first()
    if index is not None:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def submit(submission, user):
    """Send the report in: a draft report page (created or updated), then review."""
    values = cleaned_answers(submission)
    report = submission.report
    if report is None:
        index = ReportIndexPage.objects.first()
        report = create_report_page(
            index,
            title=values.pop("title"),
            user=user,
            owner=user,
            municipality=submission.municipality,
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
    return report


def submissions_of(user):
    return Submission.objects.filter(leader=user).select_related("report", "municipality")


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
