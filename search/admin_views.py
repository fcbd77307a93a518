"""Admin: the searches that found nothing, so editors can fill the gaps."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from search.models import ZeroResultQuery

VIEW_PERMISSION = "search.view_zeroresultquery"


class ZeroResultQueriesView(ReportView):
    page_title = _("Sökningar utan träffar")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    any_permission_required = [VIEW_PERMISSION]
    columns = [
        Column("query_string", label=_("Sökning"), sort_key="query_string"),
        NumberColumn("searches", label=_("Antal sökningar"), sort_key="searches"),
        DateColumn("last_searched_at", label=_("Senast"), sort_key="last_searched_at"),
    ]
    export_headings = {
        "query_string": _("Sökning"),
        "searches": _("Antal sökningar"),
        "last_searched_at": _("Senast"),
    }
    list_export = ["query_string", "searches", "last_searched_at"]

    def get_base_queryset(self):
        return ZeroResultQuery.objects.all()
