import keyword

from wagtail.models import Page

from reports import questionnaire
from reports.models import ProjectReportPage


def test_twelve_survey_sections_with_64_questions_in_seed_order():
    assert len(questionnaire.SURVEY_SECTIONS) == 12
    assert len(questionnaire.SURVEY_QUESTIONS) == 64
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


def test_every_question_is_a_column_on_the_report_page():
    columns = {field.name for field in ProjectReportPage._meta.get_fields()}
    assert {q.key for q in questionnaire.QUESTIONS} <= columns
    attendance = ProjectReportPage._meta.get_field("attendance_change")
    assert [value for value, _ in attendance.choices] == list(questionnaire.CHANGE.values)
