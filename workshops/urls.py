"""Old PlugInnovation.se addresses of municipalities and workshops (never a real page's:
`core.old_addresses`). Any case; with or without the trailing slash."""

from django.urls import re_path

from core.old_addresses import any_case
from workshops import old_addresses

urlpatterns = [
    re_path(rf"^{any_case('cities')}/(?P<name>[^/]+)/?$", old_addresses.city),
    re_path(
        rf"^{any_case('projektet/projektverkstader')}/(?P<old_slug>[^/]+)(?:/(?P<rest>.*))?$",
        old_addresses.workshop,
    ),
]
