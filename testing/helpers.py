"""Publish reports the way editors do (a revision, then publish), so that the search
index is updated by the same signals as on the live site."""

import re
from datetime import date

from core.models import Municipality
from methods.models import MethodPage
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import create_report_page


def publish_report(title, *, municipality="0780", methods=(), tags=(), publish=True, **fields):
    fields.setdefault("organisation_type", "school")
    fields.setdefault("plugin_round", "plugin2")
    fields.setdefault("period_start", date(2016, 8, 1))
    fields.setdefault("period_end", date(2017, 6, 30))
    return create_report_page(
        ReportIndexPage.objects.get(),
        title=title,
        publish=publish,
        methods=list(MethodPage.objects.filter(slug__in=methods)),
        tags=list(tags),
        municipality=Municipality.objects.get(code=municipality) if municipality else None,
        **fields,
    )


def result_titles(html):
    """Titles of the search results on a rendered search page, in order."""
    results = html.split('class="card-list search-results"', 1)
    if len(results) < 2:
        return []
    listing = results[1].split("</ol>", 1)[0]
    return [
        re.sub(r"<[^>]+>", "", title).strip()
        for title in re.findall(r'<h3 class="card__title">(.*?)</h3>', listing, re.S)
    ]


def status_text(html):
    match = re.search(r'role="status"[^>]*>(.*?)</p>', html, re.S)
    return " ".join(match.group(1).split()) if match else ""


def reports_titled(prefix):
    return ProjectReportPage.objects.filter(title__startswith=prefix)
