"""Admin: a flat report listing with a "needs review" filter."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from reports.models import ProjectReportPage


class ReportFilterSet(PageListingViewSet.filterset_class):
    needs_review = django_filters.BooleanFilter(label=_("Behöver granskas"))

    class Meta:
        model = ProjectReportPage
        fields = ["needs_review", "municipality__county", "organisation_type", "plugin_round"]


class ReportListingViewSet(PageListingViewSet):
    model = ProjectReportPage
    icon = "doc-full"
    menu_label = _("Slutrapporter")
    menu_order = 280
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("municipality", label=_("Kommun")),
        BooleanColumn("needs_review", label=_("Behöver granskas")),
    ]
    filterset_class = ReportFilterSet


@hooks.register("register_admin_viewset")
def register_report_listing():
    return ReportListingViewSet("slutrapporter")
