"""Write side of the portal search: the query log editors read."""

from django.db.models import F
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from core.identity_numbers import contains_identity_number
from search.models import ZeroResultQuery


def record_search(text, total):
    """Count a visitor's search (Wagtail's popular-queries report) and, when its words
    found nothing (`total` 0), the list of searches without results. A query holding a
    personal identity number is never stored."""
    if not text or contains_identity_number(text):
        return
    Query.get(text).add_hit()
    if total == 0:
        normalised = normalise_query_string(text)[:200]
        row, created = ZeroResultQuery.objects.get_or_create(
            query_string=normalised, defaults={"searches": 1}
        )
        if not created:
            ZeroResultQuery.objects.filter(pk=row.pk).update(searches=F("searches") + 1)
