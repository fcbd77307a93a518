"""The online final report, generated from the questionnaire: one form per step.

Step 1 asks about the project; then one step per questionnaire section (key figures
first), in the survey's order. Scales are radio buttons, numbers number fields, free
text text areas, each with the survey's wording. Every text is checked for Swedish
personal identity numbers with the importer's detector.
"""

from dataclasses import dataclass

from django import forms

from core.identity_numbers import find_identity_numbers
from reports import questionnaire
from reports.models import OrganisationType, PluginRound

PERSONAL_DATA_MESSAGE = (
    "Texten innehåller ett {kind} ({masked}). Slutrapporten publiceras öppet och får "
    "inte innehålla personuppgifter om unga: ta bort numret och beskriv utan att någon "
    "kan identifieras. Texten i fältet har inte sparats."
)
MAX_TEXT = 20_000
DATE_ERRORS = {
    "required": "Skriv ett datum.",
    "invalid": "Skriv datumet som år-månad-dag, till exempel 2016-08-15.",
}


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


def masked(number):
    """A found identity number shown without its last four digits."""
    return number[:-4] + "****"


def personal_data_errors(values):
    """{field: Swedish message} for every text that holds a personal identity number."""
    errors = {}
    for name, value in values.items():
        found = find_identity_numbers(value) if isinstance(value, str) else []
        if found:
            errors[name] = PERSONAL_DATA_MESSAGE.format(
                kind=found[0].kind, masked=masked(found[0].text)
            )
    return errors


def _question_field(question):
    common = {
        "label": question.form_label or question.label,
        "required": question.required,
        "help_text": question.label if question.form_label else question.help_text,
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
        "period_start": forms.DateField(
            label="Projektstart",
            help_text="Datum, till exempel 2016-08-15.",
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            error_messages=DATE_ERRORS,
        ),
        "period_end": forms.DateField(
            label="Projektslut",
            help_text="Datum, till exempel 2018-06-30.",
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            error_messages=DATE_ERRORS,
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
