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

from core.identity_numbers import identity_number_error
from submissions import services as submissions
from submissions.models import Invitation
from workshops.models import WorkshopPage

IDENTITY_NUMBER_MESSAGE = (
    "Texten innehåller ett {kind} ({masked}). En inbjudan får inte innehålla "
    "personnummer: ta bort numret. Inget har sparats."
)


WORKSHOP_HELP = (
    "Slutrapporten skapas under den här projektverkstaden när projektledaren skickar in "
    "den; utan projektverkstad hamnar den under Slutrapporter. Projektverkstaden måste "
    "omfatta inbjudans kommun. En rapport som redan är inskickad flyttas inte om du byter "
    "projektverkstad här: flytta den i sidträdet."
)


class WorkshopChoiceField(forms.ModelChoiceField):
    """The project workshops, each with its municipalities (and "utkast" when not live)."""

    def label_from_instance(self, obj):
        places = ", ".join(municipality.name for municipality in obj.municipalities.all())
        label = f"{obj.title} – {places or 'ingen kommun angiven'}"
        return label if obj.live else f"{label} (utkast)"


class InvitationForm(forms.ModelForm):
    workshop = WorkshopChoiceField(
        queryset=WorkshopPage.objects.order_by("title").prefetch_related("municipalities"),
        required=False,
        label=_("Projektverkstad"),
        empty_label=_("Ingen (rapporten hamnar under Slutrapporter)"),
        help_text=WORKSHOP_HELP,
    )

    class Meta:
        model = Invitation
        fields = ["name", "email", "municipality", "project_name", "workshop"]
        labels = {"name": _("Projektledarens namn"), "email": _("Projektledarens e-post")}

    def clean(self):
        """Refuse a personal identity number in any text, next to its field: the
        invitation is stored and e-mailed, so nothing is written. The workshop must be
        one of the invitation's municipality."""
        cleaned_data = super().clean()
        for name in ("name", "email", "project_name"):
            error = identity_number_error(cleaned_data.get(name) or "", IDENTITY_NUMBER_MESSAGE)
            if error:
                self.add_error(name, error)
        self._check_workshop(cleaned_data.get("workshop"), cleaned_data.get("municipality"))
        return cleaned_data

    def _check_workshop(self, workshop, municipality):
        if workshop is None or municipality is None:
            return
        places = list(workshop.municipalities.all())
        if municipality in places:
            return
        names = ", ".join(place.name for place in places)
        belongs = f"hör till {names}" if places else "har ingen kommun angiven"
        self.add_error(
            "workshop",
            f"Projektverkstaden {workshop.title} {belongs}, inte till {municipality.name}. "
            f"Välj en projektverkstad i {municipality.name} eller ingen.",
        )


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
            return "Inbjudan är sparad." + self._report_stays()
        return f"En ny länk är skickad till {self.object.email}; den gamla fungerar inte längre."

    def _report_stays(self):
        """Said when the workshop changed after the report was created."""
        submission = getattr(self.object, "submission", None)
        sent_in = submission is not None and submission.report_id is not None
        if not sent_in or "workshop" not in self.form.changed_data:
            return ""
        return " Rapporten är redan inskickad och står kvar där den skapades."


class WorkshopColumn(Column):
    def get_value(self, instance):
        return instance.workshop.title if instance.workshop_id else "–"


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
        WorkshopColumn("workshop", label=_("Projektverkstad")),
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
