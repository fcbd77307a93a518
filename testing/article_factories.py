"""Factories of the articles app's pages (wagtail-factories), as `testing.factories`
builds the other page types: saved live without a revision unless `published=True`.

    sections = article_tree(home)               # /fallstudier/, /aktuellt/, /forskning/
    study = CaseStudyPageFactory(parent=sections.case_studies, workshop=workshop)
    news = NewsPageFactory(parent=sections.news, date=date(2026, 3, 1))
    entry = ResearchPageFactory(parent=sections.research, theme="oversikter")
    english = EnglishPageFactory(parent=home)   # /eng/
"""

from dataclasses import dataclass
from datetime import date

import factory
import wagtail_factories

from articles.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    EnglishPage,
    NewsIndexPage,
    NewsPage,
    ResearchIndexPage,
    ResearchPage,
)
from testing.factories import PortalPageFactory


class PdfFactory(wagtail_factories.DocumentFactory):
    """A small PDF document (wagtaildocs)."""

    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.django.FileField(filename="dokument.pdf", data=b"%PDF-1.4\n" + b"x" * 2039)


class CaseStudyIndexPageFactory(PortalPageFactory):
    title = "Fallstudier"
    slug = factory.Sequence(lambda n: f"fallstudier-{n}")

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Fallstudie {n}")
    summary = "En forskare följde projektverkstaden under ett läsår."
    researcher_name = "Eva Forskarsson"
    researcher_text = "Docent i pedagogik."
    status = "avslutad"
    purpose = "<p>Att förstå vad som fick eleverna att stanna kvar.</p>"
    target_group = "<p>Elever med hög frånvaro.</p>"
    implementation = "<p>Intervjuer och observationer.</p>"
    results = "<p>Närvaron ökade.</p>"

    class Meta:
        model = CaseStudyPage


class NewsIndexPageFactory(PortalPageFactory):
    title = "Aktuellt"
    slug = factory.Sequence(lambda n: f"aktuellt-{n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    date = date(2026, 1, 15)
    teaser = "Något nytt har hänt i portalen."
    body = "<p>Mer om det som hänt.</p>"

    class Meta:
        model = NewsPage


class ResearchIndexPageFactory(PortalPageFactory):
    title = "Forskning"
    slug = factory.Sequence(lambda n: f"forskning-{n}")

    class Meta:
        model = ResearchIndexPage


class ResearchPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Forskningsrapport {n}")
    authors = "Anna Andersson, Bo Berg"
    year = 2015
    summary = "En översikt av vad som hjälper elever att fullfölja gymnasiet."
    theme = "oversikter"
    link_url = "https://forskning.example/rapport"

    class Meta:
        model = ResearchPage


class EnglishPageFactory(PortalPageFactory):
    title = "About PlugInnovation"
    slug = "eng"
    intro = "PlugInnovation shares what works against upper-secondary school dropout."
    body = "<p>Swedish municipalities share their methods and results.</p>"

    class Meta:
        model = EnglishPage


@dataclass
class ArticleTree:
    case_studies: CaseStudyIndexPage
    news: NewsIndexPage
    research: ResearchIndexPage


def article_tree(home, published=True):
    """The three index pages of the articles app under `home` (a `site_tree` home)."""
    return ArticleTree(
        case_studies=CaseStudyIndexPageFactory(parent=home, published=published),
        news=NewsIndexPageFactory(parent=home, published=published),
        research=ResearchIndexPageFactory(parent=home, published=published),
    )
