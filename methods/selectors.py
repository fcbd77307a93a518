"""Read-side queries for method and success-factor pages."""

from reports.selectors import published_reports

REPORTS_SHOWN = 20


def _reports_summary(reports):
    return {"reports": list(reports[:REPORTS_SHOWN]), "report_count": reports.count()}


def method_context(method):
    reports = published_reports().filter(methods=method)
    return {
        "success_factors": method.success_factors.live().public().order_by("title"),
        "target_groups": method.target_groups.all(),
        **_reports_summary(reports),
    }


def success_factor_context(factor):
    methods = factor.methods.live().public().order_by("title")
    reports = published_reports().filter(methods__success_factors=factor).distinct()
    return {"factor_methods": methods, **_reports_summary(reports)}
