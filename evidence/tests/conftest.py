"""Fixtures for the evidence, statistics and open-data tests, built from factories
(`testing.fixtures`): a site of its own (`site_pages`) with a test method beside the
site's two methods of one success factor, four published reports counted by hand, a
draft and an unpublished report that must never count.

The statistics and the downloads count every published report in the database. So that
a test counts only what it built, `only_built_reports` unpublishes the reports already
published when it starts (`site_pages`'s own, and the demo's when it is loaded); the
test's transaction is rolled back, so they are published again after it."""

import pytest

from reports.models import ProjectReportPage
from testing.factories import MethodPageFactory
from testing.fixtures import *  # noqa: F403
from testing.helpers import publish_report

# The test method's slug and title, as the tests ask for it and read it.
TEST_METHOD = "testmetod"
TEST_METHOD_TITLE = "Testmetod"


@pytest.fixture
def only_built_reports(site_pages):
    """Unpublish every report published before the test builds its own."""
    for report in ProjectReportPage.objects.live():
        report.unpublish()
    return site_pages


@pytest.fixture
def method(site_pages):
    """A published test method beside the site's two, supporting the same factor."""
    return MethodPageFactory(
        parent=site_pages.methods,
        title=TEST_METHOD_TITLE,
        slug=TEST_METHOD,
        summary="En metod för tester.",
        why_it_matters="<p>För att räkna.</p>",
        success_factors=[site_pages.factor],
        published=True,
    )


# Methods by role: "test" is the test method, "other" the site's second method
# (`site_pages.other_method`), which supports the same success factor.
BOTH = ["test", "other"]
# Counted by hand in the tests: four published reports (three of the test method, one of
# the other method only), a draft and a withdrawn (unpublished) report that must never
# count.
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
        "methods": ["test"],
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
        "methods": ["test"],
        "organisation_type": "school",
        "plugin_round": "plugin2",
        "attendance_change": "Minskat mycket",
        "org_staff_competence": "Inte alls",
    },
    "vaxjo": {
        "title": "Växjö-projektet",
        "municipality": "0780",
        "methods": ["other"],
        "tags": ["autism"],
        "organisation_type": "school",
        "plugin_round": "plugin1",
        "participants_total": 25,
        "attendance_change": "Ökat ganska mycket",
        "org_staff_competence": "I stor utsträckning",
    },
    "draft": {
        "title": "Utkastet",
        "municipality": "1280",
        "methods": ["test"],
        "participants_total": 500,
        "attendance_change": "Ökat mycket",
        "publish": False,
    },
    "withdrawn": {
        "title": "Det tillbakadragna",
        "municipality": "1280",
        "methods": ["test"],
        "participants_total": 700,
        "attendance_change": "Ökat mycket",
    },
}


@pytest.fixture
def build_report(site_pages, method):
    """`build_report(title, methods=["test"], ...)`: a report under the site's report
    index, published unless `publish=False`; methods are named by role (see BOTH)."""
    slugs = {"test": method.slug, "other": site_pages.other_method.slug}

    def build(title, *, methods=(), **fields):
        chosen = [slugs[role] for role in methods]
        return publish_report(title, methods=chosen, parent=site_pages.reports, **fields)

    return build


@pytest.fixture
def reports(only_built_reports, build_report):
    made = {key: build_report(**fields) for key, fields in HAND_COUNTED_REPORTS.items()}
    made["withdrawn"].unpublish()
    return made
