"""Admin: invitations of project leaders and the dashboard panel of reports to review."""

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from submissions.admin_views import (
    AwaitingReviewPanel,
    InvitationViewSet,
    OtherObjectsToModeratePanel,
)
from submissions.services import EDITORS_GROUP, review_workflow
from workshops.models import WorkshopIndexPage


@hooks.register("register_admin_viewset")
def register_invitations():
    return InvitationViewSet("projektledare")


@hooks.register("construct_homepage_panels")
def add_awaiting_review_panel(request, panels):
    """Editors get the reports sent in, each with "Granska"; Wagtail's own review panel
    then lists only what ours does not, so that no report appears twice."""
    user = request.user
    if user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists():
        panels[:] = [
            OtherObjectsToModeratePanel()
            if type(panel) is WorkflowObjectsToModeratePanel
            else panel
            for panel in panels
        ]
        panels.append(AwaitingReviewPanel())


@hooks.register("after_create_page")
def review_reports_under_new_workshop_index(request, page):
    """A workshop index made in the admin gets the review workflow at once, so that a
    report filed under one of its workshops is reviewed."""
    if isinstance(page.specific, WorkshopIndexPage):
        review_workflow()
