"""The old PlugInnovation.se addresses of municipalities and project workshops, answered
with a permanent redirect to the new page (`core.old_addresses`):

- `/cities/<kommun>` (the municipality's name in any case, %-encoded or with å, ä, ö
  written as a, a, o) -> `/kommuner/<slug>/`, for a municipality with a live, public
  workshop;
- `/projektet/projektverkstader/<slug>` -> the workshop whose `old_slug` (else slug) it is;
- `/projektet/projektverkstader/<slug>/<report>` -> the workshop's live, public report
  whose old address (a permanent Wagtail redirect to it) is this one, else the workshop.
"""

from wagtail.contrib.redirects.models import Redirect

from core.old_addresses import comparable_path, old_address_view
from core.slugs import place_slug
from reports.selectors import published_reports
from workshops.models import MunicipalityIndexPage, WorkshopPage
from workshops.selectors import municipality_for_slug


@old_address_view
def city(request, name):
    municipality = municipality_for_slug(place_slug(name))
    index = MunicipalityIndexPage.objects.live().public().first()
    if municipality is None or index is None:
        return None
    return index.municipality_url(municipality, request)


def workshop_for_old_slug(old_slug):
    """The live, public workshop the old site called `old_slug` (its `old_slug`, else
    its slug), compared in any case and with å, ä, ö as a, a, o."""
    wanted = place_slug(old_slug)
    workshops = list(
        WorkshopPage.objects.live().public().only("pk", "slug", "old_slug").order_by("path")
    )
    for key in ("old_slug", "slug"):
        for workshop in workshops:
            value = getattr(workshop, key)
            if value and (value.casefold() == old_slug.casefold() or place_slug(value) == wanted):
                return workshop
    return None


def report_for_old_path(workshop, path):
    """The workshop's live, public report with a permanent redirect from `path`."""
    wanted = comparable_path(path)
    reports = published_reports().child_of(workshop)
    redirects = Redirect.objects.filter(is_permanent=True, redirect_page__in=reports.values("pk"))
    for redirect in redirects.select_related("redirect_page").order_by("pk"):
        if comparable_path(redirect.old_path) == wanted:
            return redirect.redirect_page
    return None


@old_address_view
def workshop(request, old_slug, rest=""):
    found = workshop_for_old_slug(old_slug)
    if found is None:
        return None
    report = report_for_old_path(found, request.path_info) if rest.strip("/") else None
    return (report or found).get_url(request)
