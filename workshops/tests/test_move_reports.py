"""`manage.py move_reports_to_workshops`: the flat reports under the report index move
under their workshops, keep everything, and their old addresses answer 301."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect

from reports.models import ProjectReportPage
from testing.factories import MethodIndexPageFactory, MethodPageFactory, report_index
from testing.helpers import publish_report
from testing.workshop_factories import WorkshopIndexPageFactory, WorkshopPageFactory
from workshops.models import WorkshopIndexPage, WorkshopPage


def run(*args):
    out = StringIO()
    call_command("move_reports_to_workshops", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def index(db):
    return report_index()


@pytest.fixture
def workshops(index):
    return WorkshopIndexPage.objects.first() or WorkshopIndexPageFactory(
        parent=index.get_parent(), published=True
    )


@pytest.fixture
def flat(index, workshops):
    """An existing workshop and four flat reports: one for it, one of the same name in
    another municipality, and two of one new project."""
    methods = MethodIndexPageFactory(parent=index.get_parent(), published=True)
    MethodPageFactory(parent=methods, slug="flyttmetoden", published=True)
    existing = WorkshopPageFactory(
        parent=workshops, title="Flyttprojektet", municipality_codes=["0780"], published=True
    )
    reports = {
        "existing": publish_report("Flyttprojektet", parent=index, attendance_change="Ökat mycket"),
        "elsewhere": publish_report("Flyttprojektet", municipality="1280", parent=index),
        "new": publish_report(
            "Nytt flyttprojekt",
            parent=index,
            methods=["flyttmetoden"],
            tags=["flyttad målgrupp"],
            organisation_type="kaa",
            plugin_round="plugin1",
            period_start=date(2013, 1, 1),
            period_end=date(2014, 6, 30),
        ),
        "new-draft": publish_report("Nytt flyttprojekt", parent=index, publish=False),
    }
    return existing, reports


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def test_reports_move_under_the_matching_or_a_new_workshop(flat):
    existing, reports = flat
    before = {key: (r.revisions.count(), r.latest_revision_id) for key, r in reports.items()}
    run()
    moved = {key: fresh(report) for key, report in reports.items()}
    assert moved["existing"].get_parent().pk == existing.pk
    assert moved["existing"].attendance_change == "Ökat mycket"
    elsewhere = moved["elsewhere"].get_parent().specific
    assert elsewhere.pk != existing.pk and elsewhere.live
    assert [m.code for m in elsewhere.municipalities.all()] == ["1280"]
    new = moved["new"].get_parent().specific
    assert isinstance(new, WorkshopPage) and new.live and new.title == "Nytt flyttprojekt"
    assert (new.organisation_type, new.plugin_round) == ("kaa", "plugin1")
    assert (new.period_start, new.period_end) == (date(2013, 1, 1), date(2014, 6, 30))
    assert [m.slug for m in new.methods.all()] == ["flyttmetoden"]
    assert [t.name for t in new.target_groups.all()] == ["flyttad målgrupp"]
    assert moved["new-draft"].get_parent().pk == new.pk
    assert not moved["new-draft"].live and moved["new"].live
    for key, report in moved.items():
        assert (report.revisions.count(), report.latest_revision_id) == before[key]


def test_old_address_answers_301_to_the_new_one(client, workshops, flat):
    _existing, reports = flat
    report = reports["existing"]
    old_url = report.url
    run()
    new_url = fresh(report).url
    assert new_url != old_url and new_url.startswith(workshops.url)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == new_url
    assert client.get(new_url).status_code == 200
    redirect = Redirect.objects.get(redirect_page=report, automatically_created=False)
    assert redirect.is_permanent


def test_a_second_run_moves_and_creates_nothing(flat):
    run()
    counts = (WorkshopPage.objects.count(), Redirect.objects.count())
    output = run()
    assert "0 reports moved, 0 new workshops." in output
    assert (WorkshopPage.objects.count(), Redirect.objects.count()) == counts


def test_dry_run_writes_nothing(index, flat):
    _existing, reports = flat
    counts = (WorkshopPage.objects.count(), Redirect.objects.count())
    output = run("--dry-run")
    lines = dict(line.split(" → ") for line in output.splitlines() if " → " in line)
    assert lines[reports["existing"].url] == "workshop 'Flyttprojektet'"
    assert lines[reports["elsewhere"].url] == "a new workshop"
    assert lines[reports["new"].url] == "a new workshop"
    assert lines[reports["new-draft"].url] == "the same new workshop as a report above"
    assert "Nothing was changed." in output
    assert (WorkshopPage.objects.count(), Redirect.objects.count()) == counts
    for report in reports.values():
        assert fresh(report).get_parent().pk == index.pk


def test_the_workshop_index_is_made_when_missing(index):
    WorkshopIndexPage.objects.all().delete()
    report = publish_report("Ensam rapport", parent=index)
    run()
    workshops = WorkshopIndexPage.objects.get()
    assert workshops.live and workshops.get_parent().pk == index.get_parent().pk
    assert ProjectReportPage.objects.get(pk=report.pk).get_parent().get_parent().pk == (
        workshops.pk
    )
