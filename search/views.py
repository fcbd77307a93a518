"""The search page, its JSON twin and the target-group (tag) pages."""

import json

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from taggit.models import Tag

from core.content_version import current_content_version
from core.facets import facet_key
from search.models import SearchDocument
from search.params import SearchParams, params_from_querydict
from search.selectors import full_collection_facets, promotions_for, run_search
from search.services import record_search
from search.suggestions import suggest


def _search(request, params):
    version = current_content_version()
    outcome = run_search(params, request, version)
    # Spelling help only when the words themselves found nothing (not when filters did).
    suggestions = suggest(params.text, version) if outcome.text_matches == 0 else []
    first_page = outcome.page.number == 1
    promotions = promotions_for(params.text) if first_page else []
    return outcome, suggestions, promotions


@require_safe
def search(request):
    """Full-text search with facets over every searchable page type; browse without text."""
    params = params_from_querydict(request.GET)
    outcome, suggestions, promotions = _search(request, params)
    if outcome.page.number == 1:
        record_search(params.text, outcome.text_matches)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": params.text,
            "breadcrumbs": [("Sök", reverse("search"))],
            "params": params,
            "outcome": outcome,
            "suggestions": suggestions,
            "promotions": promotions,
        },
    )


def _result_json(request, result):
    return {
        "id": result.page_id,
        "type": result.kind,
        "type_label": result.kind_label,
        "title": result.title,
        "url": request.build_absolute_uri(result.url),
        "meta": result.meta,
        "summary": result.summary,
        "highlight": str(result.passage),
    }


@require_safe
def search_api(request):
    """The search page's results and facets as JSON (documented in README.md)."""
    params = params_from_querydict(request.GET)
    outcome, suggestions, promotions = _search(request, params)
    page = outcome.page
    data = {
        "query": params.text,
        "filters": {key: list(values) for key, values in params.filters.items()},
        "sort": params.effective_sort,
        "count": outcome.total,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "any_term": outcome.any_term,
        "results": [_result_json(request, result) for result in outcome.results],
        "facets": [
            {
                "key": facet.key,
                "label": facet.label,
                "values": [
                    {
                        "value": value.value,
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in facet.values
                ],
            }
            for facet in outcome.facets
        ],
        "suggestions": suggestions,
        "promoted": [
            {
                "title": pick.title,
                "url": request.build_absolute_uri(pick.link) if pick.page else pick.link,
                "description": pick.description,
            }
            for pick in promotions
        ],
    }
    response = HttpResponse(_json_for_any_page(data), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"  # public data, readable by other sites
    return response


def _json_for_any_page(data):
    """JSON with <, > and & escaped (as Django's json_script does), so that the query a
    visitor typed can never become markup, wherever another site puts this text."""
    text = json.dumps(data, ensure_ascii=False)
    return text.translate({ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"})


@require_safe
def tag_index(request):
    """Every target-group tag with the number of public pages that carry it."""
    tag_facet = next(
        (
            facet
            for facet in full_collection_facets(current_content_version())
            if facet.key == "tag"
        ),
        None,
    )
    tags = sorted(tag_facet.values, key=lambda v: v.label.casefold()) if tag_facet else []
    return TemplateResponse(
        request,
        "search/tag_index.html",
        {"tags": tags, "breadcrumbs": [("Målgrupper", reverse("tag_index"))]},
    )


@require_safe
def tag_page(request, slug):
    """One target group across municipalities: where it was worked with, and the pages."""
    tag = Tag.objects.filter(slug=slug).first()
    if (
        tag is None
        or not SearchDocument.objects.filter(facets__has_key=facet_key("tag", slug)).exists()
    ):
        raise Http404("Ingen målgrupp med den adressen.")
    params = params_from_querydict(request.GET)
    params = SearchParams(filters={"tag": (slug,)}, sort="newest", page=params.page)
    outcome = run_search(params, request, current_content_version())
    facets = {facet.key: facet for facet in outcome.facets}
    return TemplateResponse(
        request,
        "search/tag_page.html",
        {
            "tag": tag,
            "breadcrumbs": [
                ("Målgrupper", reverse("tag_index")),
                (tag.name, reverse("tag_page", args=[tag.slug])),
            ],
            "outcome": outcome,
            "params": params,
            "counties": facets.get("county"),
            "municipalities": facets.get("municipality"),
        },
    )
