"""Drafts and unpublished pages never reach anonymous visitors, listings or figures."""

import pytest

from home.selectors import key_figures
from methods.models import MethodPage
from reports.models import ReportIndexPage
from testing.factories import MethodPageFactory, ProjectReportPageFactory


@pytest.fixture
def draft_report(demo_site):
    index = ReportIndexPage.objects.get()
    report = ProjectReportPageFactory(
        parent=index, title="Hemligt utkast", slug="hemligt-utkast", participants_total=500
    )
    report.unpublish()
    return report


@pytest.fixture
def draft_method(demo_site):
    index = MethodPage.objects.first().get_parent()
    method = MethodPageFactory(parent=index, title="Opublicerad metod", slug="opublicerad-metod")
    method.unpublish()
    return method


def test_draft_report_is_404_for_anonymous(client, draft_report):
    assert client.get(draft_report.url).status_code == 404


def test_draft_method_is_404_for_anonymous(client, draft_method):
    assert client.get("/metoder/opublicerad-metod/").status_code == 404


@pytest.mark.parametrize("url", ["/", "/slutrapporter/", "/sok/?q=Hemligt"])
def test_draft_report_is_not_listed(client, draft_report, url):
    assert "Hemligt utkast" not in client.get(url).content.decode()


def test_draft_method_is_not_listed(client, draft_method):
    assert "Opublicerad metod" not in client.get("/metoder/").content.decode()


def test_drafts_are_not_in_sitemap(client, draft_report, draft_method):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "hemligt-utkast" not in sitemap
    assert "opublicerad-metod" not in sitemap
    assert "/slutrapporter/elever-med-hog-franvaro-vaxjo/" in sitemap


def test_drafts_do_not_count_in_key_figures(draft_report):
    figures = key_figures()
    assert figures == {"reports": 1, "municipalities": 1, "participants": 25}


def test_report_under_view_restriction_is_hidden(client, demo_site):
    from wagtail.models import PageViewRestriction

    index = ReportIndexPage.objects.get()
    report = ProjectReportPageFactory(parent=index, title="Lösenordsskyddad", slug="skyddad")
    PageViewRestriction.objects.create(page=report, restriction_type="password", password="x")
    assert "Lösenordsskyddad" not in client.get("/slutrapporter/").content.decode()
    assert key_figures()["reports"] == 1
    assert "skyddad" not in client.get("/sitemap.xml").content.decode()
