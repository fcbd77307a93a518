"""Read side of the portal search: results, facet counts, promotions.

A request costs a fixed number of SQL queries whatever the number of matches: the index
version, the text match (all matching ids, pre-ordered), the precise ranking of the
first few hundred, the passages and documents of one page of results, and one for
editors' promotions. Filters and facet counts come from the in-memory facet index.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.content_version import current_content_version
from core.facets import facet_key
from core.navigation import page_url
from search import engines
from search.documents import MARK_START, MARK_STOP
from search.facet_index import facet_index
from search.facets import (
    FACETS,
    FACETS_BY_KEY,
    FacetCounts,
    FacetValue,
    shown_values,
    sort_values,
)
from search.models import SearchDocument
from search.params import SearchParams

RESULTS_PER_PAGE = 20
# Relevance over the whole text is computed for this many best pre-ordered matches;
# pages of results beyond them keep the pre-order (title and keyword matches first).
RERANK_CANDIDATES = 100


@dataclass
class SearchResult:
    page_id: int
    title: str
    url: str
    kind: str
    kind_label: str
    meta: str
    summary: str
    passage: str  # safe HTML: escaped text with <mark> around matches, or ""


@dataclass
class SearchOutcome:
    params: SearchParams
    results: list
    total: int
    page: object  # a django Page of the paginator (number, has_next, ...)
    facets: list
    any_term: bool = False  # no page had every word: pages with any of them are shown
    text_matches: int | None = None  # pages matching the words alone (None: no words)
    promotions: list = field(default_factory=list)

    @property
    def has_query(self):
        return bool(self.params.terms or self.params.has_filters)


class _Search:
    """One request's matching: the text's matches as a bitset and each facet's selection."""

    def __init__(self, index, params, any_term=False):
        self.index = index
        self.params = params
        terms = params.terms
        self.match = engines.text_match(engines.TermQuery(terms, any_term)) if terms else None
        self.text_ids = self.match.ids() if self.match else None
        self.text_mask = index.mask_of(self.text_ids) if self.match else index.everything
        self.selections = {
            key: _selection_mask(index, key, values)
            for key, values in params.filters.items()
            if values
        }

    def mask(self, except_facet=None):
        mask = self.text_mask
        for key, selection in self.selections.items():
            if key != except_facet:
                mask &= selection
        return mask

    def facet_counts(self):
        """{facet: {value: count}}; each facet counted without its own selection."""
        return {
            facet.key: self.index.counts(self.mask(except_facet=facet.key), facet.key)
            for facet in FACETS
        }

    def page_ids(self, mask, offset, limit):
        if not self.match or self.params.effective_sort == "newest":
            return self.index.newest(mask, offset, limit)
        wanted = offset + limit
        needed = max(wanted, RERANK_CANDIDATES)
        preferred = self.match.preferred_ids()
        preferred_mask = self.index.mask_of(preferred)
        if self.match.preferred_ordered:
            ordered = self.index.select(mask, preferred, needed)
        else:  # a set: the newest of them first
            ordered = self.index.newest(mask & preferred_mask, 0, needed)
        if len(ordered) < needed:  # then the other matches, newest first
            ordered += self.index.newest(mask & ~preferred_mask, 0, needed - len(ordered))
        if wanted <= RERANK_CANDIDATES:
            ordered = self.match.rerank(ordered)
        return ordered[offset:wanted]


def _selection_mask(index, facet_name, values):
    facet = FACETS_BY_KEY[facet_name]
    keys = [facet_key(facet.key, value) for value in values]
    return index.all_of(keys) if facet.conjunctive else index.any_of(keys)


def _marked_html(text):
    return mark_safe(  # noqa: S308 (escaped first; only our own <mark> tags are added)
        escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    )


def _load_results(index, ids, passages, request):
    fields = ("page_id", "title", "kind", "meta", "summary", "page__url_path")
    documents = SearchDocument.objects.filter(page_id__in=ids).values(*fields)
    by_id = {document["page_id"]: document for document in documents}
    results = []
    for page_id in ids:
        document = by_id.get(page_id)
        if document is None:
            continue
        passage = passages.get(page_id) or ""
        results.append(
            SearchResult(
                page_id=page_id,
                title=document["title"],
                url=page_url(document["page__url_path"], request) or "",
                kind=document["kind"],
                kind_label=index.labels.get(facet_key("type", document["kind"]), ""),
                meta=document["meta"],
                summary=document["summary"],
                passage=_marked_html(passage) if MARK_START in passage else "",
            )
        )
    return results


def _facet_list(index, params, counts):
    facets = []
    for facet in FACETS:
        values = {
            value: FacetValue(
                value,
                index.labels.get(facet_key(facet.key, value), value),
                count,
                params.is_selected(facet.key, value),
            )
            for value, count in counts.get(facet.key, {}).items()
            if facet.listed or params.is_selected(facet.key, value)
        }
        # A selected value stays visible (to be unticked) even when nothing matches it.
        for value in params.filters.get(facet.key, ()):
            if value not in values:
                label = index.labels.get(facet_key(facet.key, value), value)
                values[value] = FacetValue(value, label, 0, True)
        if values:
            narrowed = bool(params.filters.get(facet.narrowed_by)) if facet.narrowed_by else False
            shown, hidden = shown_values(facet, list(values.values()), narrowed)
            facets.append(FacetCounts(facet, sort_values(facet, shown), hidden))
    return facets


def full_collection_facets(version):
    """Facet values and counts over every document."""
    index = facet_index(version)
    params = SearchParams()
    return _facet_list(index, params, _Search(index, params).facet_counts())


def promotions_for(text):
    """Editors' promoted results for this query (live, public pages or external links).
    Most queries have none: one query says so."""
    if not text:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        pick
        for pick in picks
        if pick.page is None or (pick.page.live and not pick.page.get_view_restrictions().exists())
    ]


def run_search(params, request=None, version=None):
    """Results, counts and facets for `params`; pages with any word if none has all."""
    index = facet_index(current_content_version() if version is None else version)
    search = _Search(index, params)
    any_term = False
    if not search.text_mask and len(params.terms) > 1:
        broader = _Search(index, params, any_term=True)
        if broader.text_mask:
            search, any_term = broader, True
    mask = search.mask()
    total = mask.bit_count()
    paginator = Paginator(range(total), RESULTS_PER_PAGE)
    page = paginator.get_page(params.page)
    offset = (page.number - 1) * RESULTS_PER_PAGE
    ids = search.page_ids(mask, offset, RESULTS_PER_PAGE) if total else []
    passages = search.match.passages(ids) if (search.match and ids) else {}
    return SearchOutcome(
        params=params,
        results=_load_results(index, ids, passages, request),
        total=total,
        page=page,
        facets=_facet_list(index, params, search.facet_counts()),
        any_term=any_term,
        text_matches=search.text_mask.bit_count() if search.match else None,
    )
