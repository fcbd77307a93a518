"""Read-side queries of the statistics page."""

from urllib.parse import urlencode

from django.urls import reverse

from core.content_version import content_version
from evidence.aggregates import statistics
from evidence.charts import county_tiles, grid_size
from evidence.filters import ReportFilter
from reports import questionnaire


def statistics_page_context(request):
    """Filters from the query string, the figures for them and the download links."""
    version = content_version(request)
    filters = ReportFilter(request.GET or None, version=version)
    chosen = filters.chosen()
    figures = statistics(chosen, version)
    query = urlencode(chosen)
    width, height = grid_size()
    return {
        "filter_form": filters.form,
        "filter_problems": filters.problems(),
        "chosen_filters": chosen,
        "figures": figures,
        "evidence": figures.evidence,
        # The charts' headings are the questionnaire's own.
        "outcomes_title": questionnaire.OUTCOMES_TITLE,
        "organisation_section": questionnaire.ORGANISATION,
        "cooperation_section": questionnaire.STRUCTURE,
        "tiles": county_tiles(figures.county_counts, figures.county_names, chosen),
        "grid_width": width,
        "grid_height": height,
        "csv_url": f"{reverse('open_data_csv')}{'?' + query if query else ''}",
        "json_url": f"{reverse('open_data_json')}{'?' + query if query else ''}",
    }
