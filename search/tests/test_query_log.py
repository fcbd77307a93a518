"""What editors see of searches: promoted results and the queries that found nothing."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import ZeroResultQuery
from testing.helpers import publish_report, result_titles


@pytest.fixture
def promotion(shadowing):
    """The individual method, promoted for "skuggning" (which also finds it)."""
    return SearchPromotion.objects.create(
        query=Query.get("skuggning"),
        page=shadowing.other_method,
        description="Vår mest använda metod.",
        sort_order=0,
    )


def test_promoted_result_comes_first_for_its_query(site_pages, promotion):
    html = site_pages.client.get("/sok/", {"q": "Skuggning"}).content.decode()
    promoted = html.split('id="promoted-heading"', 1)[1].split("</section>", 1)[0]
    assert "Individuell skuggning" in promoted
    assert "Vår mest använda metod." in promoted
    assert html.index('id="promoted-heading"') < html.index("search-results")


def test_a_promoted_draft_is_not_shown(site_pages, promotion):
    promotion.page.unpublish()
    html = site_pages.client.get("/sok/", {"q": "skuggning"}).content.decode()
    assert 'id="promoted-heading"' not in html


def test_searches_without_results_are_counted_for_editors(site_pages, shadowing):
    for _ in range(2):
        site_pages.client.get("/sok/", {"q": "Zebraskola  Ödekvarn"})
    site_pages.client.get("/sok/", {"q": "skuggning"})
    row = ZeroResultQuery.objects.get()
    assert (row.query_string, row.searches) == ("zebraskola ödekvarn", 2)
    assert Query.objects.get(query_string="skuggning").hits == 1


def test_a_query_with_a_personal_identity_number_is_never_stored(site_pages):
    site_pages.client.get("/sok/", {"q": "19121212-1212"})
    assert not ZeroResultQuery.objects.exists()
    assert not Query.objects.filter(query_string__contains="1212").exists()


def test_editors_see_queries_without_results_in_the_admin(editor_client):
    ZeroResultQuery.objects.create(query_string="lärlingsgymnasium", searches=7)
    response = editor_client.get("/admin/reports/sokningar-utan-traffar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "lärlingsgymnasium" in html
    assert re.search(r"<td[^>]*>\s*7\s*</td>", html)


def test_anonymous_visitors_cannot_see_the_query_log(client, db):
    response = client.get("/admin/reports/sokningar-utan-traffar/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_query_count_does_not_grow_with_matches(site_pages):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(**params):
        client.get("/sok/", params)  # warm caches as a running server would
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/sok/", params).content.decode()
        return len(captured), html

    def report(number):
        publish_report(
            f"Räkna {number}",
            goal_results="Frågeräkning.",
            tags=["dyskalkyli"],
            parent=site_pages.reports,
        )

    client = site_pages.client
    report(0)
    few, html = queries(q="frågeräkning", tag="dyskalkyli")
    assert len(result_titles(html)) == 1
    for number in range(1, 30):
        report(number)
    many, html = queries(q="frågeräkning", tag="dyskalkyli")
    assert len(result_titles(html)) == 20
    assert many == few


def test_editors_can_pin_promoted_results(editor_client):
    from django.contrib.auth.models import Group

    assert editor_client.get("/admin/searchpicks/").status_code == 200
    assert editor_client.get("/admin/searchpicks/add/").status_code == 200
    editors = Group.objects.get(name="Redaktörer")
    assert editors.permissions.filter(codename="add_searchpromotion").exists()


def test_a_search_emptied_by_filters_is_not_a_search_without_results(site_pages, shadowing):
    html = site_pages.client.get("/sok/", {"q": "skuggning", "county": "25"}).content.decode()
    assert "Inga träffar" in html
    assert "Menade du" not in html  # the words were found; the filter left nothing
    assert not ZeroResultQuery.objects.exists()
