"""The home page shows visitors only what they may open.

The home page is that of the site `site_pages` builds (testing/fixtures.py), with two
featured methods."""

from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from methods.models import MethodPage


def featured_titles(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "featured-heading"})
    return [link.get_text(strip=True) for link in section.find_all("a")] if section else []


def test_a_password_protected_featured_method_is_not_shown(site_pages):
    featured = [item.method for item in site_pages.home.featured_methods.order_by("sort_order")]
    assert [method.pk for method in featured] == [
        site_pages.method.pk,
        site_pages.other_method.pk,
    ]
    hidden, shown = featured
    assert featured_titles(site_pages.client) == [hidden.title, shown.title]
    PageViewRestriction.objects.create(
        page=MethodPage.objects.get(pk=hidden.pk),
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemligt",
    )
    titles = featured_titles(site_pages.client)
    assert hidden.title not in titles
    assert shown.title in titles
