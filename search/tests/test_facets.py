"""Facets: counts per value, combining filters, and counts that follow the selection."""

import pytest

from search.params import SearchParams
from search.selectors import run_search
from search.tests.support import indexed_elsewhere, searchable_kinds
from testing.factories import MethodPageFactory, SuccessFactorPageFactory
from testing.helpers import publish_report


def facets_of(outcome):
    return {
        facet.key: {value.value: value.count for value in facet.values} for facet in outcome.facets
    }


def search(text="", **filters):
    filters = {
        key: tuple(value if isinstance(value, list) else [value]) for key, value in filters.items()
    }
    return run_search(SearchParams(text=text, filters=filters))


@pytest.fixture
def methods(tree):
    """Two published methods, for the reports to use."""
    return [
        MethodPageFactory(parent=tree.methods, title=title, slug=slug, published=True)
        for title, slug in (
            ("Närvarolotsning i grupp", "narvarolotsning-i-grupp"),
            ("Individuell närvarolotsning", "individuell-narvarolotsning"),
        )
    ]


@pytest.fixture
def reports(tree, methods):
    """Four reports in three counties, with methods, tags and outcomes set apart."""
    group, single = (method.slug for method in methods)
    return {
        "skane-a": publish_report(
            "Malmö närvaroteam",
            municipality="1280",  # Malmö, Skåne
            methods=[group],
            tags=["dyskalkyli"],
            organisation_type="kaa",
            attendance_change="Ökat mycket",
            grades_change="Oförändrat",
            parent=tree.reports,
        ),
        "skane-b": publish_report(
            "Lund närvaroteam",
            municipality="1281",  # Lund, Skåne
            methods=[single],
            tags=["språkstörning"],
            attendance_change="Ökat ganska mycket",
            grades_change="Ökat mycket",
            parent=tree.reports,
        ),
        "stockholm": publish_report(
            "Solna närvaroteam",
            municipality="0184",  # Solna, Stockholm
            methods=[group, single],
            tags=["dyskalkyli", "språkstörning"],
            attendance_change="Har ej mätt",
            parent=tree.reports,
        ),
        "draft": publish_report(
            "Utkast närvaroteam",
            municipality="0184",
            tags=["dyskalkyli"],
            publish=False,
            parent=tree.reports,
        ),
    }


def test_counts_cover_every_facet_of_the_matching_pages(reports):
    facets = facets_of(search("närvaroteam"))
    assert facets["type"] == {"report": 3}
    assert facets["county"] == {"12": 2, "01": 1}
    assert facets["municipality"] == {"1280": 1, "1281": 1, "0184": 1}
    assert facets["method"] == {"narvarolotsning-i-grupp": 2, "individuell-narvarolotsning": 2}
    assert facets["tag"] == {"dyskalkyli": 2, "språkstörning": 2}
    assert facets["org"] == {"school": 2, "kaa": 1}
    assert facets["year"] == {"2017": 3}
    # "Har ej mätt" is a real answer but not an increase.
    assert facets["outcome"] == {"narvaro-okade": 2, "betyg-okade": 1}


def test_drafts_never_count(reports):
    outcome = search("närvaroteam", tag="dyskalkyli")
    assert outcome.total == 2
    assert "Utkast närvaroteam" not in [result.title for result in outcome.results]


def test_values_of_one_facet_combine_with_or(reports):
    outcome = search("närvaroteam", municipality=["1280", "0184"])
    assert {result.title for result in outcome.results} == {
        "Malmö närvaroteam",
        "Solna närvaroteam",
    }


def test_different_facets_combine_with_and(reports):
    outcome = search("närvaroteam", county="12", tag="dyskalkyli")
    assert [result.title for result in outcome.results] == ["Malmö närvaroteam"]


def test_outcomes_combine_with_and(reports):
    outcome = search("närvaroteam", outcome=["narvaro-okade", "betyg-okade"])
    assert [result.title for result in outcome.results] == ["Lund närvaroteam"]


def test_a_facets_counts_ignore_its_own_selection_but_follow_the_others(reports):
    facets = facets_of(search("närvaroteam", county="12"))
    # Other counties stay visible with what choosing them would add...
    assert facets["county"] == {"12": 2, "01": 1}
    # ...while every other facet counts only the Skåne reports.
    assert facets["municipality"] == {"1280": 1, "1281": 1}
    assert facets["tag"] == {"dyskalkyli": 1, "språkstörning": 1}


def test_filters_without_text_browse_the_whole_collection(tree, methods, reports):
    outcome = search(type="report", county="01")
    assert [result.title for result in outcome.results] == ["Solna närvaroteam"]
    factor = SuccessFactorPageFactory(parent=tree.factors, published=True)
    facets = facets_of(search())
    # Everything indexed outside this test's site, with the pages it built (no draft).
    built = [factor, *methods, *reports.values()]
    assert facets["type"] == dict(indexed_elsewhere(tree.home) + searchable_kinds(built))


def test_selected_value_without_matches_stays_listed(reports):
    outcome = search("närvaroteam", county="25")
    county = next(facet for facet in outcome.facets if facet.key == "county")
    selected = [value for value in county.values if value.selected]
    assert [(value.value, value.count) for value in selected] == [("25", 0)]


def test_labels_are_the_names_visitors_know(reports):
    outcome = search("närvaroteam")
    labels = {
        facet.key: {value.value: value.label for value in facet.values} for facet in outcome.facets
    }
    assert labels["county"]["12"] == "Skåne län"
    assert labels["municipality"]["1281"] == "Lund"
    assert labels["method"]["narvarolotsning-i-grupp"] == "Närvarolotsning i grupp"
    assert labels["org"]["kaa"] == "KAA (kommunala aktivitetsansvaret)"
    assert labels["outcome"]["narvaro-okade"] == "Närvaron ökade"
    assert labels["type"]["report"] == "Slutrapport"


def test_methods_pages_carry_their_success_factors_and_target_groups(tree, methods):
    factor = SuccessFactorPageFactory(
        parent=tree.factors, title="Skolnära samverkan", slug="skolnara-samverkan", published=True
    )
    MethodPageFactory(
        parent=tree.methods,
        title="Praktik i stället för lektioner",
        success_factors=[factor],
        target_groups=["språkstörning"],
        published=True,
    )
    outcome = search(type="method", factor="skolnara-samverkan")
    assert [result.title for result in outcome.results] == ["Praktik i stället för lektioner"]
    outcome = search(type="method", tag="språkstörning")
    assert [result.title for result in outcome.results] == ["Praktik i stället för lektioner"]
