"""The index follows the site: publish, unpublish, delete, privacy, renames, rebuild."""

from django.core.management import call_command
from wagtail.models import PageViewRestriction

from core.content_version import current_content_version
from core.models import Municipality
from search.models import SearchDocument
from search.params import SearchParams
from search.selectors import run_search
from testing.factories import MethodPageFactory
from testing.helpers import publish_report


def titles(text, **filters):
    filters = {key: (value,) for key, value in filters.items()}
    return [result.title for result in run_search(SearchParams(text, filters)).results]


def test_publishing_adds_a_page_and_a_draft_stays_out(tree):
    draft = publish_report("Kvarnbyns skolprojekt", publish=False, parent=tree.reports)
    assert titles("kvarnbyns") == []
    draft.save_revision().publish()
    assert titles("kvarnbyns") == ["Kvarnbyns skolprojekt"]


def test_unpublishing_removes_the_page(tree):
    report = publish_report("Kvarnbyns skolprojekt", parent=tree.reports)
    report.unpublish()
    assert titles("kvarnbyns") == []
    assert not SearchDocument.objects.filter(page_id=report.pk).exists()


def test_deleting_removes_the_page(tree):
    report = publish_report("Kvarnbyns skolprojekt", parent=tree.reports)
    version = current_content_version()
    report.delete()
    assert titles("kvarnbyns") == []
    assert current_content_version() != version  # cached structures are rebuilt


def test_a_password_protected_page_leaves_search_until_the_protection_is_lifted(tree):
    report = publish_report("Kvarnbyns skolprojekt", parent=tree.reports)
    restriction = PageViewRestriction.objects.create(
        page=report, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    assert titles("kvarnbyns") == []
    restriction.delete()
    assert titles("kvarnbyns") == ["Kvarnbyns skolprojekt"]


def test_an_edit_shows_only_once_published(tree):
    report = publish_report("Kvarnbyns skolprojekt", parent=tree.reports)
    report.title = "Åbyns skolprojekt"
    report.save_revision()  # a draft of the change
    assert titles("åbyns") == []
    assert titles("kvarnbyns") == ["Kvarnbyns skolprojekt"]
    report.get_latest_revision().publish()
    assert titles("åbyns") == ["Åbyns skolprojekt"]


def test_renaming_a_method_updates_the_reports_that_used_it(
    tree, django_capture_on_commit_callbacks
):
    method = MethodPageFactory(parent=tree.methods, slug="skuggning-i-grupp", published=True)
    report = publish_report(
        "Kvarnbyns skolprojekt", methods=["skuggning-i-grupp"], parent=tree.reports
    )
    assert titles("klassrumsskuggning") == []
    method.search_synonyms = "klassrumsskuggning"
    with django_capture_on_commit_callbacks(execute=True):  # reports follow in a task
        method.save_revision().publish()
    assert report.title in titles("klassrumsskuggning")


def test_renaming_a_municipality_updates_facet_labels(tree, django_capture_on_commit_callbacks):
    publish_report("Kvarnbyns skolprojekt", municipality="1280", parent=tree.reports)
    malmo = Municipality.objects.get(code="1280")
    malmo.name = "Malmö stad"
    with django_capture_on_commit_callbacks(execute=True):
        malmo.save()
    outcome = run_search(SearchParams("kvarnbyns"))
    municipality = next(facet for facet in outcome.facets if facet.key == "municipality")
    assert [value.label for value in municipality.values] == ["Malmö stad"]
    assert titles("malmö stad") == ["Kvarnbyns skolprojekt"]


def test_rebuild_gives_the_same_index_as_publishing(tree):
    publish_report("Kvarnbyns skolprojekt", tags=["dyskalkyli"], parent=tree.reports)
    before = {
        document.page_id: (document.title, document.keywords, document.body, document.facets)
        for document in SearchDocument.objects.all()
    }
    call_command("rebuild_search_index", verbosity=0)
    after = {
        document.page_id: (document.title, document.keywords, document.body, document.facets)
        for document in SearchDocument.objects.all()
    }
    assert after == before
    assert titles("kvarnbyns", tag="dyskalkyli") == ["Kvarnbyns skolprojekt"]


def test_only_page_types_with_a_search_kind_are_indexed(site_pages):
    pages = site_pages.pages()  # one published page of every public type
    documents = SearchDocument.objects.filter(page__in=pages)
    kinds = set(documents.values_list("kind", flat=True))
    assert kinds == {"report", "method", "factor", "page"}
    indexed = set(documents.values_list("page_id", flat=True))
    # Index pages (the home page, the sections, the statistics) are not.
    assert indexed == {page.pk for page in pages if page.search_kind}
    assert site_pages.methods.pk not in indexed and site_pages.home.pk not in indexed
