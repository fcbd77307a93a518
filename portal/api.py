"""Wagtail API v2 (/api/v2/): methods, success factors and reports with their structured
fields and answers, as JSON. Only live, public pages are served (Wagtail's own rule)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
