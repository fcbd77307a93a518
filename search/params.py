"""What a visitor asked for, read from the query string: never trusted, never an error.

Any input gives a valid `SearchParams`: the text is trimmed to printable characters
and a sane length, facet values are kept as given (an unknown value simply matches
nothing), page numbers that are not numbers become 1.

Not a django-filter FilterSet (the statistics page's filters are, evidence/filters.py):
these values select bits in the in-memory facet index, not rows of a queryset, and an
unknown value must stay in the URL (listed, and untickable) rather than be refused.
"""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from search.facets import FACETS, FACETS_BY_KEY

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_TERM_LENGTH = 60
MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 64
MAX_PAGE = 10_000
SORTS = ("relevance", "newest")
PAGE_PARAMS = ("sida", "page")


def clean_text(value, limit):
    value = "".join(char for char in value if char.isprintable())
    return " ".join(value.split())[:limit]


def query_terms(text):
    """The words of the query: letters and digits only, so that no operator, quote or
    bracket ever reaches an engine's query syntax."""
    terms = []
    for term in re.findall(r"[^\W_]+", text.casefold()):
        term = term[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
    return tuple(terms[:MAX_TERMS])


def _page_number(querydict):
    for name in PAGE_PARAMS:
        raw = querydict.get(name, "")
        if raw.isdigit():
            return max(1, min(int(raw), MAX_PAGE))
    return 1


@dataclass(frozen=True)
class SearchParams:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet key -> tuple of values
    sort: str = ""
    page: int = 1

    @property
    def terms(self):
        return query_terms(self.text)

    @property
    def effective_sort(self):
        if self.sort in SORTS:
            return self.sort
        return "relevance" if self.terms else "newest"

    @property
    def has_filters(self):
        return any(self.filters.values())

    def is_selected(self, facet, value):
        return value in self.filters.get(facet, ())

    def selected(self):
        """(facet, value) pairs in facet order."""
        return [(facet, value) for facet in FACETS for value in self.filters.get(facet.key, ())]

    def toggled(self, facet, value):
        values = self.filters.get(facet, ())
        values = tuple(v for v in values if v != value) if value in values else (*values, value)
        return replace(self, filters={**self.filters, facet: values}, page=1)

    def without_filters(self):
        return replace(self, filters={}, page=1)

    def at_page(self, page):
        return replace(self, page=page)

    def query_items(self, include_page=True):
        items = [("q", self.text)] if self.text else []
        for facet in FACETS:
            items += [(facet.key, value) for value in self.filters.get(facet.key, ())]
        if self.sort in SORTS:
            items.append(("sort", self.sort))
        if include_page and self.page > 1:
            items.append(("sida", self.page))
        return items

    def query_string(self, include_page=True):
        return urlencode(self.query_items(include_page))


def params_from_querydict(querydict):
    filters = {}
    for key in FACETS_BY_KEY:
        values = []
        for raw in querydict.getlist(key):
            value = clean_text(raw, MAX_VALUE_LENGTH)
            if value and value not in values:
                values.append(value)
        if values:
            filters[key] = tuple(values[:MAX_VALUES_PER_FACET])
    sort = querydict.get("sort", "")
    return SearchParams(
        text=clean_text(querydict.get("q", ""), MAX_QUERY_LENGTH),
        filters=filters,
        sort=sort if sort in SORTS else "",
        page=_page_number(querydict),
    )
