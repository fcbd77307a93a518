"""Where the statistics page may stand in the page tree, and that its factory builds a
page that routes and renders there."""

from django.apps import apps
from wagtail.test.utils import WagtailPageTestCase

from evidence.models import StatisticsPage
from testing.factories import StatisticsPageFactory, default_home
from testing.helpers import assert_parent_types

# home stands beside evidence in the layers: named, not imported.
HomePage = apps.get_model("home", "HomePage")


class StatisticsPageTreeTests(WagtailPageTestCase):
    def test_statistics_page_stands_under_the_home_page_only(self):
        assert_parent_types(self, StatisticsPage, {HomePage})

    def test_statistics_page_has_no_subpages(self):
        self.assertAllowedSubpageTypes(StatisticsPage, set())

    def test_there_is_one_statistics_page(self):
        home = default_home()
        StatisticsPageFactory(parent=home)
        self.assertFalse(StatisticsPage.can_create_at(home))

    def test_factory_builds_a_statistics_page_that_renders(self):
        page = StatisticsPageFactory(parent=default_home(), published=True)
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, query_data={"county": "07"})
