"""Fixtures for the method and success-factor tests: a site of their own, built with the
factories, so that nothing depends on the demo content's texts or addresses."""

import pytest
from django.core.cache import cache

from testing.factories import MethodPageFactory, SuccessFactorPageFactory, site_tree
from testing.helpers import site_client


@pytest.fixture(autouse=True)
def empty_cache():
    """Navigation and evidence are cached per content version and site; a rolled-back
    test leaves both as they were, so a cached copy could hold another test's pages."""
    cache.clear()


@pytest.fixture
def tree(db):
    """A published site: home, success factors, methods, reports and statistics."""
    return site_tree(published=True)


@pytest.fixture
def visitor(tree):
    """An anonymous visitor of the tree's site."""
    return site_client(tree.site)


@pytest.fixture
def factor(tree):
    return SuccessFactorPageFactory(
        parent=tree.factors,
        title="Tydlig överlämning",
        slug="tydlig-overlamning",
        long_name="Överlämning mellan skolformer som ingen missar",
        summary="Varje elev lämnas över med en plan.",
        published=True,
    )


@pytest.fixture
def method(tree, factor):
    return MethodPageFactory(
        parent=tree.methods,
        title="Lärlingsspåret",
        slug="larlingssparet",
        summary="Eleven varvar skolan med en lärlingsplats.",
        why_it_matters="<p>Praktiken ger skolarbetet en mening.</p>",
        success_factors=[factor],
        target_groups=["studietrötta elever"],
        published=True,
    )
