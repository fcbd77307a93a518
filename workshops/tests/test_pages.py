"""The regions, workshops and municipalities pages as visitors see them: what they show,
drafts and private pages left out, and the workshop's "Resultat över tid"."""

import re
from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from testing.factories import MethodPageFactory, ProjectReportPageFactory
from testing.helpers import save_draft
from testing.workshop_factories import RegionPageFactory, WorkshopPageFactory

OUTCOME = "attendance_change"  # a hand-written expectation: the attendance question


@pytest.fixture
def region(tree):
    return RegionPageFactory(
        parent=tree.regions,
        title="Region Testmark",
        slug="testmark",
        intro="Regionen där testkommunerna ligger.",
        contacts=[
            {"name": "Karin Regionsson", "role": "Samordnare", "email": "karin@example.se"},
            {"name": "Olle Telefon", "phone": "070-123 45 67"},
        ],
        published=True,
    )


@pytest.fixture
def workshop(tree, region):
    method = MethodPageFactory(parent=tree.methods, title="Testlotsning", published=True)
    return WorkshopPageFactory(
        parent=tree.workshops,
        title="Närvaroverkstaden",
        slug="narvaroverkstaden",
        region=region,
        municipality_codes=["0780", "0765"],  # Växjö and Älmhult
        methods=[method],
        target_groups=["hög frånvaro"],
        contact_role="Projektledare",
        contact_name="Anna Kontaktsson",
        contact_email="anna@example.se",
        published=True,
    )


def report(workshop, title, when, answer, **fields):
    return ProjectReportPageFactory(
        parent=workshop,
        title=title,
        municipality_code="0780",
        report_date=when,
        **{OUTCOME: answer},
        **fields,
    )


def html_of(tree, url):
    response = tree.client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_workshop_page_shows_its_facts_and_reports_oldest_first(tree, workshop):
    report(workshop, "Slutet", date(2018, 6, 1), "Ökat mycket", kind="slutrapport")
    report(workshop, "Början", date(2016, 12, 1), "Oförändrat", kind="delrapport")
    report(workshop, "Mitten", date(2017, 6, 1), "Ökat ganska mycket", kind="utvardering")
    html = html_of(tree, tree.url(workshop))
    assert "<h1>Närvaroverkstaden</h1>" in html
    for text in ("Växjö", "Älmhult", "Region Testmark", "Testlotsning", "hög frånvaro"):
        assert text in html
    assert html.index("Början") < html.index("Mitten") < html.index("Slutet")
    assert "Delrapport" in html and "Utvärderingsrapport" in html
    assert 'aria-current="page">Närvaroverkstaden</a>' in html  # breadcrumb


def test_results_over_time_show_each_answer_oldest_first(tree, workshop):
    report(workshop, "Andra", date(2017, 6, 1), "Ökat ganska mycket")
    report(workshop, "Första", date(2016, 12, 1), "Oförändrat")
    report(workshop, "Tredje", date(2018, 6, 1), "Ökat mycket")
    html = html_of(tree, tree.url(workshop))
    table = html.split('class="data-table over-time"', 1)[1].split("</table>", 1)[0]
    assert '<caption id="over-time-caption">Resultat över tid' in table
    # The scrolling table's region is named by its caption, not by the section's heading:
    # two landmarks with one name fail axe's landmark-unique.
    assert 'role="region" aria-labelledby="over-time-caption"' in html
    assert '<th scope="col">' in table
    row = next(r for r in table.split("<tr>") if "Närvaro<" in r)
    cells = re.findall(r"<td>(.*?)</td>", row)
    assert cells == ["Oförändrat", "Ökat ganska mycket", "Ökat mycket"]


def test_contact_name_and_email_only_with_consent(tree, workshop):
    html = html_of(tree, tree.url(workshop))
    assert "Projektledare" in html
    assert "Anna Kontaktsson" not in html and "anna@example.se" not in html
    api = tree.client.get(f"/api/v2/pages/{workshop.pk}/").content.decode()
    assert "Anna Kontaktsson" not in api and "anna@example.se" not in api
    workshop.contact_consent = True
    workshop.save()
    assert "Anna Kontaktsson" in html_of(tree, tree.url(workshop))
    api = tree.client.get(f"/api/v2/pages/{workshop.pk}/").json()
    assert api["public_contact"]["email"] == "anna@example.se"
    assert sorted(m["code"] for m in api["municipalities"]) == ["0765", "0780"]
    assert [region["title"] for region in api["region"]] == ["Region Testmark"]


def test_drafts_and_private_reports_are_not_shown(tree, workshop):
    report(workshop, "Publicerad rapport", date(2017, 1, 1), "Ökat mycket")
    draft = report(workshop, "Utkastrapporten", date(2017, 2, 1), "Ökat mycket", live=False)
    private = report(workshop, "Privata rapporten", date(2017, 3, 1), "Ökat mycket")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    html = html_of(tree, tree.url(workshop))
    assert "Publicerad rapport" in html
    assert "Utkastrapporten" not in html and "Privata rapporten" not in html
    assert tree.client.get(tree.url(draft)).status_code == 404


def test_draft_workshop_is_not_found_nor_listed(tree, region, workshop):
    draft = WorkshopPageFactory(
        parent=tree.workshops,
        title="Hemliga verkstaden",
        region=region,
        municipality_codes=["0780"],
        live=False,
    )
    save_draft(draft)
    assert tree.client.get(tree.url(draft)).status_code == 404
    for page in (tree.workshops, region, tree.regions):
        html = html_of(tree, tree.url(page))
        assert "Närvaroverkstaden" in html or page == tree.regions
        assert "Hemliga verkstaden" not in html
    assert "Hemliga verkstaden" not in html_of(tree, tree.url(tree.municipalities) + "vaxjo/")


def test_region_page_shows_contacts_workshops_and_municipalities(tree, region, workshop):
    html = html_of(tree, tree.url(region))
    assert "<h1>Region Testmark</h1>" in html
    assert "Karin Regionsson" in html and "mailto:karin@example.se" in html
    assert "070-123 45 67" in html
    assert "Närvaroverkstaden" in html and "Älmhult" in html
    index = html_of(tree, tree.url(tree.regions))
    assert "Region Testmark" in index and "1 projektverkstad" in index


def test_municipality_page_shows_workshops_regions_and_latest_report(tree, workshop):
    report(workshop, "Tidig rapport", date(2016, 12, 1), "Oförändrat", kind="delrapport")
    report(workshop, "Sen rapport", date(2018, 6, 1), "Ökat mycket")
    url = tree.url(tree.municipalities) + "vaxjo/"
    html = html_of(tree, url)
    assert "<h1>Växjö</h1>" in html
    assert "Kronobergs län" in html and "Region Testmark" in html
    assert "Närvaroverkstaden" in html
    assert "Senaste rapport" in html and "Sen rapport" in html
    assert "Tidig rapport" not in html
    assert "<title>Växjö – PlugInnovation</title>" in html
    assert 'aria-current="page">Växjö</a>' in html
    index = html_of(tree, tree.url(tree.municipalities))
    assert 'href="' + url + '"' in index and "Älmhult" in index


def test_municipality_without_live_workshop_is_not_found(tree, workshop):
    base = tree.url(tree.municipalities)
    assert tree.client.get(base + "malmo/").status_code == 404  # no workshop at all
    assert tree.client.get(base + "ingenstans/").status_code == 404  # no such municipality
    WorkshopPageFactory(parent=tree.workshops, municipality_codes=["1280"], live=False)
    assert tree.client.get(base + "malmo/").status_code == 404  # a draft workshop only
    assert "Malmö" not in html_of(tree, base)


def test_sitemap_lists_pages_and_municipalities(tree, workshop):
    xml = tree.client.get("/sitemap.xml").content.decode()
    for page in (tree.regions, tree.workshops, tree.municipalities, workshop):
        assert page.get_full_url() in xml
    assert tree.municipalities.get_full_url() + "vaxjo/" in xml
    assert tree.municipalities.get_full_url() + "almhult/" in xml
    assert tree.municipalities.get_full_url() + "malmo/" not in xml
