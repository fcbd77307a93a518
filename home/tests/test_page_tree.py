"""Where the home app's page types may stand in the page tree, and that their factories
build pages that route and render there."""

from django.apps import apps
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import CaseStudyIndexPage, EnglishPage, NewsIndexPage, ResearchIndexPage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from methods.models import MethodIndexPage, SuccessFactorIndexPage
from reports.models import ReportIndexPage
from testing.factories import (
    AccessibilityStatementPageFactory,
    HomePageFactory,
    StandardPageFactory,
    default_home,
)
from testing.helpers import assert_parent_types
from workshops.models import MunicipalityIndexPage, RegionIndexPage, WorkshopIndexPage

# evidence stands beside home in the layers: named, not imported.
StatisticsPage = apps.get_model("evidence", "StatisticsPage")


class HomePageTreeTests(WagtailPageTestCase):
    def test_home_page_stands_under_the_tree_root_only(self):
        assert_parent_types(self, HomePage, {Page})

    def test_home_page_holds_the_portal_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                SuccessFactorIndexPage,
                MethodIndexPage,
                ReportIndexPage,
                RegionIndexPage,
                WorkshopIndexPage,
                MunicipalityIndexPage,
                StatisticsPage,
                CaseStudyIndexPage,
                NewsIndexPage,
                ResearchIndexPage,
                EnglishPage,
                StandardPage,
                AccessibilityStatementPage,
            },
        )

    def test_there_is_one_home_page(self):
        default_home()
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_home_page_factory_builds_a_site_root_that_renders(self):
        home = default_home()
        self.assertPageIsRoutable(home)
        self.assertPageIsRenderable(home)
        other = HomePageFactory()
        self.assertEqual(other.get_parent().specific_class, Page)
        self.assertTrue(other.live)


class StandardPageTreeTests(WagtailPageTestCase):
    def test_standard_page_stands_under_the_home_page_or_another_standard_page(self):
        assert_parent_types(self, StandardPage, {HomePage, StandardPage})

    def test_standard_page_holds_standard_pages_only(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_factory_builds_nested_standard_pages_that_render(self):
        about = StandardPageFactory(parent=default_home(), published=True)
        child = StandardPageFactory(parent=about, published=True)
        for page in (about, child):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)

    def test_draft_standard_page_is_not_found(self):
        page = StandardPageFactory(parent=default_home(), live=False)
        self.assertEqual(self.client.get(page.url).status_code, 404)


class AccessibilityStatementPageTreeTests(WagtailPageTestCase):
    def test_statement_stands_under_the_home_page_only(self):
        assert_parent_types(self, AccessibilityStatementPage, {HomePage})

    def test_statement_has_no_subpages(self):
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())

    def test_there_is_one_statement(self):
        home = default_home()
        AccessibilityStatementPageFactory(parent=home)
        self.assertFalse(AccessibilityStatementPage.can_create_at(home))

    def test_factory_builds_a_statement_that_renders_with_its_form(self):
        page = AccessibilityStatementPageFactory(parent=default_home(), published=True)
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)
        self.assertContains(self.client.get(page.url), "tillganglighet@example.se")
