"""Addresses of the home app that are not pages."""

from django.urls import path

from home import views

urlpatterns = [path("favicon.ico", views.favicon)]
