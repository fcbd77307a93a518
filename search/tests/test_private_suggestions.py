"""Spelling suggestions name only what public pages carry: never a tag, a method or a
place that only drafts or private (unpublished, password- or login-protected) pages
carry. Read through /api/search/ and /sok/ as a visitor does."""

import pytest
from django.test import TestCase
from wagtail.models import PageViewRestriction

from methods.models import MethodPage
from testing.helpers import publish, publish_report


def suggestions(site, text):
    """The suggestions for a misspelt `text` that finds nothing, in lower case."""
    data = site.client.get("/api/search/", {"q": text}).json()
    assert data["count"] == 0
    return [suggestion.casefold() for suggestion in data["suggestions"]]


def private(page, kind):
    with TestCase.captureOnCommitCallbacks(execute=True):
        if kind == "unpublished":
            page.unpublish()
        elif kind == "password":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
            )
        elif kind == "login":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )


@pytest.mark.parametrize("kind", ["draft", "unpublished", "password", "login"])
def test_a_tag_and_a_place_only_a_private_report_carries_are_not_suggested(site_pages, kind):
    report = publish_report(
        "Kvarnbyns projekt",
        municipality="2584",  # Kiruna: no public report is there
        tags=["Dyskalkyli"],
        publish=kind != "draft",
        parent=site_pages.reports,
    )
    private(report, kind)
    assert "dyskalkyli" not in suggestions(site_pages, "dyskalklyi")
    assert "kiruna" not in suggestions(site_pages, "Kirna")
    html = site_pages.client.get("/sok/", {"q": "dyskalklyi"}).content.decode()
    assert "dyskalkyli" not in html.casefold()


def test_a_tag_and_a_place_of_a_public_report_are_suggested(site_pages):
    publish_report(
        "Kvarnbyns projekt", municipality="2584", tags=["Dyskalkyli"], parent=site_pages.reports
    )
    assert "dyskalkyli" in suggestions(site_pages, "dyskalklyi")
    assert "kiruna" in suggestions(site_pages, "Kirna")


@pytest.mark.parametrize("kind", ["draft", "unpublished", "password"])
def test_a_private_method_its_synonyms_and_target_groups_are_not_suggested(site_pages, kind):
    method = MethodPage(
        title="Lönnmetoden",
        slug="lonnmetoden",
        summary="Intern.",
        why_it_matters="<p>Intern.</p>",
        search_synonyms="kvarnbyskoaching",
    )
    method.target_groups.add("Dyslexigruppen")
    index = site_pages.methods
    if kind == "draft":
        method.live = False
        index.add_child(instance=method)
        method.save_revision()
    else:
        index.add_child(instance=method)
        publish(method)
    private(method, kind)
    found = {
        *suggestions(site_pages, "Lönmetoden"),
        *suggestions(site_pages, "kvarnbyskaoching"),
        *suggestions(site_pages, "Dislexigruppen"),
    }
    assert not {"lönnmetoden", "kvarnbyskoaching", "dyslexigruppen"} & found


def test_a_public_methods_synonyms_and_target_groups_are_suggested(site_pages):
    method = MethodPage(
        title="Lönnmetoden",
        slug="lonnmetoden",
        summary="Offentlig.",
        why_it_matters="<p>Offentlig.</p>",
        search_synonyms="kvarnbyskoaching",
    )
    method.target_groups.add("Dyslexigruppen")
    site_pages.methods.add_child(instance=method)
    publish(method)
    assert "lönnmetoden" in suggestions(site_pages, "Lönmetoden")
    assert "kvarnbyskoaching" in suggestions(site_pages, "kvarnbyskaoching")
    assert "dyslexigruppen" in suggestions(site_pages, "Dislexigruppen")
