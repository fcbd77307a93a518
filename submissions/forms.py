"""The online final report, generated from the questionnaire: one form per step.

Step 1 asks about the project; then one step per questionnaire section (key figures
first), in the survey's order. Scales are radio buttons, numbers number fields, free
text text areas, each with the survey's wording; the period is asked as month and year.
Every text is checked for Swedish personal identity numbers (core.identity_numbers), and
every field has a limit (`field_limit`) that a draft keeps too.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.exceptions import ValidationError

from core.identity_numbers import identity_number_error
from reports import questionnaire
from reports.models import OrganisationType, PluginRound

PERSONAL_DATA_MESSAGE = (
    "Texten innehåller ett {kind} ({masked}). Slutrapporten publiceras öppet och får "
    "inte innehålla personuppgifter om unga: ta bort numret och beskriv utan att någon "
    "kan identifieras. Texten i fältet har inte sparats."
)
TOO_LONG_MESSAGE = (
    "Texten är för lång: {length} tecken, men högst {limit} får plats. Den har inte "
    "sparats: korta den och spara igen."
)
MAX_TEXT = 20_000
# What a number, a month or a scale answer may hold as typed (a draft keeps no more).
SHORT_LIMIT = 32
MONTH_ERRORS = {
    "required": "Skriv år och månad.",
    "invalid": "Skriv år och månad med siffror, till exempel 2016-08.",
}
INTEGER_HINT = "Ett heltal, till exempel 25."
DECIMAL_HINT = "Ett tal med högst en decimal, till exempel 7,5."


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    intro: str = ""
    questions: tuple = ()

    @property
    def is_project(self):
        return self.key == PROJECT_STEP_KEY


PROJECT_STEP_KEY = "projektet"
STEPS = (
    Step(
        PROJECT_STEP_KEY,
        "Projektet",
        "Grunduppgifter om projektet. Metoder och målgrupper lägger redaktionen till.",
    ),
    *(
        Step(section.key, section.title, section.intro, section.questions)
        for section in questionnaire.SECTIONS
    ),
)
STEPS_BY_KEY = {step.key: step for step in STEPS}


def swedish_number(number):
    """20 000, the Swedish way (a no-break space between thousands)."""
    return f"{number:,}".replace(",", "\u00a0")


def personal_data_errors(values):
    """{field: Swedish message} for every text that holds a personal identity number."""
    errors = {}
    for name, value in values.items():
        error = identity_number_error(value, PERSONAL_DATA_MESSAGE)
        if error:
            errors[name] = error
    return errors


def field_limit(field):
    """How many characters a field may hold as typed: the form's own limit."""
    if getattr(field, "max_length", None):
        return field.max_length
    if isinstance(field, forms.ChoiceField):
        return max([len(str(value)) for value, _ in field.choices] + [SHORT_LIMIT])
    return SHORT_LIMIT


def too_long_message(length, limit):
    return TOO_LONG_MESSAGE.format(length=swedish_number(length), limit=swedish_number(limit))


MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januari"),
            ("feb", "februari"),
            ("mar", "mars"),
            ("apr", "april"),
            ("maj",),
            ("jun", "juni"),
            ("jul", "juli"),
            ("aug", "augusti"),
            ("sep", "sept", "september"),
            ("okt", "oktober"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?")
_MONTH_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")
_MONTH_NAMED = re.compile(r"([a-zåäö]+)\.?\s*(\d{4})")


def parse_month(text):
    """(year, month) of "2016-08", "2016-08-15", "8/2016" or "augusti 2016"; else None."""
    text = text.strip().lower()
    day = None
    if found := _YEAR_FIRST.fullmatch(text):
        year, month, day = found[1], found[2], found[3]
    elif found := _MONTH_FIRST.fullmatch(text):
        month, year = found[1], found[2]
    elif (found := _MONTH_NAMED.fullmatch(text)) and found[1] in MONTH_NAMES:
        month, year = MONTH_NAMES[found[1]], found[2]
    else:
        return None
    year, month = int(year), int(month)
    try:
        date(year, month, int(day) if day else 1)
    except ValueError:
        return None
    return (year, month) if 1990 <= year <= 2100 else None


class MonthField(forms.Field):
    """A month and year typed as text ("2016-08"), cleaned to the month's first day, or
    its last day with `last_day` (a period's end)."""

    widget = forms.TextInput

    def __init__(self, *, last_day=False, **kwargs):
        self.last_day = last_day
        kwargs.setdefault("error_messages", MONTH_ERRORS)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "autocomplete": "off", "spellcheck": "false"}

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        parsed = parse_month(value) if len(value) <= SHORT_LIMIT else None
        if parsed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        year, month = parsed
        return date(year, month, calendar.monthrange(year, month)[1] if self.last_day else 1)


def _help_text(question):
    """The survey's wording where the label is the form's own, what the declaration says
    counts, and for numbers how to write one."""
    parts = [question.label if question.form_label else "", question.help_text]
    if question.is_number:
        parts.append(DECIMAL_HINT if question.decimals else INTEGER_HINT)
    return " ".join(part for part in parts if part)


def _question_field(question):
    common = {
        "label": question.form_label or question.label,
        "required": question.required,
        "help_text": _help_text(question),
    }
    if question.is_scale:
        return forms.ChoiceField(
            choices=question.scale.choices,
            widget=forms.RadioSelect,
            error_messages={"required": "Välj ett av svaren."},
            **common,
        )
    if question.is_number and question.decimals:
        return forms.DecimalField(
            min_value=0,
            max_digits=6,
            decimal_places=question.decimals,
            localize=True,  # "8,5" as Swedes write it
            widget=forms.TextInput(attrs={"inputmode": "decimal"}),
            error_messages={"required": "Skriv ett tal.", "invalid": "Skriv ett tal, som 7,5."},
            **common,
        )
    if question.is_number:
        return forms.IntegerField(
            min_value=0,
            max_value=100_000,
            error_messages={"required": "Skriv ett antal.", "invalid": "Skriv ett heltal, som 25."},
            **common,
        )
    return forms.CharField(
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
        strip=True,
        error_messages={"required": "Skriv ett svar på frågan."},
        **common,
    )


def _project_fields():
    return {
        "title": forms.CharField(
            label="Projektets namn",
            max_length=255,
            help_text="Som det ska stå i rapporten.",
            error_messages={"required": "Skriv projektets namn."},
        ),
        "summary": forms.CharField(
            label="Kort sammanfattning",
            required=False,
            max_length=1000,
            widget=forms.Textarea(attrs={"rows": 3}),
            help_text="Två–tre meningar om vad projektet gjorde. Visas i listor och sökresultat.",
        ),
        "organisation_type": forms.ChoiceField(
            label="Organisationstyp",
            choices=OrganisationType.choices,
            widget=forms.RadioSelect,
            error_messages={"required": "Välj skola eller KAA."},
        ),
        "plugin_round": forms.ChoiceField(
            label="Plug In-omgång",
            choices=PluginRound.choices,
            widget=forms.RadioSelect,
            error_messages={"required": "Välj omgång."},
        ),
        "period_start": MonthField(
            label="Projektstart",
            help_text="År och månad då projektet startade, till exempel 2016-08.",
        ),
        "period_end": MonthField(
            label="Projektslut",
            help_text="År och månad då projektet slutade, till exempel 2018-06.",
            last_day=True,
        ),
    }


class StepForm(forms.Form):
    """The fields of one step, with the checks that span fields."""

    def __init__(self, step, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        if step.is_project:
            self.fields.update(_project_fields())
        for question in step.questions:
            self.fields[question.key] = _question_field(question)

    def clean(self):
        cleaned = super().clean()
        for name, message in personal_data_errors(
            {name: self.data.get(self.add_prefix(name), "") for name in self.fields}
        ).items():
            if name in self.fields:
                self.add_error(name, message)
                cleaned.pop(name, None)
        self._check_period(cleaned)
        self._check_participants(cleaned)
        return cleaned

    def _check_period(self, cleaned):
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "Projektslut kan inte vara före projektstart.")

    def _check_participants(self, cleaned):
        total = cleaned.get("participants_total")
        if total is None:
            return
        girls, boys = cleaned.get("participants_girls"), cleaned.get("participants_boys")
        if girls is not None and boys is not None and girls + boys > total:
            self.add_error(
                "participants_boys",
                f"Tjejer och killar är tillsammans {girls + boys}, fler än antalet deltagare "
                f"totalt ({total}).",
            )
        outcomes = [
            cleaned.get(key)
            for key in (
                "outcome_discharged",
                "outcome_other_agencies",
                "outcome_moved_away",
                "outcome_still_enrolled",
            )
        ]
        known = [value for value in outcomes if value is not None]
        if known and sum(known) > total:
            self.add_error(
                "outcome_still_enrolled",
                f"Utskrivna, flyttade och kvarvarande är tillsammans {sum(known)}, fler än "
                f"antalet deltagare totalt ({total}).",
            )


def field_names(step):
    return list(StepForm(step).fields)


def step_data(step, values):
    """The draft's raw values for a step, as form data."""
    return {name: values.get(name, "") for name in field_names(step)}
