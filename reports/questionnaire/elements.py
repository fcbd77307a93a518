"""What a questionnaire is made of: answer types, scales, questions and sections.

Scales name their values and sections name their questions by role, so that code
elsewhere says `CHANGE.not_measured` or `KEY_FIGURES.total` instead of typing a value
or a key again.
"""

from dataclasses import dataclass, field, fields
from enum import Enum

from django.db import models

SURVEY_LABEL_LIMIT = 128  # the survey tool cut labels at this many characters


class AnswerType(Enum):
    TEXT = "text"
    NUMBER = "number"
    SCALE = "scale"


def _declared_attributes(instance):
    return {f.name for f in fields(instance)} | set(dir(type(instance)))


@dataclass(frozen=True)
class Scale:
    """An answer scale; each value has a name: `CHANGE.not_measured == "Har ej mätt"`."""

    key: str
    name: str
    named_values: tuple[tuple[str, str], ...]  # (name, value) in the survey's order
    # Values that are real answers but sit outside the ordered range
    # ("Har ej mätt", "Ej aktuellt", "Vet ej"): counted, never ranked.
    unranked: tuple[str, ...] = ()
    # Values that count as a good outcome ("Ökat mycket", "Ökat ganska mycket").
    positive: tuple[str, ...] = ()
    # Other spellings of a value found in exports: (spelling, value).
    aliases: tuple[tuple[str, str], ...] = ()
    values: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "values", tuple(value for _, value in self.named_values))
        clashes = {name for name, _ in self.named_values} & _declared_attributes(self)
        if clashes:
            raise ValueError(f"Scale {self.key}: value names {sorted(clashes)} are attributes")
        stray = {*self.unranked, *self.positive, *(v for _, v in self.aliases)} - {*self.values}
        if stray:
            raise ValueError(f"Scale {self.key}: {sorted(stray)} are not values of the scale")

    def __getattr__(self, attribute):
        # Only called for names that are not attributes: the scale's named values.
        for name, value in self.__dict__.get("named_values", ()):
            if name == attribute:
                return value
        raise AttributeError(f"{type(self).__name__} has no value named {attribute!r}")

    @property
    def choices(self):
        return [(value, value) for value in self.values]

    @property
    def value_names(self):
        """{name: value}, in the survey's order."""
        return dict(self.named_values)

    def extended(self, key, name, *, unranked=(), **more_values):
        """A scale with this one's values (and their spellings) followed by more."""
        values = {**self.value_names, **more_values}
        return declare_scale(
            key,
            name,
            unranked=(*self._names_of(self.unranked), *unranked),
            positive=self._names_of(self.positive),
            aliases={spelling: self._names_of((value,))[0] for spelling, value in self.aliases},
            **values,
        )

    def _names_of(self, values):
        names = {value: name for name, value in self.named_values}
        return tuple(names[value] for value in values)


def declare_scale(key, name, *, unranked=(), positive=(), aliases=None, **values):
    """A scale from named values in order; `unranked`, `positive` and `aliases`
    ({other spelling: value name}) name values by their names."""
    return Scale(
        key=key,
        name=name,
        named_values=tuple(values.items()),
        unranked=tuple(values[value_name] for value_name in unranked),
        positive=tuple(values[value_name] for value_name in positive),
        aliases=tuple((spelling, values[value]) for spelling, value in (aliases or {}).items()),
    )


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    type: AnswerType
    scale: Scale | None = None
    help_text: str = ""
    # A survey heading printed in front of the label in exports ("Förändringar").
    heading: str = ""
    # For a label asked more than once ("Redogör även för gruppens sammansättning."):
    # the key of the question it follows and belongs to.
    follows: str = ""
    # Decimal places for NUMBER questions (0 = whole numbers).
    decimals: int = 0
    # The online form asks for an answer before the report can be sent in.
    required: bool = False
    # The field's label in the online form where the survey's wording is not unique
    # ("Redogör även för gruppens sammansättning." three times); the wording is help text.
    form_label: str = ""
    # What code elsewhere calls the question on its section: KEY_FIGURES.total.
    role: str = ""

    @property
    def is_scale(self):
        return self.type is AnswerType.SCALE

    @property
    def is_number(self):
        return self.type is AnswerType.NUMBER

    @property
    def is_text(self):
        return self.type is AnswerType.TEXT

    def model_field(self):
        """The database column that stores this question's answer on a report."""
        common = {"verbose_name": self.label, "blank": True, "help_text": self.help_text}
        if self.type is AnswerType.SCALE:
            return models.CharField(max_length=64, choices=self.scale.choices, **common)
        if self.type is AnswerType.NUMBER and self.decimals:
            return models.DecimalField(
                max_digits=6, decimal_places=self.decimals, null=True, **common
            )
        if self.type is AnswerType.NUMBER:
            return models.PositiveIntegerField(null=True, **common)
        return models.TextField(**common)


@dataclass(frozen=True)
class Section:
    """A survey section; its questions with a role are its attributes (GOALS.results)."""

    key: str
    title: str
    questions: tuple[Question, ...]
    intro: str = ""
    # False for sections that legacy survey exports do not contain as questions.
    in_legacy_export: bool = True
    keys: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "keys", tuple(q.key for q in self.questions))
        roles = [q.role for q in self.questions if q.role]
        if len(roles) != len(set(roles)):
            raise ValueError(f"Section {self.key}: a role is given twice in {roles}")
        clashes = set(roles) & _declared_attributes(self)
        if clashes:
            raise ValueError(f"Section {self.key}: roles {sorted(clashes)} are attributes")

    def __getattr__(self, role):
        # Only called for names that are not attributes: the roles of the questions.
        for question in self.__dict__.get("questions", ()):
            if question.role == role:
                return question
        raise AttributeError(f"{type(self).__name__} has no question with the role {role!r}")

    @property
    def scale_questions(self):
        return tuple(q for q in self.questions if q.is_scale)


def text(key, label, **kwargs):
    return Question(key=key, label=label, type=AnswerType.TEXT, **kwargs)


def number(key, label, **kwargs):
    return Question(key=key, label=label, type=AnswerType.NUMBER, **kwargs)


def scale(key, label, scale_, **kwargs):
    kwargs.setdefault("required", True)  # every scale has an answer for "not measured"
    return Question(key=key, label=label, type=AnswerType.SCALE, scale=scale_, **kwargs)
