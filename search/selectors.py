"""Read side of the portal search: results, facet counts, suggestions, promotions.

A search request costs a fixed number of SQL queries whatever the number of matches:
count, one page of ranked ids, the documents and their passages, one query for every
facet's counts, and one for editors' promotions.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search import engines, sql
from search.documents import MARK_START, MARK_STOP
from search.facets import FACETS, FACETS_BY_KEY, FacetCounts, FacetValue, sort_values
from search.keys import facet_key
from search.models import SearchDocument
from search.params import SearchParams

RESULTS_PER_PAGE = 20
CACHE_SECONDS = 600


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
    promotions: list = field(default_factory=list)

    @property
    def has_query(self):
        return bool(self.params.terms or self.params.has_filters)


def _facet_condition(facet_name, values):
    facet = FACETS_BY_KEY[facet_name]
    keys = [facet_key(facet.key, value) for value in values]
    return sql.has_all_keys(keys) if facet.conjunctive else sql.has_any_key(keys)


class _Query:
    """One search request's SQL: the text match (if any) and the facet conditions."""

    def __init__(self, params, any_term=False):
        self.params = params
        terms = params.terms
        self.match = engines.text_match(engines.TermQuery(terms, any_term)) if terms else None
        self.facet_conditions = {
            key: _facet_condition(key, values) for key, values in params.filters.items() if values
        }

    def text_condition(self):
        return self.match.condition() if self.match else None

    def facet_where(self, except_facet=None):
        return sql.and_(
            [cond for key, cond in self.facet_conditions.items() if key != except_facet]
        )

    def where(self):
        return sql.and_([self.text_condition(), self.facet_where()])

    def count(self):
        where, params = self.where()
        return sql.scalar(f"SELECT count(*) FROM search_searchdocument d WHERE {where}", params)

    def ranked_ids(self, limit, offset):
        facet_sql, facet_params = self.facet_where()
        if self.match and self.params.effective_sort == "relevance":
            return self.match.ranked_ids(facet_sql, facet_params, limit, offset)
        where, params = self.where()
        return sql.column(
            f"SELECT d.page_id FROM search_searchdocument d WHERE {where} "
            "ORDER BY d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )

    def facet_counts(self):
        """{facet key: [(value, label, count)]} in one query for every facet.

        Each facet's values are counted over the documents that match the text and
        every *other* facet's selection.
        """
        pairs_sql, facet_name_sql = sql.facet_pairs()
        branches, branch_params = [], []
        for key in self.facet_conditions:
            where, params = self.facet_where(except_facet=key)
            branches.append(f"WHEN %s THEN ({where})")
            branch_params += [key, *params]
        all_sql, all_params = self.facet_where()
        if branches:
            condition = f"CASE {facet_name_sql} {' '.join(branches)} ELSE ({all_sql}) END"
            condition_params = [*branch_params, *all_params]
        else:
            condition, condition_params = "1 = 1", []
        text_sql, text_params = sql.and_([self.text_condition()])
        rows = sql.rows(
            f"SELECT fv.key, max(fv.value), count(*) FROM {pairs_sql} "
            f"WHERE ({text_sql}) AND ({condition}) GROUP BY fv.key",
            [*text_params, *condition_params],
        )
        counts = {}
        for key, label, count in rows:
            facet, _, value = key.partition(":")
            counts.setdefault(facet, []).append((value, label, count))
        return counts


def _marked_html(text):
    return mark_safe(  # noqa: S308 (escaped first; only our own <mark> tags are added)
        escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    )


def _load_results(ids, passages, request):
    documents = SearchDocument.objects.filter(page_id__in=ids).select_related("page")
    by_id = {document.page_id: document for document in documents.defer("body")}
    results = []
    for page_id in ids:
        document = by_id.get(page_id)
        if document is None:
            continue
        passage = passages.get(page_id) or ""
        results.append(
            SearchResult(
                page_id=page_id,
                title=document.title,
                url=document.page.get_url(request) or "",
                kind=document.kind,
                kind_label=document.facets.get(facet_key("type", document.kind), ""),
                meta=document.meta,
                summary=document.summary,
                passage=_marked_html(passage) if MARK_START in passage else "",
            )
        )
    return results


def _facet_list(params, counts):
    facets = []
    for facet in FACETS:
        values = {
            value: FacetValue(value, label, count, params.is_selected(facet.key, value))
            for value, label, count in counts.get(facet.key, [])
        }
        # A selected value stays visible (to be unticked) even when nothing matches it.
        for value in params.filters.get(facet.key, ()):
            values.setdefault(value, FacetValue(value, value, 0, True))
        if values:
            facets.append(FacetCounts(facet, sort_values(facet, list(values.values()))))
    return facets


def _cached_facet_counts(query, version):
    """Counts for the whole collection (no text, no filter) are the same for everyone."""
    if query.match or query.facet_conditions:
        return query.facet_counts()
    key = f"search:facets:all:{version}"
    counts = cache.get(key)
    if counts is None:
        counts = query.facet_counts()
        cache.set(key, counts, CACHE_SECONDS)
    return counts


def full_collection_facets(version):
    """Facet values and counts over every document (cached per index version)."""
    params = SearchParams()
    return _facet_list(params, _cached_facet_counts(_Query(params), version))


def promotions_for(text):
    """Editors' promoted results for this query (live, public pages or external links)."""
    if not text:
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    visible = Page.objects.live().public().values("pk")
    return list(picks.filter(page__isnull=True) | picks.filter(page__in=visible))


def run_search(params, request=None, version=0):
    """Results, counts and facets for `params`; pages with any word if none has all."""
    query = _Query(params)
    total = query.count()
    any_term = False
    if total == 0 and len(params.terms) > 1:
        broader = _Query(params, any_term=True)
        broader_total = broader.count()
        if broader_total:
            query, total, any_term = broader, broader_total, True
    paginator = Paginator(range(total), RESULTS_PER_PAGE)
    page = paginator.get_page(params.page)
    offset = (page.number - 1) * RESULTS_PER_PAGE
    ids = query.ranked_ids(RESULTS_PER_PAGE, offset) if total else []
    passages = query.match.passages(ids) if (query.match and ids) else {}
    return SearchOutcome(
        params=params,
        results=_load_results(ids, passages, request),
        total=total,
        page=page,
        facets=_facet_list(params, _cached_facet_counts(query, version)),
        any_term=any_term,
    )
