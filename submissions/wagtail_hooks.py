"""Admin: invitations of project leaders and the dashboard panel of reports to review."""

from wagtail import hooks

from submissions.admin_views import AwaitingReviewPanel, InvitationViewSet
from submissions.services import EDITORS_GROUP


@hooks.register("register_admin_viewset")
def register_invitations():
    return InvitationViewSet("projektledare")


@hooks.register("construct_homepage_panels")
def add_awaiting_review_panel(request, panels):
    user = request.user
    if user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists():
        panels.append(AwaitingReviewPanel())
