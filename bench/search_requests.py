"""Benchmark: the search page on PostgreSQL with 10 000 generated reports.

    make bench-search                 # 10 000 reports, database portal_bench
    BENCH_REPORTS=2000 make bench-search

The reports are generated once (`manage.py generate_reports`) into the database
`portal_bench` and kept for later runs. 200 varied requests to /sok/ (text only, text +
2 facets, facets only) run in-process with production settings, once to warm the
database's buffers and once measured. Prints per kind the median and p95 server time,
the SQL queries per request and the result counts (to show the queries do not depend
on them), and beside it the bare PostgreSQL full-text query for the same text
(match, rank, top 20), so that the framework's overhead shows as a ratio. Ends with
the query plan of a common word, to show the GIN index in use.
"""

import random
import re
import statistics
import time
from urllib.parse import urlencode

from common import ensure_database, ensure_reports, percentile, setup_django

QUERIES = 200
KINDS = ("text only", "text + 2 facets", "facets only")


def query_plan(rng):
    """200 requests: a third each of text only, text + 2 facets, facets only."""
    from core.models import Municipality
    from demo.synthetic import DOMAIN_WORDS, TARGET_GROUPS
    from reports import questionnaire
    from search.models import SearchDocument

    words = list(DOMAIN_WORDS)
    places = list(Municipality.objects.values_list("name", flat=True))
    common = ["elever", "projektet", "skolan", "närvaro", "arbetet", "coachning", "eleverna"]
    texts = []
    for number in range(QUERIES // 3 + 1):
        kind = number % 5
        if kind == 0:
            texts.append(rng.choice(common))  # matches most reports
        elif kind == 1:
            texts.append(rng.choice(words[:20]))  # frequent domain words
        elif kind == 2:
            texts.append(rng.choice(words[40:]))  # rare domain words
        elif kind == 3:
            texts.append(f"{rng.choice(words)} {rng.choice(places)}")
        else:
            texts.append(f"{rng.choice(common)} {rng.choice(words[:60])}")

    keys = SearchDocument.objects.filter(kind="report").values_list("facets", flat=True)[:500]
    values = {}
    for facets in keys:
        for key in facets:
            facet, _, value = key.partition(":")
            values.setdefault(facet, set()).add(value)
    values["tag"] = {tag.replace(" ", "-") for tag in TARGET_GROUPS} & values.get("tag", set())
    values["outcome"] = {outcome.slug for outcome in questionnaire.OUTCOMES}
    facet_names = ["county", "municipality", "method", "tag", "org", "round", "year", "outcome"]

    def facets(count):
        chosen = rng.sample(facet_names, count)
        return [(name, rng.choice(sorted(values[name]))) for name in chosen]

    plan = []
    for text in texts[: QUERIES // 3]:
        plan.append(("text only", [("q", text)], text))
    for text in texts[: QUERIES // 3]:
        plan.append(("text + 2 facets", [("q", text), *facets(2)], text))
    for _ in range(QUERIES - 2 * (QUERIES // 3)):
        plan.append(("facets only", facets(rng.randint(1, 3)), None))
    return plan


def bare_fts_ms(text):
    """The same text as a plain PostgreSQL full-text query: match, rank, top 20."""
    from django.db import connection

    from search.engines import PostgresMatch, TermQuery
    from search.params import query_terms

    tsquery = PostgresMatch(TermQuery(query_terms(text))).tsquery
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT page_id FROM search_searchdocument d, to_tsquery('portal_swedish', %s) q "
            "WHERE d.tsv @@ q ORDER BY ts_rank_cd(d.tsv, q) DESC LIMIT 20",
            [tsquery],
        )
        cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def result_count(html):
    match = re.search(r'role="status"[^>]*>\s*(\d+) träff', html)
    return int(match.group(1)) if match else 0


def run(plan):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _, params, _ in plan:  # warm the database's buffers and Wagtail's site cache
        client.get("/sok/?" + urlencode(params))
    rows = []
    for kind, params, text in plan:
        url = "/sok/?" + urlencode(params)
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, url
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        sql_ms = sum(float(query["time"]) for query in captured.captured_queries) * 1000
        total = result_count(response.content.decode())
        bare = bare_fts_ms(text) if text else None
        rows.append((kind, elapsed, len(captured), total, bare, sql_ms))
    return rows


def report(rows):
    print()
    print(
        f"{'kind':<16} {'median ms':>9} {'p95 ms':>7} {'SQL ms':>7} {'SQL/request':>11} "
        f"{'results':>12} {'bare FTS median/p95':>20} {'page/bare':>9}"
    )
    for kind in KINDS:
        mine = [row for row in rows if row[0] == kind]
        times = [row[1] for row in mine]
        queries = sorted({row[2] for row in mine})
        totals = [row[3] for row in mine]
        bare = [row[4] for row in mine if row[4] is not None]
        sql_ms = statistics.median(row[5] for row in mine)
        bare_text = f"{statistics.median(bare):.1f} / {percentile(bare, 0.95):.1f}" if bare else "–"
        ratio = f"{statistics.median(times) / statistics.median(bare):.2f}" if bare else "–"
        spread = f"{queries[0]}–{queries[-1]}" if len(queries) > 1 else str(queries[0])
        print(
            f"{kind:<16} {statistics.median(times):>9.1f} {percentile(times, 0.95):>7.1f} "
            f"{sql_ms:>7.1f} {spread:>11} {min(totals):>5}–{max(totals):<6} {bare_text:>20} "
            f"{ratio:>9}"
        )
    print(
        "\nSQL ms: median time in SQL per request (ms resolution); the rest is Python and "
        "templates.\nbare FTS: match, rank every match with ts_rank_cd, top 20, in plain SQL."
    )
    slowest = sorted(rows, key=lambda row: row[1], reverse=True)[:3]
    print(
        "slowest requests:",
        ", ".join(f"{row[0]} {row[1]:.0f} ms ({row[3]} results)" for row in slowest),
    )
    met = all(percentile([row[1] for row in rows if row[0] == kind], 0.95) < 50 for kind in KINDS)
    print(f"target p95 < 50 ms for each kind: {'met' if met else 'NOT met'}")


def explain():
    """The plan of the text match as the search runs it, for a word in every report."""
    from django.db import connection, transaction

    from search.engines import PostgresMatch, TermQuery

    tsquery = PostgresMatch(TermQuery(("elever",))).tsquery
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN (ANALYZE, COSTS OFF) SELECT array_agg(d.page_id) "
            "FROM search_searchdocument d, to_tsquery('portal_swedish', %s) AS query "
            "WHERE d.tsv @@ query",
            [tsquery],
        )
        print(f"\nplan of the text match for 'elever' ({tsquery}):")
        for (line,) in cursor.fetchall():
            print("   ", line)


def main():
    ensure_database()
    setup_django()
    ensure_reports()
    plan = query_plan(random.Random(2026))  # noqa: S311 (not crypto)
    rows = run(plan)
    report(rows)
    explain()


if __name__ == "__main__":
    main()
