import pytest


def test_search_finds_methods_and_reports(client, demo_site):
    html = client.get("/sok/", {"q": "coachning"}).content.decode()
    assert "Coachning i grupp" in html
    assert "Fler elever genom gymnasiet" in html


def test_empty_query_shows_the_form_without_results(client, demo_site):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "coachning", "sida": "999"},
        {"q": "coachning", "sida": "abc"},
        {"q": "\u0000\ufffd\u202e närvaro"},
        {"q": '(((( OR AND NOT """'},
    ],
    ids=["long", "sql", "html", "page-out-of-range", "page-not-number", "unicode", "operators"],
)
def test_odd_input_gives_a_normal_page(client, demo_site, params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if "script" in params["q"]:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
