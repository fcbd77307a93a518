"""The search logs never hold a personal identity number, in any written form.

Both logs (Wagtail's popular queries and the searches without results) store the query
lower-cased and cut to 200 characters; the check runs on what is stored, not only on what
was typed. Searched through /sok/ as a visitor does; /api/search/ stores nothing.
"""

import pytest
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultQuery
from testing.identity_samples import LOOK_ALIKES, VALID, WRITTEN_FORMS


def stored_queries():
    return [
        *Query.objects.values_list("query_string", flat=True),
        *ZeroResultQuery.objects.values_list("query_string", flat=True),
    ]


def search_page(client, text):
    response = client.get("/sok/", {"q": text})
    assert response.status_code == 200
    assert "sessionid" not in response.cookies  # nothing of the query in a session either
    return response


@pytest.mark.parametrize("number", VALID + WRITTEN_FORMS)
def test_a_query_with_an_identity_number_is_stored_nowhere(site_pages, number):
    search_page(site_pages.client, f"elev {number} kvarnbyn")
    search_page(site_pages.client, number)
    assert stored_queries() == []
    assert not QueryDailyHits.objects.exists()


def test_a_number_that_appears_only_when_the_query_is_cut_to_the_log_length(site_pages):
    # 13 digits are no identity number. Lower-cased, "İ" is two characters, so the query
    # (200 characters) grows to 201 and the cut to 200 drops the last digit: what would
    # be stored ends in 191212121212, a valid number.
    text = "İ" + "x" * 185 + " 1912121212125"
    assert len(text) == 200
    search_page(site_pages.client, text)
    assert not any("1212" in query for query in stored_queries())


def test_a_long_query_that_grows_when_lower_cased_is_stored_cut(site_pages):
    search_page(site_pages.client, "İ" * 200)  # 400 characters once lower-cased
    stored = stored_queries()
    assert stored and all(len(query) <= 200 for query in stored)


@pytest.mark.parametrize("text", ["070-123 45 67", "2014-12-31", "08-123 456 78"])
def test_look_alikes_are_still_logged(site_pages, text):
    assert text in LOOK_ALIKES
    search_page(site_pages.client, text)
    assert Query.objects.filter(query_string=text).exists()


def test_the_json_api_stores_no_query(site_pages, shadowing):
    # An identity number, words that find nothing and a word that finds pages.
    for text in ("19121212-1212", "lärlingsgymnasium", "skuggning"):
        assert site_pages.client.get("/api/search/", {"q": text}).status_code == 200
    assert stored_queries() == []
