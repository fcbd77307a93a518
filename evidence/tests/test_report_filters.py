"""The report filters (county, round, org, tag) over HTTP, on the statistics page and the
open-data downloads: each filter narrows, empty values are no filter, unknown values are
named in Swedish, tags follow publishing. The reports are those of conftest.py, on the
site of `site_pages`."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from testing.reports import make_reports

CSV = "/oppna-data/slutrapporter.csv"
JSON = "/oppna-data/slutrapporter.json"


def page(site_pages, **params):
    response = site_pages.client.get(site_pages.url(site_pages.statistics), params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def report_count(soup):
    figure = next(f for f in soup.select(".figure") if f.dt.get_text() == "Slutrapporter")
    return int(figure.dd.get_text())


def problems(soup):
    return [item.get_text() for item in soup.select(".message--error li")]


def options(soup, name):
    return [(o["value"], o.get_text()) for o in soup.find("select", attrs={"name": name})("option")]


def selected(soup, name):
    """The value shown as chosen ("" when no option is marked: a browser shows the first)."""
    option = soup.find("select", attrs={"name": name}).find("option", selected=True)
    return option["value"] if option else ""


def csv_link(soup):
    return soup.find("a", href=lambda href: href and href.startswith(CSV))["href"]


def download_json(client, **params):
    response = client.get(JSON, params)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content).decode("utf-8"))


def csv_titles(client, **params):
    response = client.get(CSV, {**params, "rubriker": "nycklar"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")[1:]
    return {row["title"] for row in csv.DictReader(io.StringIO(text))}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"round": "plugin2"}, 2),  # Lund, Solna
        ({"org": "kaa"}, 1),  # Lund
        ({"tag": "autism"}, 2),  # Malmö, Växjö
        ({"county": "12", "round": "plugin1"}, 1),  # Malmö
    ],
)
def test_each_filter_narrows_the_statistics_and_stays_chosen(site_pages, reports, params, expected):
    soup = page(site_pages, **params)
    assert report_count(soup) == expected
    for name, value in params.items():
        assert selected(soup, name) == value
    assert problems(soup) == []
    assert soup.find("a", string="Ta bort alla filter")


def test_the_form_offers_every_choice_with_swedish_labels(site_pages, reports):
    soup = page(site_pages)
    assert report_count(soup) == 4
    assert [label.get_text() for label in soup.select(".stats-filters label")] == [
        "Län",
        "Plug In-omgång",
        "Organisationstyp",
        "Målgrupp",
    ]
    counties = options(soup, "county")
    assert counties[0] == ("", "Alla län") and ("12", "Skåne län") in counties
    assert len(counties) == 22  # "Alla län" and the 21 counties, by name
    assert [value for value, _ in options(soup, "round")] == ["", "plugin1", "plugin2"]
    assert options(soup, "org")[0] == ("", "Alla organisationstyper")
    assert [value for value, _ in options(soup, "org")[1:]] == ["school", "kaa"]
    assert options(soup, "tag")[0] == ("", "Alla målgrupper")
    assert ("autism", "autism") in options(soup, "tag")
    assert problems(soup) == [] and not soup.find("a", string="Ta bort alla filter")


def test_empty_and_unknown_parameters_are_no_filter(site_pages, reports):
    soup = page(site_pages, county="", round="", org="", tag="", other="x")
    assert report_count(soup) == 4
    assert problems(soup) == []
    assert csv_link(soup) == CSV


def test_every_unknown_value_is_named_in_filter_order_and_left_out(site_pages, reports):
    soup = page(site_pages, tag="finns-inte", org="skola", round="plugin2", county="99")
    assert problems(soup) == [
        "Län: värdet ”99” finns inte och användes inte.",
        "Organisationstyp: värdet ”skola” finns inte och användes inte.",
        "Målgrupp: värdet ”finns-inte” finns inte och användes inte.",
    ]
    assert report_count(soup) == 2  # round=plugin2 alone
    assert selected(soup, "round") == "plugin2" and selected(soup, "county") == ""
    # The downloads get the filters that were used, not the refused values.
    assert csv_link(soup) == f"{CSV}?round=plugin2"


def test_tags_are_those_of_published_reports_and_follow_a_publish(
    site_pages, reports, build_report
):
    build_report("Utkast med tagg", tags=["hemlig"], publish=False)
    soup = page(site_pages, tag="nyfiken")
    assert problems(soup) == ["Målgrupp: värdet ”nyfiken” finns inte och användes inte."]
    assert "hemlig" not in dict(options(soup, "tag"))
    # The tags are cached per content version: a publish shows a new tag at once.
    build_report("Nytt projekt", tags=["nyfiken"])
    soup = page(site_pages, tag="nyfiken")
    assert problems(soup) == []
    assert report_count(soup) == 1 and selected(soup, "tag") == "nyfiken"


def test_csv_filters_by_tag_and_round(client, reports):
    assert csv_titles(client, tag="autism") == {"Malmö-projektet", "Växjö-projektet"}
    assert csv_titles(client, round="plugin2", org="school") == {"Solna-projektet"}
    assert len(csv_titles(client, county="", tag="")) == 4


def test_json_names_the_filters_used(client, reports):
    data = download_json(client, org="school", round="plugin2")
    assert data["filters"] == {"round": "plugin2", "org": "school"}
    assert [report["title"] for report in data["reports"]] == ["Solna-projektet"]
    assert download_json(client, county="")["filters"] == {}


def test_json_refuses_unknown_values_with_every_reason(client, reports):
    response = client.get(JSON, {"round": "plugin3", "tag": "finns-inte", "county": "12"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "Nedladdningen avbröts:\n"
        "Plug In-omgång: värdet ”plugin3” finns inte och användes inte.\n"
        "Målgrupp: värdet ”finns-inte” finns inte och användes inte.\n"
    )


def _download(client, url):
    """(status, SQL queries, lines of the body) of one download, caches warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, len(captured), body.count(b"\n")


def test_filtered_download_queries_do_not_grow_with_reports(client, only_built_reports):
    index = only_built_reports.reports
    make_reports(index, 2, municipality_code="0780", tags=["autism"])
    url = f"{CSV}?county=07&round=plugin2&org=school&tag=autism"
    status, queries, lines = _download(client, url)
    assert (status, lines) == (200, 3)  # the header and two reports
    make_reports(index, 30, municipality_code="0780", tags=["autism"])
    assert _download(client, url) == (200, queries, 33)
    status, refused_queries, _ = _download(client, f"{CSV}?county=99")
    assert status == 400 and refused_queries < queries  # the reports are never read
