"""The final-report questionnaire (slutrapportenkäten), declared once.

Everything that deals with report answers reads this package: the report page's
database columns and admin panels, the public report page, the online form, the
importer of legacy survey exports, search facets, statistics and open data. Code
elsewhere names questions through the declaration, never by typing a key, label or
value again: `KEY_FIGURES.total`, `GOALS.results`, `CHANGE.not_measured`, `OUTCOMES`.

- `elements`: what a questionnaire is made of (answer types, scales, questions, sections);
- `scales`: the five answer scales, their values named;
- `sections`: the key figures and the twelve survey sections, in the seed's order;
- `outcomes`: the outcome questions of evidence and search;
- here: the catalogue over all of them (`from reports import questionnaire`).
"""

from reports.questionnaire.elements import (
    SURVEY_LABEL_LIMIT,
    AnswerType,
    Question,
    Scale,
    Section,
)
from reports.questionnaire.outcomes import (
    OUTCOME_KEYS,
    OUTCOMES,
    OUTCOMES_TITLE,
    Outcome,
    answer_facet_value,
)
from reports.questionnaire.scales import (
    CHANGE,
    EXTENT,
    GOAL,
    GROUP_WORK,
    REFERENCE_GROUP_WORK,
    SCALES,
)
from reports.questionnaire.sections import (
    COMPOSITION,
    COOPERATION,
    GOALS,
    KEY_FIGURES,
    ORGANISATION,
    PARTICIPANT_DESTINATIONS,
    STRUCTURE,
    SURVEY_SECTIONS,
    TARGET_GROUP,
)

SECTIONS = (KEY_FIGURES, *SURVEY_SECTIONS)
QUESTIONS = tuple(q for section in SECTIONS for q in section.questions)
QUESTIONS_BY_KEY = {q.key: q for q in QUESTIONS}
SURVEY_QUESTIONS = tuple(q for section in SURVEY_SECTIONS for q in section.questions)
KEY_FIGURE_KEYS = KEY_FIGURES.keys


def section_of(key):
    for section in SECTIONS:
        if key in section.keys:
            return section
    raise KeyError(key)


def answer_fields():
    """Model fields for every question, keyed by question key (used by the report model)."""
    return {q.key: q.model_field() for q in QUESTIONS}


__all__ = [
    "CHANGE",
    "COMPOSITION",
    "COOPERATION",
    "EXTENT",
    "GOAL",
    "GOALS",
    "GROUP_WORK",
    "KEY_FIGURES",
    "KEY_FIGURE_KEYS",
    "ORGANISATION",
    "OUTCOMES",
    "OUTCOMES_TITLE",
    "OUTCOME_KEYS",
    "PARTICIPANT_DESTINATIONS",
    "QUESTIONS",
    "QUESTIONS_BY_KEY",
    "REFERENCE_GROUP_WORK",
    "SCALES",
    "SECTIONS",
    "STRUCTURE",
    "SURVEY_LABEL_LIMIT",
    "SURVEY_QUESTIONS",
    "SURVEY_SECTIONS",
    "TARGET_GROUP",
    "AnswerType",
    "Outcome",
    "Question",
    "Scale",
    "Section",
    "answer_facet_value",
    "answer_fields",
    "section_of",
]
