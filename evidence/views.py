"""Open-data downloads of the published reports (CSV and JSON), with the statistics
page's filters."""

import csv
import json

from django.http import HttpResponse, StreamingHttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core.content_version import content_version
from evidence import opendata
from evidence.filters import ReportFilter


class _Echo:
    def write(self, value):
        return value


def _reports_or_problem(request):
    filters = ReportFilter(request.GET or None, version=content_version(request))
    chosen = filters.chosen()
    problems = filters.problems()
    if problems:
        text = "Nedladdningen avbröts:\n" + "\n".join(problems) + "\n"
        return None, HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
    return (chosen, filters.qs), None


def _rows(request, reports):
    site = Site.find_for_request(request)
    root_path = site.root_page.url_path if site else "/"
    base_url = request.build_absolute_uri("/").rstrip("/")
    return opendata.report_rows(reports, root_path, base_url)


@require_safe
def open_data_csv(request):
    """One row per report, one column per question; the header row holds the Swedish
    labels (?rubriker=nycklar gives the column keys instead)."""
    found, problem = _reports_or_problem(request)
    if problem:
        return problem
    _, reports = found
    keys_header = request.GET.get("rubriker") == "nycklar"
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # a byte order mark, so that spreadsheet programs read UTF-8
        yield writer.writerow([key if keys_header else label for key, label in opendata.COLUMNS])
        for row in _rows(request, reports):
            yield writer.writerow([opendata.csv_cell(row[key]) for key, _ in opendata.COLUMNS])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="slutrapporter.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def open_data_json(request):
    """{"filters", "columns", "questions", "reports": [...]}; streamed, since a report
    holds some ten kB of answers."""
    found, problem = _reports_or_problem(request)
    if problem:
        return problem
    chosen, reports = found
    head = {
        "filters": chosen,
        "columns": [{"key": key, "label": label} for key, label in opendata.METADATA],
        "questions": opendata.question_schema(),
    }

    def chunks():
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "reports": ['
        for number, row in enumerate(_rows(request, reports)):
            values = {key: opendata.json_value(value) for key, value in row.items()}
            yield ("," if number else "") + json.dumps(values, ensure_ascii=False)
        yield "]}"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="slutrapporter.json"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
