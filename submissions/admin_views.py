"""Admin: editors invite project leaders ("Projektledare" in the admin menu) and see
the reports sent in and waiting for review on the dashboard."""

from django import forms
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from submissions import services as submissions
from submissions.models import Invitation


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["name", "email", "municipality", "project_name"]
        labels = {"name": _("Projektledarens namn"), "email": _("Projektledarens e-post")}


def _issue_and_send(view, invitation):
    token = submissions.issue_token(invitation)
    invitation.save()
    link = view.request.build_absolute_uri(reverse("accept_invitation", args=[token]))
    transaction.on_commit(lambda: submissions.send_invitation(invitation, link))


class InvitationCreateView(generic.CreateView):
    def save_instance(self):
        invitation = self.form.save(commit=False)
        invitation.created_by = self.request.user
        _issue_and_send(self, invitation)
        return invitation

    def get_success_message(self, instance):
        return f"Inbjudan skickad till {instance.email}."


class InvitationEditView(generic.EditView):
    """Saving an invitation that is not yet accepted sends a new link (the old one
    stops working)."""

    def save_instance(self):
        invitation = self.form.save(commit=False)
        if invitation.accepted_at:
            invitation.save()
        else:
            _issue_and_send(self, invitation)
        return invitation

    def get_success_message(self):
        if self.object.accepted_at:
            return "Inbjudan är sparad."
        return f"En ny länk är skickad till {self.object.email}; den gamla fungerar inte längre."


class ReportStatusColumn(Column):
    def get_value(self, instance):
        submission = getattr(instance, "submission", None)
        if submission is None:
            return "–"
        return submissions.submission_status(submission).label


class InvitationViewSet(ModelViewSet):
    model = Invitation
    form_class = InvitationForm
    icon = "user"
    menu_label = _("Projektledare")
    menu_order = 285
    add_to_admin_menu = True
    add_view_class = InvitationCreateView
    edit_view_class = InvitationEditView
    list_display = [
        "name",
        "email",
        "project_name",
        "municipality",
        Column("status", label=_("Inbjudan")),
        ReportStatusColumn("report", label=_("Rapport")),
        DateColumn("created_at", label=_("Skickad")),
    ]
    search_fields = ["name", "email", "project_name"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return InvitationForm


class AwaitingReviewPanel(Component):
    """Reports sent in by project leaders, oldest first, on the admin dashboard."""

    name = "reports_awaiting_review"
    template_name = "submissions/admin/awaiting_review_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["submissions"] = list(submissions.awaiting_review()[:25])
        return context
