"""Admin: the report of searches without results, in the Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import VIEW_PERMISSION, ZeroResultQueriesView


@hooks.register("register_admin_urls")
def register_zero_results_urls():
    return [
        path(
            "reports/sokningar-utan-traffar/",
            ZeroResultQueriesView.as_view(),
            name="search_zero_results",
        ),
        path(
            "reports/sokningar-utan-traffar/results/",
            ZeroResultQueriesView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class ZeroResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return ZeroResultsMenuItem(
        _("Sökningar utan träffar"),
        reverse("search_zero_results"),
        name="search-zero-results",
        icon_name="search",
        order=1310,
    )
