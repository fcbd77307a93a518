"""Old PlugInnovation.se addresses that follow from content (`/cities/Växjö`,
`/projektet/projektverkstader/<slug>`, `/eng`): the apps that own the content answer them
with a permanent redirect to the new page, through `old_address_view`.

Such a route never shadows a real page: when Wagtail serves a live page at the path
asked for, that page is served (or, asked without its trailing slash, redirected to).
A pattern that names nothing answers 404, so Wagtail's redirects app (rows editors and
the importer create) still gets its turn.
"""

import re
from functools import wraps
from urllib.parse import unquote

from django.http import Http404, HttpResponsePermanentRedirect
from wagtail import views as wagtail_views
from wagtail.models import Page, Site


def routed_page(request, path):
    """The page Wagtail would serve at `path` on the request's site, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def live_page_at(request, url_path):
    """The live, public page at `url_path` ("/eng/") on the request's site, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    full_path = site.root_page.url_path + url_path.strip("/") + "/"
    return Page.objects.live().public().filter(url_path=full_path).first()


def comparable_path(path):
    """An address as the old site's links may write it, reduced for comparison: decoded
    (%20 and %-encoded letters), any case, spaces collapsed, no trailing slash."""
    decoded = unquote(unquote(path)) if "%" in path else path
    return " ".join(decoded.casefold().split()).rstrip("/")


def any_case(text):
    """A URL regex for `text` in any case ("eng" -> "[eE][nN][gG]"): Django cannot
    reverse URL patterns with the (?i) flag."""
    return "".join(
        f"[{char.lower()}{char.upper()}]" if char.isalpha() else re.escape(char) for char in text
    )


def old_address_view(resolve):
    """A view for an old address: `resolve(request, **kwargs)` gives the new URL (or
    None: 404). A real page at the path always wins over the pattern."""

    @wraps(resolve)
    def view(request, **kwargs):
        path = request.path_info
        if routed_page(request, path) is not None:
            if path.endswith("/"):
                return wagtail_views.serve(request, path.lstrip("/"))
            query = request.META.get("QUERY_STRING", "")
            suffix = f"?{query}" if query else ""
            return HttpResponsePermanentRedirect(f"{request.path}/{suffix}")
        url = resolve(request, **kwargs)
        if not url:
            raise Http404("Den gamla adressen leder inte till någon sida här.")
        return HttpResponsePermanentRedirect(url)

    return view
