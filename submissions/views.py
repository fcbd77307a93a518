"""The project leader's pages: accept an invitation, "Mina rapporter", the report form
step by step, review and send in.

Every view checks on the server that the report is the signed-in leader's own: anyone
else's (or a made-up number) is 404, as if it did not exist.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from submissions import services as submissions
from submissions.auth_forms import ChoosePasswordForm
from submissions.forms import STEPS, StepForm, step_data

STASH = "report_input_before_login"
MY_REPORTS = "Mina rapporter"


def leader_view(view):
    """Sign-in required. A form posted after the session ran out is kept in the
    (anonymous) session and put back into the draft after signing in again."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method == "POST":
                stash = request.session.get(STASH, {})
                stash[request.path] = {
                    key: request.POST.get(key)
                    for key in request.POST
                    if key not in ("csrfmiddlewaretoken", "action")
                }
                request.session[STASH] = stash
            return redirect_to_login(request.path, settings.LOGIN_URL)
        return view(request, *args, **kwargs)

    return wrapped


def _own(request, pk):
    submission = submissions.submission_for(request.user, pk)
    if submission is None:
        raise Http404("Ingen sådan rapport.")
    return submission


def _crumbs(submission=None, *extra):
    crumbs = [(MY_REPORTS, reverse("my_reports"))]
    if submission is not None:
        crumbs.append((_title(submission), reverse("my_report", args=[submission.pk])))
    return [*crumbs, *extra]


def _title(submission):
    return submission.draft.get("title") or (
        submission.report.title if submission.report else "Slutrapport"
    )


# --- Invitation ----------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    try:
        invitation = submissions.invitation_for_token(token)
    except submissions.InvitationError as error:
        return TemplateResponse(
            request,
            "submissions/invitation_unusable.html",
            {"reason": str(error)},
            status=410,
        )
    signed_in_as_invited = (
        request.user.is_authenticated and request.user.email.lower() == invitation.email.lower()
    )
    account_exists = (
        submissions.get_user_model().objects.filter(username=invitation.email.lower()).exists()
    )
    # Checked against the account it will create (e.g. not too like the address or name).
    new_user = submissions.get_user_model()(
        username=invitation.email.lower(),
        email=invitation.email.lower(),
        first_name=invitation.name[:150],
    )
    choosing = not signed_in_as_invited and not account_exists
    posted = request.POST if choosing and request.method == "POST" else None
    form = ChoosePasswordForm(new_user, data=posted)
    if request.method == "POST":
        if signed_in_as_invited:
            submission = submissions.accept_invitation(invitation, user=request.user)
            return redirect("my_report", submission.pk)
        if posted is not None and form.is_valid():
            submission = submissions.accept_invitation(invitation, password=form.password)
            login(request, submission.leader, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Välkommen! Ditt konto är klart och rapporten väntar på dig.")
            return redirect("my_report", submission.pk)
    return TemplateResponse(
        request,
        "submissions/accept_invitation.html",
        {
            "invitation": invitation,
            "form": form,
            "signed_in_as_invited": signed_in_as_invited,
            "account_exists": account_exists and not signed_in_as_invited,
            "login_url": f"{reverse('login')}?next={request.path}",
        },
    )


# --- Mina rapporter ------------------------------------------------------------------


@leader_view
@require_safe
def my_reports(request):
    rows = [
        (submission, submissions.submission_status(submission), _title(submission))
        for submission in submissions.submissions_of(request.user)
    ]
    return TemplateResponse(
        request,
        "submissions/my_reports.html",
        {"rows": rows, "breadcrumbs": _crumbs()},
    )


@leader_view
@require_safe
def my_report(request, pk):
    submission = _own(request, pk)
    status = submissions.submission_status(submission)
    problems = {step.key for step, _ in submissions.step_problems(submission)}
    return TemplateResponse(
        request,
        "submissions/my_report.html",
        {
            "submission": submission,
            "title": _title(submission),
            "status": status,
            "steps": [(number, step, step.key not in problems) for number, step in _numbered()],
            "breadcrumbs": _crumbs(submission),
        },
    )


def _numbered():
    return list(enumerate(STEPS, start=1))


def _step(number):
    if not 1 <= number <= len(STEPS):
        raise Http404("Inget sådant steg.")
    return STEPS[number - 1]


def _closed(request, submission, status):
    messages.info(
        request,
        f"Rapporten är {status.label.lower()} och kan inte ändras nu. "
        "Redaktionen hör av sig om något behöver kompletteras.",
    )
    return redirect("my_report", submission.pk)


def _open_for_editing(request, pk):
    """(the leader's own report, None) if it may be changed now, a returned report
    brought up to date with the editors' changes; else (report, redirect)."""
    submission = _own(request, pk)
    status = submissions.submission_status(submission)
    if not status.editable:
        return submission, _closed(request, submission, status)
    if status.code == "returned":
        submissions.refresh_draft(submission)
    return submission, None


def _restore_stash(request, submission, step):
    stash = request.session.get(STASH, {})
    typed = stash.pop(request.path, None)
    if typed is None:
        return
    request.session[STASH] = stash
    blocked = submissions.save_draft(submission, step, typed)
    messages.success(request, "Det du skrev innan du loggades ut är sparat i utkastet.")
    if blocked:
        messages.warning(request, "Text som innehöll ett personnummer sparades inte.")


@leader_view
@require_http_methods(["GET", "POST"])
def report_step(request, pk, number):
    submission, closed = _open_for_editing(request, pk)
    if closed:
        return closed
    step = _step(number)
    if request.method == "GET":
        _restore_stash(request, submission, step)
        form = StepForm(step, initial=step_data(step, submission.draft))
        return _render_step(request, submission, number, step, form)
    return _post_step(request, submission, number, step)


def _post_step(request, submission, number, step):
    action = request.POST.get("action", "save")
    blocked = submissions.save_draft(submission, step, request.POST)
    if action == "autosave":
        return JsonResponse({"saved": True, "not_saved": sorted(blocked)})
    form = StepForm(step, data=request.POST)
    valid = form.is_valid()
    if blocked or (action == "next" and not valid):
        return _render_step(request, submission, number, step, form, status=200)
    if action == "back":
        return redirect("report_step", submission.pk, max(1, number - 1))
    if action == "next":
        if number == len(STEPS):
            return redirect("report_review", submission.pk)
        return redirect("report_step", submission.pk, number + 1)
    if action.startswith("goto-") and action[5:].isdigit():
        return redirect("report_step", submission.pk, int(action[5:]))
    messages.success(request, "Utkastet är sparat. Du kan fortsätta nu eller senare.")
    return redirect("report_step", submission.pk, number)


def _render_step(request, submission, number, step, form, status=200):
    return TemplateResponse(
        request,
        "submissions/step.html",
        {
            "submission": submission,
            "title": _title(submission),
            "step": step,
            "number": number,
            "steps": _numbered(),
            "total": len(STEPS),
            "form": form,
            "breadcrumbs": _crumbs(submission, (f"Steg {number} av {len(STEPS)}", request.path)),
        },
        status=status,
    )


@leader_view
@require_http_methods(["GET", "POST"])
def report_review(request, pk):
    submission, closed = _open_for_editing(request, pk)
    if closed:
        return closed
    problems = submissions.step_problems(submission)
    if request.method == "POST" and not problems:
        submissions.submit(submission, request.user)
        messages.success(
            request,
            "Tack! Rapporten är inskickad. Redaktionen granskar den och hör av sig om något "
            "behöver kompletteras.",
        )
        return redirect("my_report", submission.pk)
    numbers = {step.key: number for number, step in _numbered()}
    return TemplateResponse(
        request,
        "submissions/review.html",
        {
            "submission": submission,
            "title": _title(submission),
            "answers": _answers(submission),
            "problems": [(numbers[step.key], step, form) for step, form in problems],
            "breadcrumbs": _crumbs(submission, ("Granska och skicka in", request.path)),
        },
    )


def _answers(submission):
    """[(number, step, [(label, shown value)])] of the draft, for the review page."""
    found = []
    for number, step in _numbered():
        form = StepForm(step)
        rows = []
        for name, field in form.fields.items():
            value = submission.draft.get(name, "")
            choices = dict(getattr(field, "choices", []) or [])
            rows.append((field.label, choices.get(value, value)))
        found.append((number, step, rows))
    return found
