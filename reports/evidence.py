"""What the reports say, in aggregate: evidence panels and the statistics page.

Every figure comes from one database query of `count(*) FILTER (WHERE ...)` aggregates
(GROUP BY-style counting in the database, one pass over the reports), so the number of
queries does not grow with the number of reports. Figures are self-reported by the
projects; each carries the number of reports behind it.
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.urls import reverse

from reports import questionnaire
from reports.models import ProjectReportPage
from reports.selectors import published_reports

CACHE_SECONDS = 3600


def _scale_keys(section_key):
    section = next(s for s in questionnaire.SECTIONS if s.key == section_key)
    return tuple(question.key for question in section.questions if question.is_scale)


# The organisation-effect and cooperation questions of the statistics page (extent scale).
ORGANISATION_KEYS = _scale_keys("organisation")
COOPERATION_KEYS = _scale_keys("structure")


@dataclass
class Bar:
    value: str
    count: int
    share: float  # of the reports that answered
    url: str = ""

    @property
    def percent(self):
        return round(self.share * 100)


@dataclass
class Distribution:
    """The answers of the reports to one scale question."""

    key: str
    name: str  # short name of what was asked
    label: str  # the question as worded in the survey
    bars: list
    answered: int
    unanswered: int

    @property
    def reports(self):
        return self.answered + self.unanswered

    @property
    def largest(self):
        return max((bar.count for bar in self.bars), default=0)


@dataclass
class Evidence:
    reports: int = 0
    municipalities: int = 0
    counties: int = 0
    participants: int = 0
    girls: int = 0
    boys: int = 0
    reports_with_participants: int = 0
    outcomes: list = field(default_factory=list)
    organisation: list = field(default_factory=list)
    cooperation: list = field(default_factory=list)


def _scale_aggregates(keys):
    aggregates = {}
    for key in keys:
        question = questionnaire.QUESTIONS_BY_KEY[key]
        for position, value in enumerate(question.scale.values):
            aggregates[f"{key}__{position}"] = Count("pk", filter=Q(**{key: value}))
        aggregates[f"{key}__none"] = Count("pk", filter=~Q(**{f"{key}__in": question.scale.values}))
    return aggregates


def _distribution(row, key, name, search_filters):
    question = questionnaire.QUESTIONS_BY_KEY[key]
    counts = [(value, row[f"{key}__{i}"]) for i, value in enumerate(question.scale.values)]
    answered = sum(count for _, count in counts)
    bars = [
        Bar(
            value=value,
            count=count,
            share=count / answered if answered else 0,
            url=_search_url(search_filters, answer=questionnaire.answer_facet_value(key, value))
            if search_filters is not None
            else "",
        )
        for value, count in counts
    ]
    return Distribution(key, name, question.label, bars, answered, row[f"{key}__none"])


def _search_url(filters, **extra):
    params = [("type", "report"), *filters.items(), *extra.items()]
    return f"{reverse('search')}?{urlencode(params)}"


def evidence_for(reports, search_filters=None, details=False):
    """Figures for these reports (a queryset of report pages) in one query.

    `search_filters` ({"method": "coachning-i-grupp"}) link each bar to the search page
    listing the reports behind it; `details` adds the organisation-effect and cooperation
    questions (the statistics page).
    """
    outcome_keys = questionnaire.OUTCOME_KEYS
    extra_keys = (*ORGANISATION_KEYS, *COOPERATION_KEYS) if details else ()
    row = reports.order_by().aggregate(
        reports_count=Count("pk"),
        municipalities=Count("municipality", distinct=True),
        counties=Count("municipality__county", distinct=True),
        participants=Sum("participants_total"),
        girls=Sum("participants_girls"),
        boys=Sum("participants_boys"),
        reports_with_participants=Count("participants_total"),
        **_scale_aggregates((*outcome_keys, *extra_keys)),
    )
    names = {outcome.key: outcome.name for outcome in questionnaire.OUTCOMES}
    return Evidence(
        reports=row["reports_count"],
        municipalities=row["municipalities"],
        counties=row["counties"],
        participants=row["participants"] or 0,
        girls=row["girls"] or 0,
        boys=row["boys"] or 0,
        reports_with_participants=row["reports_with_participants"],
        outcomes=[_distribution(row, key, names[key], search_filters) for key in outcome_keys],
        organisation=[
            _distribution(row, key, questionnaire.QUESTIONS_BY_KEY[key].label, None)
            for key in (ORGANISATION_KEYS if details else ())
        ],
        cooperation=[
            _distribution(row, key, questionnaire.QUESTIONS_BY_KEY[key].label, None)
            for key in (COOPERATION_KEYS if details else ())
        ],
    )


def cached(key, version, compute):
    """`compute()`, cached until the next publish (the content version changes)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    full_key = f"evidence:{digest}:{version}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, CACHE_SECONDS)
    return value


def method_evidence(method, version):
    return cached(
        f"method:{method.pk}",
        version,
        lambda: evidence_for(
            published_reports().filter(methods=method), search_filters={"method": method.slug}
        ),
    )


def factor_evidence(factor, version):
    using = ProjectReportPage.objects.filter(methods__success_factors=factor).values("pk")
    return cached(
        f"factor:{factor.pk}",
        version,
        lambda: evidence_for(
            published_reports().filter(pk__in=using), search_filters={"factor": factor.slug}
        ),
    )


@dataclass
class Statistics:
    evidence: Evidence
    county_counts: dict  # county code -> reports
    county_names: dict


def statistics(chosen, version):
    """The statistics page's figures for these filters (see reports.filters)."""
    from portal.models import County
    from reports.filters import filtered_reports

    def compute():
        reports = filtered_reports(chosen)
        per_county = (
            reports.order_by().values_list("municipality__county__code").annotate(count=Count("pk"))
        )
        return Statistics(
            evidence=evidence_for(reports, search_filters=dict(chosen), details=True),
            county_counts={code: count for code, count in per_county if code},
            county_names=dict(County.objects.values_list("code", "name")),
        )

    key = "statistics:" + "&".join(f"{k}={v}" for k, v in sorted(chosen.items()))
    return cached(key, version, compute)
