"""The search page as a visitor uses it: query, results, passages, filters, browsing.

The pages about "skuggning" are `shadowing` (conftest.py): two methods and a report."""

import pytest

from search.tests.support import whole_collection
from testing.factories import SuccessFactorPageFactory
from testing.helpers import publish_report, result_titles, status_text

METHODS = {"Skuggning i grupp", "Individuell skuggning"}
REPORT_TITLE = "Kvarnbyskolans yrkesdagar"


def get(site, **params):
    response = site.client.get("/sok/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_search_finds_methods_and_reports(site_pages, shadowing):
    titles = result_titles(get(site_pages, q="skuggning"))
    assert "Skuggning i grupp" in titles
    assert "Individuell skuggning" in titles
    assert REPORT_TITLE in titles


def test_a_method_synonym_finds_the_method_and_the_reports_that_used_it(site_pages, shadowing):
    publish_report("Alvesta närvarolyft", municipality="0764", parent=site_pages.reports)
    publish_report(
        "Malmö yrkesdagar",
        municipality="1280",
        methods=[shadowing.method.slug],
        parent=site_pages.reports,
    )
    assert "Malmö yrkesdagar" in result_titles(get(site_pages, q="gruppskuggning"))
    titles = result_titles(get(site_pages, q="gruppskuggning Kronoberg"))
    # Only one report is both about group shadowing and in Kronoberg (Alvesta is not
    # about it, Malmö is not in Kronoberg, the method is in no county).
    assert titles == [REPORT_TITLE]


def test_results_show_the_matching_passage_with_the_words_marked(site_pages, shadowing):
    html = get(site_pages, q="forskningscirkel")
    assert "<mark>forskningscirkel</mark>" in html.lower()


def test_text_from_pages_is_escaped_in_passages(site_pages):
    publish_report(
        "Escape-test",
        goal_results="Vi skrev <b>fetstil</b> om närvaro.",
        parent=site_pages.reports,
    )
    html = get(site_pages, q="närvaro fetstil")
    assert "Escape-test" in result_titles(html)
    assert "<b>fetstil" not in html
    assert "<mark>fetstil</mark>" in html  # PostgreSQL drops the tag, SQLite escapes it


def test_no_page_has_every_word_so_pages_with_any_word_are_shown(site_pages, shadowing):
    html = get(site_pages, q="skuggning zxqvörtbrf")
    assert "Ingen sida innehöll alla orden" in html
    assert "Skuggning i grupp" in result_titles(html)


def test_browsing_without_a_query_lists_every_searchable_page_newest_first(site_pages):
    report = publish_report("Alldeles nyss publicerad", parent=site_pages.reports)
    html = get(site_pages)
    titles = result_titles(html)
    assert titles[0] == report.title
    assert site_pages.factor.title in titles and site_pages.about.title in titles
    expected = sum(whole_collection(site_pages, report).values())
    assert status_text(html).startswith(f"{expected} träffar")


def test_relevance_puts_title_matches_before_body_matches(site_pages):
    SuccessFactorPageFactory(parent=site_pages.factors, title="Brobyggare", published=True)
    for number in range(2):  # newer than the factor, with the word in their text only
        publish_report(
            f"Rapport {number}",
            goal_results="En brobyggare mötte eleverna.",
            parent=site_pages.reports,
        )
    titles = result_titles(get(site_pages, q="brobyggare"))
    assert len(titles) == 3
    assert titles[0] == "Brobyggare"


def test_sort_newest_orders_by_publication(site_pages):
    older = publish_report("Skuggning förr", parent=site_pages.reports)
    newer = publish_report("Skuggning nu", parent=site_pages.reports)
    titles = result_titles(get(site_pages, q="skuggning", sort="newest"))
    assert titles.index(newer.title) < titles.index(older.title)


def test_zero_results_suggest_known_terms(site_pages):
    publish_report("Kvarnbyns projekt", municipality="0780", parent=site_pages.reports)
    html = get(site_pages, q="Växsjö")
    assert "Inga träffar" in status_text(html)
    assert "Menade du:" in html
    assert ">Växjö</a>" in html


def test_filter_narrows_and_is_shown_as_removable(site_pages, shadowing):
    html = get(site_pages, q="skuggning", type="method")
    assert REPORT_TITLE not in result_titles(html)
    assert set(result_titles(html)) == METHODS
    assert 'name="type" value="method" checked' in html
    # The active filter links back to the same search without it.
    assert 'href="?q=skuggning"' in html
    assert "ta bort filtret" in html


def test_facet_counts_are_shown_beside_each_value(site_pages, shadowing):
    html = get(site_pages, q="skuggning")
    assert '<label for="f-type-1">Slutrapport <span class="facet__count">(1)</span>' in html
    assert 'Metod <span class="facet__count">(2)</span>' in html


def test_pagination_keeps_query_and_filters(site_pages):
    for number in range(21):
        publish_report(
            f"Sidbyte {number}",
            goal_results="Paginering av sökresultat.",
            parent=site_pages.reports,
        )
    html = get(site_pages, q="paginering", type="report")
    assert "Sida 1 av 2" in html
    assert 'href="?sida=2&amp;q=paginering&amp;type=report"' in html
    second = get(site_pages, q="paginering", type="report", sida="2")
    assert len(result_titles(second)) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "skuggning", "sida": "999"},
        {"q": "skuggning", "sida": "abc"},
        {"q": "skuggning", "sida": "-3"},
        {"q": "\u0000\ufffd\u202e närvaro"},
        {"q": '(((( OR AND NOT """ * : ^'},
        {"q": "skuggning", "county": "99", "municipality": "<b>x</b>"},
        {"q": "skuggning", "outcome": ["'", "narvaro-okade"]},
        {"q": "skuggning", "sort": "evil"},
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
def test_odd_input_gives_a_normal_page(site_pages, shadowing, params):
    response = site_pages.client.get("/sok/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html
    if "script" in params.get("q", ""):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_unknown_facet_value_matches_nothing_and_can_be_removed(site_pages):
    html = get(site_pages, county="99")
    assert "Inga träffar" in status_text(html)
    assert 'name="county" value="99" checked' in html


def test_search_box_is_in_the_header_of_every_page(site_pages):
    html = site_pages.client.get(site_pages.url(site_pages.methods)).content.decode()
    assert 'role="search"' in html and 'action="/sok/"' in html


def test_only_get_is_allowed(site_pages):
    assert site_pages.client.post("/sok/", {"q": "x"}).status_code == 405
