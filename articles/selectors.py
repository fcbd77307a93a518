"""Read-side queries of the case study, news and research pages and the home page's news.

Visitors see live, public pages only (drafts and private pages never appear in these
listings), and every listing costs a constant number of queries however many entries
there are: relations are fetched per listing, never per row.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import F

from articles.models import (
    CaseStudyPage,
    NewsIndexPage,
    NewsPage,
    ResearchPage,
    ResearchTheme,
)
from core.api_serializers import restricted_paths
from workshops.models import WorkshopPage

CASE_STUDIES_PER_PAGE = 20
NEWS_PER_PAGE = 10
HOME_NEWS = 3


def _public(queryset):
    return queryset.live().public()


# --- Case studies --------------------------------------------------------------------


@dataclass
class CaseStudyItem:
    """A case study in a listing, with its workshop when a visitor may open it."""

    page: CaseStudyPage
    workshop: WorkshopPage | None


def case_studies_with_workshops(case_studies):
    """Each case study with its live, public workshop (or None): one query for the
    workshops' restrictions whatever the number of case studies."""
    private = restricted_paths()
    return [
        CaseStudyItem(
            page,
            page.workshop
            if page.workshop_id
            and page.workshop.live
            and not page.workshop.path.startswith(private)
            else None,
        )
        for page in case_studies
    ]


def case_study_index_context(index, page_number):
    case_studies = (
        _public(CaseStudyPage.objects)
        .child_of(index)
        .select_related("workshop")
        .order_by(F("first_published_at").desc(nulls_last=True), "title", "pk")
    )
    listing = Paginator(case_studies, CASE_STUDIES_PER_PAGE).get_page(page_number)
    return {
        "case_studies_page": listing,
        "case_studies": case_studies_with_workshops(listing.object_list),
    }


# --- News ----------------------------------------------------------------------------


def live_news():
    """Live, public news, newest first."""
    return _public(NewsPage.objects).order_by(
        "-date", F("first_published_at").desc(nulls_last=True), "-pk"
    )


def news_index_context(index, page_number):
    news = live_news().child_of(index)
    return {"news_page": Paginator(news, NEWS_PER_PAGE).get_page(page_number)}


def latest_news(count=HOME_NEWS):
    """The home page's teasers ("Aktuellt"): the newest news and the news index."""
    return {
        "latest_news": list(live_news()[:count]),
        "news_index": _public(NewsIndexPage.objects).order_by("path").first(),
    }


# --- Research ------------------------------------------------------------------------


@dataclass
class ResearchGroup:
    theme: str
    label: str
    entries: list

    @property
    def heading_id(self):
        return f"tema-{self.theme}"


def research_by_theme(index):
    """The index's live, public entries grouped by theme, in the themes' declared order
    (themes without entries are left out); newest first within a theme."""
    entries = (
        _public(ResearchPage.objects)
        .child_of(index)
        .select_related("document")
        .order_by("-year", "title", "pk")
    )
    grouped = {theme: [] for theme in ResearchTheme.values}
    for entry in entries:
        grouped.setdefault(entry.theme, []).append(entry)
    labels = dict(ResearchTheme.choices)
    return [
        ResearchGroup(theme, labels.get(theme, theme), items)
        for theme, items in grouped.items()
        if items
    ]


def research_index_context(index):
    return {"research_groups": research_by_theme(index)}
