"""Helpers of the search tests: what the test built, counted against the index."""

from collections import Counter

from search.models import SearchDocument


def searchable_kinds(pages):
    """{kind: number} of the given pages that search takes part in (built and public)."""
    return Counter(
        page.search_kind for page in pages if getattr(page, "search_kind", "") and page.live
    )


def indexed_elsewhere(home):
    """{kind: number} of the search documents of pages outside the site rooted at `home`
    (the demo's, when it is loaded): nothing the test built."""
    documents = SearchDocument.objects.exclude(page__path__startswith=home.path)
    return Counter(documents.values_list("kind", flat=True))


def whole_collection(site, *built):
    """{kind: number} a search over everything should count: the public pages of `site`
    (a `SitePages`) and the pages in `built`, and what is indexed outside that site."""
    return indexed_elsewhere(site.home) + searchable_kinds([*site.pages(), *built])
