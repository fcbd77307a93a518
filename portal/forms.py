from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from portal.models import AccessibilityProblemReport


class AccessibilityProblemForm(forms.ModelForm):
    class Meta:
        model = AccessibilityProblemReport
        fields = ["page_address", "description", "reply_email"]
        labels = {
            "page_address": _("Sidans adress eller namn (frivilligt)"),
            "description": _("Beskriv problemet"),
            "reply_email": _("Din e-postadress, om du vill ha svar (frivilligt)"),
        }
        help_texts = {
            "description": _("Berätta vad du försökte göra och vad som inte fungerade."),
        }
        error_messages = {
            "description": {"required": _("Beskriv problemet så att vi kan åtgärda det.")},
            "reply_email": {"invalid": _("Skriv e-postadressen som namn@exempel.se.")},
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}


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
