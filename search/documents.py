"""A page as the search index sees it: weighted text, a listing line and facet values.

Page types take part by setting `search_kind` (see `core.models.PortalPage`); their
text comes from their Wagtail `search_fields` declarations, so the model stays the one
place that says what is searchable. Pages add keywords (`search_keywords`), facet
values (`search_facets`) and a listing line (`search_meta`) where they have them.
"""

from wagtail.search import index

from core.facets import facet_key
from search.models import SearchDocument

# Highlight markers: private-use characters that never occur in indexed text (they are
# stripped from it) and that escaping leaves alone, turned into <mark> after escaping.
MARK_START = "\ue000"
MARK_STOP = "\ue001"

SUMMARY_LENGTH = 300


def clean_text(text):
    return text.replace(MARK_START, "").replace(MARK_STOP, "").strip()


def _strings(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    return [str(value)]


def page_body_text(page):
    """Every declared search field of the page except the title, as plain text."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            parts += _strings(field.get_value(page))
    return "\n\n".join(clean_text(part) for part in parts if part and part.strip())


def is_searchable(page):
    """Live, public pages of a type that takes part in search."""
    return (
        bool(getattr(page, "search_kind", ""))
        and page.live
        and not page.get_view_restrictions().exists()
    )


def build_document(page):
    """The unsaved search document for `page` (a specific page), or None if not searchable."""
    if not is_searchable(page):
        return None
    facets = {facet_key("type", page.search_kind): page.search_kind_label()}
    facets.update(page.search_facets())
    facets = {key: clean_text(str(label)) for key, label in facets.items()}  # no lazy text
    return SearchDocument(
        page_id=page.pk,
        kind=page.search_kind,
        title=clean_text(page.title),
        keywords="\n".join(clean_text(word) for word in page.search_keywords() if word),
        body=page_body_text(page),
        summary=clean_text(str(page.get_meta_description()))[:SUMMARY_LENGTH],
        meta=clean_text(str(page.search_meta()))[:255],
        facets=facets,
        published_at=page.first_published_at,
    )
