"""Slugs of reference data that has none stored (a municipality's address)."""

from django.utils.text import slugify

# Swedish letters as the old PlugInnovation.se wrote them in addresses: Växjö -> vaxjo.
SWEDISH_LETTERS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o"})


def place_slug(name):
    """A place name as an address part: "Växjö" -> "vaxjo", "Upplands Väsby" ->
    "upplands-vasby"."""
    return slugify(name.translate(SWEDISH_LETTERS))
