"""Background tasks (django_tasks). Without a worker backend they run immediately."""

from django_tasks import task


@task()
def reindex_pages(page_ids):
    from search.indexing import index_pages

    index_pages(page_ids)
