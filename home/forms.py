from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import AccessibilityProblemReport


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
