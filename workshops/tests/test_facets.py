"""Search facets of a workshop's reports (workshop, region, kind) and of the workshops
app's own pages."""

import pytest

from testing.factories import ProjectReportPageFactory
from testing.workshop_factories import RegionPageFactory, WorkshopPageFactory


@pytest.fixture
def region(tree):
    return RegionPageFactory(parent=tree.regions, title="Region Facett", slug="facett")


@pytest.fixture
def workshop(tree, region):
    return WorkshopPageFactory(
        parent=tree.workshops,
        title="Facettverkstaden",
        slug="facettverkstaden",
        region=region,
        municipality_codes=["0780"],
        target_groups=["facettgrupp"],
    )


def test_a_workshop_report_has_the_workshop_region_and_kind_facets(workshop):
    report = ProjectReportPageFactory(parent=workshop, kind="delrapport")
    facets = report.search_facets()
    assert facets["workshop:facettverkstaden"] == "Facettverkstaden"
    assert facets["region:facett"] == "Region Facett"
    assert facets["kind:delrapport"] == "Delrapport"


def test_a_report_under_the_report_index_has_a_kind_but_no_workshop(tree):
    report = ProjectReportPageFactory(parent=tree.reports)
    facets = report.search_facets()
    assert facets["kind:slutrapport"] == "Slutrapport"
    assert not [key for key in facets if key.startswith(("workshop:", "region:"))]


def test_a_draft_workshop_or_region_gives_no_facet(tree, region, workshop):
    region.live = False
    region.save()
    report = ProjectReportPageFactory(parent=workshop)
    assert "region:facett" not in report.search_facets()
    workshop.live = False
    workshop.save()
    assert "workshop:facettverkstaden" not in report.search_facets()


def test_workshop_and_region_pages_have_their_own_facets(region, workshop):
    facets = workshop.search_facets()
    assert facets["workshop:facettverkstaden"] == "Facettverkstaden"
    assert facets["region:facett"] == "Region Facett"
    assert facets["municipality:0780"] == "Växjö"
    assert facets["county:07"] == "Kronobergs län"
    assert facets["tag:facettgrupp"] == "facettgrupp"
    assert region.search_facets() == {"region:facett": "Region Facett"}
    assert (workshop.search_kind, region.search_kind) == ("workshop", "region")


def test_renaming_a_workshop_reindexes_its_reports(workshop):
    report = ProjectReportPageFactory(parent=workshop)
    assert list(workshop.search_dependents()) == [report.page_ptr]
