"""Admin: editors invite project leaders ("Projektledare" in the admin menu) and see
the reports sent in and waiting for review on the dashboard, each once, with "Granska"."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from core.identity_numbers import find_identity_numbers, phone_number_hint
from submissions import services as submissions
from submissions.models import Invitation

IDENTITY_NUMBER_MESSAGE = (
    "Texten innehåller ett {kind} ({masked}). En inbjudan får inte innehålla "
    "personnummer: ta bort numret. Inget har sparats."
)


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["name", "email", "municipality", "project_name"]
        labels = {"name": _("Projektledarens namn"), "email": _("Projektledarens e-post")}

    def clean(self):
        """Refuse a personal identity number in any text, next to its field: the
        invitation is stored and e-mailed, so nothing is written."""
        cleaned_data = super().clean()
        for name in ("name", "email", "project_name"):
            found = find_identity_numbers(cleaned_data.get(name) or "")
            if found:
                message = IDENTITY_NUMBER_MESSAGE.format(kind=found[0].kind, masked=found[0].masked)
                self.add_error(name, message + phone_number_hint(found[0]))
        return cleaned_data


class InvitationCreateView(generic.CreateView):
    submit_button_label = _("Skicka inbjudan")
    submit_button_active_label = _("Skickar…")

    def save_instance(self):
        invitation = self.form.save(commit=False)
        invitation.created_by = self.request.user
        return submissions.create_invitation(invitation)

    def form_valid(self, form):
        # A form sent twice (or by two editors at once) invites once: the second is
        # shown the form again, saying who was invited when.
        try:
            return super().form_valid(form)
        except submissions.DuplicateInvitation as refused:
            form.add_error(None, str(refused))
            self.produced_error_message = _("Inbjudan skickades inte.")
            return self.form_invalid(form)

    def get_success_message(self, instance):
        return f"Inbjudan skickad till {instance.email}."


class InvitationEditView(generic.EditView):
    """Saving an invitation that is not yet accepted sends a new link (the old one
    stops working)."""

    @property
    def submit_button_label(self):
        if self.object.accepted_at:
            return _("Spara")
        return _("Spara och skicka en ny länk")

    def save_instance(self):
        invitation = self.form.save(commit=False)
        if invitation.accepted_at:
            invitation.save()
        else:
            submissions.resend_invitation(invitation)
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


AWAITING_LISTED = 25  # reports on the dashboard panel; the others stay in Wagtail's


class AwaitingReviewPanel(Component):
    """Reports sent in by project leaders, oldest first, on the admin dashboard."""

    name = "reports_awaiting_review"
    template_name = "submissions/admin/awaiting_review_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["submissions"] = list(submissions.awaiting_review()[:AWAITING_LISTED])
        return context


class OtherObjectsToModeratePanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Inväntar din granskning" without the reports that the panel above
    lists, so that each waiting report appears once on the dashboard."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        waiting = submissions.awaiting_review()[:AWAITING_LISTED]
        listed = set(waiting.values_list("report_id", flat=True))
        context["states"] = [
            state
            for state in context["states"]
            if not (isinstance(state["obj"], Page) and state["obj"].pk in listed)
        ]
        return context
