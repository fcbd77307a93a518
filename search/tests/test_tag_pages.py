"""Target-group tag pages: every tag, and one tag across municipalities."""

from testing.factories import MethodPageFactory
from testing.helpers import publish_report


def test_tag_index_lists_public_tags_with_counts(site_pages):
    MethodPageFactory(parent=site_pages.methods, target_groups=["dyskalkyli"], published=True)
    for title in ("Malmö närvaroteam", "Lund närvaroteam"):
        publish_report(title, municipality="1280", tags=["dyskalkyli"], parent=site_pages.reports)
    publish_report(
        "Hemligt utkast",
        municipality="1280",
        tags=["utkasttaggen"],
        publish=False,
        parent=site_pages.reports,
    )
    html = site_pages.client.get("/malgrupper/").content.decode()
    assert "<h1>Målgrupper</h1>" in html
    # The method and the two reports.
    expected = '<a href="/malgrupper/dyskalkyli/">dyskalkyli</a> <span class="facet__count">'
    assert expected + "(3 sidor)" in html
    assert "utkasttaggen" not in html


def test_tag_page_lists_pages_by_county_and_municipality(site_pages):
    MethodPageFactory(
        parent=site_pages.methods,
        title="Räknestöd i liten grupp",
        target_groups=["dyskalkyli"],
        published=True,
    )
    for title, code in (("Malmö närvaroteam", "1280"), ("Lund närvaroteam", "1281")):
        publish_report(title, municipality=code, tags=["dyskalkyli"], parent=site_pages.reports)
    publish_report(
        "Växjö räknelyft", municipality="0780", tags=["dyskalkyli"], parent=site_pages.reports
    )
    response = site_pages.client.get("/malgrupper/dyskalkyli/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>dyskalkyli</h1>" in html
    assert "4 sidor från 3 kommuner" in html
    assert "Skåne län</a></th>" in html and "<td>Lund, Malmö</td>" in html
    assert "Kronobergs län</a></th>" in html and "<td>Växjö</td>" in html
    assert "Malmö närvaroteam" in html and "Räknestöd i liten grupp" in html
    assert 'href="/sok/?county=12&amp;tag=dyskalkyli&amp;sort=newest"' in html


def test_unknown_or_draft_only_tag_is_404(site_pages):
    publish_report(
        "Hemligt utkast", tags=["utkasttaggen"], publish=False, parent=site_pages.reports
    )
    assert site_pages.client.get("/malgrupper/finns-inte/").status_code == 404
    assert site_pages.client.get("/malgrupper/utkasttaggen/").status_code == 404


def test_report_pages_link_their_tags(site_pages):
    report = publish_report(
        "Växjö räknelyft", tags=["dyskalkyli", "språkstörning"], parent=site_pages.reports
    )
    html = site_pages.client.get(site_pages.url(report)).content.decode()
    assert '<a href="/malgrupper/dyskalkyli/">dyskalkyli</a>' in html
    assert '<a href="/malgrupper/spr%C3%A5kst%C3%B6rning/">språkstörning</a>' in html
