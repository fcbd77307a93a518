"""Fixtures for the evidence, statistics and open-data tests: three published reports of a
test method, counted by hand, a draft and an unpublished report that must never count."""

import pytest

from methods.models import MethodIndexPage, MethodPage, SuccessFactorPage
from testing.helpers import publish_report


@pytest.fixture
def method(demo_site):
    index = MethodIndexPage.objects.get()
    method = MethodPage(
        title="Testmetod",
        slug="testmetod",
        summary="En metod för tester.",
        why_it_matters="<p>För att räkna.</p>",
    )
    index.add_child(instance=method)
    method.success_factors = [SuccessFactorPage.objects.get(slug="samverkan")]
    method.save_revision().publish()
    return MethodPage.objects.get(pk=method.pk)


BOTH = ["testmetod", "praktik-som-alternativ-till-skolan"]
# Counted by hand in the tests: three published reports of the test method, a draft and
# a withdrawn (unpublished) report that must never count.
HAND_COUNTED_REPORTS = {
    "malmo": {
        "title": "Malmö-projektet",
        "municipality": "1280",
        "methods": BOTH,
        "tags": ["autism"],
        "organisation_type": "school",
        "plugin_round": "plugin1",
        "participants_total": 10,
        "participants_girls": 4,
        "participants_boys": 6,
        "goal_achievement": "Vi har uppnått målsättningarna",
        "attendance_change": "Ökat mycket",
        "grades_change": "Oförändrat",
        "kia_mapping_change": "Har ej mätt",
        "org_staff_competence": "I stor utsträckning",
    },
    "lund": {
        "title": "Lund-projektet",
        "municipality": "1281",
        "methods": ["testmetod"],
        "tags": ["hög frånvaro"],
        "organisation_type": "kaa",
        "plugin_round": "plugin2",
        "participants_total": 20,
        "participants_girls": 12,
        "participants_boys": 8,
        "goal_achievement": "Vi har överträffat målsättningarna",
        "attendance_change": "Ökat mycket",
        "grades_change": "Ökat ganska mycket",
        "return_to_studies_change": "Ökat mycket",
        "org_staff_competence": "I stor utsträckning",
    },
    "solna": {
        "title": "Solna-projektet",
        "municipality": "0184",
        "methods": ["testmetod"],
        "organisation_type": "school",
        "plugin_round": "plugin2",
        "attendance_change": "Minskat mycket",
        "org_staff_competence": "Inte alls",
    },
    "draft": {
        "title": "Utkastet",
        "municipality": "1280",
        "methods": ["testmetod"],
        "participants_total": 500,
        "attendance_change": "Ökat mycket",
        "publish": False,
    },
    "withdrawn": {
        "title": "Det tillbakadragna",
        "municipality": "1280",
        "methods": ["testmetod"],
        "participants_total": 700,
        "attendance_change": "Ökat mycket",
    },
}


@pytest.fixture
def reports(method):
    made = {key: publish_report(**fields) for key, fields in HAND_COUNTED_REPORTS.items()}
    made["withdrawn"].unpublish()
    return made
