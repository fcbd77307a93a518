"""Old PlugInnovation.se addresses of the site's own pages, answered with a permanent
redirect (`core.old_addresses`; a real page at the path is always served instead):

- `/eng` -> the English page, a live page at `/eng/` whatever its type (another app
  makes it; found by its address, so this app imports none of it);
- `/om-pluginnovation` -> the page at `/om-pluginnovation/`, else the about page
  (`/om-portalen/`, else the first information page under the home page).
"""

from wagtail.models import Site

from core.old_addresses import live_page_at, old_address_view
from home.models import StandardPage

ENGLISH_PAGE_PATH = "/eng/"
ABOUT_PAGE_PATH = "/om-portalen/"


@old_address_view
def english(request):
    page = live_page_at(request, ENGLISH_PAGE_PATH)
    return page.get_url(request) if page else None


def about_page(request):
    page = live_page_at(request, ABOUT_PAGE_PATH)
    site = Site.find_for_request(request)
    if page is None and site is not None:
        pages = StandardPage.objects.live().public().child_of(site.root_page)
        page = pages.order_by("path").first()
    return page


@old_address_view
def about(request):
    page = about_page(request)
    return page.get_url(request) if page else None
