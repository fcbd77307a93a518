"""Admin: a flat report listing with the review status and a "needs review" filter."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import PageStatusColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import WorkflowState

from reports.models import ProjectReportPage


class ReportFilterSet(PageListingViewSet.filterset_class):
    needs_review = django_filters.BooleanFilter(label=_("Behöver granskas"))

    class Meta:
        model = ProjectReportPage
        fields = ["needs_review", "municipality__county", "organisation_type", "plugin_round"]


class ReviewStatusColumn(PageStatusColumn):
    """Wagtail's status, except that a report whose review ended in *Begär ändringar*
    says it was returned (Wagtail calls it a draft)."""

    cell_template_name = "reports/admin/review_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        state = instance.current_workflow_state  # prefetched by the listing
        context["returned"] = state is not None and (
            state.status == WorkflowState.STATUS_NEEDS_CHANGES
        )
        context["from_leader"] = getattr(instance, "submission_pk", None) is not None
        return context


class NeedsReviewColumn(Column):
    """Says in words what the flag means; Wagtail's boolean icons are titled "True"."""

    cell_template_name = "reports/admin/needs_review_cell.html"


class ReportIndexView(PageListingViewSet.index_view_class):
    def annotate_queryset(self, pages):
        # Whether a project leader sent the report in: one join, not a query per row.
        return super().annotate_queryset(pages).annotate(submission_pk=F("submission"))


class ReportListingViewSet(PageListingViewSet):
    model = ProjectReportPage
    icon = "doc-full"
    menu_label = _("Slutrapporter")
    menu_order = 280
    add_to_admin_menu = True
    index_view_class = ReportIndexView
    columns = [
        *(
            ReviewStatusColumn("status", label=_("Status"), sort_key="live", width="16%")
            if column.name == "status"
            else column
            for column in PageListingViewSet.columns
        ),
        Column("municipality", label=_("Kommun")),
        NeedsReviewColumn("needs_review", label=_("Behöver granskas")),
    ]
    filterset_class = ReportFilterSet


@hooks.register("register_admin_viewset")
def register_report_listing():
    return ReportListingViewSet("slutrapporter")
