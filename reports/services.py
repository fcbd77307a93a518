"""Write-side operations for reports: create and update report pages."""

from django.db import transaction

from reports import questionnaire
from reports.models import ProjectReportPage, ReportExtraAnswer


def apply_parsed_report(report, parsed):
    """Copy every parsed answer, extracted figure, extra answer and warning onto `report`."""
    for question in questionnaire.SURVEY_QUESTIONS:
        setattr(report, question.key, parsed.answers.get(question.key, ""))
    for key, value in parsed.key_figures.items():
        setattr(report, key, value)
    report.extra_answers = [
        ReportExtraAnswer(
            question_key=extra.question_key,
            question_text=extra.question_text,
            answer=extra.answer,
            sort_order=position,
        )
        for position, extra in enumerate(parsed.extras)
    ]
    report.import_warnings = list(parsed.warnings)
    report.needs_review = bool(parsed.warnings)


@transaction.atomic
def create_report_page(
    parent, *, title, parsed=None, publish=False, methods=(), tags=(), user=None, **fields
):
    """Create a report page under `parent` as a draft, or published when `publish`."""
    report = ProjectReportPage(title=title, live=False, **fields)
    if parsed is not None:
        apply_parsed_report(report, parsed)
    report.methods = list(methods)
    report.tags.add(*tags)
    parent.add_child(instance=report)
    revision = report.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        report.refresh_from_db()
    return report
