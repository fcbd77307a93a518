"""Addresses of the home app that are not pages."""

from django.urls import path, re_path

from core.old_addresses import any_case
from home import old_addresses, views

urlpatterns = [
    path("favicon.ico", views.favicon),
    # Old PlugInnovation.se addresses (never a real page's: core.old_addresses).
    re_path(rf"^{any_case('eng')}/?$", old_addresses.english),
    re_path(rf"^{any_case('om-pluginnovation')}/?$", old_addresses.about),
]
