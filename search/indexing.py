"""Writes to the search index: keep one document per live, public, searchable page.

Called from signal handlers (publish, unpublish, move, privacy changes, renamed
reference data) and from `manage.py rebuild_search_index`. The database keeps the
engine structures in step: a trigger fills the PostgreSQL `tsv` column, triggers copy
rows into the SQLite FTS5 table (migration 0002).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, get_page_models

from core.content_version import bump_content_version
from search.documents import build_document
from search.models import SearchDocument

BATCH_SIZE = 200


def searchable_page_models():
    return [model for model in get_page_models() if getattr(model, "search_kind", "")]


def _save(document):
    fields = {
        field.attname: getattr(document, field.attname)
        for field in SearchDocument._meta.concrete_fields
        if field.attname not in ("page_id", "indexed_at")
    }
    SearchDocument.objects.update_or_create(page_id=document.page_id, defaults=fields)


def _specific_pages(page_ids):
    """The pages as their specific types, each type fetched in one query with what its
    search document needs (`search_index_queryset`)."""
    by_type = {}
    for pk, content_type_id in Page.objects.filter(pk__in=page_ids).values_list(
        "pk", "content_type_id"
    ):
        by_type.setdefault(content_type_id, []).append(pk)
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        yield from _with_related(model, model.objects.filter(pk__in=pks))


def _with_related(model, queryset):
    hook = getattr(model, "search_index_queryset", None)
    return (hook(queryset) if hook else queryset).iterator(chunk_size=BATCH_SIZE)


@transaction.atomic
def index_pages(page_ids):
    """(Re)build the documents of these pages; pages no longer searchable drop out.

    Reads every page fresh from the database: a page object handed over by a signal
    may hold in-memory relations that differ from what was saved.
    """
    page_ids = set(page_ids)
    found = set()
    for page in _specific_pages(page_ids):
        found.add(page.pk)
        document = build_document(page)
        if document is None:
            SearchDocument.objects.filter(page_id=page.pk).delete()
        else:
            _save(document)
    SearchDocument.objects.filter(page_id__in=page_ids - found).delete()
    bump_content_version()


def index_page(page):
    index_pages([page.pk])


def remove_pages(page_ids):
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()
    bump_content_version()


def index_subtree(page):
    """A page and its descendants: after a move or a change of view restrictions."""
    ids = list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    index_pages(ids)


@transaction.atomic
def rebuild_index(stdout=None):
    """Drop every document and index every live page of a searchable type again."""
    SearchDocument.objects.all().delete()
    total = 0
    for model in searchable_page_models():
        pages = model.objects.live().public().exact_type(model).order_by("pk")
        batch = []
        for page in _with_related(model, pages):
            document = build_document(page)
            if document is not None:
                batch.append(document)
            if len(batch) >= BATCH_SIZE:
                total += _flush(batch)
        total += _flush(batch)
        if stdout:
            stdout.write(f"{model._meta.verbose_name_plural}: indexed")
    bump_content_version()
    return total


def _flush(batch):
    count = len(batch)
    SearchDocument.objects.bulk_create(batch)
    batch.clear()
    return count
