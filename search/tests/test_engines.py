"""Word matching per engine: Swedish forms, accents, and the PostgreSQL index in use."""

import pytest
from django.db import connection

from search.engines import highlight_passage, word_forms
from search.params import SearchParams
from search.selectors import run_search
from testing.helpers import publish_report


def postgres_only(reason):
    return pytest.mark.skipif(
        connection.vendor != "postgresql", reason=f"{reason}: run `make test-postgres`"
    )


stemming = postgres_only("Swedish stemming needs PostgreSQL (SQLite FTS5 has no stemmer)")
gin_index = postgres_only("The GIN index exists on PostgreSQL only")


def found(text):
    return [result.title for result in run_search(SearchParams(text)).results]


@pytest.fixture
def words(tree):
    texts = {
        "Rapport A": "Närvaron ökade när coachningen startade.",
        "Rapport B": "Eleverna fick stöd av elever i årskurs tre.",
        "Rapport C": "Vi följde upp närvaro varje vecka i skolan.",
        "Rapport D": "Det fanns möjliga vägar för varje elev.",
    }
    for title, text in texts.items():
        publish_report(title, goal_results=text, parent=tree.reports)


# Forms every engine finds: prefixes of words, an ending stripped, accents folded.
@pytest.mark.parametrize(
    "query, expected",
    [
        ("coachning", {"Rapport A"}),  # "coachningen"
        ("närvaro", {"Rapport A", "Rapport C"}),  # "närvaron" too
        ("närvaron", {"Rapport A", "Rapport C"}),  # and back: "närvaro"
        ("narvaro", {"Rapport A", "Rapport C"}),  # without diacritics
        ("NÄRVARO", {"Rapport A", "Rapport C"}),
        ("elev", {"Rapport B", "Rapport D"}),  # "elever", "eleverna"
        ("eleverna", {"Rapport B", "Rapport D"}),
        ("skolan", {"Rapport C"}),
    ],
)
def test_swedish_word_forms_are_found(words, query, expected):
    assert set(found(query)) & {"Rapport A", "Rapport B", "Rapport C", "Rapport D"} == expected


@stemming
@pytest.mark.postgres
@pytest.mark.parametrize(
    "query, expected",
    [
        ("möjligheterna", {"Rapport D"}),  # stemmed to "möjlig", as "möjliga"
        ("coachningens", {"Rapport A"}),
        ("elevernas", {"Rapport B", "Rapport D"}),
    ],
)
def test_the_swedish_stemmer_joins_forms_a_prefix_cannot(words, query, expected):
    assert set(found(query)) & {"Rapport A", "Rapport B", "Rapport C", "Rapport D"} == expected


@gin_index
@pytest.mark.postgres
def test_full_text_query_can_use_the_gin_index(words):
    """With few rows the planner rightly prefers a scan; forbidding it shows the query
    shape can use the index (the benchmark prints the plan at 10 000 reports)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT page_id FROM search_searchdocument d "
            "WHERE d.tsv @@ to_tsquery('portal_swedish', %s)",
            ["('narvaro':*)"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_document_tsv_gin" in plan


def test_word_forms_strip_one_common_ending_and_keep_short_stems_whole():
    assert word_forms("närvaron") == ("närvaron", "närvaro")
    assert word_forms("kommunerna") == ("kommunerna", "kommun")
    assert word_forms("elev") == ("elev",)
    assert word_forms("ska") == ("ska",)


def test_python_highlighter_marks_word_starts_without_case_or_accents():
    text = "Vi såg att Närvaron ökade. Narvaro mättes varje vecka av mentorerna."
    passage = highlight_passage(text, ("närvaro",))
    assert "\ue000Närvaron\ue001" in passage and "\ue000Narvaro\ue001" in passage
    assert highlight_passage(text, ("zebra",)) == ""


def test_the_wagtail_backend_engine_finds_filters_and_highlights(words, settings):
    """The engine for Elasticsearch/OpenSearch installations, run here on Wagtail's
    database backend: same results page, same facets."""
    settings.PORTAL_SEARCH_ENGINE = "wagtail"
    outcome = run_search(SearchParams("coachningen", {"type": ("report",)}))
    assert "Rapport A" in [result.title for result in outcome.results]
    result = next(result for result in outcome.results if result.title == "Rapport A")
    assert "<mark>" in result.passage
    assert {facet.key for facet in outcome.facets} >= {"type", "county"}


@gin_index
@pytest.mark.postgres
def test_the_admin_page_search_can_use_an_index(words):
    """Wagtail's backend matches (title || body), which its per-column indexes cannot
    serve; migration 0004 indexes that expression (155 ms -> 7 ms for a rare word over
    10 000 reports)."""
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    with CaptureQueriesContext(connection) as captured:
        list(Page.objects.live().search("coachning")[:20])
    sql = next(query["sql"] for query in captured if "@@" in query["sql"])
    assert '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@' in sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT object_id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('swedish', 'coachning')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "wagtailsearch_indexentry_title_body_gin" in plan


def test_an_unknown_engine_is_a_clear_configuration_error(settings):
    from search.checks import check_search_engine

    settings.PORTAL_SEARCH_ENGINE = "solr"
    [error] = check_search_engine(None)
    assert error.id == "search.E001" and "'solr'" in error.msg
