"""Every response has a Content-Security-Policy and a Permissions-Policy; the public
site's policy allows no inline script or style.

The public pages are those of the site `site_pages` builds (testing/fixtures.py)."""

from urllib.parse import urlencode

import pytest

# A route of the portal ("/sok/"), a page of `site_pages` by its attribute name, or
# "search": the search page asked for a word of a method's title.
PUBLIC = ["home", "methods", "search", "/api/v2/pages/", "/api/search/?q=a", "/x-404/"]
TEMPLATES = ["home", "methods", "statistics", "search"]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def address(site_pages, where):
    if where == "search":
        return f"/sok/?{urlencode({'q': site_pages.method.title.split()[0]})}"
    return where if where.startswith("/") else site_pages.url(getattr(site_pages, where))


@pytest.mark.parametrize("where", PUBLIC)
def test_public_responses_have_a_strict_policy(site_pages, where):
    response = site_pages.client.get(address(site_pages, where))
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("path", ["/konto/logga-in/", "/mina-rapporter/"])
def test_leader_pages_have_the_strict_policy(client, db, path):
    response = client.get(path)
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]


def test_the_sitemap_lets_the_browsers_xml_viewer_style_it_and_nothing_else(site_pages):
    """Chromium's XML viewer styles the tree inline: under the pages' policy every visit
    to /sitemap.xml logged two CSP violations in the console."""
    response = site_pages.client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["style-src"] == ["'unsafe-inline'"]
    assert "script-src" not in policy


def test_the_admin_has_its_own_wider_policy(editor_client):
    response = editor_client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "Permissions-Policy" in response


def test_no_public_template_has_inline_script_or_style(site_pages):
    # The strict policy would block them: a public page must not need them.
    for where in TEMPLATES:
        response = site_pages.client.get(address(site_pages, where))
        assert response.status_code == 200, where
        html = response.content.decode()
        assert "<script>" not in html and " style=" not in html and "<style" not in html, where
