"""Every response has a Content-Security-Policy and a Permissions-Policy; the public
site's policy allows no inline script or style."""

import pytest

PUBLIC = ["/", "/metoder/", "/sok/?q=coachning", "/api/v2/pages/", "/api/search/?q=a", "/x-404/"]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", PUBLIC)
def test_public_responses_have_a_strict_policy(client, demo_site, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("path", ["/konto/logga-in/", "/mina-rapporter/"])
def test_leader_pages_have_the_strict_policy(client, demo_site, path):
    response = client.get(path)
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]


def test_the_admin_has_its_own_wider_policy(editor_client, demo_site):
    response = editor_client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "Permissions-Policy" in response


def test_no_public_template_has_inline_script_or_style(client, demo_site):
    # The strict policy would block them: a public page must not need them.
    for path in ["/", "/metoder/", "/resultat-i-siffror/", "/sok/?q=coachning"]:
        html = client.get(path).content.decode()
        assert "<script>" not in html and " style=" not in html and "<style" not in html, path
