"""Compare methods: two to four methods' evidence side by side."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from core.content_version import content_version
from evidence.aggregates import method_evidence
from methods.models import MethodIndexPage, MethodPage
from reports.questionnaire import OUTCOMES

MIN_METHODS = 2
MAX_METHODS = 4


def _chosen(request, methods):
    by_slug = {method.slug: method for method in methods}
    slugs = []
    for slug in request.GET.getlist("metod"):
        if slug not in slugs:
            slugs.append(slug)
    unknown = [slug for slug in slugs if slug not in by_slug]
    chosen = [by_slug[slug] for slug in slugs if slug in by_slug]
    return chosen, unknown


def _message(chosen, unknown):
    if unknown:
        return "Någon av de valda metoderna finns inte längre. Välj bland metoderna nedan."
    if len(chosen) > MAX_METHODS:
        return f"Du valde {len(chosen)} metoder. Jämförelsen visar de fyra första."
    if len(chosen) == 1:
        return "Välj minst en metod till att jämföra med."
    return ""


@require_safe
def compare_methods(request):
    methods = list(MethodPage.objects.live().public().order_by("title"))
    chosen, unknown = _chosen(request, methods)
    version = content_version(request)
    compared = [(method, method_evidence(method, version)) for method in chosen[:MAX_METHODS]]
    index = MethodIndexPage.objects.live().first()
    outcomes = [
        (outcome, [(method, evidence.outcomes[position]) for method, evidence in compared])
        for position, outcome in enumerate(OUTCOMES)
    ]
    return TemplateResponse(
        request,
        "evidence/compare_methods.html",
        {
            "methods": methods,
            "chosen": chosen,
            "compared": compared if len(compared) >= MIN_METHODS else [],
            "outcomes": outcomes if len(compared) >= MIN_METHODS else [],
            "message": _message(chosen, unknown),
            "breadcrumbs": [
                *([(index.title, index.get_url(request))] if index else []),
                ("Jämför metoder", request.path),
            ],
        },
    )
