"""Drafts and unpublished pages never reach anonymous visitors, listings or figures.

The pages are a site of their own built by `site_pages` (testing/fixtures.py); the key
figures count every report in the database, so the tests compare them with the figures
before the test built its reports."""

import pytest
from wagtail.models import PageViewRestriction

from home.selectors import key_figures
from testing.factories import MethodPageFactory, ProjectReportPageFactory
from testing.fixtures import unused_municipalities


@pytest.fixture
def draft_report(site_pages):
    report = ProjectReportPageFactory(
        parent=site_pages.reports,
        title="Hemligt utkast",
        slug="hemligt-utkast",
        participants_total=500,
    )
    report.unpublish()
    return report


@pytest.fixture
def draft_method(site_pages):
    method = MethodPageFactory(
        parent=site_pages.methods, title="Opublicerad metod", slug="opublicerad-metod"
    )
    method.unpublish()
    return method


def test_draft_report_is_404_for_anonymous(site_pages, draft_report):
    assert site_pages.client.get(site_pages.url(draft_report)).status_code == 404


def test_draft_method_is_404_for_anonymous(site_pages, draft_method):
    url = site_pages.url(site_pages.methods) + "opublicerad-metod/"
    assert site_pages.client.get(url).status_code == 404


@pytest.mark.parametrize("where", ["home", "report index", "search"])
def test_draft_report_is_not_listed(site_pages, draft_report, where):
    url = {
        "home": "/",
        "report index": site_pages.url(site_pages.reports),
        "search": "/sok/?q=Hemligt",
    }[where]
    assert "Hemligt utkast" not in site_pages.client.get(url).content.decode()


def test_draft_method_is_not_listed(site_pages, draft_method):
    html = site_pages.client.get(site_pages.url(site_pages.methods)).content.decode()
    assert site_pages.method.title in html
    assert "Opublicerad metod" not in html


def test_drafts_are_not_in_sitemap(site_pages, draft_report, draft_method):
    sitemap = site_pages.client.get("/sitemap.xml").content.decode()
    assert "hemligt-utkast" not in sitemap
    assert "opublicerad-metod" not in sitemap
    assert f"{site_pages.reports.slug}/{site_pages.report.slug}/" in sitemap


def test_drafts_do_not_count_in_key_figures(site_pages):
    before = key_figures()
    first, second, third = unused_municipalities(3)
    for municipality, participants in ((first, 10), (second, 20)):
        ProjectReportPageFactory(
            parent=site_pages.reports,
            municipality=municipality,
            participants_total=participants,
            published=True,
        )
    draft = ProjectReportPageFactory(
        parent=site_pages.reports, municipality=third, participants_total=500
    )
    draft.unpublish()
    assert key_figures() == {
        "reports": before["reports"] + 2,
        "municipalities": before["municipalities"] + 2,
        "participants": (before["participants"] or 0) + 10 + 20,
    }


def test_report_under_view_restriction_is_hidden(site_pages):
    before = key_figures()
    report = ProjectReportPageFactory(
        parent=site_pages.reports,
        title="Lösenordsskyddad",
        slug="skyddad",
        municipality=unused_municipalities(1)[0],
        participants_total=40,
    )
    PageViewRestriction.objects.create(page=report, restriction_type="password", password="x")
    index = site_pages.client.get(site_pages.url(site_pages.reports)).content.decode()
    assert site_pages.report.title in index
    assert "Lösenordsskyddad" not in index
    assert key_figures() == before
    assert "skyddad" not in site_pages.client.get("/sitemap.xml").content.decode()
