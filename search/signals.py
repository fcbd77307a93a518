"""Keep the search index current: every change that alters what search shows lands here.

Pages whose documents show something of a changed page (reports show their methods'
names) are reindexed in a task: at once without a worker, in the background with one.
That holds for every way a page stops (or starts) being public: unpublishing, deleting
(Wagtail unpublishes a live page first), a password or a login on it or on a section
above it, a move under such a section. So a report whose document was built while its
method was public loses the method's name when the method becomes private.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag, TaggedItemBase
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.content_version import bump_content_version
from core.facets import facet_key
from core.models import County, Municipality, PortalPage
from search import indexing
from search.models import SearchDocument
from search.tasks import reindex_pages


def _reindex_later(page_ids):
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: reindex_pages.enqueue(page_ids))


def _dependents(page):
    dependents = getattr(page.specific, "search_dependents", None)
    return list(dependents().values_list("pk", flat=True)) if dependents else []


def _shows_in_others(model):
    """Whether pages of `model` are shown in other pages' documents (their own
    `search_dependents`)."""
    dependents = getattr(model, "search_dependents", None)
    return dependents is not None and dependents is not PortalPage.search_dependents


def _subtree_dependents(page):
    """Pages whose documents show a page of the subtree of `page` (inclusive).

    Only page types that have dependents are read (methods and success factors, not the
    thousands of reports under a report index)."""
    models = [model for model in indexing.searchable_page_models() if _shows_in_others(model)]
    if not models:
        return []
    ids = []
    pages = Page.objects.descendant_of(page, inclusive=True).type(*models).specific()
    for descendant in pages:
        ids += descendant.search_dependents().values_list("pk", flat=True)
    return ids


def _index_subtree_and_dependents(page):
    indexing.index_subtree(page)
    _reindex_later(_subtree_dependents(page))


def on_publish(sender, instance, **kwargs):
    indexing.index_page(instance)
    _reindex_later(_dependents(instance))


def on_unpublish(sender, instance, **kwargs):
    indexing.remove_pages([instance.pk])
    _reindex_later(_dependents(instance))


def on_move(sender, instance, **kwargs):
    # A move can put a page under a password-protected section, or take it out.
    _index_subtree_and_dependents(instance)


def on_view_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _index_subtree_and_dependents(page)


def on_document_deleted(sender, instance, **kwargs):
    # Deleting a page deletes its document by cascade; cached structures must follow.
    bump_content_version()


def on_any_delete(sender, instance, **kwargs):
    # Pages outside search (index pages in the menu) change cached navigation too.
    if isinstance(instance, Page):
        bump_content_version()


def _reindex_documents_with(key):
    ids = SearchDocument.objects.filter(facets__has_key=key).values_list("page_id", flat=True)
    _reindex_later(list(ids))


def on_county_saved(sender, instance, created, **kwargs):
    if not created:
        _reindex_documents_with(facet_key("county", instance.code))


def on_municipality_saved(sender, instance, created, **kwargs):
    if not created:
        _reindex_documents_with(facet_key("municipality", instance.code))


def on_tag_saved(sender, instance, created, **kwargs):
    if not created:
        # Found through the tag itself: its slug (the facet value) may have changed.
        _reindex_later(_tagged_page_ids(instance))


def _tagged_page_ids(tag):
    """Pages tagged with `tag`, through every page model's tag table."""
    ids = []
    for model in apps.get_models():
        tags_pages = (
            issubclass(model, TaggedItemBase)
            and hasattr(model, "content_object")
            and issubclass(model._meta.get_field("content_object").related_model, Page)
        )
        if tags_pages:
            ids += model.objects.filter(tag=tag).values_list("content_object_id", flat=True)
    return ids


def connect():
    page_published.connect(on_publish, dispatch_uid="search-publish")
    page_unpublished.connect(on_unpublish, dispatch_uid="search-unpublish")
    post_page_move.connect(on_move, dispatch_uid="search-move")
    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(
            on_view_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{name}",
        )
    post_delete.connect(on_document_deleted, sender=SearchDocument, dispatch_uid="search-delete")
    post_delete.connect(on_any_delete, dispatch_uid="search-page-delete")
    post_save.connect(on_county_saved, sender=County, dispatch_uid="search-county")
    post_save.connect(on_municipality_saved, sender=Municipality, dispatch_uid="search-kommun")
    post_save.connect(on_tag_saved, sender=Tag, dispatch_uid="search-tag")
