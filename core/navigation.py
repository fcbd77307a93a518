"""The header menu and footer links: read once per content version, then cached.

They are on every page; reading them from the page tree costs a scan of the tree
(several milliseconds with 10 000 reports). The content version changes with every
publish, unpublish, move and delete, so a cached copy is never stale.
"""

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from wagtail.models import Page, Site, get_page_models

from core.content_version import content_version

CACHE_SECONDS = 3600


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    path: str  # the page's tree path, to tell the current section


@dataclass(frozen=True)
class Navigation:
    menu: tuple = ()
    about: tuple = ()
    statement: Link | None = None


def _link(page, request):
    return Link(page.title, page.get_url(request) or "", page.path)


def _pages_with_role(role):
    """Live, public pages of the types whose `navigation_role` is `role`. Declared on the
    page models, so that core names no page type of a feature app."""
    models = [model for model in get_page_models() if getattr(model, "navigation_role", "") == role]
    return Page.objects.live().public().type(*models) if models else Page.objects.none()


def _read(site, request):
    root = site.root_page
    # Unordered: ordering by path made the planner walk the whole page tree (8 ms).
    statements = _pages_with_role("statement").filter(path__startswith=root.path).order_by()
    statement = next(iter(statements[:1]), None)
    return Navigation(
        menu=tuple(_link(page, request) for page in root.get_children().live().in_menu()),
        about=tuple(_link(page, request) for page in _pages_with_role("about").child_of(root)),
        statement=_link(statement, request) if statement else None,
    )


def site_navigation(request):
    site = Site.find_for_request(request) if request else None
    if site is None:
        return Navigation()
    key = f"portal:navigation:{site.pk}:{content_version(request)}"
    return cache.get_or_set(key, lambda: _read(site, request), CACHE_SECONDS)


def page_url(url_path, request=None):
    """A page's URL from its `url_path`, as `Page.get_url(request)` gives it: relative on
    the request's site, absolute on another. Without Wagtail's `reverse()` per page, which
    made twenty search results cost 7 ms."""
    roots = Site.get_site_root_paths()
    for site_id, root_path, root_url, _ in roots:
        if url_path.startswith(root_path):
            relative = _serve_prefix() + iri_to_uri(url_path[len(root_path) :])
            if len(roots) == 1:
                return relative
            current = Site.find_for_request(request) if request else None
            return (
                relative if current is not None and current.pk == site_id else root_url + relative
            )
    return None


@lru_cache(maxsize=1)
def _serve_prefix():
    return reverse("wagtail_serve", args=("",))


# --- The site's address ----------------------------------------------------------------
# Wagtail builds every full URL (the sitemap, canonical links, the API's `html_url`) from
# the Site's host name and port (Inställningar → Webbplatser). Until an editor sets the
# real one, the Site has Wagtail's placeholder or a local development address; the
# configured WAGTAILADMIN_BASE_URL is the address then (`make run` sets it from HOST and
# PORT, and the demo loader copies it into such a Site).

LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1", "[::1]"})


def has_local_address(site):
    """True for no Site, Wagtail's placeholder (localhost) or a local address."""
    return site is None or (site.hostname or "").lower() in LOCAL_HOSTS


def configured_address():
    """(host name, port) of WAGTAILADMIN_BASE_URL, for a Site with a local address."""
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return base.hostname or "127.0.0.1", base.port or (443 if base.scheme == "https" else 80)


def _root_url(root_url):
    if (urlsplit(root_url).hostname or "").lower() in LOCAL_HOSTS:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return root_url


def site_root_url():
    """The portal's public address, without a trailing slash, for links in e-mails."""
    site = Site.objects.filter(is_default_site=True).first()
    return _root_url(site.root_url if site else "")


def public_page_url(page):
    """A page's full URL on the site's public address (the e-mail to a leader whose
    report is published), or None for a page outside every site."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    _site_id, root_url, path = parts
    return _root_url(root_url) + path
