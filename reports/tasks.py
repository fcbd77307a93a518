"""Background tasks (django_tasks). Without a worker backend they run immediately."""

from django_tasks import task


@task()
def run_import_batch(batch_id):
    from reports.import_batches import run_batch

    run_batch(batch_id)
