"""The comparison of methods and the open-data downloads."""

from django.urls import path

from evidence import compare, views

urlpatterns = [
    path("jamfor-metoder/", compare.compare_methods, name="compare_methods"),
    path("oppna-data/slutrapporter.csv", views.open_data_csv, name="open_data_csv"),
    path("oppna-data/slutrapporter.json", views.open_data_json, name="open_data_json"),
]
