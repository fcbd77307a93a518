"""The project leader's pages: accept an invitation, "Mina rapporter", the report form
step by step, review and send in.

Every view checks on the server that the report is the signed-in leader's own: anyone
else's (or a made-up number) is 404, as if it did not exist. None of these pages may be
kept by a cache (Cache-Control: private, no-store). Saving a step goes through
submissions.drafts (versions, merging, limits); a step form posted after the session ran
out is kept by submissions.stash until the leader signs in again.
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
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from submissions import drafts, stash, step_page
from submissions import services as submissions
from submissions.auth_forms import ChoosePasswordForm
from submissions.forms import STEPS, StepForm, step_data

MY_REPORTS = "Mina rapporter"
SIGNED_OUT_MESSAGE = "Inte sparat: du har loggats ut. Logga in igen, så sparas det du skrivit."
CLOSED_MESSAGE = "Inte sparat: rapporten är inskickad och kan inte ändras nu."
# Leaders' pages are never kept by a browser's or proxy's cache.
private = never_cache


def leader_view(view):
    """Sign-in required. A step form posted after the session ran out is kept for its
    leader (submissions.stash) and put into the draft after signing in again."""

    @private
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            kept = request.method == "POST" and stash.keep(request)
            if request.method == "POST" and request.POST.get("action") == "autosave":
                login_url = f"{reverse('login')}?next={request.path}"
                body = {"saved": False, "signed_out": True, "kept": kept}
                return JsonResponse(
                    {**body, "message": SIGNED_OUT_MESSAGE, "login_url": login_url}, status=401
                )
            return redirect_to_login(request.path, settings.LOGIN_URL)
        stash.tidy(request)
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


def _workshop(request, submission):
    """(name, public address or "") of the report's project workshop, or None: the
    address only while the workshop is live and public."""
    workshop = submissions.report_workshop(submission)
    if workshop is None:
        return None
    public = workshop.live and not workshop.get_view_restrictions().exists()
    return (workshop.title, workshop.get_url(request) if public else "")


# --- Invitation ----------------------------------------------------------------------


def _unusable_link(request, error):
    return TemplateResponse(
        request, "submissions/invitation_unusable.html", {"reason": str(error)}, status=410
    )


def _accept(request, invitation, form, signed_in_as_invited):
    """The POST of the invitation page: the report for a signed-in leader, or a new
    account; None when the password form has errors (the page is shown again)."""
    if signed_in_as_invited:
        submission = submissions.accept_invitation(invitation, user=request.user)
        return redirect("my_report", submission.pk)
    if form.is_bound and form.is_valid():
        submission = submissions.accept_invitation(invitation, password=form.password)
        login(request, submission.leader, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Välkommen! Ditt konto är klart och rapporten väntar på dig.")
        return redirect("my_report", submission.pk)
    return None


@private
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    try:
        invitation = submissions.invitation_for_token(token)
    except submissions.InvitationError as error:
        return _unusable_link(request, error)
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
        try:
            accepted = _accept(request, invitation, form, signed_in_as_invited)
        except submissions.InvitationError as error:  # the link was used meanwhile
            return _unusable_link(request, error)
        if accepted is not None:
            return accepted
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
        (
            submission,
            submissions.submission_status(submission),
            _title(submission),
            _workshop(request, submission),
        )
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
            "workshop": _workshop(request, submission),
            "steps": [
                (number, step, _step_state(submission, step, problems))
                for number, step in _numbered()
            ],
            "breadcrumbs": _crumbs(submission),
        },
    )


def _step_state(submission, step, problems):
    """What the step list says of a step: only a saved step can be "klar"."""
    if drafts.conflicts_in(submission, step):
        return "välj text: redaktionen har ändrat"
    if not drafts.is_saved(submission, step):
        return "inte påbörjad"
    return "inte klar" if step.key in problems else "klar"


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
        drafts.refresh_after_return(submission)
    return submission, None


@leader_view
@require_http_methods(["GET", "POST"])
def report_step(request, pk, number):
    submission, closed = _open_for_editing(request, pk)
    if closed and request.POST.get("action") == "autosave":
        return JsonResponse({"saved": False, "message": CLOSED_MESSAGE}, status=409)
    if closed:
        return closed
    step = _step(number)
    if request.method == "POST":
        return _post_step(request, submission, number, step)
    kept = stash.take(request)
    if kept is not None:
        return _restore(request, submission, number, step, *kept)
    form = StepForm(step, initial=step_data(step, submission.draft))
    if drafts.conflicts_in(submission, step):
        messages.warning(request, step_page.EDITORS_CONFLICT_MESSAGE)
    return _render_step(request, submission, number, step, form)


def _restore(request, submission, number, step, values, refused):
    """Save what was typed before the session ran out, as the save it would have been."""
    result = drafts.save(submission, step, values, final=False)
    if refused:
        messages.warning(
            request, "Text som var för lång eller innehöll ett personnummer sparades inte."
        )
    if not result.written:
        return _render_saved(request, submission, number, step, values, result)
    messages.success(request, "Det du skrev innan du loggades ut är sparat i utkastet.")
    form = StepForm(step, initial=step_data(step, submission.draft))
    return _render_step(request, submission, number, step, form)


def _post_step(request, submission, number, step):
    action = request.POST.get("action", "save")
    result = drafts.save(submission, step, request.POST, final=action != "autosave")
    if action == "autosave":
        return step_page.autosave_response(submission, step, result)
    if result.refused or not result.written:
        return _render_saved(request, submission, number, step, request.POST, result)
    if action == "next":
        form = StepForm(step, data=step_data(step, submission.draft))
        if not form.is_valid():
            return _render_step(request, submission, number, step, form)
    if result.merged:
        messages.info(request, step_page.MERGED_MESSAGE)
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


def _render_saved(request, submission, number, step, posted, result):
    """The form again after a save that refused something (step_page.form_after_save)."""
    if result.conflicts:
        messages.warning(request, step_page.CONFLICT_MESSAGE)
    form = step_page.form_after_save(step, posted, result)
    return _render_step(request, submission, number, step, form, result.conflicts)


def _render_step(request, submission, number, step, form, conflicts=None):
    return TemplateResponse(
        request,
        "submissions/step.html",
        {
            **step_page.context(submission, step, form, conflicts),
            "title": _title(submission),
            "number": number,
            "steps": _numbered(),
            "total": len(STEPS),
            "breadcrumbs": _crumbs(submission, (f"Steg {number} av {len(STEPS)}", request.path)),
        },
    )


@leader_view
@require_http_methods(["GET", "POST"])
def report_review(request, pk):
    submission, closed = _open_for_editing(request, pk)
    if closed:
        return closed
    problems = submissions.step_problems(submission)
    numbers = {step.key: number for number, step in _numbered()}
    waiting = [(numbers[step.key], step) for step in STEPS if drafts.conflicts_in(submission, step)]
    if request.method == "POST" and not problems and not waiting:
        try:
            submissions.submit(submission, request.user)
        except submissions.AlreadySentIn as refused:  # sent from another tab meanwhile
            messages.info(request, str(refused))
            return redirect("my_report", submission.pk)
        messages.success(
            request,
            "Tack! Rapporten är inskickad. Redaktionen granskar den och hör av sig om något "
            "behöver kompletteras.",
        )
        return redirect("my_report", submission.pk)
    return TemplateResponse(
        request,
        "submissions/review.html",
        {
            "submission": submission,
            "title": _title(submission),
            "answers": _answers(submission),
            "problems": [(numbers[step.key], step, form) for step, form in problems],
            "waiting": waiting,
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
