"""Queries per page stay constant as content grows (3 vs 60 reports)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from methods.models import MethodPage, SuccessFactorPage
from reports.models import ReportIndexPage
from search.indexing import rebuild_index
from testing.reports import make_reports

PAGES = {
    "report index": "/slutrapporter/",
    "method": "/metoder/coachning-i-grupp/",
    "success factor": "/framgangsfaktorer/bemotande/",
    "home": "/",
    "report": "/slutrapporter/elever-med-hog-franvaro-vaxjo/",
    "statistics": "/resultat-i-siffror/?county=07",
    "compare": "/jamfor-metoder/?metod=coachning-i-grupp&metod=individuell-coachning",
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
@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_query_count_does_not_grow_with_reports(client, demo_site, url, cached):
    index = ReportIndexPage.objects.get()
    method = MethodPage.objects.get(slug="coachning-i-grupp")
    make_reports(index, 2, methods=[method])  # 3 with the seed report
    rebuild_index()  # factory pages are saved, not published: index them as a publish would
    with_3 = queries_for(client, url, cached)
    make_reports(index, 57, methods=[method])
    rebuild_index()
    with_60 = queries_for(client, url, cached)
    assert with_60 == with_3, f"{url}: {with_3} queries with 3 reports, {with_60} with 60"


def test_method_page_lists_reports_that_used_it(client, demo_site):
    index = ReportIndexPage.objects.get()
    method = MethodPage.objects.get(slug="coachning-i-grupp")
    make_reports(index, 25, methods=[method])
    html = client.get("/metoder/coachning-i-grupp/").content.decode()
    assert "Projekt som använt metoden (26)" in html
    assert "Visar de 20 senaste av 26 rapporter." in html
    factor = SuccessFactorPage.objects.get(slug="bemotande")
    assert method in factor.methods.all()
