"""Spelling suggestions name only what public pages carry: never a tag, a method or a
place that only drafts or private (unpublished, password- or login-protected) pages
carry. Read through /api/search/ and /sok/ as a visitor does."""

import pytest
from django.test import TestCase
from wagtail.models import PageViewRestriction

from methods.models import MethodIndexPage, MethodPage
from testing.helpers import publish, publish_report


def suggestions(client, text):
    """The suggestions for a misspelt `text` that finds nothing, in lower case."""
    data = client.get("/api/search/", {"q": text}).json()
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
def test_a_tag_and_a_place_only_a_private_report_carries_are_not_suggested(client, demo_site, kind):
    report = publish_report(
        "Kvarnbyns projekt",
        municipality="2584",  # Kiruna: no public report is there
        tags=["Dyskalkyli"],
        publish=kind != "draft",
    )
    private(report, kind)
    assert "dyskalkyli" not in suggestions(client, "dyskalklyi")
    assert "kiruna" not in suggestions(client, "Kirna")
    assert "dyskalkyli" not in client.get("/sok/", {"q": "dyskalklyi"}).content.decode().casefold()


def test_a_tag_and_a_place_of_a_public_report_are_suggested(client, demo_site):
    publish_report("Kvarnbyns projekt", municipality="2584", tags=["Dyskalkyli"])
    assert "dyskalkyli" in suggestions(client, "dyskalklyi")
    assert "kiruna" in suggestions(client, "Kirna")


@pytest.mark.parametrize("kind", ["draft", "unpublished", "password"])
def test_a_private_method_its_synonyms_and_target_groups_are_not_suggested(client, demo_site, kind):
    method = MethodPage(
        title="Lönnmetoden",
        slug="lonnmetoden",
        summary="Intern.",
        why_it_matters="<p>Intern.</p>",
        search_synonyms="kvarnbyskoaching",
    )
    method.target_groups.add("Dyslexigruppen")
    index = MethodIndexPage.objects.get()
    if kind == "draft":
        method.live = False
        index.add_child(instance=method)
        method.save_revision()
    else:
        index.add_child(instance=method)
        publish(method)
    private(method, kind)
    found = {
        *suggestions(client, "Lönmetoden"),
        *suggestions(client, "kvarnbyskaoching"),
        *suggestions(client, "Dislexigruppen"),
    }
    assert not {"lönnmetoden", "kvarnbyskoaching", "dyslexigruppen"} & found


def test_a_public_methods_synonyms_and_target_groups_are_suggested(client, demo_site):
    method = MethodPage(
        title="Lönnmetoden",
        slug="lonnmetoden",
        summary="Offentlig.",
        why_it_matters="<p>Offentlig.</p>",
        search_synonyms="kvarnbyskoaching",
    )
    method.target_groups.add("Dyslexigruppen")
    MethodIndexPage.objects.get().add_child(instance=method)
    publish(method)
    assert "lönnmetoden" in suggestions(client, "Lönmetoden")
    assert "kvarnbyskoaching" in suggestions(client, "kvarnbyskaoching")
    assert "dyslexigruppen" in suggestions(client, "Dislexigruppen")
