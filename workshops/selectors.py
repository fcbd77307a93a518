"""Read-side queries of the regions, municipalities and workshops pages.

Visitors see live, public pages only (drafts and private pages never appear in these
listings), and every page costs a constant number of queries however many workshops and
reports there are: relations are fetched per listing, never per row.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q

from core.models import Municipality, live_public
from reports import questionnaire
from reports.models import ProjectReportPage
from reports.selectors import published_reports
from workshops.models import RegionPage, WorkshopPage, reports_under

WORKSHOPS_PER_PAGE = 50


def _public(queryset):
    return queryset.live().public()


def live_workshops():
    """Live, public workshops with their municipalities (and counties), by title."""
    return (
        _public(WorkshopPage.objects)
        .prefetch_related(
            Prefetch("municipalities", queryset=Municipality.objects.select_related("county"))
        )
        .order_by("title", "pk")
    )


def live_regions():
    return _public(RegionPage.objects).order_by("title", "pk")


def reports_oldest_first(reports):
    """Reports in the order they were written: report date, then publication."""
    return reports.order_by(
        F("report_date").asc(nulls_last=True), F("first_published_at").asc(nulls_last=True), "pk"
    )


def workshop_reports(workshop):
    """The workshop's live, public reports, oldest first."""
    return reports_oldest_first(published_reports().child_of(workshop))


def _reports_by_workshop(workshops):
    """{workshop pk: [its live, public reports, oldest first]} in one query."""
    by_path = {workshop.path: workshop.pk for workshop in workshops}
    reports = reports_oldest_first(
        published_reports().filter(pk__in=reports_under(workshops).values("pk"))
    )
    grouped = {pk: [] for pk in by_path.values()}
    for report in reports:
        parent = by_path.get(report.path[: -ProjectReportPage.steplen])
        if parent is not None:
            grouped[parent].append(report)
    return grouped


# --- A workshop: its reports and "Resultat över tid" --------------------------------


@dataclass
class OutcomeRow:
    """One outcome question and its answer in each report, oldest report first."""

    outcome: questionnaire.Outcome
    answers: list

    @property
    def question(self):
        return self.outcome.question

    @property
    def is_answered(self):
        return any(self.answers)


def outcomes_over_time(reports):
    """For each outcome question of the questionnaire, its answer in each report."""
    return [
        OutcomeRow(outcome, [getattr(report, outcome.key) or "" for report in reports])
        for outcome in questionnaire.OUTCOMES
    ]


def workshop_context(workshop):
    reports = list(workshop_reports(workshop))
    rows = outcomes_over_time(reports)
    return {
        "workshop_reports": reports,
        "outcome_rows": rows if any(row.is_answered for row in rows) else [],
        "outcomes_title": questionnaire.OUTCOMES_TITLE,
        "workshop_municipalities": workshop.municipalities.select_related("county"),
        "workshop_region": workshop.live_region(),
        "workshop_methods": live_public(workshop.methods).order_by("title"),
        "workshop_tags": workshop.target_groups.all(),
        "contact": workshop.public_contact,
        # The case studies of the articles app (a layer above) point here with the
        # related name `case_studies`: read through it, without importing articles.
        "workshop_case_studies": live_public(workshop.case_studies).order_by("title", "pk"),
    }


def workshop_index_context(index, page_number):
    workshops = live_workshops().child_of(index).select_related("region")
    return {"workshops_page": Paginator(workshops, WORKSHOPS_PER_PAGE).get_page(page_number)}


# --- Regions -------------------------------------------------------------------------


def region_index_context(index):
    workshops = _public(WorkshopPage.objects)
    regions = (
        live_regions()
        .child_of(index)
        .annotate(
            workshop_count=Count("workshops", filter=Q(workshops__in=workshops), distinct=True)
        )
    )
    return {"regions": regions}


def region_context(region):
    workshops = list(live_workshops().filter(region=region))
    municipalities = {m.pk: m for workshop in workshops for m in workshop.municipalities.all()}
    return {
        "contacts": region.contacts.all(),
        "region_workshops": workshops,
        "region_municipalities": sorted(municipalities.values(), key=lambda m: m.name),
    }


# --- Municipalities ------------------------------------------------------------------


def municipalities_with_workshops():
    """Municipalities with at least one live, public workshop, by name, with their
    county and number of such workshops."""
    workshops = _public(WorkshopPage.objects)
    return list(
        Municipality.objects.filter(workshops__in=workshops)
        .annotate(workshop_count=Count("workshops", distinct=True))
        .select_related("county")
        .order_by("name")
    )


def municipality_for_slug(slug):
    """The municipality with a live, public workshop whose address part is `slug`."""
    return next((m for m in municipalities_with_workshops() if m.slug == slug), None)


@dataclass
class WorkshopSummary:
    workshop: WorkshopPage
    latest_report: ProjectReportPage | None
    report_count: int


def municipality_context(municipality):
    """A municipality's page: its live, public workshops with their latest report, and
    the regions of those workshops."""
    workshops = list(live_workshops().filter(municipalities=municipality))
    reports = _reports_by_workshop(workshops)
    regions = live_regions().filter(workshops__in=[workshop.pk for workshop in workshops])
    return {
        "municipality": municipality,
        "municipality_workshops": [
            WorkshopSummary(
                workshop,
                reports[workshop.pk][-1] if reports[workshop.pk] else None,
                len(reports[workshop.pk]),
            )
            for workshop in workshops
        ],
        "municipality_regions": regions.distinct(),
    }
