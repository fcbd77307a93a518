"""Content for these tests comes from factories (`testing.fixtures`), not from the demo.

Search reads the pages of every site at once, so the words these tests search for are
made up ("skuggning", "närvaroteam", ...): what a search finds is what the test built,
whether or not the demo content is in the database too. Counts over the whole collection
add what the test built to what was indexed outside its own site
(`search.tests.support.indexed_elsewhere`).
"""

from dataclasses import dataclass

import pytest

from methods.models import MethodPage, SuccessFactorPage
from reports.models import ProjectReportPage
from testing.factories import MethodPageFactory, SuccessFactorPageFactory, site_tree
from testing.fixtures import *  # noqa: F403
from testing.helpers import publish_report


@pytest.fixture
def tree(db):
    """The portal's sections under a site of its own (live, not in the index): where
    tests that search without a visitor's request put their pages."""
    return site_tree()


@dataclass
class Shadowing:
    factor: SuccessFactorPage
    method: MethodPage
    other_method: MethodPage
    report: ProjectReportPage


@pytest.fixture
def shadowing(site_pages):
    """Pages about "skuggning" on `site_pages`: two methods with the word in their title
    (the group one, synonym "gruppskuggning", supports a factor of its own) and a report
    in Växjö (Kronobergs län) that used the group method, whose text mentions a
    "forskningscirkel"."""
    factor = SuccessFactorPageFactory(
        parent=site_pages.factors,
        title="Arbetslivskontakt",
        slug="arbetslivskontakt",
        published=True,
    )
    method = MethodPageFactory(
        parent=site_pages.methods,
        title="Skuggning i grupp",
        slug="skuggning-i-grupp",
        search_synonyms="gruppskuggning",
        success_factors=[factor],
        published=True,
    )
    other_method = MethodPageFactory(
        parent=site_pages.methods,
        title="Individuell skuggning",
        slug="individuell-skuggning",
        published=True,
    )
    report = publish_report(
        "Kvarnbyskolans yrkesdagar",
        municipality="0780",  # Växjö, Kronobergs län
        methods=[method.slug],
        goal_results="Eleverna gick en forskningscirkel om sina egna studieval.",
        parent=site_pages.reports,
    )
    return Shadowing(factor=factor, method=method, other_method=other_method, report=report)
