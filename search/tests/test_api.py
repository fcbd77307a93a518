"""/api/search/: the same results and facets as the search page, as JSON."""

import pytest

from testing.helpers import publish_report


@pytest.fixture
def skane(demo_site):
    return publish_report(
        "Malmö närvaroteam",
        municipality="1280",
        tags=["autism"],
        attendance_change="Ökat mycket",
        goal_results="Ett närvaroteam följde upp frånvaron varje dag.",
    )


def test_results_facets_and_paging_as_json(client, skane):
    response = client.get("/api/search/", {"q": "närvaroteam", "county": "12"})
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
    assert result["url"] == f"http://testserver{skane.url}"
    assert result["meta"] == "Malmö, Skåne län · 2016–2017 · Skola"
    assert "<mark>närvaroteam</mark>" in result["highlight"]
    county = next(facet for facet in data["facets"] if facet["key"] == "county")
    assert county["label"] == "Län"
    assert {"value": "12", "label": "Skåne län", "count": 1, "selected": True} in county["values"]


def test_json_matches_the_search_page(client, skane):
    data = client.get("/api/search/", {"q": "coachning"}).json()
    html = client.get("/sok/", {"q": "coachning"}).content.decode()
    assert data["count"] == 3
    assert f"{data['count']} träffar" in html
    for result in data["results"]:
        assert result["title"] in html


def test_browse_without_query_lists_everything_newest_first(client, skane):
    data = client.get("/api/search/").json()
    assert data["count"] == 15
    assert data["sort"] == "newest"
    assert data["results"][0]["title"] == "Malmö närvaroteam"


def test_zero_results_carry_suggestions(client, demo_site):
    data = client.get("/api/search/", {"q": "Växsjö"}).json()
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
def test_odd_input_gives_valid_json(client, demo_site, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    assert "results" in response.json()
    assert b"<script>" not in response.content
    if params.get("q") == "<script>":
        assert response.json()["query"] == "<script>"  # the same text, escaped in JSON
