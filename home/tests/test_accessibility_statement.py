"""The accessibility statement and its problem-report form.

The statement is a page of the site `site_pages` builds (testing/fixtures.py)."""

from django.core import mail

from home.models import AccessibilityProblemReport
from testing.helpers import SiteClient


def test_statement_explains_how_to_report_and_where_to_complain(site_pages):
    statement = site_pages.statement
    html = site_pages.client.get(site_pages.url(statement)).content.decode()
    assert "Rapportera brister i tillgängligheten" in html
    assert statement.contact_email == "tillganglighet@testportalen.example"
    assert "mailto:tillganglighet@testportalen.example" in html
    assert "https://www.digg.se/tdosanmalan" in html
    assert 'for="id_description"' in html


def test_valid_report_is_saved_mailed_and_thanked(site_pages):
    url = site_pages.url(site_pages.statement)
    page_address = site_pages.url(site_pages.methods)
    response = site_pages.client.post(
        url,
        {"page_address": page_address, "description": "Knappen syns inte", "reply_email": ""},
    )
    assert response.status_code == 302
    # Absolute: the database holds more than one site (the statement's URL without a
    # request is its site's root URL and its path).
    assert response["Location"] == f"{site_pages.site.root_url}{url}?tack=1#rapportera"
    report = AccessibilityProblemReport.objects.get()
    assert report.description == "Knappen syns inte"
    assert mail.outbox[0].to == ["tillganglighet@testportalen.example"]
    assert "Knappen syns inte" in mail.outbox[0].body
    assert "Tack!" in site_pages.client.get(response["Location"]).content.decode()


def test_invalid_report_shows_swedish_errors_and_keeps_input(site_pages):
    response = site_pages.client.post(
        site_pages.url(site_pages.statement),
        {"page_address": "/sok/", "description": "", "reply_email": "inte-en-adress"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Beskriv problemet så att vi kan åtgärda det." in html
    assert "Skriv e-postadressen som namn@exempel.se." in html
    assert 'value="/sok/"' in html and 'value="inte-en-adress"' in html
    assert 'aria-invalid="true"' in html
    assert AccessibilityProblemReport.objects.count() == 0


def test_report_form_requires_csrf_token(site_pages):
    client = SiteClient(site_pages.site, enforce_csrf_checks=True)
    response = client.post(site_pages.url(site_pages.statement), {"description": "x"})
    assert response.status_code == 403
    assert AccessibilityProblemReport.objects.count() == 0
