"""The seed report as a structured page: every answer under its section, numbers as numbers.

`seed_report` (testing/fixtures.py) imports the seed export as the importer does; the
expected answers are read from the seed file (`testing.seed`), its key figures and the
metadata the fixture sets are written here by hand."""

import pytest
from bs4 import BeautifulSoup
from django.db.models import Count

from importer.parsing import QuestionMatcher
from reports import questionnaire
from reports.models import ProjectReportPage
from testing.factories import ProjectReportPageFactory, site_tree
from testing.helpers import SiteClient
from testing.reports import make_reports
from testing.seed import seed_pairs


def squash(text):
    return " ".join(text.split())


def term_pairs(soup, selector):
    """{term: description} of the <dt>/<dd> pairs in the elements `selector` picks."""
    return {
        squash(item.dt.get_text()): squash(item.dd.get_text()) for item in soup.select(selector)
    }


@pytest.fixture
def report_soup(seed_report):
    site = seed_report.get_site()
    response = SiteClient(site).get(seed_report.get_url(current_site=site))
    return BeautifulSoup(response.content, "html.parser")


def test_seed_report_page_shows_all_64_answers_answer_by_answer(report_soup):
    matcher = QuestionMatcher()
    previous, used = "", set()
    shown = 0
    for question_line, answer in seed_pairs():
        from importer.parsing import choose_question

        candidates = matcher.candidates(question_line.rstrip("\u00a0 ").rstrip(":"))
        question = choose_question(candidates, previous, used)
        previous, used = question.key, used | {question.key}
        element = report_soup.find(id=f"svar-{question.key}")
        assert element is not None, question.key
        assert element.find("h3").get_text(" ", strip=True).endswith(squash(question.label)), (
            question.key
        )
        value = element.find(class_="answer__value").get_text(" ")
        assert squash(answer) in squash(value), question.key
        # ... and under its own section.
        section = questionnaire.section_of(question.key)
        assert element.find_parent("section")["id"] == f"avsnitt-{section.key}"
        shown += 1
    assert shown == 64
    # Every question is shown, answered or not ("Inget svar").
    assert len(report_soup.select(".answer[id^=svar-]")) == len(questionnaire.SURVEY_QUESTIONS)


def test_scale_answers_are_shown_as_scale_values(report_soup):
    values = {
        el["data-question"]: el.get_text(strip=True) for el in report_soup.select(".scale-value")
    }
    assert values["goal_achievement"] == "Vi har delvis uppnått målsättningarna"
    assert values["attendance_change"] == "Ökat ganska mycket"
    assert values["kia_mapping_change"] == "Ökat mycket"
    assert values["reference_group_work"] == "Har inte haft någon referensgrupp"
    assert values["support_regional_management"] == "I stor utsträckning"
    scale_questions = [q for q in questionnaire.SURVEY_QUESTIONS if q.is_scale]
    assert len(values) == len(scale_questions) == 47


def test_key_numbers_are_stored_and_shown_as_numbers(report_soup, seed_report):
    assert (seed_report.participants_total, seed_report.participants_girls) == (25, 10)
    assert seed_report.participants_boys == 15
    assert seed_report.avg_months_enrolled == 8
    assert (seed_report.outcome_discharged, seed_report.outcome_other_agencies) == (9, 4)
    assert (seed_report.outcome_moved_away, seed_report.outcome_still_enrolled) == (1, 11)
    assert term_pairs(report_soup, ".key-figures .figure") == {
        "Antal deltagare totalt": "25",
        "Varav tjejer": "10",
        "Varav killar": "15",
        "Genomsnittlig tid inskriven i projektet (månader)": "8",
        "Utskrivna under projektet, fungerar väl": "9",
        "Utskrivna till andra instanser": "4",
        "Flyttat till annan kommun": "1",
        "Kvar i projektet vid rapporteringen": "11",
    }


def test_report_metadata_is_shown(report_soup):
    assert term_pairs(report_soup, ".meta-list > div") == {
        "Kommun": "Växjö",
        "Län": "Kronobergs län",
        "Organisation": "Skola",
        "Projektperiod": "2013–2014",
        "Omgång": "Plug In (2012–2015)",
    }


def test_glued_heading_is_shown_with_its_question(report_soup):
    changes = report_soup.find(id="svar-changes")
    assert squash(changes.h3.get_text(" ")).startswith("Förändringar Har ni förändrat något")


def test_scale_answers_are_queryable_by_question_and_value(db):
    index = site_tree().reports
    measured = ProjectReportPageFactory(parent=index, attendance_change="Ökat ganska mycket")
    make_reports(index, 4, attendance_change="Har ej mätt")
    built = ProjectReportPage.objects.live().child_of(index)
    counts = dict(built.values_list("attendance_change").annotate(n=Count("pk")).order_by())
    assert counts == {"Ökat ganska mycket": 1, "Har ej mätt": 4}
    increased = built.filter(attendance_change__in=["Ökat mycket", "Ökat ganska mycket"])
    assert [r.slug for r in increased] == [measured.slug]
