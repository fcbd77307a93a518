from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from methods import views as method_views
from portal import views as portal_views
from portal.api import api_router
from portal.forms import SignInForm
from reports import submission_views
from reports import views as report_views
from search import views as search_views

account_urls = [
    path("logga-in/", auth_views.LoginView.as_view(form_class=SignInForm), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("glomt-losenord/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "glomt-losenord/skickat/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "nytt-losenord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "nytt-losenord/klart/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

leader_urls = [
    path("", submission_views.my_reports, name="my_reports"),
    path("<int:pk>/", submission_views.my_report, name="my_report"),
    path("<int:pk>/steg/<int:number>/", submission_views.report_step, name="report_step"),
    path("<int:pk>/granska/", submission_views.report_review, name="report_review"),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("konto/", include(account_urls)),
    path("mina-rapporter/", include(leader_urls)),
    path("inbjudan/<str:token>/", submission_views.accept_invitation, name="accept_invitation"),
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
