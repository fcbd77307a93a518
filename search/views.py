from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over every public page type (all page models are indexed)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
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
