"""Create many published reports quickly for listing and query-count tests."""

from testing.factories import ProjectReportPageFactory


def make_reports(parent, count, methods=(), **fields):
    reports = []
    for _ in range(count):
        report = ProjectReportPageFactory(parent=parent, **fields)
        if methods:
            report.methods = list(methods)
            report.save()
        reports.append(report)
    return reports
