from wagtail.admin.panels import Panel


class ImportWarningsPanel(Panel):
    """Shows what the importer flagged (unknown questions, unmatched scale values,
    extracted key figures) so that an editor can check it before publishing."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/import_warnings_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warnings"] = self.instance.import_warnings or []
            context["source_name"] = self.instance.source_name
            return context
