"""Target-group tag pages: every tag, and one tag across municipalities."""

from testing.helpers import publish_report


def test_tag_index_lists_public_tags_with_counts(client, demo_site):
    publish_report("Malmö närvaroteam", municipality="1280", tags=["autism"])
    publish_report("Hemligt utkast", municipality="1280", tags=["utkasttaggen"], publish=False)
    html = client.get("/malgrupper/").content.decode()
    assert "<h1>Målgrupper</h1>" in html
    # The seed report, the autism method and the new report.
    assert '<a href="/malgrupper/autism/">autism</a> <span class="facet__count">(3 sidor)' in html
    assert "utkasttaggen" not in html


def test_tag_page_lists_pages_by_county_and_municipality(client, demo_site):
    publish_report("Malmö närvaroteam", municipality="1280", tags=["autism"])
    publish_report("Lund närvaroteam", municipality="1281", tags=["autism"])
    response = client.get("/malgrupper/autism/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>autism</h1>" in html
    assert "4 sidor från 3 kommuner" in html
    assert "Skåne län</a></th>" in html and "<td>Lund, Malmö</td>" in html
    assert "Kronobergs län</a></th>" in html and "<td>Växjö</td>" in html
    assert (
        "Malmö närvaroteam" in html and "Särskild undervisningsgrupp för elever med autism" in html
    )
    assert 'href="/sok/?county=12&amp;tag=autism&amp;sort=newest"' in html


def test_unknown_or_draft_only_tag_is_404(client, demo_site):
    publish_report("Hemligt utkast", tags=["utkasttaggen"], publish=False)
    assert client.get("/malgrupper/finns-inte/").status_code == 404
    assert client.get("/malgrupper/utkasttaggen/").status_code == 404


def test_report_pages_link_their_tags(client, demo_site):
    html = client.get("/slutrapporter/elever-med-hog-franvaro-vaxjo/").content.decode()
    assert '<a href="/malgrupper/autism/">autism</a>' in html
