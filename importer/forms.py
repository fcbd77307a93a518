from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field. Empty files pass: the importer reports them per file."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        super().__init__(allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files if item]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Exportfiler"),
        help_text=_(
            "En eller flera textfiler exporterade från slutrapportenkäten, eller en zip-fil "
            "med sådana filer."
        ),
        error_messages={"required": _("Välj minst en fil att importera.")},
    )
    municipality = forms.ModelChoiceField(
        Municipality.objects.select_related("county"),
        required=False,
        label=_("Kommun"),
        help_text=_("Sätts på alla rapporter i importen. Lämna tomt och ange kommun per rapport."),
    )
    mapping = forms.FileField(
        required=False,
        allow_empty_file=True,
        label=_("Mappningsfil (valfri)"),
        help_text=_(
            "CSV (UTF-8) med rubrikraden file,workshop,municipality,kind,date,old_url och en "
            "rad per fil: projektverkstad, kommun, rapporttyp, datum och adressen på gamla "
            "PlugInnovation.se, som omdirigeras till rapporten."
        ),
    )
    publish = forms.BooleanField(
        required=False,
        label=_("Publicera rapporterna direkt"),
        help_text=_("Annars skapas de som utkast som du granskar och publicerar."),
    )
