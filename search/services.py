"""Write side of the portal search: the query log editors read."""

from django.db.models import F
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from core.identity_numbers import contains_identity_number
from search.models import ZeroResultQuery

MAX_LOGGED_LENGTH = 200  # ZeroResultQuery.query_string


def _logged_form(text):
    """The query as both logs store it: lower case, single spaces, at most 200
    characters. Cut after lower-casing ("İ" becomes two characters), so that it also
    fits Wagtail's 255 characters."""
    return normalise_query_string(normalise_query_string(text)[:MAX_LOGGED_LENGTH])


def record_search(text, total):
    """Count a visitor's search (Wagtail's popular-queries report) and, when its words
    found nothing (`total` 0), the list of searches without results.

    A query holding a personal identity number is never stored, in any form: the check
    runs on the text as typed and on the text as it would be stored (lower-casing can
    lengthen a text, and the cut to the log's length can then leave a number where the
    typed text had a longer run of digits)."""
    if not text:
        return
    logged = _logged_form(text)
    if not logged or contains_identity_number(text) or contains_identity_number(logged):
        return
    Query.get(logged).add_hit()
    if total == 0:
        row, created = ZeroResultQuery.objects.get_or_create(
            query_string=logged, defaults={"searches": 1}
        )
        if not created:
            ZeroResultQuery.objects.filter(pk=row.pk).update(searches=F("searches") + 1)
