"""No request parameter breaks the portal: odd search text gets a normal answer (200 or
400 with a message), on SQLite and on PostgreSQL (`make test-postgres`).

The pages are those of the site `site_pages` builds (testing/fixtures.py)."""

import pytest

ODD_TEXT = ['"', 'a"b', '"""', "\x00", "a\x00b", "(", "*", "OR", "a AND", "NEAR(", "\\", "%", "'"]


def api_search(site_pages, text):
    return site_pages.client.get("/api/v2/pages/", {"search": text})


@pytest.mark.parametrize("text", ODD_TEXT)
def test_api_v2_search_answers_odd_text(site_pages, text):
    response = api_search(site_pages, text)
    assert response.status_code == 200, response.content[:200]
    assert "total_count" in response.json()["meta"]


def test_api_v2_search_still_finds_words_and_phrases(site_pages):
    title = site_pages.method.title
    words = api_search(site_pages, title.split()[0]).json()
    phrase = api_search(site_pages, f'"{title}"').json()
    titles = {item["title"] for item in phrase["items"]}
    assert title in titles
    assert 0 < phrase["meta"]["total_count"] <= words["meta"]["total_count"]


# A route of the portal ("/sok/"), or a page of `site_pages` by its attribute name.
WHERE = [
    ("/sok/", "q"),
    ("/sok/", "county"),
    ("/sok/", "type"),
    ("/api/search/", "q"),
    ("statistics", "county"),
    ("/oppna-data/slutrapporter.csv", "county"),
    ("/jamfor-metoder/", "metod"),
    ("reports", "sida"),
]


@pytest.mark.parametrize("text", ODD_TEXT)
@pytest.mark.parametrize(("where", "parameter"), WHERE)
def test_search_and_filter_parameters_answer_odd_text(site_pages, where, parameter, text):
    path = where if where.startswith("/") else site_pages.url(getattr(site_pages, where))
    response = site_pages.client.get(path, {parameter: text})
    assert response.status_code in (200, 400), (path, parameter, response.status_code)
