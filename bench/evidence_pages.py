"""Benchmark: the statistics page ("Resultat i siffror") and the evidence pages on
PostgreSQL with 10 000 generated reports.

    make bench-statistics            # database portal_bench, reports generated once

Each request runs in-process with production settings. "Uncached" empties the cache
before every request (the first visitor after a publish); "cached" is every later
visitor. Prints median and p95 server time and the SQL queries per request for the
statistics page under 12 filter states, a method page, a success-factor page, a
report page (with its similar projects) and the method comparison. Target: the
statistics page under 150 ms uncached.
"""

import time

from common import ensure_database, ensure_reports, median, percentile, setup_django

FILTERS = [
    "",
    "?county=01",
    "?county=12",
    "?round=plugin1",
    "?round=plugin2",
    "?org=school",
    "?org=kaa",
    "?tag=autism",
    "?tag=h%C3%B6g-fr%C3%A5nvaro",
    "?county=14&org=school",
    "?round=plugin2&tag=autism",
    "?county=12&round=plugin1&org=kaa&tag=nyanl%C3%A4nda",
]
ROUNDS = 3


def measure(client, urls, cached):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], set()
    for _ in range(ROUNDS):
        for url in urls:
            if cached:
                client.get(url)
            else:
                cache.clear()
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, url
    for url in urls:
        if not cached:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries.add(len(captured))
    return times, queries


def main():
    ensure_database()
    setup_django()
    ensure_reports()
    from django.test import Client

    from reports.models import ProjectReportPage

    report = ProjectReportPage.objects.live().filter(import_key="synthetic-5000").first()
    cases = {
        "statistics page": [f"/resultat-i-siffror/{query}" for query in FILTERS],
        "method page": ["/metoder/coachning-i-grupp/", "/metoder/individuell-coachning/"],
        "success factor page": ["/framgangsfaktorer/samverkan/"],
        "report page": [report.url if report else "/slutrapporter/"],
        "compare 3 methods": [
            "/jamfor-metoder/?metod=coachning-i-grupp&metod=individuell-coachning"
            "&metod=upplevelsebaserat-larande"
        ],
    }
    client = Client()
    for urls in cases.values():  # warm the database's buffers
        for url in urls:
            client.get(url)
    print(f"\n{'page':<22} {'uncached median/p95 ms':>23} {'cached median/p95 ms':>21} {'SQL':>9}")
    worst = 0.0
    for name, urls in cases.items():
        cold, cold_queries = measure(client, urls, cached=False)
        warm, warm_queries = measure(client, urls, cached=True)
        if name == "statistics page":
            worst = percentile(cold, 0.95)
        sql = f"{min(cold_queries)}–{max(cold_queries)}/{min(warm_queries)}–{max(warm_queries)}"
        print(
            f"{name:<22} {median(cold):>12.1f} / {percentile(cold, 0.95):<8.1f}"
            f" {median(warm):>10.1f} / {percentile(warm, 0.95):<8.1f} {sql:>9}"
        )
    print("\nSQL: queries per request, uncached/cached (min–max over the URLs).")
    verdict = "met" if worst < 150 else "NOT met"
    print(f"target: statistics page p95 under 150 ms uncached -> {verdict}")


if __name__ == "__main__":
    main()
