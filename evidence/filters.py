"""The report filters shared by the statistics page and the open-data downloads.

Parameter names are the search page's (county, round, org, tag), so a filtered
statistics page links straight to the same reports in search. Values are checked; an
unknown value is reported in Swedish and left out, never an error page.
"""

from django import forms
from django.core.cache import cache
from taggit.models import Tag

from core.models import County
from reports.models import OrganisationType, PluginRound, ProjectReportPage
from reports.selectors import published_reports

FILTER_KEYS = ("county", "round", "org", "tag")


def report_tags(version):
    """(slug, name) of the tags on published reports, cached until the next publish."""

    def read():
        used = ProjectReportPage.tags.through.objects.filter(
            content_object__in=published_reports().order_by().values("pk")
        )
        tags = Tag.objects.filter(pk__in=used.values("tag")).order_by("name")
        return list(tags.values_list("slug", "name"))

    return cache.get_or_set(f"reports:tags:{version}", read, 3600)


class ReportFilterForm(forms.Form):
    county = forms.ChoiceField(label="Län", required=False)
    round = forms.ChoiceField(
        label="Plug In-omgång",
        required=False,
        choices=[("", "Alla omgångar"), *PluginRound.choices],
    )
    org = forms.ChoiceField(
        label="Organisationstyp",
        required=False,
        choices=[("", "Alla organisationstyper"), *OrganisationType.choices],
    )
    tag = forms.ChoiceField(label="Målgrupp", required=False)

    def __init__(self, data=None, version="", **kwargs):
        super().__init__(data, **kwargs)
        self.fields["county"].choices = [
            ("", "Alla län"),
            *County.objects.order_by("name").values_list("code", "name"),
        ]
        self.fields["tag"].choices = [("", "Alla målgrupper"), *report_tags(version)]

    def chosen(self):
        """The valid filters, {key: value}; invalid ones are dropped (see `problems`)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            key: self.cleaned_data[key]
            for key in FILTER_KEYS
            if key not in self.errors and self.cleaned_data.get(key)
        }

    def problems(self):
        """Swedish messages naming each filter value in the address that was not used."""
        return [
            f"{self.fields[key].label}: värdet ”{self.data.get(key)}” finns inte och användes inte."
            for key in FILTER_KEYS
            if key in self.errors
        ]


def filtered_reports(chosen):
    reports = published_reports()
    if "county" in chosen:
        reports = reports.filter(municipality__county__code=chosen["county"])
    if "round" in chosen:
        reports = reports.filter(plugin_round=chosen["round"])
    if "org" in chosen:
        reports = reports.filter(organisation_type=chosen["org"])
    if "tag" in chosen:
        tagged = ProjectReportPage.objects.filter(tags__slug=chosen["tag"]).values("pk")
        reports = reports.filter(pk__in=tagged)
    return reports
