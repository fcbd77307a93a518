"""Read-side queries for method and success-factor pages.

The reports that used a method are reached through the method's reverse relation
(`ProjectReportPage.methods`, related name "reports"), so this app imports no report code.
"""

from core.models import live_public

REPORTS_SHOWN = 20


def _published(reports):
    return (
        reports.live()
        .public()
        .select_related("municipality__county")
        .order_by("-first_published_at", "-pk")
    )


def _reports_summary(reports):
    return {"reports": list(reports[:REPORTS_SHOWN]), "report_count": reports.count()}


def reports_using(methods):
    """Every report (any state) that used one of `methods`, each once."""
    # A subquery, not a join: a report using two of the methods counts once, without
    # DISTINCT over every page column (160 ms at 10 000 reports).
    report_model = methods.model._meta.get_field("reports").related_model
    return report_model.objects.filter(pk__in=report_model.objects.filter(methods__in=methods))


def method_context(method):
    return {
        "success_factors": live_public(method.success_factors).order_by("title"),
        "target_groups": method.target_groups.all(),
        **_reports_summary(_published(method.reports.all())),
    }


def success_factor_context(factor):
    methods = factor.methods.live().public().order_by("title")
    return {
        "factor_methods": methods,
        **_reports_summary(_published(reports_using(factor.methods.all()))),
    }
