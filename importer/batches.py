"""Admin imports: upload files, preview the dry run, then import them in a task."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from importer.importing import MAX_FILES, UploadError, check_file, expand_upload, import_file
from importer.models import ImportBatch, ImportFile

logger = logging.getLogger(__name__)


def create_batch(uploads, *, user, publish=False, municipality=None):
    """Check every uploaded file (zips unpacked) and keep the valid ones for import.

    Files that cannot be imported keep only their error: their bytes are not stored
    (they may hold a personal identity number).
    """
    files = []
    for name, data in uploads:
        files += expand_upload(name, data)
    if not files:
        raise UploadError("Välj minst en fil att importera.")
    if len(files) > MAX_FILES:
        raise UploadError(f"Högst {MAX_FILES} filer per import; dela upp filerna.")
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            created_by=user, publish=publish, municipality=municipality
        )
        rows = []
        for position, (name, data) in enumerate(files):
            outcome = check_file(name, data)
            rows.append(
                ImportFile(
                    batch=batch,
                    position=position,
                    name=name[:255],
                    content=b"" if outcome.failed else data,
                    status=ImportFile.Status.INVALID if outcome.failed else ImportFile.Status.VALID,
                    answers=outcome.answers,
                    warnings=outcome.warnings,
                    error=outcome.error,
                )
            )
        ImportFile.objects.bulk_create(rows)
        batch.total = sum(1 for row in rows if row.status == ImportFile.Status.VALID)
        batch.save(update_fields=["total"])
    return batch


def start_batch(batch):
    """Queue the batch's valid files for import (runs at once without a task worker)."""
    # importer.tasks imports this module (the task runs `run_batch`): not at the top.
    from importer.tasks import run_import_batch

    updated = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
        status=ImportBatch.Status.QUEUED
    )
    if updated:
        transaction.on_commit(lambda: run_import_batch.enqueue(batch.pk))
    return updated == 1


def cancel_batch(batch):
    ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
        status=ImportBatch.Status.CANCELLED
    )
    ImportFile.objects.filter(batch=batch).update(content=b"")


def run_batch(batch_id):
    """Import each valid file of the batch in its own transaction, counting progress."""
    batch = ImportBatch.objects.select_related("municipality", "created_by").get(pk=batch_id)
    if batch.status not in (ImportBatch.Status.QUEUED, ImportBatch.Status.RUNNING):
        return
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.RUNNING)
    pending = batch.files.filter(status=ImportFile.Status.VALID).order_by("position")
    for row in pending.iterator(chunk_size=50):
        _import_row(batch, row)
        ImportBatch.objects.filter(pk=batch.pk).update(processed=F("processed") + 1)
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=ImportBatch.Status.DONE, finished_at=timezone.now()
    )


def _import_row(batch, row):
    try:
        outcome = import_file(
            row.name,
            bytes(row.content),
            publish=batch.publish,
            municipality=batch.municipality,
            user=batch.created_by,
        )
    except Exception:  # one broken file must not stop the batch
        logger.exception("Import of %s in batch %s failed", row.name, batch.pk)
        row.status, row.error = ImportFile.Status.FAILED, f"{row.name}: oväntat fel vid import."
    else:
        row.status = outcome.status if not outcome.failed else ImportFile.Status.FAILED
        row.answers, row.warnings, row.error = outcome.answers, outcome.warnings, outcome.error
        row.report = outcome.report
    row.content = b""
    row.save(update_fields=["status", "answers", "warnings", "error", "report", "content"])
