from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class SignInForm(AuthenticationForm):
    """Project leaders sign in with their e-mail address, in whatever case they type it."""

    error_messages = {
        "invalid_login": _(
            "E-postadressen eller lösenordet stämmer inte. Kontrollera stavningen; "
            "efter fem misslyckade försök spärras inloggningen en timme."
        ),
        "inactive": _("Kontot är avstängt. Kontakta redaktionen."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if "@" in username:
            self.cleaned_data["username"] = username.strip().lower()
        return super().clean()
