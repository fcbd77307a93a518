"""Queries per page stay constant as content grows (3 vs 30 case studies, news and
research entries), for the three index pages and the home page's news (the style of
portal/tests/test_query_counts.py)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from testing.article_factories import (
    CaseStudyPageFactory,
    NewsPageFactory,
    PdfFactory,
    ResearchPageFactory,
)
from testing.workshop_factories import WorkshopPageFactory

PAGES = ("case studies", "news", "research", "home", "workshop")
THEMES = ("oversikter", "individualiserat-stod", "relationella-faktorer", "organisation")


def queries_for(client, url, cached):
    if cached:
        client.get(url)
    else:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def grow(tree, workshop, count):
    pdf = PdfFactory()
    for n in range(count):
        CaseStudyPageFactory(parent=tree.case_studies, workshop=workshop, pdf=pdf)
        NewsPageFactory(parent=tree.news)
        ResearchPageFactory(parent=tree.research, theme=THEMES[n % 4], document=pdf)


@pytest.mark.parametrize("cached", [True, False], ids=["cached", "uncached"])
@pytest.mark.parametrize("page", PAGES)
def test_query_count_does_not_grow_with_articles(tree, page, cached):
    workshop = WorkshopPageFactory(parent=tree.workshops, published=True)
    url = {
        "case studies": tree.url(tree.case_studies),
        "news": tree.url(tree.news),
        "research": tree.url(tree.research),
        "home": tree.url(tree.home),
        "workshop": tree.url(workshop),
    }[page]
    grow(tree, workshop, 3)
    with_3 = queries_for(tree.client, url, cached)
    grow(tree, workshop, 27)
    with_30 = queries_for(tree.client, url, cached)
    assert with_30 == with_3, f"{url}: {with_3} queries with 3, {with_30} with 30"
