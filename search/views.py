import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12


def search_terms(query):
    """Words of the query only: operators, brackets and control characters never reach
    the search engine's query syntax (SQLite FTS5 rejects a lone "(")."""
    return re.findall(r"\w+", query)[:MAX_TERMS]


def search(request):
    """Full-text search over every public page type (all page models are indexed)."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    query = "".join(char for char in query if char.isprintable())
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        results = Page.objects.live().public().specific().search(" ".join(terms))
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("sida"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results_page": page,
            "result_count": page.paginator.count,
            "extra_query": "&" + urlencode({"q": query}),
        },
    )
