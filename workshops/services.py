"""Write-side operations of the workshops app: filing the old flat reports under their
project workshops (`manage.py move_reports_to_workshops`).

Every report that stands directly under the report index moves under a workshop: the
one with the report's title in the report's municipality, else a new published
workshop made from the report. The report is moved, not copied: its id, revisions,
answers and live state stay. Its old address gets a permanent redirect to the report,
so that old links answer 301 to the new address. A second run finds nothing to move.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from core.slugs import place_slug
from reports.models import ProjectReportPage, ReportIndexPage
from workshops.models import WorkshopIndexPage, WorkshopPage

WORKSHOP_INDEX_TITLE = "Projektverkstäder"
WORKSHOP_INDEX_SLUG = "projektverkstader"


@dataclass
class Move:
    """One report to move: to `workshop`, or to a new workshop when it is None."""

    report: ProjectReportPage
    workshop: WorkshopPage | None
    old_url: str = ""
    created: bool = False  # the move made its workshop


def flat_reports():
    """The reports directly under the report index, in tree order."""
    index = ReportIndexPage.objects.first()
    if index is None:
        return ProjectReportPage.objects.none()
    return ProjectReportPage.objects.child_of(index).select_related("municipality").order_by("path")


def matching_workshop(report):
    """The workshop titled as the report, in the report's municipality, or None."""
    workshops = WorkshopPage.objects.filter(title=report.title)
    if report.municipality_id:
        workshops = workshops.filter(municipalities=report.municipality_id)
    else:
        workshops = workshops.filter(municipalities=None)
    return workshops.order_by("path").first()


def plan_moves():
    """What a run would do, without writing: a report whose workshop another report of
    this run creates joins that one (its `workshop` is None, as the first one's is)."""
    return [Move(report, matching_workshop(report), report.url) for report in flat_reports()]


def _home():
    """Where a missing workshop index is made: beside the report index (the home page)."""
    index = ReportIndexPage.objects.first()
    return index.get_parent() if index else Page.objects.filter(depth=2).first()


def workshop_index():
    """The workshop index, made (published) under the home page when there is none."""
    index = WorkshopIndexPage.objects.first()
    if index is None:
        index = WorkshopIndexPage(title=WORKSHOP_INDEX_TITLE, slug=WORKSHOP_INDEX_SLUG)
        _home().add_child(instance=index)
        index.save_revision(log_action=True).publish()
        index.refresh_from_db()
    return index


def _free_slug(parent, title):
    base = place_slug(title) or slugify(title) or "projektverkstad"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def workshop_from_report(report, index):
    """A new published workshop with the report's title, municipality, organisation
    type, round, period, methods and target groups."""
    workshop = WorkshopPage(
        title=report.title,
        slug=_free_slug(index, report.title),
        organisation_type=report.organisation_type,
        plugin_round=report.plugin_round,
        period_start=report.period_start,
        period_end=report.period_end,
    )
    workshop.municipalities = [report.municipality] if report.municipality_id else []
    workshop.methods = list(report.methods.all())
    workshop.target_groups.add(*report.tags.all())
    index.add_child(instance=workshop)
    workshop.save_revision(log_action=True).publish()
    workshop.refresh_from_db()
    return workshop


def workshop_named(title, municipality):
    """The workshop titled `title` in `municipality` (the first in tree order), or None."""
    workshops = WorkshopPage.objects.filter(title=title, municipalities=municipality)
    return workshops.order_by("path").first()


@transaction.atomic
def ensure_workshop(title, municipality):
    """The workshop titled `title` in `municipality`, made (published, under the workshop
    index) when there is none."""
    workshop = workshop_named(title, municipality)
    if workshop is None:
        index = workshop_index()
        workshop = WorkshopPage(title=title, slug=_free_slug(index, title))
        workshop.municipalities = [municipality]
        index.add_child(instance=workshop)
        workshop.save_revision(log_action=True).publish()
        workshop.refresh_from_db()
    return workshop


def redirect_old_address(report, old_parts):
    """A permanent redirect from the report's old address to the report (one per site
    the old address was on; Wagtail's automatic one for that address is replaced)."""
    if old_parts is None:
        return None
    site_id, _root_url, old_path = old_parts
    redirect, _created = Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(old_path),
        site_id=site_id,
        defaults={
            "redirect_page": report,
            "redirect_link": "",
            "is_permanent": True,
            "automatically_created": False,
        },
    )
    return redirect


@transaction.atomic
def move_report(report, workshop):
    """Move `report` under `workshop`, else the matching one, else a new one made from
    it; returns (the workshop, whether it was made)."""
    # Fresh from the database: earlier moves of this run changed the tree.
    report = ProjectReportPage.objects.get(pk=report.pk)
    workshop = workshop or matching_workshop(report)
    created = workshop is None
    if created:
        workshop = workshop_from_report(report, workshop_index())
    workshop = WorkshopPage.objects.get(pk=workshop.pk)
    old_parts = report.get_url_parts()
    report.move(workshop, pos="last-child")
    report = ProjectReportPage.objects.get(pk=report.pk)
    redirect_old_address(report, old_parts)
    return workshop, created


def move_reports_to_workshops():
    """Move every flat report under its workshop; returns the moves made."""
    moves = plan_moves()
    if moves:
        workshop_index()
    for move in moves:
        move.workshop, move.created = move_report(move.report, move.workshop)
    return moves
