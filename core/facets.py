"""Facet keys shared by page models and the search index (no imports: models use it)."""


def facet_key(facet, value):
    """The key of one facet value in a search document, e.g. "county:07"."""
    return f"{facet}:{value}"
