"""What editors see of searches: promoted results and the queries that found nothing."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from methods.models import MethodPage
from search.models import ZeroResultQuery
from testing.helpers import publish_report, result_titles


@pytest.fixture
def promotion(demo_site):
    method = MethodPage.objects.get(slug="praktik-som-alternativ-till-skolan")
    return SearchPromotion.objects.create(
        query=Query.get("avhopp"), page=method, description="Vår mest använda metod.", sort_order=0
    )


def test_promoted_result_comes_first_for_its_query(client, promotion):
    html = client.get("/sok/", {"q": "Avhopp"}).content.decode()
    promoted = html.split('id="promoted-heading"', 1)[1].split("</section>", 1)[0]
    assert "Praktik som alternativ till skolan" in promoted
    assert "Vår mest använda metod." in promoted
    assert html.index('id="promoted-heading"') < html.index("search-results")


def test_a_promoted_draft_is_not_shown(client, promotion):
    promotion.page.unpublish()
    html = client.get("/sok/", {"q": "avhopp"}).content.decode()
    assert 'id="promoted-heading"' not in html


def test_searches_without_results_are_counted_for_editors(client, demo_site):
    for _ in range(2):
        client.get("/sok/", {"q": "Gymnasiesärskola  Kiruna"})
    client.get("/sok/", {"q": "coachning"})
    row = ZeroResultQuery.objects.get()
    assert (row.query_string, row.searches) == ("gymnasiesärskola kiruna", 2)
    assert Query.objects.get(query_string="coachning").hits == 1


def test_a_query_with_a_personal_identity_number_is_never_stored(client, demo_site):
    client.get("/sok/", {"q": "19121212-1212"})
    assert not ZeroResultQuery.objects.exists()
    assert not Query.objects.filter(query_string__contains="1212").exists()


def test_editors_see_queries_without_results_in_the_admin(editor_client, demo_site):
    ZeroResultQuery.objects.create(query_string="lärlingsgymnasium", searches=7)
    response = editor_client.get("/admin/reports/sokningar-utan-traffar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "lärlingsgymnasium" in html
    assert re.search(r"<td[^>]*>\s*7\s*</td>", html)


def test_anonymous_visitors_cannot_see_the_query_log(client, demo_site):
    response = client.get("/admin/reports/sokningar-utan-traffar/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_query_count_does_not_grow_with_matches(client, demo_site, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(**params):
        client.get("/sok/", params)  # warm caches as a running server would
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/sok/", params).content.decode()
        return len(captured), html

    publish_report("Räkna 0", goal_results="Frågeräkning.", tags=["autism"])
    few, html = queries(q="frågeräkning", tag="autism")
    assert len(result_titles(html)) == 1
    for number in range(1, 30):
        publish_report(f"Räkna {number}", goal_results="Frågeräkning.", tags=["autism"])
    many, html = queries(q="frågeräkning", tag="autism")
    assert len(result_titles(html)) == 20
    assert many == few


def test_editors_can_pin_promoted_results(editor_client, demo_site):
    from django.contrib.auth.models import Group

    assert editor_client.get("/admin/searchpicks/").status_code == 200
    assert editor_client.get("/admin/searchpicks/add/").status_code == 200
    editors = Group.objects.get(name="Redaktörer")
    assert editors.permissions.filter(codename="add_searchpromotion").exists()


def test_a_search_emptied_by_filters_is_not_a_search_without_results(client, demo_site):
    html = client.get("/sok/", {"q": "coachning", "county": "25"}).content.decode()
    assert "Inga träffar" in html
    assert "Menade du" not in html  # the words were found; the filter left nothing
    assert not ZeroResultQuery.objects.exists()
