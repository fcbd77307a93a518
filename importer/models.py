"""Import batches: uploads of legacy export files, previewed and then imported."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportBatch(models.Model):
    """One upload of export files in the admin: previewed, then imported by a task."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Förhandsgranskas")
        QUEUED = "queued", _("I kö")
        RUNNING = "running", _("Importeras")
        DONE = "done", _("Klar")
        CANCELLED = "cancelled", _("Avbruten")

    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="preview")
    publish = models.BooleanField(_("publicera direkt"), default=False)
    municipality = models.ForeignKey(
        "core.Municipality", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    total = models.PositiveIntegerField(_("filer att importera"), default=0)
    processed = models.PositiveIntegerField(_("bearbetade filer"), default=0)
    finished_at = models.DateTimeField(_("klar"), null=True, blank=True)

    class Meta:
        db_table = "reports_importbatch"  # kept from the reports app (README, Upgrading)
        ordering = ["-created_at"]
        verbose_name = _("import av slutrapporter")
        verbose_name_plural = _("importer av slutrapporter")
        permissions = [("import_reports", _("Kan importera slutrapporter"))]

    def __str__(self):
        return f"Import {self.pk} ({self.get_status_display()})"

    @property
    def is_running(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class ImportFile(models.Model):
    """A file in an import batch. Its bytes are kept only while it waits to be imported.

    In the preview, `report` is the existing report the file would update (by import
    key, or by content alone: status CONFIRM, which the import button confirms); after
    the import, the report written.
    """

    class Status(models.TextChoices):
        VALID = "valid", _("Kan importeras")
        CONFIRM = "confirm", _("Uppdaterar befintlig rapport")  # found by content alone
        INVALID = "invalid", _("Kan inte importeras")
        CREATED = "created", _("Skapad")
        UPDATED = "updated", _("Uppdaterad")
        UNCHANGED = "unchanged", _("Oförändrad")
        SKIPPED = "skipped", _("Inte uppdaterad (inte bekräftad)")
        FAILED = "failed", _("Misslyckades")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(_("fil"), max_length=255)
    content = models.BinaryField(default=b"")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    answers = models.PositiveIntegerField(_("svar"), default=0)
    warnings = models.JSONField(_("varningar"), default=list)
    error = models.TextField(_("fel"), blank=True)
    # The mapping file's row for this file (importer.mapping.Placement), if any.
    placement = models.JSONField(_("placering"), default=dict, blank=True)
    report = models.ForeignKey(
        "reports.ProjectReportPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        db_table = "reports_importfile"  # kept from the reports app (README, Upgrading)
        ordering = ["batch", "position"]
        verbose_name = _("importerad fil")
        verbose_name_plural = _("importerade filer")

    def __str__(self):
        return self.name
