"""Queries per page stay constant as content grows (3 vs 60 reports).

The pages are a site of their own built by `site_pages` (testing/fixtures.py)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.indexing import rebuild_index
from testing.factories import MethodPageFactory
from testing.reports import make_reports

PAGES = ("report index", "method", "success factor", "home", "report", "statistics", "compare")


def page_urls(pages):
    """{name: address} on the `site_pages` site of each page in PAGES."""
    methods = f"metod={pages.method.slug}&metod={pages.other_method.slug}"
    return {
        "report index": pages.url(pages.reports),
        "method": pages.url(pages.method),
        "success factor": pages.url(pages.factor),
        "home": "/",
        "report": pages.url(pages.report),
        "statistics": pages.url(pages.statistics) + "?county=07",
        "compare": f"/jamfor-metoder/?{methods}",
    }


def queries_for(client, url, cached):
    """SQL queries of one request: with caches warm (as a running server mostly serves),
    or with every cache empty (the first request after a publish)."""
    if cached:
        client.get(url)
    else:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("cached", [True, False], ids=["cached", "uncached"])
@pytest.mark.parametrize("page", PAGES)
def test_query_count_does_not_grow_with_reports(site_pages, page, cached):
    url = page_urls(site_pages)[page]
    index, method = site_pages.reports, site_pages.method
    make_reports(index, 2, methods=[method])  # 3 with the site's own report
    rebuild_index()  # factory pages are saved, not published: index them as a publish would
    with_3 = queries_for(site_pages.client, url, cached)
    make_reports(index, 57, methods=[method])
    rebuild_index()
    with_60 = queries_for(site_pages.client, url, cached)
    assert with_60 == with_3, f"{url}: {with_3} queries with 3 reports, {with_60} with 60"


def test_method_page_lists_reports_that_used_it(site_pages):
    factor = site_pages.factor
    method = MethodPageFactory(parent=site_pages.methods, success_factors=[factor], published=True)
    make_reports(site_pages.reports, 26, methods=[method])
    html = site_pages.client.get(site_pages.url(method)).content.decode()
    assert "Projekt som använt metoden (26)" in html
    assert "Visar de 20 senaste av 26 rapporter." in html
    assert method in factor.methods.all()
