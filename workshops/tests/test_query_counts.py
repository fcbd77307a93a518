"""Queries per page stay constant as workshops and reports grow (3 vs 60), for the
workshop, municipality and region pages (the style of portal/tests/test_query_counts)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from testing.factories import MethodPageFactory, ProjectReportPageFactory
from testing.reports import make_reports
from testing.workshop_factories import RegionPageFactory, WorkshopPageFactory

PAGES = ("workshop", "municipality", "region", "workshop index", "region index", "kommuner")


def queries_for(client, url, cached):
    if cached:
        client.get(url)
    else:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def content(tree):
    region = RegionPageFactory(parent=tree.regions, contacts=[{"name": "Kontakt"}], published=True)
    method = MethodPageFactory(parent=tree.methods, published=True)
    workshop = WorkshopPageFactory(
        parent=tree.workshops,
        region=region,
        municipality_codes=["0780"],
        methods=[method],
        target_groups=["räknad grupp"],
        published=True,
    )
    return region, method, workshop


def grow(tree, content, count):
    """`count` more workshops in the region and Växjö, each with a report, and `count`
    more reports of the first workshop."""
    region, method, workshop = content
    make_reports(workshop, count, methods=[method], municipality_code="0780")
    for _ in range(count):
        other = WorkshopPageFactory(
            parent=tree.workshops,
            region=region,
            municipality_codes=["0780", "0765"],
            methods=[method],
        )
        ProjectReportPageFactory(parent=other, municipality_code="0780")


@pytest.mark.parametrize("cached", [True, False], ids=["cached", "uncached"])
@pytest.mark.parametrize("page", PAGES)
def test_query_count_does_not_grow_with_workshops_and_reports(tree, content, page, cached):
    region, _method, workshop = content
    url = {
        "workshop": tree.url(workshop),
        "municipality": tree.url(tree.municipalities) + "vaxjo/",
        "region": tree.url(region),
        "workshop index": tree.url(tree.workshops),
        "region index": tree.url(tree.regions),
        "kommuner": tree.url(tree.municipalities),
    }[page]
    grow(tree, content, 2)  # 3 workshops, 3 reports of the first
    with_3 = queries_for(tree.client, url, cached)
    grow(tree, content, 57)
    with_60 = queries_for(tree.client, url, cached)
    assert with_60 == with_3, f"{url}: {with_3} queries with 3, {with_60} with 60"
