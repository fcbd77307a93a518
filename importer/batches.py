"""Admin imports: upload files, preview the dry run, then import them in a task."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from importer.importing import ImportOutcome, UploadError, import_file, plan_file
from importer.mapping import Placement, check_files, file_key, read_mapping
from importer.models import ImportBatch, ImportFile
from importer.uploads import MAX_FILE_BYTES, read_uploads

logger = logging.getLogger(__name__)

PENDING = (ImportFile.Status.VALID, ImportFile.Status.CONFIRM)
FLUSH_BYTES = 2 * MAX_FILE_BYTES  # file contents held before they are written


def create_batch(sources, *, user, publish=False, municipality=None, mapping=None):
    """Check every uploaded file (zips unpacked) and keep the valid ones for import.

    `sources` are [(name, binary file object)]. Files are read one at a time (zips
    member by member, within the limits of `importer.uploads`) and written in small
    groups, so memory holds little more than one file. Files that cannot be imported
    keep only their error: their bytes are not stored (they may hold a personal identity
    number). A file that would update a report found by content alone is kept as
    CONFIRM: the import button confirms it. Raises UploadError, and stores nothing,
    when a limit is passed or the `mapping` file (bytes, `importer.mapping`) is bad.
    """
    placements = read_mapping(mapping) if mapping else {}
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            created_by=user, publish=publish, municipality=municipality
        )
        rows, held, total, count, names = [], 0, 0, 0, []
        for position, upload in enumerate(read_uploads(sources)):
            names.append(upload.name)
            row = _preview_row(batch, position, upload, placements.get(file_key(upload.name)))
            rows.append(row)
            held += len(row.content)
            count += 1
            total += row.status in PENDING
            if held > FLUSH_BYTES or len(rows) >= 50:
                ImportFile.objects.bulk_create(rows)
                rows, held = [], 0
        if not count:
            raise UploadError("Välj minst en fil att importera.", "no files to import")
        check_files(placements, names)
        ImportFile.objects.bulk_create(rows)
        batch.total = total
        batch.save(update_fields=["total"])
    return batch


def _preview_row(batch, position, upload, placement=None):
    if upload.error:
        outcome = ImportOutcome(upload.name, "failed", error=upload.error)
    else:
        outcome = plan_file(
            upload.name,
            upload.data,
            publish=batch.publish,
            municipality=batch.municipality,
            placement=placement,
        )
    if outcome.failed:
        status = ImportFile.Status.INVALID
    elif outcome.action == "confirm":
        status = ImportFile.Status.CONFIRM
    else:
        status = ImportFile.Status.VALID
    return ImportFile(
        batch=batch,
        position=position,
        name=outcome.name[:255],
        content=b"" if outcome.failed else upload.data,
        status=status,
        answers=outcome.answers,
        warnings=outcome.warnings,
        error=outcome.error,
        report=None if outcome.failed else outcome.report,
        placement=placement.as_json() if placement and not outcome.failed else {},
    )


def _replan(batch, row):
    return plan_file(
        row.name,
        bytes(row.content),
        publish=batch.publish,
        municipality=batch.municipality,
        placement=Placement.from_json(row.placement),
    )


def planned_changes(batch, row):
    """What importing a CONFIRM row would change on its report, as it stands now."""
    if row.status != ImportFile.Status.CONFIRM or not row.content:
        return []
    return _replan(batch, row).changes


def planned_placement(batch, row):
    """What a waiting row's mapping-file row does (importer.mapping.PlacementPlan), or None."""
    if row.status not in PENDING or not row.content or not row.placement:
        return None
    return _replan(batch, row).placement


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
    pending = batch.files.filter(status__in=PENDING).order_by("position")
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
            # A report found by content alone was shown in the preview: importing confirms
            # that one report, and no other.
            confirmed=row.report_id if row.status == ImportFile.Status.CONFIRM else None,
            placement=Placement.from_json(row.placement),
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
