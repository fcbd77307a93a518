"""Read-side queries of the statistics page."""

from urllib.parse import urlencode

from django.urls import reverse

from core.content_version import content_version
from evidence.aggregates import statistics
from evidence.charts import county_tiles, grid_size
from evidence.filters import ReportFilterForm


def statistics_page_context(request):
    """Filters from the query string, the figures for them and the download links."""
    version = content_version(request)
    form = ReportFilterForm(request.GET or None, version=version)
    chosen = form.chosen()
    figures = statistics(chosen, version)
    query = urlencode(chosen)
    width, height = grid_size()
    return {
        "filter_form": form,
        "filter_problems": form.problems() if form.is_bound else [],
        "chosen_filters": chosen,
        "figures": figures,
        "evidence": figures.evidence,
        "tiles": county_tiles(figures.county_counts, figures.county_names, chosen),
        "grid_width": width,
        "grid_height": height,
        "csv_url": f"{reverse('open_data_csv')}{'?' + query if query else ''}",
        "json_url": f"{reverse('open_data_json')}{'?' + query if query else ''}",
    }
