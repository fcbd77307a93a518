"""Wagtail API v2 (/api/v2/): methods, success factors and reports with their structured
fields and answers, as JSON. Only live, public pages are served (Wagtail's own rule)."""

from modelsearch.query import MATCH_ALL
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.search.utils import parse_query_string


class _WithSearch:
    """The request as the search filter sees it, with another `search` parameter."""

    def __init__(self, request, search):
        self._request = request
        self.GET = request.GET.copy()
        self.GET["search"] = search

    def __getattr__(self, name):
        return getattr(self._request, name)


class QuerySearchFilter(SearchFilter):
    """?search= parsed as the admin's search parses it: words and "quoted phrases".

    Wagtail's filter hands the raw text to the search backend, which on SQLite puts it
    into an FTS5 MATCH unparsed: an unbalanced quote was a 500. A NUL is dropped (no
    database accepts one in a query)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        text = request.GET["search"].replace("\x00", "")
        operator = request.GET.get("search_operator") or None
        _filters, query = parse_query_string(text, operator=operator, zero_terms=MATCH_ALL)
        return super().filter_queryset(_WithSearch(request, query), queryset, view)


class PortalPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        QuerySearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
