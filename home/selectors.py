"""Read-side queries for the home page and site-wide elements."""

from django.db.models import Count, Sum

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
            participants=Sum("participants_total"),
        )
    )


def home_page_context(home):
    featured = (
        home.featured_methods.filter(method__live=True)
        .select_related("method")
        .order_by("sort_order")
    )
    return {
        "featured_methods": [item.method for item in featured],
        "latest_reports": published_reports()[:LATEST_REPORTS],
        "key_figures": key_figures(),
    }
