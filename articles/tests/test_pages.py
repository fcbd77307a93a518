"""The case study, news, research and English pages as visitors see them: what they
show, drafts and private pages left out, the case study's workshop and the workshop's
case studies, news newest first, research grouped by theme, the home page's news."""

import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from articles.models import ResearchTheme
from testing.article_factories import (
    CaseStudyPageFactory,
    EnglishPageFactory,
    NewsPageFactory,
    PdfFactory,
    ResearchPageFactory,
)
from testing.workshop_factories import WorkshopPageFactory


def titles(html, tag="h2"):
    return re.findall(rf'<{tag} class="card__title"><a href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def workshop(tree):
    return WorkshopPageFactory(parent=tree.workshops, title="Närvaroverkstaden", published=True)


@pytest.fixture
def study(tree, workshop):
    return CaseStudyPageFactory(
        parent=tree.case_studies,
        title="Djupstudie av närvaroverkstaden",
        workshop=workshop,
        researcher_name="Eva Forskarsson",
        status="paborjad",
        pdf=PdfFactory(title="Hela studien"),
        published=True,
    )


def test_case_study_page_shows_its_sections_workshop_and_pdf(tree, study, workshop):
    html = tree.html(study)
    for heading in ("Syfte", "Målgrupp", "Genomförande", "Resultat", "Om forskaren"):
        assert f">{heading}</h2>" in html
    assert "Eva Forskarsson" in html and "Påbörjad" in html
    assert f'<a href="{tree.url(workshop)}">Närvaroverkstaden</a>' in html
    assert study.pdf.url in html and "(pdf, 2,0\xa0kB)" in html
    assert "Du är här" in html


def test_case_study_of_a_draft_workshop_does_not_link_it(tree, study, workshop):
    workshop.unpublish()
    html = tree.html(study)
    assert "Närvaroverkstaden" not in html and "Ej angiven" in html


def test_workshop_page_lists_its_live_public_case_studies(tree, study, workshop):
    CaseStudyPageFactory(
        parent=tree.case_studies, title="Utkaststudie", workshop=workshop, live=False
    )
    other = WorkshopPageFactory(parent=tree.workshops, published=True)
    CaseStudyPageFactory(parent=tree.case_studies, title="Annan studie", workshop=other)
    html = tree.html(workshop)
    assert ">Fallstudier</h2>" in html
    assert titles(html, "h3") == [study.title] + titles(html, "h3")[1:]
    assert "Utkaststudie" not in html and "Annan studie" not in html


def test_case_study_index_lists_live_public_studies_with_their_workshop(tree, study):
    CaseStudyPageFactory(parent=tree.case_studies, title="Utkaststudie", live=False)
    html = tree.html(tree.case_studies)
    assert titles(html) == [study.title]
    assert "Projektverkstad: Närvaroverkstaden" in html
    assert "1 publicerade fallstudier." in html


def test_drafts_answer_404_and_are_never_listed(tree):
    drafts = [
        CaseStudyPageFactory(parent=tree.case_studies, title="Utkast A", live=False),
        NewsPageFactory(parent=tree.news, title="Utkast B", live=False),
        ResearchPageFactory(parent=tree.research, title="Utkast C", live=False),
    ]
    for draft in drafts:
        assert tree.client.get(tree.url(draft)).status_code == 404
    listings = "".join(
        tree.html(page) for page in (tree.case_studies, tree.news, tree.research, tree.home)
    )
    assert not re.search("Utkast [ABC]", listings)


def test_private_pages_are_never_listed(tree):
    news = NewsPageFactory(parent=tree.news, title="Lösenordsnyhet", published=True)
    entry = ResearchPageFactory(parent=tree.research, title="Lösenordsforskning", published=True)
    for page in (news, entry):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    listings = "".join(tree.html(page) for page in (tree.news, tree.research, tree.home))
    assert "Lösenord" not in listings


def test_news_index_lists_newest_first_ten_a_page(tree):
    for day in range(1, 13):
        NewsPageFactory(parent=tree.news, title=f"Nyhet den {day}", date=date(2026, 3, day))
    first = titles(tree.html(tree.news))
    assert first == [f"Nyhet den {day}" for day in range(12, 2, -1)]
    second = tree.html(tree.news, "?sida=2")
    assert titles(second) == ["Nyhet den 2", "Nyhet den 1"]
    assert "Sida 2 av 2" in second


def test_news_page_shows_date_teaser_and_body(tree):
    news = NewsPageFactory(
        parent=tree.news, title="Ny rapport", date=date(2026, 2, 3), teaser="Kort.", published=True
    )
    html = tree.html(news)
    assert '<time datetime="2026-02-03">3 februari 2026</time>' in html
    assert "Kort." in html and "Mer om det som hänt." in html


def test_home_page_shows_the_three_newest_news(tree):
    for day in (1, 5, 3, 4):
        NewsPageFactory(parent=tree.news, title=f"Nyhet {day} mars", date=date(2026, 3, day))
    html = tree.html(tree.home)
    assert ">Aktuellt</h2>" in html
    assert titles(html, "h3")[-3:] == ["Nyhet 5 mars", "Nyhet 4 mars", "Nyhet 3 mars"]
    assert "Nyhet 1 mars" not in html
    assert f'<a href="{tree.url(tree.news)}">Alla nyheter</a>' in html


def test_research_index_groups_entries_by_theme_in_order(tree):
    for theme, title in (
        ("organisation", "Om KAA"),
        ("oversikter", "Översikten"),
        ("relationella-faktorer", "Om relationer"),
    ):
        ResearchPageFactory(parent=tree.research, title=title, theme=theme)
    html = tree.html(tree.research)
    headings = re.findall(r'<h2 id="tema-[^"]+">([^<]+)</h2>', html)
    assert headings == [
        ResearchTheme.OVERVIEWS.label,
        ResearchTheme.RELATIONAL.label,
        "Organisation, läroplaner, pedagogik och KAA",
    ]
    assert titles(html, "h3") == ["Översikten", "Om relationer", "Om KAA"]


def test_research_page_links_its_text_and_pdf(tree):
    entry = ResearchPageFactory(parent=tree.research, document=PdfFactory(), published=True)
    html = tree.html(entry)
    assert 'href="https://forskning.example/rapport"' in html
    assert entry.document.url in html
    assert "Anna Andersson, Bo Berg" in html and "2015" in html


def test_research_entry_needs_a_link_or_a_pdf(tree):
    entry = ResearchPageFactory.build(link_url="", document=None)
    with pytest.raises(ValidationError):
        entry.clean()


def test_english_page_content_is_marked_english(tree):
    page = EnglishPageFactory(parent=tree.home, published=True)
    assert tree.url(page).endswith("/eng/")
    html = tree.html(page)
    assert '<article lang="en">' in html and "About PlugInnovation" in html
