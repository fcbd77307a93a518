"""Nothing private leaks: what an anonymous visitor cannot open never shows anywhere.

Private is a draft that was never published, a page that was unpublished, a page with a
password, or a page under a section that needs a login. For each kind, a method, a
success factor and a report are made private after public pages came to show them (a
report that used the method, a method supporting the factor), and every public surface
is read as a visitor reads it: the private page's title and slug are on none of them.
The pages are a site of their own (`site_pages`, testing/fixtures.py).
"""

import re

import pytest
from django.test import TestCase
from wagtail.models import PageViewRestriction

from home.models import HomePageFeaturedMethod
from methods.models import MethodPage, SuccessFactorPage
from reports.models import ProjectReportPage
from testing.helpers import publish, publish_report

KINDS = ("draft", "unpublished", "password", "restricted-ancestor")
RESTRICTED = ("password", "restricted-ancestor")
OPEN_DATA = ("/oppna-data/slutrapporter.json", "/oppna-data/slutrapporter.csv")
REPORT_FACETS = ("/sok/?type=report", "/api/search/?type=report", "/api/search/?q=rapporten")


def common_surfaces(site):
    """Every public surface that names methods, factors, tags or places."""
    return (
        "/",
        "/sitemap.xml",
        "/sok/?type=report",
        "/sok/?type=method",
        "/api/search/?type=report",
        "/api/search/?type=method",
        "/api/search/?type=factor",
        "/malgrupper/",
        *(site.url(page) for page in (site.methods, site.factors, site.reports)),
        *(site.url(page) for page in (site.method, site.factor, site.report, site.statistics)),
        f"/jamfor-metoder/?metod=hemlighetsmetoden&metod={site.method.slug}",
        "/api/v2/pages/?fields=title&limit=100",
        "/api/v2/pages/?type=reports.ProjectReportPage&fields=methods,tags&limit=100",
        "/api/v2/pages/?type=methods.MethodPage&fields=success_factors,target_groups",
        *OPEN_DATA,
    )


def make_private(page, kind):
    """Make a published `page` private the way an editor does (the index follows when
    the transaction commits: here at once)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        if kind == "unpublished":
            page.unpublish()
        elif kind == "password":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
            )
        elif kind == "restricted-ancestor":
            PageViewRestriction.objects.create(
                page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
            )


def add_page(parent, page, kind="published"):
    """`page` under `parent`: a draft that was never published, or published."""
    if kind == "draft":
        page.live = False
        parent.add_child(instance=page)
        page.save_revision()
        return page
    parent.add_child(instance=page)
    return publish(page)


def read(client, url):
    """The response as text; a section that needs a login answers with a redirect to
    the sign-in page, and shows nothing."""
    response = client.get(url)
    if response.status_code == 302 and "login" in response["Location"]:
        return ""
    assert response.status_code == 200, url
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8-sig").casefold()


def assert_never_shown(client, urls, *names):
    leaks = []
    for url in urls:
        text = read(client, url)
        leaks += [f"{name} on {url}" for name in names if name.casefold() in text]
    assert not leaks, "; ".join(leaks)


def secret_method(**fields):
    return MethodPage(
        title="Hemlighetsmetoden",
        slug="hemlighetsmetoden",
        summary="En metod som inte är offentlig.",
        why_it_matters="<p>Intern.</p>",
        search_synonyms="lönnkodning",
        **fields,
    )


# --- a private method ------------------------------------------------------------------


@pytest.fixture(params=KINDS)
def private_method(request, site_pages):
    """A method used by two published reports (with a public method) and featured on the
    home page, then made private."""
    kind, site = request.param, site_pages
    method = secret_method()
    method.target_groups.add("Hemlighetsgruppen")
    method.success_factors = [site.factor]
    method = add_page(site.methods, method, kind)
    site.home.featured_methods.add(HomePageFeaturedMethod(method=method, sort_order=9))
    publish(site.home)  # the home page features it
    reports = [
        publish_report(
            title,
            methods=["hemlighetsmetoden", site.method.slug],
            tags=["autism"],
            parent=site.reports,
        )
        for title in ("Öppna rapporten", "Grannrapporten")  # similar to each other
    ]
    make_private(method, kind)
    return kind, site, reports


def method_surfaces(site, reports):
    return (
        *common_surfaces(site),
        "/sok/?q=Hemlighetsmetden",  # misspelt: no suggestion names it
        "/api/search/?q=Hemlighetsmetden",
        "/api/search/?q=rapporten",
        "/api/search/?q=Hemlighetsgrupen",
        *(site.url(report) for report in reports),  # the methods used, similar projects
        *(f"/api/v2/pages/{report.pk}/" for report in reports),
    )


def test_a_private_method_is_named_nowhere(private_method):
    _, site, reports = private_method
    surfaces = method_surfaces(site, reports)
    assert_never_shown(site.client, surfaces, "Hemlighetsmetoden", "Hemlighetsgruppen")


def test_a_report_that_used_a_private_method_is_not_found_by_its_words(private_method):
    _, site, _ = private_method
    for words in ("hemlighetsmetoden", "lönnkodning"):
        data = site.client.get("/api/search/", {"q": words}).json()
        assert data["results"] == [], words


def test_a_private_method_cannot_be_compared(private_method):
    _, site, _ = private_method
    html = read(site.client, f"/jamfor-metoder/?metod=hemlighetsmetoden&metod={site.method.slug}")
    assert "finns inte längre" in html


def method_facet_labels(client):
    data = client.get("/api/search/", {"type": "report"}).json()
    facet = next((facet for facet in data["facets"] if facet["key"] == "method"), None)
    return {value["label"] for value in facet["values"]} if facet else set()


@pytest.mark.parametrize("private_method", ["password"], indirect=True)
def test_a_method_made_public_again_is_named_again(private_method):
    _, site, reports = private_method
    with TestCase.captureOnCommitCallbacks(execute=True):
        PageViewRestriction.objects.filter(page__slug="hemlighetsmetoden").delete()
    assert "Hemlighetsmetoden" in method_facet_labels(site.client)
    assert "samma metod: hemlighetsmetoden" in read(site.client, site.url(reports[0]))


def test_a_deleted_method_is_named_nowhere(site_pages):
    site = site_pages
    method = add_page(site.methods, secret_method())
    reports = [
        publish_report(title, methods=["hemlighetsmetoden"], parent=site.reports)
        for title in ("Öppna rapporten", "Grannrapporten")
    ]
    assert "Hemlighetsmetoden" in method_facet_labels(site.client)
    with TestCase.captureOnCommitCallbacks(execute=True):
        method.delete()
    assert_never_shown(site.client, method_surfaces(site, reports), "Hemlighetsmetoden")


@pytest.mark.parametrize("private_method", KINDS, indirect=True)
def test_a_private_method_does_not_count_for_its_success_factor(private_method):
    """A factor's evidence counts the reports of its public methods, as search does."""
    _, site, _ = private_method
    factor = SuccessFactorPage(
        title="Tomma faktorn",
        slug="tomma-faktorn",
        long_name="En faktor utan offentliga metoder",
        summary="Tom.",
        why_important="<p>Tom.</p>",
    )
    factor = add_page(site.factors, factor)
    method = MethodPage.objects.get(slug="hemlighetsmetoden")
    method.success_factors = [factor]
    method.save()  # the relation only: the page stays as private as it was
    html = read(site.client, site.url(factor))
    assert html == "" or 'class="evidence__summary"' not in html  # "Inga publicerade ..."
    found = site.client.get("/api/search/", {"type": "report", "factor": "tomma-faktorn"})
    assert found.json()["count"] == 0


# --- a private success factor ------------------------------------------------------------


@pytest.fixture(params=KINDS)
def private_factor(request, site_pages):
    """A factor supported by a public method that a published report used, made private."""
    kind, site = request.param, site_pages
    factor = SuccessFactorPage(
        title="Hemlighetsfaktorn",
        slug="hemlighetsfaktorn",
        long_name="En faktor som inte är offentlig",
        summary="Intern.",
        why_important="<p>Intern.</p>",
    )
    factor = add_page(site.factors, factor, kind)
    method = MethodPage(
        title="Öppna metoden",
        slug="oppna-metoden",
        summary="En offentlig metod.",
        why_it_matters="<p>Offentlig.</p>",
    )
    method.success_factors = [factor, site.factor]
    method = add_page(site.methods, method)
    report = publish_report("Öppna rapporten", methods=["oppna-metoden"], parent=site.reports)
    make_private(factor, kind)
    return kind, site, method, report


def test_a_private_success_factor_is_named_nowhere(private_factor):
    _, site, method, report = private_factor
    surfaces = (
        *common_surfaces(site),
        *REPORT_FACETS,
        "/sok/?q=Hemlighetsfaktrn",
        "/api/search/?q=Hemlighetsfaktrn",
        site.url(method),
        site.url(report),
        f"/api/v2/pages/{method.pk}/",
        f"/api/v2/pages/{report.pk}/",
    )
    assert_never_shown(site.client, surfaces, "Hemlighetsfaktorn")


# --- a private report: its tags, place, title and figures --------------------------------


@pytest.fixture(params=KINDS)
def private_report(request, site_pages):
    """A report in Kiruna (no public report is) with a tag no public page carries."""
    kind, site = request.param, site_pages
    assert not ProjectReportPage.objects.live().filter(municipality__code="2584").exists()
    report = publish_report(
        "Hemlighetsrapporten",
        municipality="2584",
        methods=[site.method.slug],
        tags=["Hemlighetstaggen"],
        publish=kind != "draft",
        participants_total=4321,
        parent=site.reports,
    )
    make_private(report, kind)
    return kind, site, report


def test_a_private_report_its_tags_and_place_are_named_nowhere(private_report):
    _, site, _ = private_report
    surfaces = (
        *common_surfaces(site),
        "/sok/?q=Hemlighetstagen",  # misspelt: no suggestion names the tag
        "/api/search/?q=Hemlighetstagen",
        "/api/search/?q=Kirna",  # no suggestion names a place only private pages carry
        "/api/search/?q=Hemlighetsraporten",
    )
    names = ("Hemlighetstaggen", "Hemlighetsrapporten", "Kiruna")
    assert_never_shown(site.client, surfaces, *names)


def test_a_private_report_does_not_count(private_report):
    _, site, report = private_report
    client = site.client
    assert client.get("/malgrupper/hemlighetstaggen/").status_code == 404
    assert client.get(f"/api/v2/pages/{report.pk}/").status_code == 404
    found = client.get("/api/search/", {"type": "report", "method": site.method.slug}).json()
    assert report.pk not in [result["id"] for result in found["results"]]
    download = read(client, "/oppna-data/slutrapporter.json")
    assert f'"id": {report.pk},' not in download
    # The method's evidence panel counts what search finds; the statistics page what
    # the download holds.
    summary = re.search(r'evidence__summary">(\d+)', read(client, site.url(site.method)))
    assert (summary.group(1) if summary else "0") == str(found["count"])
    statistics = read(client, site.url(site.statistics))
    total = re.search(r"<dt>slutrapporter</dt><dd>([\d\s\xa0]+)</dd>", statistics).group(1)
    assert int(re.sub(r"\D", "", total)) == download.count('"id": ')
