"""Admin: the report importer and a flat report listing with a "needs review" filter."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from reports.admin_views import IMPORT_PERMISSION, ImportBatchView, ImportStartView
from reports.models import ProjectReportPage


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("importera-slutrapporter/", ImportStartView.as_view(), name="reports_import"),
        path(
            "importera-slutrapporter/<int:pk>/",
            ImportBatchView.as_view(),
            name="reports_import_batch",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IMPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Importera slutrapporter"), reverse("reports_import"), icon_name="upload", order=290
    )


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


@hooks.register("register_admin_viewset")
def register_invitations():
    from reports.invitation_admin import InvitationViewSet

    return InvitationViewSet("projektledare")


@hooks.register("construct_homepage_panels")
def add_awaiting_review_panel(request, panels):
    from reports.invitation_admin import AwaitingReviewPanel
    from reports.submissions import EDITORS_GROUP

    user = request.user
    if user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists():
        panels.append(AwaitingReviewPanel())
