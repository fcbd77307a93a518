"""Background tasks (django_tasks). Without a worker backend they run immediately."""

from django_tasks import task

from search.indexing import index_pages


@task()
def reindex_pages(page_ids):
    index_pages(page_ids)
