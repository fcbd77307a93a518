import keyword

import pytest
from wagtail.models import Page

from reports import questionnaire
from reports.models import ProjectReportPage
from reports.questionnaire import sections
from reports.questionnaire.elements import Section, declare_scale, text


def test_twelve_survey_sections_with_65_questions_in_seed_order():
    # The seed's 64 and one that later exports ask (other results on the individual level).
    assert len(questionnaire.SURVEY_SECTIONS) == 12
    assert len(questionnaire.SURVEY_QUESTIONS) == 65
    assert [s.title for s in questionnaire.SURVEY_SECTIONS][:3] == [
        "Måluppfyllelse",
        "Resultat för målgruppen",
        "Effekter på organisationen",
    ]


def test_keys_are_unique_identifiers_that_do_not_clash_with_page_fields():
    keys = [q.key for q in questionnaire.QUESTIONS]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert key.isidentifier() and not keyword.iskeyword(key)
        assert not hasattr(Page, key), f"{key} shadows a Page attribute"


def test_composition_question_is_asked_three_times_after_its_group():
    composition = [
        q for q in questionnaire.SURVEY_QUESTIONS if q.label == questionnaire.COMPOSITION
    ]
    assert [q.follows for q in composition] == [
        "project_group_work",
        "steering_group_work",
        "reference_group_work",
    ]


def test_scales_hold_the_survey_values():
    assert "Har ej mätt" in questionnaire.CHANGE.values
    assert "Ej aktuellt" in questionnaire.CHANGE.values
    assert questionnaire.REFERENCE_GROUP_WORK.values[-1] == "Har inte haft någon referensgrupp"
    assert "Har inte haft någon referensgrupp" not in questionnaire.GROUP_WORK.values


def test_scales_know_the_answers_real_exports_give():
    # "Vet ej" is a real answer on the extent questions, outside the ordered range.
    assert questionnaire.EXTENT.dont_know == "Vet ej"
    assert questionnaire.EXTENT.values[-1] == "Vet ej"
    assert questionnaire.EXTENT.unranked == ("Vet ej",)
    assert "Vet ej" not in questionnaire.CHANGE.values
    # "Oförändrad" is another spelling of the declared "Oförändrat", not a value of its own.
    assert "Oförändrad" not in questionnaire.CHANGE.values
    assert ("Oförändrad", "Oförändrat") in questionnaire.CHANGE.aliases


def test_other_individual_results_follows_the_return_to_studies_question():
    keys = questionnaire.TARGET_GROUP.keys
    return_to_studies = keys.index(questionnaire.TARGET_GROUP.return_to_studies.key)
    question = questionnaire.QUESTIONS_BY_KEY[keys[return_to_studies + 1]]
    assert question.key == "other_individual_results" and question.is_text
    assert question.label.startswith("Om ni har mätt andra resultat på individnivå")
    assert not question.required


def test_every_question_is_a_column_on_the_report_page():
    columns = {field.name for field in ProjectReportPage._meta.get_fields()}
    assert {q.key for q in questionnaire.QUESTIONS} <= columns
    attendance = ProjectReportPage._meta.get_field("attendance_change")
    assert [value for value, _ in attendance.choices] == list(questionnaire.CHANGE.values)


def test_scale_values_have_names():
    assert questionnaire.CHANGE.not_measured == "Har ej mätt"
    assert questionnaire.CHANGE.increased_much == "Ökat mycket"
    assert questionnaire.GOAL.achieved == "Vi har uppnått målsättningarna"
    assert questionnaire.REFERENCE_GROUP_WORK.satisfactory == "Tillfredställande"
    assert questionnaire.REFERENCE_GROUP_WORK.aliases == (
        ("Tillfredsställande", "Tillfredställande"),
    )
    with pytest.raises(AttributeError):
        questionnaire.CHANGE.no_such_value  # noqa: B018


def test_sections_name_the_questions_other_code_needs():
    figures = questionnaire.KEY_FIGURES
    assert (figures.total.key, figures.girls.key, figures.boys.key) == (
        "participants_total",
        "participants_girls",
        "participants_boys",
    )
    assert figures.months_enrolled.key == "avg_months_enrolled"
    assert [q.key for q in questionnaire.PARTICIPANT_DESTINATIONS] == [
        "outcome_discharged",
        "outcome_other_agencies",
        "outcome_moved_away",
        "outcome_still_enrolled",
    ]
    assert questionnaire.GOALS.results.key == "goal_results"
    assert questionnaire.ORGANISATION.title == "Effekter på organisationen"
    assert questionnaire.STRUCTURE.title == "Strukturella resultat och samverkan"
    assert questionnaire.OUTCOME_KEYS == (
        "goal_achievement",
        "attendance_change",
        "grades_change",
        "kia_mapping_change",
        "return_to_studies_change",
    )
    with pytest.raises(AttributeError):
        questionnaire.KEY_FIGURES.no_such_role  # noqa: B018


def test_a_role_or_value_name_may_not_hide_an_attribute():
    with pytest.raises(ValueError, match="title"):
        Section(key="x", title="X", questions=(text("a", "A", role="title"),))
    with pytest.raises(ValueError, match="given twice"):
        Section(key="x", title="X", questions=(text("a", "A", role="r"), text("b", "B", role="r")))
    with pytest.raises(ValueError, match="values"):
        declare_scale("x", "X", values="Värden")


def test_every_question_with_a_role_is_in_a_named_section():
    named = {id(value) for value in vars(sections).values() if isinstance(value, Section)}
    for section in questionnaire.SECTIONS:
        if any(q.role for q in section.questions):
            assert id(section) in named, section.key
