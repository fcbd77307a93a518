"""The home page shows visitors only what they may open."""

from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from home.models import HomePage
from methods.models import MethodPage


def featured_titles(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "featured-heading"})
    return [link.get_text(strip=True) for link in section.find_all("a")] if section else []


def test_a_password_protected_featured_method_is_not_shown(client, demo_site):
    home = HomePage.objects.get()
    featured = [item.method for item in home.featured_methods.all()]
    assert len(featured) >= 2
    hidden, shown = featured[0], featured[1]
    assert hidden.title in featured_titles(client)
    PageViewRestriction.objects.create(
        page=MethodPage.objects.get(pk=hidden.pk),
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemligt",
    )
    titles = featured_titles(client)
    assert hidden.title not in titles
    assert shown.title in titles
