"""/api/search/: the same results and facets as the search page, as JSON."""

import pytest

from search.tests.support import whole_collection
from testing.helpers import publish_report


@pytest.fixture
def skane(site_pages):
    return publish_report(
        "Malmö närvaroteam",
        municipality="1280",
        tags=["dyskalkyli"],
        attendance_change="Ökat mycket",
        goal_results="Ett närvaroteam följde upp frånvaron varje dag.",
        parent=site_pages.reports,
    )


def test_results_facets_and_paging_as_json(site_pages, skane):
    response = site_pages.client.get("/api/search/", {"q": "närvaroteam", "county": "12"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["query"] == "närvaroteam"
    assert data["filters"] == {"county": ["12"]}
    assert (data["count"], data["page"], data["num_pages"]) == (1, 1, 1)
    [result] = data["results"]
    assert result["title"] == "Malmö närvaroteam"
    assert result["type"] == "report" and result["type_label"] == "Slutrapport"
    site = site_pages.site
    assert result["url"] == f"http://{site.hostname}:{site.port}{site_pages.url(skane)}"
    assert result["meta"] == "Malmö, Skåne län · 2016–2017 · Skola"
    assert "<mark>närvaroteam</mark>" in result["highlight"]
    county = next(facet for facet in data["facets"] if facet["key"] == "county")
    assert county["label"] == "Län"
    assert {"value": "12", "label": "Skåne län", "count": 1, "selected": True} in county["values"]


def test_json_matches_the_search_page(site_pages, shadowing):
    data = site_pages.client.get("/api/search/", {"q": "skuggning"}).json()
    html = site_pages.client.get("/sok/", {"q": "skuggning"}).content.decode()
    assert data["count"] == 3  # the two methods and the report that used one
    assert f"{data['count']} träffar" in html
    for result in data["results"]:
        assert result["title"] in html


def test_browse_without_query_lists_everything_newest_first(site_pages, skane):
    data = site_pages.client.get("/api/search/").json()
    assert data["count"] == sum(whole_collection(site_pages, skane).values())
    assert data["sort"] == "newest"
    assert data["results"][0]["title"] == "Malmö närvaroteam"


def test_zero_results_carry_suggestions(site_pages):
    publish_report("Kvarnbyns projekt", municipality="0780", parent=site_pages.reports)
    data = site_pages.client.get("/api/search/", {"q": "Växsjö"}).json()
    assert data["count"] == 0 and data["results"] == []
    assert "Växjö" in data["suggestions"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "<script>"},
        {"page": "abc"},
        {"page": "99999999"},
        {"type": "\u0000"},
    ],
)
def test_odd_input_gives_valid_json(site_pages, params):
    response = site_pages.client.get("/api/search/", params)
    assert response.status_code == 200
    assert "results" in response.json()
    assert b"<script>" not in response.content
    if params.get("q") == "<script>":
        assert response.json()["query"] == "<script>"  # the same text, escaped in JSON
