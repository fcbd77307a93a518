"""Read-side queries for method and success-factor pages."""

from reports.evidence import factor_evidence, method_evidence
from reports.models import ProjectReportPage
from reports.selectors import published_reports

REPORTS_SHOWN = 20


def _reports_summary(reports):
    return {"reports": list(reports[:REPORTS_SHOWN]), "report_count": reports.count()}


def method_context(method, version):
    reports = published_reports().filter(methods=method)
    return {
        "success_factors": method.success_factors.live().public().order_by("title"),
        "target_groups": method.target_groups.all(),
        "evidence": method_evidence(method, version),
        **_reports_summary(reports),
    }


def success_factor_context(factor, version):
    methods = factor.methods.live().public().order_by("title")
    # A subquery, not a join: a report using two of the factor's methods counts once,
    # without DISTINCT over every page column (160 ms at 10 000 reports).
    using = ProjectReportPage.objects.filter(methods__success_factors=factor).values("pk")
    reports = published_reports().filter(pk__in=using)
    return {
        "factor_methods": methods,
        "evidence": factor_evidence(factor, version),
        **_reports_summary(reports),
    }
