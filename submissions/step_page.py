"""What a step's page shows after a save: the fields with what was typed, each refusal
and conflict at its field, the hidden fields that make the next save safe, and the
autosave's JSON answer."""

from django.http import JsonResponse

from submissions import drafts, stash
from submissions.forms import StepForm

CONFLICT_MESSAGE = (
    "Inte sparat: rapporten har ändrats sedan du öppnade sidan, i en annan flik, på en "
    "annan enhet eller av redaktionen. Vid fälten nedan står båda texterna: välj vilken "
    "som ska gälla och spara igen."
)
CONFLICT_AUTOSAVE_MESSAGE = (
    "Inte sparat: rapporten har ändrats i en annan flik, på en annan enhet eller av "
    "redaktionen. Välj Spara utkast för att se båda texterna och välja."
)
EDITORS_CONFLICT_MESSAGE = (
    "Redaktionen har ändrat svar som du också har ändrat. Båda texterna står vid fälten "
    "nedan: välj vilken som ska gälla och spara."
)
MERGED_MESSAGE = (
    "Utkastet hade ändrats i en annan flik eller på en annan enhet. Ändringarna därifrån "
    "finns kvar i fälten du inte ändrade; dina ändringar är sparade."
)


def form_after_save(step, posted, result):
    """The step's form bound to what was typed (stored text where only the stored draft
    had changed), with each refusal as its field's error."""
    data = posted.copy() if hasattr(posted, "copy") else dict(posted)
    for name, value in result.merged.items():
        data[name] = value
    form = StepForm(step, data=data)
    form.is_valid()
    for name, message in result.refused.items():
        form.errors[name] = form.error_class([message])
    if result.too_large:
        form.add_error(None, result.too_large)
    return form


def context(submission, step, form, conflicts=None):
    """The step template's context. `conflicts`: {field: the stored text} of a refused
    save, besides the editors' versions still waiting in the draft."""
    waiting = {name: (text, True) for name, text in drafts.conflicts_in(submission, step).items()}
    waiting.update({name: (text, False) for name, text in (conflicts or {}).items()})
    chosen = form.data if form.is_bound else {}
    return {
        "submission": submission,
        "step": step,
        "form": form,
        "fields": [
            (field, _conflict(field.name, waiting.get(field.name), chosen)) for field in form
        ],
        "state": drafts.form_state(submission, step),
        "form_token": stash.form_token(submission),
    }


def _conflict(name, waiting, chosen):
    if waiting is None:
        return None
    text, editors = waiting
    choice_name = drafts.CHOICE_PREFIX + name
    return {
        "text": text,
        "editors": editors,
        "choice_name": choice_name,
        "theirs": chosen.get(choice_name) == drafts.THEIRS,
    }


def autosave_response(submission, step, result):
    """JSON for the page's script: 200 saved (perhaps without refused fields), 409 a
    conflict, 422 too large; with the draft's version and fingerprints for the next save."""
    state = drafts.form_state(submission, step)
    body = {
        "saved": result.written,
        "not_saved": sorted(result.refused),
        "errors": result.refused,
        "merged": result.merged,
        "version": state[drafts.VERSION_FIELD],
        "base": state[drafts.BASE_FIELD],
    }
    if result.conflicts:
        return JsonResponse({**body, "message": CONFLICT_AUTOSAVE_MESSAGE}, status=409)
    if result.too_large:
        return JsonResponse({**body, "message": result.too_large}, status=422)
    return JsonResponse(body)
