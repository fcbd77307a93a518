from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from methods import views as method_views
from portal import views as portal_views
from portal.api import api_router
from reports import views as report_views
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokument/", include(wagtaildocs_urls)),
    path("sok/", search_views.search, name="search"),
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/v2/", api_router.urls),
    path("malgrupper/", search_views.tag_index, name="tag_index"),
    path("malgrupper/<str:slug>/", search_views.tag_page, name="tag_page"),
    path("jamfor-metoder/", method_views.compare_methods, name="compare_methods"),
    path("oppna-data/slutrapporter.csv", report_views.open_data_csv, name="open_data_csv"),
    path("oppna-data/slutrapporter.json", report_views.open_data_json, name="open_data_json"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("favicon.ico", portal_views.favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other URL from the page tree; keep this last.
urlpatterns += [path("", include(wagtail_urls))]
