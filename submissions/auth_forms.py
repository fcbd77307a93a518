from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-postadress")
        self.fields["password"].label = _("Lösenord")
        if self.is_bound:
            # Sent and shown again: it has errors, and their summary takes the focus.
            self.fields["username"].widget.attrs.pop("autofocus", None)

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if "@" in username:
            self.cleaned_data["username"] = username.strip().lower()
        return super().clean()


class ChoosePasswordForm(SetPasswordForm):
    """An invited leader's first password: Django's SetPasswordForm (the settings'
    AUTH_PASSWORD_VALIDATORS, their help and messages in Swedish through Django's
    translations), checked against the account about to be created (`user`, unsaved).

    The fields are posted as `password` and `password_again`, as the form always was.
    """

    # Django's field name -> the name in the page (and so the id: id_password).
    HTML_NAMES = {"new_password1": "password", "new_password2": "password_again"}

    error_messages = {
        **SetPasswordForm.error_messages,
        "password_mismatch": _("Lösenorden är inte likadana. Skriv samma lösenord två gånger."),
    }

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        first, again = self.fields["new_password1"], self.fields["new_password2"]
        first.label = _("Lösenord")
        first.error_messages["required"] = _("Välj ett lösenord.")
        again.label = _("Samma lösenord en gång till")
        again.error_messages["required"] = _("Skriv lösenordet en gång till.")

    def clean(self):
        # The rules are the first field's help, so what breaks them is said there too
        # (SetPasswordForm puts it on the repeat field); a mismatch stays on the repeat.
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return super(SetPasswordForm, self).clean()

    def add_prefix(self, field_name):
        return super().add_prefix(self.HTML_NAMES.get(field_name, field_name))

    @property
    def password(self):
        return self.cleaned_data["new_password1"]
