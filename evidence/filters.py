"""The report filters shared by the statistics page and the open-data downloads.

A django-filter `FilterSet` over the published reports. Parameter names are the search
page's (county, round, org, tag), so a filtered statistics page links straight to the
same reports in search. Values are checked; an unknown value is reported in Swedish and
left out, never an error page.
"""

import django_filters
from django.core.cache import cache
from taggit.models import Tag

from core.models import County
from reports.models import OrganisationType, PluginRound, ProjectReportPage
from reports.selectors import published_reports


def report_tags(version):
    """(slug, name) of the tags on published reports, cached until the next publish."""

    def read():
        used = ProjectReportPage.tags.through.objects.filter(
            content_object__in=published_reports().order_by().values("pk")
        )
        tags = Tag.objects.filter(pk__in=used.values("tag")).order_by("name")
        return list(tags.values_list("slug", "name"))

    return cache.get_or_set(f"reports:tags:{version}", read, 3600)


def _tagged(reports, name, slug):
    # A subquery rather than a join: a report is counted once whatever its tags.
    return reports.filter(pk__in=ProjectReportPage.objects.filter(tags__slug=slug).values("pk"))


class ReportFilter(django_filters.FilterSet):
    """`ReportFilter(request.GET or None, version=...)`: `.form` for the page, `.qs` for
    the published reports it chooses, `chosen()` and `problems()` for the values used and
    those that were not.

    The choices of county and tag are read when the filter is made (one query for the
    counties; the tags from the cache of this content `version`)."""

    county = django_filters.ChoiceFilter(
        field_name="municipality__county__code", label="Län", empty_label="Alla län"
    )
    round = django_filters.ChoiceFilter(
        field_name="plugin_round",
        label="Plug In-omgång",
        choices=PluginRound.choices,
        empty_label="Alla omgångar",
    )
    org = django_filters.ChoiceFilter(
        field_name="organisation_type",
        label="Organisationstyp",
        choices=OrganisationType.choices,
        empty_label="Alla organisationstyper",
    )
    tag = django_filters.ChoiceFilter(
        method=_tagged, label="Målgrupp", empty_label="Alla målgrupper"
    )

    class Meta:
        model = ProjectReportPage
        fields = ("county", "round", "org", "tag")

    def __init__(self, data=None, *, version="", **kwargs):
        super().__init__(data, **kwargs)
        self.filters["county"].extra["choices"] = list(
            County.objects.order_by("name").values_list("code", "name")
        )
        self.filters["tag"].extra["choices"] = report_tags(version)

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            # The published reports (not every report of Meta.model, the default), found
            # only now: `.public()` costs a query that a refused download does not need.
            self.queryset = published_reports()
        return super().qs

    def chosen(self):
        """The valid filters, {key: value}; invalid ones are dropped (see `problems`)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {key: value for key, value in self.form.cleaned_data.items() if value}

    def problems(self):
        """Swedish messages naming each filter value in the address that was not used."""
        if not self.is_bound:
            return []
        return [
            f"{filter_.label}: värdet ”{self.data.get(key)}” finns inte och användes inte."
            for key, filter_ in self.filters.items()
            if key in self.errors
        ]


def filtered_reports(chosen):
    """The published reports narrowed by filters already checked ({key: value}, as
    `ReportFilter.chosen()` gives them; the statistics cache is keyed on it)."""
    reports = published_reports()
    for key, report_filter in ReportFilter.base_filters.items():
        if key in chosen:
            reports = report_filter.filter(reports, chosen[key])
    return reports
