"""Sign-in and password-reset limits: against guessing passwords and flooding inboxes.

- django-axes (settings `AXES_*`) counts failed sign-ins, on `/konto/logga-in/` and the
  admin's sign-in alike. `PortalAxesHandler` gives each lockout parameter its own limit:
  five failures for one user name from one address (`AXES_FAILURE_LIMIT`), and
  `PORTAL_SIGN_IN_FAILURES_PER_ADDRESS` from one address whatever the user names
  (password spraying). Either locks sign-in for `AXES_COOLOFF_TIME` (HTTP 429).
- `LimitedPasswordResetView` sends at most `PORTAL_PASSWORD_RESETS_PER_EMAIL` reset
  e-mails to one address and takes `PORTAL_PASSWORD_RESETS_PER_CLIENT` requests from
  one client per `PORTAL_PASSWORD_RESET_WINDOW` seconds; beyond that a Swedish page
  (HTTP 429) says to wait. The counts live in the cache (Redis in production, so that
  every worker shares them).

The client is the address axes finds (`AXES_IPWARE_META_PRECEDENCE_ORDER`, set behind a
proxy: README, "Settings"), for both.
"""

import hashlib

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_ip_address, get_client_username, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.views import PasswordResetView
from django.core.cache import cache
from django.db.models import Sum

RESET_LIMITED = (
    "Du har bett om ett nytt lösenord för många gånger på kort tid. Vänta en stund (högst "
    "en timme) och försök sedan igen. En länk som du redan har fått fungerar fortfarande: "
    "titta i inkorgen och i skräpposten."
)


class PortalAxesHandler(AxesDatabaseHandler):
    """django-axes' database handler with a limit per lockout parameter."""

    def get_failures(self, request, credentials=None):
        """Failures as axes compares them with AXES_FAILURE_LIMIT: each parameter's
        count scaled so that its own limit counts as AXES_FAILURE_LIMIT."""
        base = settings.AXES_FAILURE_LIMIT
        parameters = get_lockout_parameters(request, credentials)
        attempts = self.get_user_attempts(request, credentials)
        scaled = [
            _failures(queryset) * base // _limit(parameter)
            for parameter, queryset in zip(parameters, attempts, strict=True)
        ]
        return max(scaled, default=0)

    def reset_user_attempts(self, request, credentials=None):
        """After a successful sign-in, forget that user name's failures from this
        address only: an attacker signing in to an account of their own must not wipe
        the address's count of failures for other names."""
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count


def _failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def _limit(parameter):
    if parameter == "ip_address" or parameter == ["ip_address"]:
        return settings.PORTAL_SIGN_IN_FAILURES_PER_ADDRESS
    return settings.AXES_FAILURE_LIMIT


def client_address(request):
    """The client's address as django-axes finds it (the proxy settings apply)."""
    return get_client_ip_address(request) or "unknown"


def over_limit(scope, key, limit):
    """Count one more request for `key`; True once more than `limit` were counted in
    the current window (PORTAL_PASSWORD_RESET_WINDOW seconds from the first)."""
    window = settings.PORTAL_PASSWORD_RESET_WINDOW
    digest = hashlib.sha256(key.encode()).hexdigest()
    cache_key = f"portal:limit:{scope}:{digest}"
    cache.add(cache_key, 0, window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the window ended between add and incr
        cache.set(cache_key, 1, window)
        count = 1
    return count > limit


class LimitedPasswordResetView(PasswordResetView):
    """Django's "forgotten password" form, limited per client and per e-mail address.
    The limits do not tell whether an account exists: every address counts."""

    def post(self, request, *args, **kwargs):
        limit = settings.PORTAL_PASSWORD_RESETS_PER_CLIENT
        if over_limit("password-reset-client", client_address(request), limit):
            return self.limited(self.get_form())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        if over_limit("password-reset-email", email, settings.PORTAL_PASSWORD_RESETS_PER_EMAIL):
            return self.limited(form)
        return super().form_valid(form)

    def limited(self, form):
        form.add_error(None, RESET_LIMITED)
        return self.render_to_response(self.get_context_data(form=form), status=429)
