"""Fixtures that build a test's content with the factories, not with the demo loader.

Registered per test package by its conftest.py (`from testing.fixtures import *`). The
tests that use them never read the demo's texts, slugs or figures: what they expect is
written by hand or computed from what they built. They pass whether or not the demo
content is in the database too, so they never count what they did not build.

- `site_pages`: a site of its own with one published page of every public type (the
  sections in the main menu, two featured methods, a report, an information page and
  the accessibility statement); `site_pages.client` (a `SiteClient`) requests its
  pages and `site_pages.url(page)` is a page's address on it.
- `seed_report`: the seed export `demo/seeds/004_*.txt` (real data: 64 answers, key
  figures in its text) imported as the importer imports a file, published, with the
  metadata the export lacks set here (`SEED_METADATA`).
"""

from dataclasses import dataclass, field
from datetime import date

import pytest
from django.test import Client
from wagtail.models import Site

from core.models import Municipality
from evidence.models import StatisticsPage
from home.models import (
    AccessibilityStatementPage,
    HomePage,
    HomePageFeaturedMethod,
    StandardPage,
)
from methods.models import MethodIndexPage, MethodPage, SuccessFactorIndexPage, SuccessFactorPage
from reports.models import ProjectReportPage, ReportIndexPage
from testing.factories import (
    AccessibilityStatementPageFactory,
    ImportedReportFactory,
    MethodIndexPageFactory,
    MethodPageFactory,
    PortalSiteFactory,
    ProjectReportPageFactory,
    ReportIndexPageFactory,
    StandardPageFactory,
    StatisticsPageFactory,
    SuccessFactorIndexPageFactory,
    SuccessFactorPageFactory,
)
from testing.helpers import SiteClient, publish
from testing.seed import SEED_EXPORT

__all__ = ["seed_report", "site_pages"]

# The main menu of `site_pages`, in tree order.
MENU_TITLES = ("Framgångsfaktorer", "Metoder", "Slutrapporter", "Resultat i siffror")

SEED_TITLE = "Seedrapporten i test"
SEED_METADATA = {
    "organisation_type": "school",
    "plugin_round": "plugin1",
    "period_start": date(2013, 8, 1),
    "period_end": date(2014, 12, 31),
}


@dataclass
class SitePages:
    site: Site
    home: HomePage
    factors: SuccessFactorIndexPage
    methods: MethodIndexPage
    reports: ReportIndexPage
    statistics: StatisticsPage
    factor: SuccessFactorPage
    method: MethodPage
    other_method: MethodPage
    report: ProjectReportPage
    about: StandardPage
    statement: AccessibilityStatementPage
    client: Client = field(init=False)

    def __post_init__(self):
        self.client = SiteClient(self.site)

    def url(self, page):
        """The page's address on this site (relative, as its own links give it)."""
        return page.get_url(current_site=self.site)

    def pages(self):
        return [
            self.home,
            self.factors,
            self.methods,
            self.reports,
            self.statistics,
            self.factor,
            self.method,
            self.other_method,
            self.report,
            self.about,
            self.statement,
        ]

    def page_of(self, model):
        """This site's page of type `model` (the first in tree order)."""
        return model.objects.descendant_of(self.home, inclusive=True).order_by("path").first()


def _sections(home):
    """The four sections of the main menu, published, in MENU_TITLES order."""
    factories = (
        SuccessFactorIndexPageFactory,
        MethodIndexPageFactory,
        ReportIndexPageFactory,
        StatisticsPageFactory,
    )
    return [
        factory(parent=home, title=title, show_in_menus=True, published=True)
        for factory, title in zip(factories, MENU_TITLES, strict=True)
    ]


def _feature(home, methods):
    home.featured_methods = [
        HomePageFeaturedMethod(method=method, sort_order=position)
        for position, method in enumerate(methods)
    ]
    return publish(home)


def _methods(index, factor):
    """Two published methods supporting `factor`, both for one target group."""
    texts = (
        ("Lotsning i testgrupp", "En lots följer eleven i en liten grupp genom hela läsåret."),
        ("Mentorer i testskolan", "Vuxna mentorer träffar eleven varje vecka under ett år."),
    )
    return [
        MethodPageFactory(
            parent=index,
            title=title,
            summary=summary,
            success_factors=[factor],
            target_groups=["hög frånvaro"],
            published=True,
        )
        for title, summary in texts
    ]


def _information_pages(home):
    """The information page and the accessibility statement (linked from the footer)."""
    about = StandardPageFactory(
        parent=home,
        title="Om testportalen",
        intro="Testportalen visar vad kommunernas projekt mot avhopp har lärt sig.",
        published=True,
    )
    statement = AccessibilityStatementPageFactory(
        parent=home,
        intro="Så tillgänglig är testportalen, och så rapporterar du brister i den.",
        body=(
            "<p>Testportalen uppfyller kraven.</p><p>Får du inget svar kan du "
            '<a href="https://www.digg.se/tdosanmalan">anmäla det till Digg</a>.</p>'
        ),
        contact_email="tillganglighet@testportalen.example",
        published=True,
    )
    return about, statement


def build_site_pages():
    """A published site of its own with one page of every public type (see the module)."""
    site = PortalSiteFactory(site_name="Testportalen", root_page__title="Testportalens start")
    home = site.root_page.specific
    factors, methods, reports, statistics = _sections(home)
    factor = SuccessFactorPageFactory(
        parent=factors,
        title="Tät uppföljning",
        summary="Skolan följer varje elevs närvaro vecka för vecka och agerar samma dag.",
        published=True,
    )
    method, other_method = _methods(methods, factor)
    report = ProjectReportPageFactory(
        parent=reports,
        title="Lotsprojektet i testkommunen",
        municipality_code="0780",
        methods=[method],
        participants_total=12,
        published=True,
    )
    about, statement = _information_pages(home)
    return SitePages(
        site=site,
        home=_feature(home, [method, other_method]),
        factors=factors,
        methods=methods,
        reports=reports,
        statistics=statistics,
        factor=factor,
        method=method,
        other_method=other_method,
        report=report,
        about=about,
        statement=statement,
    )


@pytest.fixture
def site_pages(db):
    """A published site of its own with one page of every public type (`SitePages`)."""
    return build_site_pages()


@pytest.fixture
def seed_report(db):
    """The seed export imported by the importer under the report index (the first one,
    built when there is none), published with SEED_METADATA, in Växjö."""
    report = ImportedReportFactory(
        name="seedrapport-004.txt",
        text=SEED_EXPORT.read_bytes(),
        title=SEED_TITLE,
        municipality_code="0780",
    )
    for name, value in SEED_METADATA.items():
        setattr(report, name, value)
    return publish(report)


def unused_municipalities(count):
    """Municipalities no report is in yet: counted as new ones by the key figures."""
    used = ProjectReportPage.objects.exclude(municipality=None).values("municipality")
    return list(Municipality.objects.exclude(pk__in=used).order_by("code")[:count])
