"""Content for these tests comes from factories (`testing.fixtures`), not from the demo."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from testing.factories import site_tree
from testing.fixtures import *  # noqa: F403
from testing.helpers import SiteClient
from testing.workshop_factories import workshop_tree


@pytest.fixture(autouse=True)
def empty_cache():
    """Navigation is cached per content version and site; a rolled-back test leaves it as
    it was, so a cached copy could hold another test's pages."""
    cache.clear()


@dataclass
class Tree:
    site: object
    home: object
    reports: object
    methods: object
    regions: object
    workshops: object
    municipalities: object
    client: SiteClient

    def url(self, page):
        return page.get_url(current_site=self.site)


@pytest.fixture
def tree(db):
    """A published site of its own with the report index and the workshops sections."""
    portal = site_tree(published=True)
    sections = workshop_tree(portal.home)
    return Tree(
        site=portal.site,
        home=portal.home,
        reports=portal.reports,
        methods=portal.methods,
        regions=sections.regions,
        workshops=sections.workshops,
        municipalities=sections.municipalities,
        client=SiteClient(portal.site),
    )
