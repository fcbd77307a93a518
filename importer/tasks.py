"""Background tasks (django_tasks). Without a worker backend they run immediately."""

from django_tasks import task

from importer.batches import run_batch


@task()
def run_import_batch(batch_id):
    run_batch(batch_id)
