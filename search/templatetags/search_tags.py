"""Links that change one thing in a search: toggle a filter, clear filters, paginate."""

from urllib.parse import urlencode

from django import template
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag
def toggle_query(params, facet, value):
    return params.toggled(facet, value).query_string()


@register.simple_tag
def clear_filters_query(params):
    return params.without_filters().query_string()


@register.simple_tag
def suggestion_query(text):
    return urlencode({"q": text})


@register.simple_tag
def facet_value_label(outcome, facet, value):
    for counts in outcome.facets:
        if counts.key == facet:
            for item in counts.values:
                if item.value == value:
                    return item.label
    return value


@register.filter
def pagination_query(params):
    """The rest of the query string after the page number, for includes/pagination.html."""
    query = params.query_string(include_page=False)
    return f"&{query}" if query else ""


@register.simple_tag
def municipalities_in_county(municipalities, county_code):
    """Names of the facet's municipalities in a county (SCB: a municipality's code
    starts with its county's)."""
    if not municipalities:
        return ""
    return ", ".join(
        value.label for value in municipalities.values if value.value.startswith(county_code)
    )


@register.simple_tag
def facet_options(facet):
    """The checkboxes of one facet. Built in Python: a common word lists hundreds of
    values, and the template language would spend more time on them than the search."""
    return format_html_join(
        "\n",
        '<li><input type="checkbox" id="f-{0}-{1}" name="{0}" value="{2}"{3}>'
        ' <label for="f-{0}-{1}">{4} <span class="facet__count">({5})</span></label></li>',
        (
            (
                facet.key,
                number,
                value.value,
                " checked" if value.selected else "",
                value.label,
                value.count,
            )
            for number, value in enumerate(facet.values, start=1)
        ),
    )
