"""Admin: the importer of legacy final reports, in the menu for those allowed to use it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from importer.admin_views import IMPORT_PERMISSION, ImportBatchView, ImportStartView


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
