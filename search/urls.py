"""Search, its JSON API and the target-group (tag) pages."""

from django.urls import path

from search import views

urlpatterns = [
    path("sok/", views.search, name="search"),
    path("api/search/", views.search_api, name="search_api"),
    path("malgrupper/", views.tag_index, name="tag_index"),
    path("malgrupper/<str:slug>/", views.tag_page, name="tag_page"),
]
