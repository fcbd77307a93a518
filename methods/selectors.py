"""Read-side queries for method and success-factor pages."""

from reports.evidence import factor_evidence, method_evidence
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
    reports = published_reports().filter(methods__success_factors=factor).distinct()
    return {
        "factor_methods": methods,
        "evidence": factor_evidence(factor, version),
        **_reports_summary(reports),
    }
