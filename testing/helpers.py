"""Publish pages the way editors do (a revision, then publish), so that the search index
is updated by the same signals as on the live site; and read rendered pages."""

import re
from datetime import date

from django.test import Client, TestCase
from wagtail.models import get_page_models

from core.models import Municipality
from methods.models import MethodPage
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import create_report_page
from search.indexing import index_pages


def publish(page, user=None):
    """Publish `page` as an editor does: a new revision, then publish it.

    Wagtail's `page_published` signal indexes the page (`search/signals.py`). The pages
    that show something of it (a method's reports) are reindexed when the transaction
    commits: here at once, as a test's transaction never commits. Returns the page,
    refreshed (live, with its live revision and first publication date).
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision(user=user, log_action=True).publish(user=user)
    page.refresh_from_db()
    return page


def save_draft(page, user=None):
    """Save `page` (with its changes in memory) as a draft revision, as "Spara utkast" in
    the admin does: visitors still see the published version, or 404 if there is none."""
    page.save_revision(user=user, log_action=True)
    return page


def index(*pages):
    """Index pages saved without publishing (factory pages are live but have no revision
    and no search document), as `rebuild_search_index` would."""
    index_pages([page.pk for page in pages])


class SiteClient(Client):
    """A test client whose requests are served by `site`, found by host name and port.

    Django's client sends SERVER_PORT 80 with every request whatever its defaults say,
    and Wagtail finds a request's site by that port: a plain client reaches
    a site on localhost:81 only while no other site is on localhost (a database without
    the demo has Wagtail's own default site on localhost:80). This client sends the
    site's port.
    """

    def __init__(self, site, **defaults):
        super().__init__(HTTP_HOST=f"{site.hostname}:{site.port}", **defaults)
        self.server_port = str(site.port)

    def request(self, **request):
        request["SERVER_PORT"] = self.server_port
        return super().request(**request)


def site_client(site, **defaults):
    """A test client whose requests are served by `site` (its host name and port)."""
    return SiteClient(site, **defaults)


def assert_parent_types(testcase, child, parents):
    """In a `WagtailPageTestCase`: `child` may be created under each of `parents` and
    under no other page type of the project (Wagtail's root page type included)."""
    testcase.assertAllowedParentPageTypes(child, parents)
    for candidate in get_page_models():
        if candidate in parents:
            testcase.assertCanCreateAt(candidate, child)
        else:
            testcase.assertCanNotCreateAt(candidate, child)


def publish_report(
    title, *, municipality="0780", methods=(), tags=(), publish=True, parent=None, **fields
):
    """A report created as the services create one, published unless `publish=False`,
    under `parent` (default: the one report index). `methods` are slugs."""
    fields.setdefault("organisation_type", "school")
    fields.setdefault("plugin_round", "plugin2")
    fields.setdefault("period_start", date(2016, 8, 1))
    fields.setdefault("period_end", date(2017, 6, 30))
    return create_report_page(
        parent or ReportIndexPage.objects.get(),
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
