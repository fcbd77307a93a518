"""The site's address comes from configuration, never from a frozen default: full URLs in
the sitemap, canonical links and the API follow the Wagtail Site (as editors set it under
Inställningar → Webbplatser) and, while that has only a local address, the configured
WAGTAILADMIN_BASE_URL (which `make run` sets from HOST and PORT).

What `load_demo` does to the Site's address is the subject here, so these tests run it;
the report whose links they follow is built by the factories."""

import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

from testing.factories import ProjectReportPageFactory, report_index

ROOT = Path(__file__).resolve().parents[2]
API_REPORTS = "/api/v2/pages/?type=reports.ProjectReportPage&fields=html_url"


@pytest.fixture
def report_path(db):
    """The path of a published report on the default site (its home and report index
    built when missing), from the slugs of the pages it is under."""
    index = report_index()
    report = ProjectReportPageFactory(parent=index, published=True)
    return f"/{index.slug}/{report.slug}/"


def full_urls(client, host, report_path):
    """Every full URL the site hands out, asked for on `host`: the sitemap's, the
    report's canonical link, the API's `html_url` and `detail_url`."""
    sitemap = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert urls
    page = client.get(report_path, HTTP_HOST=host).content.decode()
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)"', page)
    assert len(canonical) == 1, canonical
    urls += canonical
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


def test_a_local_run_on_another_port_links_to_that_port(client, hosts, report_path):
    """`make run PORT=9000` after an earlier run on 8000: today everything said :8000."""
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    hosts.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:9000"
    call_command("load_demo", stdout=StringIO())
    urls = full_urls(client, "127.0.0.1:9000", report_path)
    assert_all_on(urls, "http://127.0.0.1:9000")
    assert f"http://127.0.0.1:9000{report_path}" in urls


def test_wagtails_placeholder_site_takes_the_configured_address(client, hosts, report_path):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    hosts.WAGTAILADMIN_BASE_URL = "http://localhost:8123"
    call_command("load_demo", stdout=StringIO())
    assert_all_on(full_urls(client, "localhost:8123", report_path), "http://localhost:8123")


def test_a_host_name_set_by_the_editors_is_kept_and_used(client, hosts, report_path):
    Site.objects.filter(is_default_site=True).update(hostname="portal.example.se", port=443)
    hosts.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:9000"
    call_command("load_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("portal.example.se", 443)
    urls = full_urls(client, "portal.example.se", report_path)
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
