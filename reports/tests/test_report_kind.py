"""A report's kind (delrapport, utvärderingsrapport, slutrapport) and date, and that
the report index lists every report, also those filed under a project workshop."""

from datetime import date

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.urls import reverse

from reports.models import ProjectReportPage, ReportKind
from testing.factories import ProjectReportPageFactory, site_tree
from testing.helpers import SiteClient, publish_report

# workshops stands above reports in the layers: named, not imported.
WorkshopPage = apps.get_model("workshops", "WorkshopPage")
WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")


@pytest.fixture
def tree(db):
    return site_tree(published=True)


def test_a_report_is_a_final_report_without_a_date_by_default(tree):
    report = publish_report("Standardrapporten", parent=tree.reports)
    assert (report.kind, report.report_date) == (ReportKind.FINAL, None)


def test_report_page_shows_its_kind_and_date(tree):
    report = ProjectReportPageFactory(
        parent=tree.reports, kind="utvardering", report_date=date(2017, 3, 15)
    )
    html = SiteClient(tree.site).get(report.get_url(current_site=tree.site)).content.decode()
    assert '<p class="subtitle">Utvärderingsrapport</p>' in html
    assert "15 mars 2017" in html
    api = SiteClient(tree.site).get(f"/api/v2/pages/{report.pk}/").json()
    assert (api["kind"], api["report_date"]) == ("utvardering", "2017-03-15")


def test_the_admin_form_has_the_kind_and_date(tree):
    admin = User.objects.create_superuser("typadmin", "typ@example.se", "losen-123-abc")
    report = ProjectReportPageFactory(parent=tree.reports)
    client = SiteClient(tree.site)
    client.force_login(admin)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    assert 'name="kind"' in html and 'name="report_date"' in html


def test_report_index_lists_reports_under_workshops_too(tree):
    workshops = WorkshopIndexPage(title="Projektverkstäder", slug="verkstader-i-test")
    tree.home.add_child(instance=workshops)
    workshop = WorkshopPage(title="Listverkstaden", slug="listverkstaden")
    workshops.add_child(instance=workshop)
    ProjectReportPageFactory(parent=tree.reports, title="Rapporten i indexet")
    ProjectReportPageFactory(parent=workshop, title="Rapporten i verkstaden")
    ProjectReportPageFactory(parent=workshop, title="Utkastet i verkstaden", live=False)
    client = SiteClient(tree.site)
    html = client.get(tree.reports.get_url(current_site=tree.site)).content.decode()
    assert "Rapporten i indexet" in html and "Rapporten i verkstaden" in html
    assert "Utkastet i verkstaden" not in html
    assert ProjectReportPage.objects.filter(title="Rapporten i verkstaden").get().live
