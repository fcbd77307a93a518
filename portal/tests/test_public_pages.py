"""What an anonymous visitor sees: every public page type, its HTML, drafts hidden.

The pages are a site of their own built by `site_pages` (testing/fixtures.py)."""

import pytest
from bs4 import BeautifulSoup

PAGE_TYPES = (
    "home",
    "success_factor_index",
    "success_factor",
    "method_index",
    "method",
    "report_index",
    "report",
    "standard",
    "accessibility",
    "search",
)


def public_urls(pages):
    """{page type: address} of every public page type on the `site_pages` site."""
    urls = {
        "home": pages.home,
        "success_factor_index": pages.factors,
        "success_factor": pages.factor,
        "method_index": pages.methods,
        "method": pages.method,
        "report_index": pages.reports,
        "report": pages.report,
        "standard": pages.about,
        "accessibility": pages.statement,
    }
    urls = {kind: pages.url(page) for kind, page in urls.items()}
    urls["search"] = "/sok/?q=lotsning"
    assert tuple(urls) == PAGE_TYPES
    return urls


@pytest.fixture
def urls(site_pages):
    return public_urls(site_pages)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_public_page_renders_for_anonymous_visitors(site_pages, urls, kind):
    response = site_pages.client.get(urls[kind])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_html_is_semantic(site_pages, urls, kind):
    soup = soup_of(site_pages.client.get(urls[kind]))
    assert soup.html["lang"] == "sv"
    assert len(soup.find_all("h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark), f"missing <{landmark}>"
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#main" and soup.find("main", id="main")
    assert skip.get_text(strip=True) == "Hoppa till huvudinnehållet"


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_has_meaningful_title_and_description(site_pages, urls, kind):
    soup = soup_of(site_pages.client.get(urls[kind]))
    title = soup.title.get_text(strip=True)
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert "PlugInnovation" in title and len(title) > len("PlugInnovation") + 3
    assert len(description) >= 40, f"meta description too short: {description!r}"


def test_titles_and_descriptions_differ_between_pages(site_pages, urls):
    titles, descriptions = set(), set()
    for url in urls.values():
        soup = soup_of(site_pages.client.get(url))
        titles.add(soup.title.get_text(strip=True))
        descriptions.add(soup.find("meta", attrs={"name": "description"})["content"])
    assert len(titles) == len(PAGE_TYPES)
    assert len(descriptions) >= len(PAGE_TYPES) - 1  # the search page shares nothing


@pytest.mark.parametrize("kind", [kind for kind in PAGE_TYPES if kind != "home"])
def test_every_page_below_home_has_du_ar_har_breadcrumb(site_pages, urls, kind):
    soup = soup_of(site_pages.client.get(urls[kind]))
    nav = soup.find("nav", class_="breadcrumb")
    assert nav is not None
    assert nav.find(id="breadcrumb-label").get_text(strip=True) == "Du är här:"
    links = nav.find_all("a")
    # The home page is "Startsida" in the trail, whatever its title.
    assert site_pages.home.title != "Startsida"
    assert links[0].get_text(strip=True) == "Startsida" and links[0]["href"] == "/"
    assert links[-1]["aria-current"] == "page"


def test_home_has_no_breadcrumb(site_pages):
    assert soup_of(site_pages.client.get("/")).find("nav", class_="breadcrumb") is None


def test_report_breadcrumb_lists_the_path(site_pages):
    response = site_pages.client.get(site_pages.url(site_pages.report))
    nav = soup_of(response).find("nav", class_="breadcrumb")
    assert [a.get_text(strip=True) for a in nav.find_all("a")] == [
        "Startsida",
        "Slutrapporter",
        "Lotsprojektet i testkommunen",
    ]


def test_footer_links_to_accessibility_statement(site_pages):
    footer = soup_of(site_pages.client.get(site_pages.url(site_pages.methods))).find("footer")
    link = footer.find("a", string="Tillgänglighetsredogörelse")
    assert link["href"] == site_pages.url(site_pages.statement)


def test_unknown_url_gives_swedish_404_page(site_pages):
    response = site_pages.client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_main_menu_marks_current_section(site_pages):
    soup = soup_of(site_pages.client.get(site_pages.url(site_pages.method)))
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


def test_page_url_from_path_matches_wagtail(rf, site_pages):
    from wagtail.models import Page

    from core.navigation import page_url

    request = rf.get("/")
    checked = set()
    for page in Page.objects.live().filter(depth__gt=1):
        assert page_url(page.url_path, request) == page.get_url(request), page.url_path
        assert page_url(page.url_path) == page.get_url(), page.url_path
        checked.add(page.pk)
    assert {page.pk for page in site_pages.pages()} <= checked
