"""The report page's admin form: what it shows beside the fields and what it refuses.

- `ReviewStatusPanel`: where the report is in the review workflow ("Returnerad till
  projektledaren …" after *Begär ändringar*).
- `ImportWarningsPanel`: what the importer flagged, on imported reports that have warnings.
- `identity_number_errors`: the editors' guard against personal identity numbers, used by
  the page's and the extra answers' `clean` (README, "Personal identity numbers").
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from wagtail.admin.panels import Panel
from wagtail.models import WorkflowState

from core.identity_numbers import identity_number_error
from reports import questionnaire

IDENTITY_NUMBER_MESSAGE = (
    "Texten innehåller ett {kind} ({masked}). Slutrapporten publiceras öppet och får inte "
    "innehålla personuppgifter om unga: ta bort numret. Inget har sparats."
)

# The published text an editor types on a report page: refused when it holds one.
REPORT_TEXT_FIELDS = [
    "title",
    "slug",
    "seo_title",
    "search_description",
    "summary",
    *(question.key for question in questionnaire.SURVEY_QUESTIONS if question.is_text),
]


def sent_in_online(report):
    """Whether a project leader sent the report in online (it has a submission)."""
    return report.pk is not None and hasattr(report, "submission")


# --- Personal identity numbers ---------------------------------------------------------


def identity_number_errors(instance, field_names, message=IDENTITY_NUMBER_MESSAGE):
    """{field: message} for each of `field_names` whose text holds an identity number."""
    errors = {}
    for name in field_names:
        error = identity_number_error(getattr(instance, name, ""), message)
        if error:
            errors[name] = error
    return errors


# --- Panels ----------------------------------------------------------------------------


class ImportWarningsPanel(Panel):
    """Shows what the importer flagged (unknown questions, unmatched scale values,
    extracted key figures) so that an editor can check it before publishing. Not shown on
    reports sent in online or imported without warnings."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/import_warnings_panel.html"

        def is_shown(self):
            return bool(self.instance.import_warnings) and not sent_in_online(self.instance)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warnings"] = self.instance.import_warnings
            context["source_name"] = self.instance.source_name
            return context


def _when(moment):
    return date_format(timezone.localtime(moment), "j F Y H:i") if moment else ""


def _who(user):
    return (user.get_full_name() or user.email or user.get_username()) if user else ""


class ReviewStatusPanel(Panel):
    """Where the report is in the review workflow: waiting for an editor, or returned to
    the project leader (or whoever sent it in) with the editor's comment."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/review_status_panel.html"

        @cached_property
        def state(self):
            if self.instance.pk is None:
                return None
            return self.instance.current_workflow_state  # in progress or needs changes

        def is_shown(self):
            return self.state is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            state = self.state
            task_state = state.current_task_state
            returned = state.status == WorkflowState.STATUS_NEEDS_CHANGES
            context.update(
                returned=returned,
                from_leader=sent_in_online(self.instance),
                sent_in=_when(state.created_at),
                sent_by=_who(state.requested_by),
                returned_at=_when(task_state.finished_at) if returned and task_state else "",
                returned_by=_who(task_state.finished_by) if returned and task_state else "",
                comment=task_state.comment if returned and task_state else "",
            )
            return context
