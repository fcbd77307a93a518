"""Where the report index and final reports may stand in the page tree, and that their
factories build pages that route and render there."""

from django.apps import apps
from wagtail.test.utils import WagtailPageTestCase

from reports.models import ProjectReportPage, ReportIndexPage
from testing.factories import ProjectReportPageFactory, ReportIndexPageFactory, default_home
from testing.helpers import assert_parent_types

# The home and workshops apps stand above reports in the layers: named, not imported.
HomePage = apps.get_model("home", "HomePage")
WorkshopPage = apps.get_model("workshops", "WorkshopPage")


class ReportTreeTests(WagtailPageTestCase):
    def test_report_index_stands_under_the_home_page_only(self):
        assert_parent_types(self, ReportIndexPage, {HomePage})

    def test_report_index_holds_final_reports_only(self):
        self.assertAllowedSubpageTypes(ReportIndexPage, {ProjectReportPage})

    def test_final_report_stands_under_the_report_index_or_a_workshop(self):
        assert_parent_types(self, ProjectReportPage, {ReportIndexPage, WorkshopPage})

    def test_final_report_has_no_subpages(self):
        self.assertAllowedSubpageTypes(ProjectReportPage, set())

    def test_there_is_one_report_index(self):
        home = default_home()
        ReportIndexPageFactory(parent=home)
        self.assertFalse(ReportIndexPage.can_create_at(home))

    def test_factories_build_report_pages_that_render(self):
        index = ReportIndexPageFactory(parent=default_home(), published=True)
        report = ProjectReportPageFactory(parent=index, municipality_code="0780", published=True)
        for page in (index, report):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
        self.assertContains(self.client.get(report.url), "Växjö")
