"""What an anonymous visitor sees: every public page type, its HTML, drafts hidden."""

import pytest
from bs4 import BeautifulSoup

from conftest import SEED_REPORT_URL

PUBLIC_URLS = {
    "home": "/",
    "success_factor_index": "/framgangsfaktorer/",
    "success_factor": "/framgangsfaktorer/koll-och-uppfoljning/",
    "method_index": "/metoder/",
    "method": "/metoder/coachning-i-grupp/",
    "report_index": "/slutrapporter/",
    "report": SEED_REPORT_URL,
    "standard": "/om-portalen/",
    "accessibility": "/tillganglighetsredogorelse/",
    "search": "/sok/?q=coachning",
}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("url", PUBLIC_URLS.values(), ids=PUBLIC_URLS.keys())
def test_public_page_renders_for_anonymous_visitors(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("url", PUBLIC_URLS.values(), ids=PUBLIC_URLS.keys())
def test_page_html_is_semantic(client, demo_site, url):
    soup = soup_of(client.get(url))
    assert soup.html["lang"] == "sv"
    assert len(soup.find_all("h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark), f"missing <{landmark}>"
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#main" and soup.find("main", id="main")
    assert skip.get_text(strip=True) == "Hoppa till huvudinnehållet"


@pytest.mark.parametrize("url", PUBLIC_URLS.values(), ids=PUBLIC_URLS.keys())
def test_page_has_meaningful_title_and_description(client, demo_site, url):
    soup = soup_of(client.get(url))
    title = soup.title.get_text(strip=True)
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert "PlugInnovation" in title and len(title) > len("PlugInnovation") + 3
    assert len(description) >= 40, f"meta description too short: {description!r}"


def test_titles_and_descriptions_differ_between_pages(client, demo_site):
    titles, descriptions = set(), set()
    for url in PUBLIC_URLS.values():
        soup = soup_of(client.get(url))
        titles.add(soup.title.get_text(strip=True))
        descriptions.add(soup.find("meta", attrs={"name": "description"})["content"])
    assert len(titles) == len(PUBLIC_URLS)
    assert len(descriptions) >= len(PUBLIC_URLS) - 1  # the search page shares nothing


@pytest.mark.parametrize(
    "url",
    [u for k, u in PUBLIC_URLS.items() if k != "home"],
    ids=[k for k in PUBLIC_URLS if k != "home"],
)
def test_every_page_below_home_has_du_ar_har_breadcrumb(client, demo_site, url):
    soup = soup_of(client.get(url))
    nav = soup.find("nav", class_="breadcrumb")
    assert nav is not None
    assert nav.find(id="breadcrumb-label").get_text(strip=True) == "Du är här:"
    links = nav.find_all("a")
    assert links[0].get_text(strip=True) == "Startsida" and links[0]["href"] == "/"
    assert links[-1]["aria-current"] == "page"


def test_home_has_no_breadcrumb(client, demo_site):
    assert soup_of(client.get("/")).find("nav", class_="breadcrumb") is None


def test_report_breadcrumb_lists_the_path(client, demo_site):
    nav = soup_of(client.get(SEED_REPORT_URL)).find("nav", class_="breadcrumb")
    assert [a.get_text(strip=True) for a in nav.find_all("a")] == [
        "Startsida",
        "Slutrapporter",
        "Fler elever genom gymnasiet – coachning och särskild undervisningsgrupp",
    ]


def test_footer_links_to_accessibility_statement(client, demo_site):
    footer = soup_of(client.get("/metoder/")).find("footer")
    link = footer.find("a", string="Tillgänglighetsredogörelse")
    assert link["href"] == "/tillganglighetsredogorelse/"


def test_unknown_url_gives_swedish_404_page(client, demo_site):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_main_menu_marks_current_section(client, demo_site):
    soup = soup_of(client.get("/metoder/coachning-i-grupp/"))
    menu = soup.find("nav", class_="main-nav")
    assert [a.get_text(strip=True) for a in menu.find_all("a")] == [
        "Framgångsfaktorer",
        "Metoder",
        "Slutrapporter",
        "Resultat i siffror",
    ]
    assert "is-active" in menu.find("a", string="Metoder")["class"]


def test_favicon_ico_redirects_to_the_svg_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.svg"


def test_page_url_from_path_matches_wagtail(rf, demo_site):
    from wagtail.models import Page

    from core.navigation import page_url

    request = rf.get("/")
    for page in Page.objects.live().filter(depth__gt=1):
        assert page_url(page.url_path, request) == page.get_url(request), page.url_path
        assert page_url(page.url_path) == page.get_url(), page.url_path
