"""Read-side queries for the home page and site-wide elements."""

from django.db.models import Count, Sum

from articles.selectors import latest_news
from methods.models import MethodPage
from reports import questionnaire
from reports.selectors import published_reports

LATEST_REPORTS = 5


def key_figures():
    """Counts over published reports only: drafts never count."""
    return (
        published_reports()
        .order_by()
        .aggregate(
            reports=Count("pk"),
            municipalities=Count("municipality", distinct=True),
            participants=Sum(questionnaire.KEY_FIGURES.total.key),
        )
    )


def public_method_ids():
    return MethodPage.objects.live().public().values_list("pk", flat=True)


def home_page_context(home):
    featured = (
        # Only methods a visitor may open: live, and not behind a password or sign-in. By
        # id: in a preview `featured_methods` is modelcluster's in-memory FakeQuerySet.
        home.featured_methods.filter(method_id__in=list(public_method_ids()))
        .select_related("method")
        .order_by("sort_order")
    )
    return {
        "featured_methods": [item.method for item in featured],
        "latest_reports": published_reports()[:LATEST_REPORTS],
        "key_figures": key_figures(),
        **latest_news(),
    }
