"""The site's address comes from configuration, never from a frozen default: full URLs in
the sitemap, canonical links and the API follow the Wagtail Site (as editors set it under
Inställningar → Webbplatser) and, while that has only a local address, the configured
WAGTAILADMIN_BASE_URL (which `make run` sets from HOST and PORT)."""

import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

from conftest import SEED_REPORT_URL

ROOT = Path(__file__).resolve().parents[2]
API_REPORTS = "/api/v2/pages/?type=reports.ProjectReportPage&fields=html_url"


def full_urls(client, host):
    """Every full URL the site hands out, asked for on `host`: the sitemap's, the seed
    report's canonical link, the API's `html_url` and `detail_url`."""
    sitemap = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert urls
    page = client.get(SEED_REPORT_URL, HTTP_HOST=host).content.decode()
    urls += re.findall(r'<link rel="canonical" href="([^"]+)"', page)
    items = client.get(API_REPORTS, HTTP_HOST=host).json()["items"]
    urls += [item["meta"]["html_url"] for item in items]
    urls += [item["meta"]["detail_url"] for item in items]
    return urls


def assert_all_on(urls, root):
    assert [url for url in urls if not url.startswith(root + "/")] == []


@pytest.fixture
def hosts(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "portal.example.se", "testserver"]
    return settings


def test_a_local_run_on_another_port_links_to_that_port(client, demo_site, hosts):
    """`make run PORT=9000` after an earlier run on 8000: today everything said :8000."""
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    hosts.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:9000"
    call_command("load_demo", stdout=StringIO())
    urls = full_urls(client, "127.0.0.1:9000")
    assert_all_on(urls, "http://127.0.0.1:9000")
    assert f"http://127.0.0.1:9000{SEED_REPORT_URL}" in urls


def test_wagtails_placeholder_site_takes_the_configured_address(client, demo_site, hosts):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    hosts.WAGTAILADMIN_BASE_URL = "http://localhost:8123"
    call_command("load_demo", stdout=StringIO())
    assert_all_on(full_urls(client, "localhost:8123"), "http://localhost:8123")


def test_a_host_name_set_by_the_editors_is_kept_and_used(client, demo_site, hosts):
    Site.objects.filter(is_default_site=True).update(hostname="portal.example.se", port=443)
    hosts.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:9000"
    call_command("load_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("portal.example.se", 443)
    urls = full_urls(client, "portal.example.se")
    # The API's detail_url is the request's own address (here plain http); every page
    # address is the site's.
    assert_all_on([url for url in urls if "/api/" not in url], "https://portal.example.se")


def test_production_e_mails_use_the_first_allowed_host_unless_configured():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILADMIN_BASE_URL)"
    )
    env = {
        **{k: v for k, v in os.environ.items() if k != "WAGTAILADMIN_BASE_URL"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "portal.example.se,www.portal.example.se",
        "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/db",
    }

    def base_url(**extra):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip().splitlines()[-1]

    assert base_url() == "https://portal.example.se"
    assert base_url(WAGTAILADMIN_BASE_URL="https://pluginnovation.se") == (
        "https://pluginnovation.se"
    )
