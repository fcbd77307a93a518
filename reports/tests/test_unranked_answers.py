"""Answers outside a scale's ordered range ("Har ej mätt", "Vet ej") are real answers:
shown and counted, never ranked (no position on the scale meter)."""

import pytest

from reports import questionnaire
from reports.selectors import Answer

EXTENT_QUESTION = questionnaire.ORGANISATION.scale_questions[0]
CHANGE_QUESTION = questionnaire.TARGET_GROUP.attendance


@pytest.mark.parametrize(
    "question, value",
    [
        (CHANGE_QUESTION, questionnaire.CHANGE.not_measured),
        (CHANGE_QUESTION, questionnaire.CHANGE.not_applicable),
        (EXTENT_QUESTION, questionnaire.EXTENT.dont_know),
    ],
)
def test_unranked_answers_are_answers_without_a_position(question, value):
    answer = Answer(question, value, extras=[])
    assert answer.is_answered
    assert answer.scale_position is None


def test_dont_know_leaves_the_extent_scale_four_steps_long():
    extent = questionnaire.EXTENT
    large = Answer(EXTENT_QUESTION, extent.large, extras=[])
    not_at_all = Answer(EXTENT_QUESTION, extent.not_at_all, extras=[])
    assert (large.scale_position, not_at_all.scale_position) == (1, 4)
    assert large.scale_length == 4
