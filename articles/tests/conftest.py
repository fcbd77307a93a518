"""Content for these tests comes from factories (`testing.fixtures`), not from the demo."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from testing.article_factories import article_tree
from testing.factories import site_tree
from testing.fixtures import *  # noqa: F403
from testing.helpers import SiteClient
from testing.workshop_factories import workshop_tree


@pytest.fixture(autouse=True)
def empty_cache():
    """Navigation is cached per content version and site; a rolled-back test leaves it as
    it was, so a cached copy could hold another test's pages."""
    cache.clear()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """The PDFs the tests upload go to a temporary folder, not to var/media."""
    settings.MEDIA_ROOT = tmp_path


@dataclass
class Tree:
    site: object
    home: object
    workshops: object
    case_studies: object
    news: object
    research: object
    client: SiteClient

    def url(self, page):
        return page.get_url(current_site=self.site)

    def html(self, page, query=""):
        response = self.client.get(self.url(page) + query)
        assert response.status_code == 200, self.url(page)
        return response.content.decode()


@pytest.fixture
def tree(db):
    """A published site of its own with the workshop index and the articles sections."""
    portal = site_tree(published=True)
    sections = article_tree(portal.home)
    return Tree(
        site=portal.site,
        home=portal.home,
        workshops=workshop_tree(portal.home).workshops,
        case_studies=sections.case_studies,
        news=sections.news,
        research=sections.research,
        client=SiteClient(portal.site),
    )
