"""The outcome questions: what evidence summaries and the search facet "Resultat" use."""

from dataclasses import dataclass

from django.utils.text import slugify

from reports.questionnaire.elements import Question
from reports.questionnaire.sections import GOALS, TARGET_GROUP


@dataclass(frozen=True)
class Outcome:
    """An outcome question as evidence summaries and the search facet "Resultat" use it."""

    slug: str  # facet value in URLs, e.g. ?outcome=narvaro-okade
    question: Question  # a scale question
    name: str  # short name of what was measured
    label: str  # the good outcome, as a facet value

    @property
    def key(self):
        return self.question.key

    @property
    def positive_values(self):
        return self.question.scale.positive


OUTCOMES = (
    Outcome("mal-uppnadda", GOALS.achievement, "Måluppfyllelse", "Målen uppnådda"),
    Outcome("narvaro-okade", TARGET_GROUP.attendance, "Närvaro", "Närvaron ökade"),
    Outcome("betyg-okade", TARGET_GROUP.grades, "Betyg", "Betygen förbättrades"),
    Outcome(
        "kartlaggning-okade",
        TARGET_GROUP.kia_mapping,
        "Kartläggning inom KIA",
        "Kartläggningsgraden inom KIA ökade",
    ),
    Outcome(
        "atergang-okade",
        TARGET_GROUP.return_to_studies,
        "Återgång till studier eller arbete",
        "Fler återgick till studier eller arbete",
    ),
)
OUTCOME_KEYS = tuple(outcome.key for outcome in OUTCOMES)
# The heading over the outcomes where they are shown together (the statistics page).
OUTCOMES_TITLE = TARGET_GROUP.title


def answer_facet_value(question_key, value):
    """A scale answer as a search facet value (?answer=...): "attendance_change.okat-mycket"."""
    return f"{question_key}.{slugify(value)}"
