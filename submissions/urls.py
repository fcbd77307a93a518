"""Project leaders: sign in, accept an invitation, write and send in a report."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from submissions import views
from submissions.auth_forms import SignInForm
from submissions.ratelimits import LimitedPasswordResetView

account_urls = [
    path("logga-in/", auth_views.LoginView.as_view(form_class=SignInForm), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "glomt-losenord/",
        LimitedPasswordResetView.as_view(),  # per e-mail address and per client
        name="password_reset",
    ),
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
    path("", views.my_reports, name="my_reports"),
    path("<int:pk>/", views.my_report, name="my_report"),
    path("<int:pk>/steg/<int:number>/", views.report_step, name="report_step"),
    path("<int:pk>/granska/", views.report_review, name="report_review"),
]

urlpatterns = [
    path("konto/", include(account_urls)),
    path("mina-rapporter/", include(leader_urls)),
    path("inbjudan/<str:token>/", views.accept_invitation, name="accept_invitation"),
]

# Every page under /konto/ is its visitor's own: never kept by a cache (as the leaders'
# views are, submissions.views.private).
for _pattern in account_urls:
    _pattern.callback = views.private(_pattern.callback)
