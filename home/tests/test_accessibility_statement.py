"""The accessibility statement and its problem-report form."""

from django.core import mail
from django.test import Client

from home.models import AccessibilityProblemReport

URL = "/tillganglighetsredogorelse/"


def test_statement_explains_how_to_report_and_where_to_complain(client, demo_site):
    html = client.get(URL).content.decode()
    assert "Rapportera brister i tillgängligheten" in html
    assert "mailto:tillganglighet@pluginnovation.example" in html
    assert "https://www.digg.se/tdosanmalan" in html
    assert 'for="id_description"' in html


def test_valid_report_is_saved_mailed_and_thanked(client, demo_site):
    response = client.post(
        URL,
        {"page_address": "/metoder/", "description": "Knappen syns inte", "reply_email": ""},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?tack=1#rapportera"
    report = AccessibilityProblemReport.objects.get()
    assert report.description == "Knappen syns inte"
    assert mail.outbox[0].to == ["tillganglighet@pluginnovation.example"]
    assert "Knappen syns inte" in mail.outbox[0].body
    assert "Tack!" in client.get(response["Location"]).content.decode()


def test_invalid_report_shows_swedish_errors_and_keeps_input(client, demo_site):
    response = client.post(
        URL, {"page_address": "/sok/", "description": "", "reply_email": "inte-en-adress"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Beskriv problemet så att vi kan åtgärda det." in html
    assert "Skriv e-postadressen som namn@exempel.se." in html
    assert 'value="/sok/"' in html and 'value="inte-en-adress"' in html
    assert 'aria-invalid="true"' in html
    assert AccessibilityProblemReport.objects.count() == 0


def test_report_form_requires_csrf_token(demo_site):
    response = Client(enforce_csrf_checks=True).post(URL, {"description": "x"})
    assert response.status_code == 403
    assert AccessibilityProblemReport.objects.count() == 0
