"""The articles' pages in the API v2 and in the public search (each kind found, with its
label and facets; drafts never)."""

from datetime import date

from testing.article_factories import (
    CaseStudyPageFactory,
    EnglishPageFactory,
    NewsPageFactory,
    PdfFactory,
    ResearchPageFactory,
)
from testing.helpers import result_titles
from testing.workshop_factories import WorkshopPageFactory


def api(tree, page):
    response = tree.client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    return response.json()


def test_api_serves_each_page_types_fields(tree):
    workshop = WorkshopPageFactory(parent=tree.workshops, title="Verkstaden", published=True)
    study = CaseStudyPageFactory(
        parent=tree.case_studies, workshop=workshop, pdf=PdfFactory(), published=True
    )
    data = api(tree, study)
    assert data["workshop"] == [{"id": workshop.pk, "title": "Verkstaden", "slug": workshop.slug}]
    assert data["status"] == "avslutad" and data["researcher_name"] == "Eva Forskarsson"
    assert data["results"] == "<p>Närvaron ökade.</p>"
    assert data["pdf_file"]["url"] == study.pdf.url and data["pdf_file"]["file_size"] == 2048

    news = NewsPageFactory(parent=tree.news, date=date(2026, 2, 1), published=True)
    data = api(tree, news)
    assert (data["date"], data["teaser"], data["image"]) == (
        "2026-02-01",
        "Något nytt har hänt i portalen.",
        None,
    )
    entry = ResearchPageFactory(parent=tree.research, published=True)
    data = api(tree, entry)
    assert (data["authors"], data["year"], data["theme"]) == (
        "Anna Andersson, Bo Berg",
        2015,
        "oversikter",
    )
    assert data["link_url"] == "https://forskning.example/rapport" and data["pdf_file"] is None
    english = EnglishPageFactory(parent=tree.home, published=True)
    assert api(tree, english)["intro"].startswith("PlugInnovation shares")


def test_api_hides_a_draft_workshop_of_a_case_study(tree):
    workshop = WorkshopPageFactory(parent=tree.workshops, live=False)
    study = CaseStudyPageFactory(parent=tree.case_studies, workshop=workshop, published=True)
    assert api(tree, study)["workshop"] == []


def search(tree, query):
    response = tree.client.get("/sok/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_search_finds_each_kind_with_its_label(tree):
    workshop = WorkshopPageFactory(parent=tree.workshops, title="Sökverkstaden", published=True)
    CaseStudyPageFactory(
        parent=tree.case_studies,
        title="Zebrastudien",
        workshop=workshop,
        published=True,
    )
    NewsPageFactory(parent=tree.news, title="Zebranyheten", published=True)
    ResearchPageFactory(parent=tree.research, title="Zebraforskningen", published=True)
    NewsPageFactory(parent=tree.news, title="Zebrautkastet", live=False)
    html = search(tree, "zebra")
    assert sorted(result_titles(html)) == ["Zebraforskningen", "Zebranyheten", "Zebrastudien"]
    for label in ("Fallstudie", "Nyhet", "Forskning"):
        assert label in html
    # The case study takes its workshop's facet; the research entry its theme.
    facets = tree.client.get("/api/search/", {"q": "zebra"}).json()["facets"]
    values = {facet["key"]: {v["value"] for v in facet["values"]} for facet in facets}
    assert values["type"] == {"casestudy", "news", "research"}
    assert workshop.slug in values["workshop"]
    assert values["theme"] == {"oversikter"}
