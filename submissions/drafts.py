"""A leader's draft, saved safely: versioned, merged field by field, capped in size,
never holding a personal identity number.

Every save of a step (the form's buttons, the autosave, the text kept over an expired
session) names the version of the draft its form was made from (`draft_version`) and a
fingerprint of what each field showed then (`draft_base`). A save made from the current
version is written as it is. A save from an older version (a second tab, another device)
is merged field by field: a field only this save changed takes the new text, a field
only the stored draft changed keeps the stored text, and a field both changed to
different texts is a conflict: nothing is written, and the form shows both texts and
asks which is to stand (`choose_<field>`: "mine" or "theirs").

After a return, the editors' latest revision of the report is merged into the draft the
same way (`refresh_after_return`): the leader's unsent edits win over an older editors'
version, the editors' changes come in where the leader changed nothing, and a field both
changed keeps the leader's text and asks (`_conflicts` in the draft, until the step is
saved again).

Each field holds at most what its form field allows (`forms.field_limit`), the whole
draft at most DRAFT_MAX_CHARS; what is over a limit or holds a personal identity number
is refused with a Swedish message and not stored.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Revision

from submissions.forms import (
    STEPS,
    MonthField,
    StepForm,
    field_limit,
    personal_data_errors,
    swedish_number,
    too_long_message,
)
from submissions.models import Submission

VERSION_FIELD = "draft_version"
BASE_FIELD = "draft_base"
CHOICE_PREFIX = "choose_"
MINE, THEIRS = "mine", "theirs"
REVISION = "_revision"  # the report revision the draft was last brought up to date with
CONFLICTS = "_conflicts"  # {field: the editors' text} where both changed it after a return
DRAFT_MAX_CHARS = 200_000
TOO_LARGE_MESSAGE = (
    "Rapporten får vara högst {limit} tecken sammanlagt, och med det här steget blir den "
    "{size}. Inget i steget har sparats: korta texten och spara igen."
)


def normalised(value):
    """A value as stored: text without surrounding space, line breaks as "\\n"."""
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def fingerprint(value):
    return hashlib.sha256(normalised(value).encode()).hexdigest()[:12]


def step_fields(step):
    return StepForm(step).fields


@cache
def all_fields():
    return {name: form_field for step in STEPS for name, form_field in step_fields(step).items()}


def is_saved(submission, step):
    """Whether the leader has saved this step (every save stores each of its fields)."""
    return bool(submission.submitted_at) or all(
        name in submission.draft for name in step_fields(step)
    )


def conflicts_in(submission, step):
    """{field: the editors' text} of this step still waiting for the leader's choice."""
    waiting = submission.draft.get(CONFLICTS) or {}
    return {name: waiting[name] for name in step_fields(step) if name in waiting}


def form_state(submission, step):
    """The hidden fields a step's form carries: the draft's version and a fingerprint of
    each field's stored value (what the form shows, unless it shows refused text)."""
    base = {name: fingerprint(submission.draft.get(name, "")) for name in step_fields(step)}
    return {VERSION_FIELD: submission.version, BASE_FIELD: json.dumps(base, separators=(",", ":"))}


@dataclass
class Saved:
    """What became of one save of a step."""

    version: int = 0
    refused: dict = field(default_factory=dict)  # {field: message}: not stored
    conflicts: dict = field(default_factory=dict)  # {field: stored text}: nothing stored
    merged: dict = field(default_factory=dict)  # {field: stored text kept over a stale form}
    too_large: str = ""  # the message when the whole draft would be too large

    @property
    def written(self):
        return not self.conflicts and not self.too_large


def refusals(fields, typed):
    """{field: message} for the values over their field's limit or holding an identity
    number (the limit first: a huge text is not searched)."""
    refused = {}
    for name, form_field in fields.items():
        limit = field_limit(form_field)
        if len(typed[name]) > limit:
            refused[name] = too_long_message(len(typed[name]), limit)
    fitting = {name: value for name, value in typed.items() if name not in refused}
    refused.update(personal_data_errors(fitting))
    return refused


def draft_size(draft):
    return sum(len(str(value)) for name, value in draft.items() if not name.startswith("_"))


def _posted_version(data):
    try:
        return int(data.get(VERSION_FIELD, ""))
    except (TypeError, ValueError):
        return None  # a form from before versions: written as it is


def _posted_base(data):
    raw = data.get(BASE_FIELD) or ""
    try:
        base = json.loads(raw) if len(raw) < 10_000 else {}
    except ValueError:
        return {}
    return base if isinstance(base, dict) else {}


def _merge(result, fields, typed, stored, base, stale):
    """{field: new value}; conflicts and fields kept from the stored draft go on `result`."""
    changes = {}
    for name in fields:
        if name in result.refused:
            continue
        mine, theirs = typed[name], normalised(stored.get(name, ""))
        if mine == theirs:
            if name not in stored:
                changes[name] = mine
            continue
        if not stale or base.get(name) == fingerprint(theirs):
            changes[name] = mine  # only this form changed it
        elif base.get(name) == fingerprint(mine):
            result.merged[name] = theirs  # only the stored draft changed it
        else:
            result.conflicts[name] = theirs
    return changes


def save(submission, step, data, *, final=True):
    """Save what a step's form sent (`data`: the POST or a kept copy of it). The
    editors' versions waiting for a choice are settled only by a `final` save (a
    button), not by the autosave: the page still shows them."""
    fields = step_fields(step)
    typed = {name: normalised(data.get(name, "")) for name in fields}
    result = Saved(refused=refusals(fields, typed))
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        draft = dict(current.draft)
        waiting = dict(draft.get(CONFLICTS) or {})
        for name in fields:
            if data.get(CHOICE_PREFIX + name) == THEIRS:
                typed[name] = normalised(waiting.get(name, draft.get(name, "")))
                result.refused.pop(name, None)
        version = _posted_version(data)
        stale = version is not None and version != current.version
        changes = _merge(result, fields, typed, draft, _posted_base(data), stale)
        result.version = current.version
        if result.conflicts:
            return _keep(submission, current, result)
        size = draft_size({**draft, **changes})
        if changes and size > DRAFT_MAX_CHARS:
            result.too_large = TOO_LARGE_MESSAGE.format(
                limit=swedish_number(DRAFT_MAX_CHARS), size=swedish_number(size)
            )
            return _keep(submission, current, result)
        draft.update(changes)
        if final:
            for name in fields:
                waiting.pop(name, None)  # seen and saved: the leader's choice stands
            _set_conflicts(draft, waiting)
        if draft != current.draft:
            current.draft = draft
            current.version += 1
            current.save(update_fields=["draft", "version", "updated_at"])
            result.version = current.version
    return _keep(submission, current, result)


def _keep(submission, current, result):
    submission.draft, submission.version = current.draft, current.version
    return result


def _set_conflicts(draft, waiting):
    if waiting:
        draft[CONFLICTS] = waiting
    else:
        draft.pop(CONFLICTS, None)


# --- After a return: the editors' version merged in ----------------------------------


def _comparable(form_field, value):
    """A value as its field understands it ("7,5" and "7.5" alike; "2016-08" a date)."""
    text = normalised(value)
    try:
        return form_field.clean(text)
    except ValidationError:
        return text


def _same(form_field, one, other):
    return _comparable(form_field, one) == _comparable(form_field, other)


def report_values(page):
    """{field: value as the form shows it} of a report page (or a revision of one)."""
    values = {}
    for name, form_field in all_fields().items():
        value = getattr(page, name, None)
        if value is None:
            values[name] = ""
        elif isinstance(form_field, MonthField) and isinstance(value, date):
            values[name] = value.strftime("%Y-%m")
        elif isinstance(value, Decimal):
            values[name] = str(value).replace(".", ",")  # as Swedes write it
        else:
            values[name] = normalised(value)
    return values


def _revision_values(revision_id):
    revision = Revision.objects.filter(pk=revision_id).first() if revision_id else None
    if revision is None:
        return None
    try:
        return report_values(revision.as_object())
    except Exception:  # an old revision that no longer loads: merge without a base
        return None


def _merge_editors(draft, theirs, base):
    waiting = dict(draft.get(CONFLICTS) or {})
    for name, form_field in all_fields().items():
        mine = draft.get(name, "")
        if _same(form_field, mine, theirs[name]):
            waiting.pop(name, None)
        elif base is not None and _same(form_field, mine, base[name]):
            draft[name] = theirs[name]  # the leader had not changed it
            waiting.pop(name, None)
        elif base is not None and _same(form_field, theirs[name], base[name]):
            continue  # the editors had not changed it: the leader's edit stands
        else:
            waiting[name] = theirs[name]  # both changed it: keep the leader's, ask
    _set_conflicts(draft, waiting)


def refresh_after_return(submission):
    """Bring a returned report's draft up to date with the editors' latest revision,
    keeping the leader's unsent edits (see the module's docstring)."""
    report = submission.report
    latest = report.get_latest_revision() if report is not None else None
    if latest is None or latest.pk == submission.draft.get(REVISION):
        return
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if latest.pk != current.draft.get(REVISION):
            draft = dict(current.draft)
            _merge_editors(
                draft, report_values(latest.as_object()), _revision_values(draft.get(REVISION))
            )
            draft[REVISION] = latest.pk
            current.draft = draft
            current.version += 1
            current.save(update_fields=["draft", "version", "updated_at"])
    submission.draft, submission.version = current.draft, current.version
