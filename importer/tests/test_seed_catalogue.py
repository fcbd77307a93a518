"""The seed export's question lines are all in the questionnaire (as the parser compares them)."""

from importer.parsing import normalise
from reports import questionnaire
from testing.seed import seed_pairs


def test_every_seed_question_label_is_in_the_catalogue():
    labels = {normalise(q.label) for q in questionnaire.SURVEY_QUESTIONS}
    headings = {normalise(q.heading) for q in questionnaire.SURVEY_QUESTIONS if q.heading}
    for question_line, _answer in seed_pairs():
        norm = normalise(question_line.rstrip().rstrip(":\u00a0 "))
        stripped = next((norm[len(h) + 1 :] for h in headings if norm.startswith(h + " ")), norm)
        assert norm in labels or stripped in labels, question_line
