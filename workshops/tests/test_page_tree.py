"""Where the regions, workshops and municipalities pages may stand in the page tree, and
that their factories build pages that route and render there."""

from django.apps import apps
from wagtail.test.utils import WagtailPageTestCase

from reports.models import ProjectReportPage
from testing.factories import default_home
from testing.helpers import assert_parent_types
from testing.workshop_factories import (
    MunicipalityIndexPageFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
    WorkshopIndexPageFactory,
    WorkshopPageFactory,
)
from workshops.models import (
    MunicipalityIndexPage,
    RegionIndexPage,
    RegionPage,
    WorkshopIndexPage,
    WorkshopPage,
)

# The home app stands above workshops in the layers: named, not imported.
HomePage = apps.get_model("home", "HomePage")


class WorkshopTreeTests(WagtailPageTestCase):
    def test_index_pages_stand_under_the_home_page_only(self):
        for index in (RegionIndexPage, WorkshopIndexPage, MunicipalityIndexPage):
            with self.subTest(index.__name__):
                assert_parent_types(self, index, {HomePage})

    def test_there_is_one_of_each_index(self):
        home = default_home()
        for factory in (
            RegionIndexPageFactory,
            WorkshopIndexPageFactory,
            MunicipalityIndexPageFactory,
        ):
            page = factory(parent=home)
            self.assertFalse(type(page).can_create_at(home))

    def test_region_index_holds_regions_only(self):
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        assert_parent_types(self, RegionPage, {RegionIndexPage})
        self.assertAllowedSubpageTypes(RegionPage, set())

    def test_workshop_index_holds_workshops_and_workshops_hold_reports(self):
        self.assertAllowedSubpageTypes(WorkshopIndexPage, {WorkshopPage})
        assert_parent_types(self, WorkshopPage, {WorkshopIndexPage})
        self.assertAllowedSubpageTypes(WorkshopPage, {ProjectReportPage})

    def test_municipality_index_has_no_subpages(self):
        # Its municipalities are routes (/kommuner/<slug>/), not pages.
        self.assertAllowedSubpageTypes(MunicipalityIndexPage, set())

    def test_factories_build_pages_that_route_and_render(self):
        home = default_home()
        regions = RegionIndexPageFactory(parent=home, published=True)
        region = RegionPageFactory(parent=regions, published=True)
        workshops = WorkshopIndexPageFactory(parent=home, published=True)
        workshop = WorkshopPageFactory(
            parent=workshops, region=region, municipality_codes=["0780"], published=True
        )
        municipalities = MunicipalityIndexPageFactory(parent=home, published=True)
        for page in (regions, region, workshops, workshop, municipalities):
            with self.subTest(type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(municipalities, "vaxjo/")
        self.assertPageIsRenderable(municipalities, "vaxjo/")
