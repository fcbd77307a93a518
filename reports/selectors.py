"""Read-side queries for reports. Every listing here costs a constant number of queries."""

from dataclasses import dataclass

from reports import questionnaire
from reports.models import ProjectReportPage


def published_reports():
    """Live, publicly visible reports with what listings show, newest first."""
    return (
        ProjectReportPage.objects.live()
        .public()
        .select_related("municipality__county")
        .order_by("-first_published_at", "-pk")
    )


@dataclass
class Answer:
    question: questionnaire.Question
    value: object
    extras: list  # ReportExtraAnswer rows kept for this question (e.g. unmatched scale text)

    @property
    def is_answered(self):
        return self.value not in (None, "") or bool(self.extras)

    @property
    def scale_position(self):
        """1-based position of a ranked scale value, None for unranked values."""
        scale = self.question.scale
        if not scale or self.value in ("", None) or self.value in scale.unranked:
            return None
        ranked = [v for v in scale.values if v not in scale.unranked]
        return ranked.index(self.value) + 1 if self.value in ranked else None

    @property
    def scale_length(self):
        scale = self.question.scale
        return len([v for v in scale.values if v not in scale.unranked]) if scale else 0


@dataclass
class AnsweredSection:
    section: questionnaire.Section
    answers: list

    @property
    def answered_count(self):
        return sum(1 for answer in self.answers if answer.is_answered)


def answered_sections(report, extras):
    """The survey sections with this report's answers, in questionnaire order.

    `extras` are the report's extra answers; those keyed to a question show under it.
    """
    extras_by_key = {}
    for extra in extras:
        extras_by_key.setdefault(extra.question_key, []).append(extra)
    return [
        AnsweredSection(
            section=section,
            answers=[
                Answer(q, getattr(report, q.key), extras_by_key.get(q.key, []))
                for q in section.questions
            ],
        )
        for section in questionnaire.SURVEY_SECTIONS
    ]
