"""The root URLconf: each app's urls, the admin, the API, and Wagtail's page tree last."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("", include("submissions.urls")),
    path("", include("search.urls")),
    path("", include("evidence.urls")),
    path("", include("home.urls")),
    path("", include("workshops.urls")),
    path("dokument/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static  # development only: media by Django

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other URL from the page tree; keep this last.
urlpatterns += [path("", include(wagtail_urls))]
