"""The search page as a visitor uses it: query, results, passages, filters, browsing."""

import pytest

from testing.helpers import publish_report, result_titles, status_text

SEED_TITLE = "Fler elever genom gymnasiet – coachning och särskild undervisningsgrupp"


def get(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_search_finds_methods_and_reports(client, demo_site):
    titles = result_titles(get(client, q="coachning"))
    assert "Coachning i grupp" in titles
    assert "Individuell coachning" in titles
    assert SEED_TITLE in titles


def test_a_method_synonym_finds_the_method_and_the_reports_that_used_it(client, demo_site):
    titles = result_titles(get(client, q="gruppcoachning Kronoberg"))
    # Only the seed report is both about group coaching and in Kronoberg.
    assert titles == [SEED_TITLE]


def test_results_show_the_matching_passage_with_the_words_marked(client, demo_site):
    html = get(client, q="studieresa")
    assert "<mark>studieresa</mark>" in html.lower()


def test_text_from_pages_is_escaped_in_passages(client, demo_site):
    publish_report("Escape-test", goal_results="Vi skrev <b>fetstil</b> om närvaro.")
    html = get(client, q="närvaro fetstil")
    assert "Escape-test" in result_titles(html)
    assert "<b>fetstil" not in html
    assert "<mark>fetstil</mark>" in html  # PostgreSQL drops the tag, SQLite escapes it


def test_no_page_has_every_word_so_pages_with_any_word_are_shown(client, demo_site):
    html = get(client, q="coachning zxqvörtbrf")
    assert "Ingen sida innehöll alla orden" in html
    assert "Coachning i grupp" in result_titles(html)


def test_browsing_without_a_query_lists_every_searchable_page_newest_first(client, demo_site):
    report = publish_report("Alldeles nyss publicerad")
    html = get(client)
    titles = result_titles(html)
    assert titles[0] == report.title
    assert "Koll och uppföljning" in titles and "Om portalen" in titles
    assert status_text(html).startswith("15 träffar")  # 14 demo pages + the new report


def test_relevance_puts_title_matches_before_body_matches(client, demo_site):
    titles = result_titles(get(client, q="flexibilitet"))
    assert titles[0] == "Flexibilitet"


def test_sort_newest_orders_by_publication(client, demo_site):
    older = publish_report("Coachning förr")
    newer = publish_report("Coachning nu")
    titles = result_titles(get(client, q="coachning", sort="newest"))
    assert titles.index(newer.title) < titles.index(older.title)


def test_zero_results_suggest_known_terms(client, demo_site):
    html = get(client, q="Växsjö")
    assert "Inga träffar" in status_text(html)
    assert "Menade du:" in html
    assert ">Växjö</a>" in html


def test_filter_narrows_and_is_shown_as_removable(client, demo_site):
    html = get(client, q="coachning", type="method")
    assert SEED_TITLE not in result_titles(html)
    assert set(result_titles(html)) == {"Coachning i grupp", "Individuell coachning"}
    assert 'name="type" value="method" checked' in html
    # The active filter links back to the same search without it.
    assert 'href="?q=coachning"' in html
    assert "ta bort filtret" in html


def test_facet_counts_are_shown_beside_each_value(client, demo_site):
    html = get(client, q="coachning")
    assert '<label for="f-type-1">Slutrapport <span class="facet__count">(1)</span>' in html
    assert 'Metod <span class="facet__count">(2)</span>' in html


def test_pagination_keeps_query_and_filters(client, demo_site):
    for number in range(21):
        publish_report(f"Sidbyte {number}", goal_results="Paginering av sökresultat.")
    html = get(client, q="paginering", type="report")
    assert "Sida 1 av 2" in html
    assert 'href="?sida=2&amp;q=paginering&amp;type=report"' in html
    second = get(client, q="paginering", type="report", sida="2")
    assert len(result_titles(second)) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "coachning", "sida": "999"},
        {"q": "coachning", "sida": "abc"},
        {"q": "coachning", "sida": "-3"},
        {"q": "\u0000\ufffd\u202e närvaro"},
        {"q": '(((( OR AND NOT """ * : ^'},
        {"q": "coachning", "county": "99", "municipality": "<b>x</b>"},
        {"q": "coachning", "outcome": ["'", "narvaro-okade"]},
        {"q": "coachning", "sort": "evil"},
        {"q": "_ __ ___"},
        {"type": "x" * 5000},
    ],
    ids=[
        "long",
        "sql",
        "html",
        "page-out-of-range",
        "page-not-number",
        "page-negative",
        "unicode",
        "operators",
        "unknown-facet-values",
        "quote-in-facet",
        "bad-sort",
        "underscores",
        "long-facet-value",
    ],
)
def test_odd_input_gives_a_normal_page(client, demo_site, params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html
    if "script" in params.get("q", ""):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_unknown_facet_value_matches_nothing_and_can_be_removed(client, demo_site):
    html = get(client, county="99")
    assert "Inga träffar" in status_text(html)
    assert 'name="county" value="99" checked' in html


def test_search_box_is_in_the_header_of_every_page(client, demo_site):
    html = client.get("/metoder/").content.decode()
    assert 'role="search"' in html and 'action="/sok/"' in html


def test_only_get_is_allowed(client, demo_site):
    assert client.post("/sok/", {"q": "x"}).status_code == 405
