"""Old PlugInnovation.se addresses answer 301 to the new page, which answers 200:
patterns that follow from content (`/cities/<kommun>`, `/projektet/projektverkstader/…`,
`/eng`, `/om-pluginnovation`) and, for the rest, Wagtail's redirects app. A pattern never
shadows a real page, and names nothing it cannot find (404)."""

from urllib.parse import urlsplit

import pytest
from wagtail.contrib.redirects.models import Redirect

from testing.factories import ProjectReportPageFactory, StandardPageFactory, site_tree
from testing.helpers import SiteClient
from testing.workshop_factories import WorkshopPageFactory, workshop_tree

OLD_REPORTS = "/projektet/projektverkstader/Rottne-SMV"


@pytest.fixture
def old_site(db):
    """A published site with a workshop in Växjö that the old site called Rottne-SMV,
    two reports with their old addresses, and a draft workshop in Ljungby."""
    portal = site_tree(published=True)
    sections = workshop_tree(portal.home)
    workshop = WorkshopPageFactory(
        parent=sections.workshops,
        title="Rottne",
        slug="rottne",
        old_slug="Rottne-SMV",
        municipality_codes=["0780"],
        published=True,
    )
    spring = ProjectReportPageFactory(
        parent=workshop, title="Delrapport mars 2015", municipality_code="0780", published=True
    )
    final = ProjectReportPageFactory(
        parent=workshop, title="Slutrapport 2016", municipality_code="0780", published=True
    )
    Redirect.add_redirect(f"{OLD_REPORTS}/delrapport mars-2015", spring)
    Redirect.add_redirect(f"{OLD_REPORTS}/Slutrapport%202016/", final)
    WorkshopPageFactory(parent=sections.workshops, municipality_codes=["0781"], live=False)
    portal.workshop, portal.spring, portal.final = workshop, spring, final
    portal.kommuner = sections.municipalities
    portal.client = SiteClient(portal.site)
    return portal


def follow(client, path):
    """The 301's target path, after checking that it answers 200."""
    response = client.get(path)
    assert response.status_code == 301, (path, response.status_code)
    target = urlsplit(response["Location"]).path
    assert client.get(target).status_code == 200, (path, target)
    return target


def url(page):
    return urlsplit(page.get_url()).path


@pytest.mark.parametrize(
    "old",
    [
        "/cities/Växjö",
        "/cities/V%C3%A4xj%C3%B6",
        "/cities/v%c3%a4xj%c3%b6/",
        "/cities/vaxjo",
        "/cities/VAXJO/",
        "/Cities/VÄXJÖ",
    ],
)
def test_cities_answer_the_municipality_page(old_site, old):
    kommuner = url(old_site.kommuner)
    assert follow(old_site.client, old) == f"{kommuner}vaxjo/"


@pytest.mark.parametrize("old", ["/cities/Ljungby", "/cities/ljungby/", "/cities/Atlantis"])
def test_cities_without_a_live_workshop_are_not_found(old_site, old):
    assert old_site.client.get(old).status_code == 404


@pytest.mark.parametrize(
    "old",
    [
        OLD_REPORTS,
        f"{OLD_REPORTS}/",
        "/projektet/projektverkstader/rottne-smv",
        "/Projektet/Projektverkstader/ROTTNE-SMV/",
        "/projektet/projektverkstader/rottne/",  # the new slug
        f"{OLD_REPORTS}/ett okänt dokument",  # no report with that old address
    ],
)
def test_workshop_addresses_answer_the_workshop(old_site, old):
    assert follow(old_site.client, old) == url(old_site.workshop)


@pytest.mark.parametrize(
    ("old", "report"),
    [
        (f"{OLD_REPORTS}/delrapport mars-2015", "spring"),
        (f"{OLD_REPORTS}/delrapport%20mars-2015", "spring"),
        (f"{OLD_REPORTS}/Delrapport%20Mars-2015/", "spring"),
        ("/projektet/projektverkstader/rottne-smv/delrapport  mars-2015", "spring"),
        (f"{OLD_REPORTS}/slutrapport 2016", "final"),
        (f"{OLD_REPORTS}/slutrapport%202016/", "final"),
    ],
)
def test_report_addresses_answer_the_report(old_site, old, report):
    assert follow(old_site.client, old) == url(getattr(old_site, report))


def test_unknown_workshop_is_not_found(old_site):
    assert old_site.client.get("/projektet/projektverkstader/okand").status_code == 404


def test_eng_and_about(old_site):
    assert old_site.client.get("/eng").status_code == 404  # no English page yet
    about = StandardPageFactory(parent=old_site.home, slug="om-portalen", published=True)
    english = StandardPageFactory(parent=old_site.home, slug="eng", published=True)
    assert follow(old_site.client, "/eng") == url(english)
    assert follow(old_site.client, "/ENG") == url(english)
    assert old_site.client.get("/eng/").status_code == 200
    assert follow(old_site.client, "/om-pluginnovation") == url(about)
    assert follow(old_site.client, "/om-pluginnovation/") == url(about)
    own = StandardPageFactory(parent=old_site.home, slug="om-pluginnovation", published=True)
    assert follow(old_site.client, "/om-pluginnovation") == url(own)
    assert old_site.client.get("/om-pluginnovation/").status_code == 200


def test_a_pattern_never_shadows_a_real_page(old_site):
    cities = StandardPageFactory(parent=old_site.home, slug="cities", published=True)
    page = StandardPageFactory(parent=cities, slug="vaxjo", published=True, title="Riktig sida")
    response = old_site.client.get("/cities/vaxjo/")
    assert response.status_code == 200 and "Riktig sida" in response.content.decode()
    assert follow(old_site.client, "/cities/vaxjo") == url(page)
    assert follow(old_site.client, "/cities/Växjö") == f"{url(old_site.kommuner)}vaxjo/"


@pytest.mark.parametrize(
    "old",
    [
        "/content/om-projektet",
        "/framgangsfaktorer/koll-och-uppfoljning/",
        "/projektet/djupstudier/vaxjo",
        "/nyheter/en-nyhet",
    ],
)
def test_other_old_addresses_are_redirects_app_rows(old_site, old):
    assert old_site.client.get(old, follow=True).status_code == 404
    Redirect.add_redirect(old, old_site.final, site=old_site.site)
    assert follow(old_site.client, old) == url(old_site.final)


def test_an_editors_row_answers_where_a_pattern_finds_nothing(old_site):
    Redirect.add_redirect("/cities/ljungby", old_site.workshop)
    assert follow(old_site.client, "/cities/ljungby/") == url(old_site.workshop)
