"""Admin registration: visitors' accessibility problem reports."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import AccessibilityProblemReport


class AccessibilityProblemReportViewSet(SnippetViewSet):
    model = AccessibilityProblemReport
    icon = "warning"
    menu_label = _("Tillgänglighetsrapporter")
    list_display = ["created_at", "page_address", "handled"]
    list_filter = ["handled"]
    add_to_admin_menu = True
    menu_order = 900


register_snippet(AccessibilityProblemReportViewSet)
