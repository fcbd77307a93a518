""" "Liknande projekt": the published reports most like a report, with the reasons.

Scored on what the search index knows of every report (its facet values): shared
methods weigh most, then shared target groups and the same county, then the same
organisation type and a similar size. Candidates and scores come from the in-memory
facet index, so a report page costs the same whatever the number of reports; the
result is cached until the next publish.
"""

import heapq
from dataclasses import dataclass

from django.core.cache import cache

from core.navigation import page_url
from search.facet_index import facet_index
from search.models import SearchDocument

WEIGHTS = {"method": 3, "tag": 2, "county": 2, "org": 1, "size": 1}
REASONS = {
    "method": "Samma metod",
    "tag": "Samma målgrupp",
    "county": "Samma län",
    "org": "Samma organisationstyp",
    "size": "Liknande storlek",
}
SHOWN = 5
CACHE_SECONDS = 3600


@dataclass(frozen=True)
class SimilarReport:
    page_id: int
    title: str
    url: str
    meta: str
    reasons: tuple  # Swedish phrases, strongest first


def _best(index, report_id, keys):
    """[(position, [keys shared])] of the most similar reports, best first; among equal
    scores the newest (the lowest position)."""
    own = index.positions.get(report_id)
    reports = index.bits.get("type:report", 0)
    if own is not None:
        reports &= ~(1 << own)
    scores = {}
    for key in keys:
        weight = WEIGHTS[key.partition(":")[0]]
        for position in index.positions_in(index.bits.get(key, 0) & reports):
            scores[position] = scores.get(position, 0) + weight
    best = heapq.nsmallest(SHOWN, scores, key=lambda position: (-scores[position], position))
    return [
        (position, [key for key in keys if index.bits.get(key, 0) >> position & 1])
        for position in best
    ]


def _reason(index, keys):
    """Swedish reasons, strongest kind first: "Samma metod: Coachning i grupp"."""
    by_facet = {}
    for key in keys:
        by_facet.setdefault(key.partition(":")[0], []).append(index.labels.get(key, key))
    return tuple(
        f"{REASONS[facet]}: {', '.join(sorted(by_facet[facet]))}"
        for facet in REASONS
        if facet in by_facet
    )


def _ranked(report_id, version):
    """[(page id, reasons)] of the most similar reports, cached per index version."""

    def rank():
        index = facet_index(version)
        document = SearchDocument.objects.filter(page_id=report_id).only("facets").first()
        if document is None:  # not published, or not public
            return []
        keys = [key for key in document.facets if key.partition(":")[0] in WEIGHTS]
        return [
            (index.ids[position], _reason(index, shared))
            for position, shared in _best(index, report_id, keys)
        ]

    return cache.get_or_set(f"similar:{report_id}:{version}", rank, CACHE_SECONDS)


def similar_reports(report, version, request=None):
    ranked = _ranked(report.pk, version)
    if not ranked:
        return []
    documents = SearchDocument.objects.filter(page_id__in=[pk for pk, _ in ranked]).values(
        "page_id", "title", "meta", "page__url_path"
    )
    by_id = {document["page_id"]: document for document in documents}
    return [
        SimilarReport(
            page_id=pk,
            title=by_id[pk]["title"],
            url=page_url(by_id[pk]["page__url_path"], request) or "",
            meta=by_id[pk]["meta"],
            reasons=reasons,
        )
        for pk, reasons in ranked
        if pk in by_id
    ]
