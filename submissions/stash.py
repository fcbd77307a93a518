"""What a leader typed when their session had run out, kept until they sign in again.

A form posted without a signed-in user is kept only when it is a step form made for the
leader of that very report: every step form carries a signed token naming the leader
and the report (`form_token`), so an anonymous POST without one (or with one for another
report) never writes the session. Only the step's own fields are kept, never a value over
its field's limit or holding a personal identity number, at most STASH_MAX_BYTES in all
(older entries give way), and for STASH_HOURS: the session holding them expires then.

After signing in, the leader's next view of that step saves the kept values into the
draft like any save (merged with anything newer, submissions.drafts). Whoever else signs
in on the same browser gets none of it: entries of another leader are dropped.
"""

import json
import time

from django.conf import settings
from django.core import signing
from django.urls import Resolver404, resolve

from submissions.drafts import (
    BASE_FIELD,
    CHOICE_PREFIX,
    VERSION_FIELD,
    normalised,
    refusals,
    step_fields,
)
from submissions.forms import STEPS
from submissions.models import Submission

STASH = "report_input_before_login"
STASH_MAX_BYTES = 256 * 1024
STASH_HOURS = 8
TOKEN_FIELD = "form_token"  # noqa: S105  (a form field's name, not a secret)
_SALT = "submissions.stash.form"
_STATE_MAX = 10_000  # characters of a form's version and fingerprints


def now():
    return time.time()


def form_token(submission):
    """The signed token a step form carries: made for this leader and this report."""
    return signing.dumps([submission.leader_id, submission.pk], salt=_SALT)


def _claim(request):
    try:
        leader, pk = signing.loads(
            request.POST.get(TOKEN_FIELD, ""), salt=_SALT, max_age=settings.SESSION_COOKIE_AGE
        )
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return leader, pk


def _step_posted_to(request, pk):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name != "report_step" or match.kwargs.get("pk") != pk:
        return None
    number = match.kwargs["number"]
    return STEPS[number - 1] if 1 <= number <= len(STEPS) else None


def _size(stash):
    return len(json.dumps(stash, ensure_ascii=False).encode())


def _entries(request):
    """The stash's entries that have not expired, oldest first."""
    stash = request.session.get(STASH)
    if not isinstance(stash, dict):
        return {}
    oldest = now() - STASH_HOURS * 3600
    fresh = {
        path: entry
        for path, entry in stash.items()
        if isinstance(entry, dict) and entry.get("at", 0) > oldest
    }
    return dict(sorted(fresh.items(), key=lambda item: item[1]["at"]))


def _values(request, step):
    fields = step_fields(step)
    typed = {name: normalised(request.POST.get(name, "")) for name in fields}
    refused = refusals(fields, typed)
    values = {name: value for name, value in typed.items() if name not in refused}
    for name in (VERSION_FIELD, BASE_FIELD, *(CHOICE_PREFIX + name for name in fields)):
        value = request.POST.get(name, "")
        if value and len(value) <= _STATE_MAX:
            values[name] = value
    return values, sorted(refused)


def keep(request):
    """Keep an anonymous POST of a step form for its leader; True if it was kept."""
    claim = _claim(request)
    if claim is None:
        return False
    leader, pk = claim
    step = _step_posted_to(request, pk)
    if step is None or not Submission.objects.filter(pk=pk, leader_id=leader).exists():
        return False
    values, refused = _values(request, step)
    stash = {path: entry for path, entry in _entries(request).items() if entry["leader"] == leader}
    stash.pop(request.path, None)
    stash[request.path] = {"leader": leader, "at": now(), "values": values, "refused": refused}
    while stash and _size(stash) > STASH_MAX_BYTES:
        stash.pop(next(iter(stash)))  # the oldest gives way
    if request.path not in stash:
        return False
    request.session[STASH] = stash
    request.session.set_expiry(STASH_HOURS * 3600)
    return True


def _store_own(request, entries):
    """Keep the signed-in leader's entries only; none left: the session's usual length."""
    own = {path: entry for path, entry in entries.items() if entry["leader"] == request.user.pk}
    if own:
        request.session[STASH] = own
    else:
        request.session.pop(STASH, None)
        request.session.set_expiry(None)


def take(request):
    """(values, names refused) kept for this page for the signed-in leader, or None;
    whatever is kept for anyone else, or for too long, is dropped."""
    if STASH not in request.session:
        return None
    entries = _entries(request)
    entry = entries.pop(request.path, None)
    _store_own(request, entries)
    if entry is None or entry["leader"] != request.user.pk:
        return None
    return entry["values"], entry.get("refused", [])


def tidy(request):
    """Drop what is kept for other leaders or for too long (on a signed-in request)."""
    if STASH in request.session:
        _store_own(request, _entries(request))
