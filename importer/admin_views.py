"""Admin view "Importera slutrapporter": upload, preview the dry run, import."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from importer.batches import (
    PENDING,
    cancel_batch,
    create_batch,
    planned_changes,
    planned_placement,
    start_batch,
)
from importer.forms import ImportUploadForm
from importer.importing import UploadError
from importer.mapping import MappingError
from importer.models import ImportBatch
from importer.uploads import MAX_FILE_BYTES, MAX_FILES, max_uncompressed

IMPORT_PERMISSION = "importer.import_reports"
RECENT_BATCHES = 10


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportStartView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "importer/import_start.html"
    page_title = _("Importera slutrapporter")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or ImportUploadForm()
        context.update(
            max_file_mb=MAX_FILE_BYTES // (1024 * 1024),
            max_files=MAX_FILES,
            max_total_mb=f"{max_uncompressed() / (1024 * 1024):g}",
        )
        context["batches"] = ImportBatch.objects.select_related("created_by")[:RECENT_BATCHES]
        return context

    def post(self, request):
        form = ImportUploadForm(request.POST, request.FILES)
        if form.is_valid():
            # The uploaded files themselves (in memory or in temporary files): read in
            # chunks by the importer, within its limits, never whole.
            sources = [(upload.name, upload) for upload in form.cleaned_data["files"]]
            try:
                mapping = form.cleaned_data["mapping"]
                batch = create_batch(
                    sources,
                    user=request.user,
                    publish=form.cleaned_data["publish"],
                    municipality=form.cleaned_data["municipality"],
                    mapping=mapping.read() if mapping else None,
                )
            except MappingError as error:
                form.add_error("mapping", str(error))
            except UploadError as error:
                form.add_error("files", str(error))
            else:
                return redirect("reports_import_batch", batch.pk)
        return self.render_to_response(self.get_context_data(form=form))


class ImportBatchView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "importer/import_batch.html"
    header_icon = "upload"
    refresh_seconds = 2

    def get_page_title(self):
        return _("Import av slutrapporter")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("reports_import"), "label": _("Importera slutrapporter")},
            {"url": "", "label": f"{self.get_page_title()} {self.batch.pk}"},
        ]

    def dispatch(self, request, pk, *args, **kwargs):
        self.batch = get_object_or_404(ImportBatch.objects.select_related("municipality"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        files = list(self.batch.files.select_related("report__municipality"))
        if self.batch.status == ImportBatch.Status.PREVIEW:
            for file in files:
                file.changes = planned_changes(self.batch, file)
                file.plan = planned_placement(self.batch, file)
        context.update(
            batch=self.batch,
            files=files,
            valid_count=sum(1 for f in files if f.status in PENDING),
            confirm_count=sum(1 for f in files if f.status == f.Status.CONFIRM),
            invalid_count=sum(1 for f in files if f.status == f.Status.INVALID),
            refresh_seconds=self.refresh_seconds if self.batch.is_running else None,
        )
        return context

    def post(self, request):
        action = request.POST.get("action")
        if action == "import" and start_batch(self.batch):
            messages.success(request, _("Importen har startat."))
        elif action == "cancel":
            cancel_batch(self.batch)
            messages.info(request, _("Importen avbröts. Inga rapporter skapades."))
        return redirect("reports_import_batch", self.batch.pk)
