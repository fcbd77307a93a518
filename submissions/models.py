"""Invitations of project leaders and their submissions, from first draft to publication."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Invitation(models.Model):
    """An editor's invitation of a project leader to report online.

    The link in the e-mail carries a random token; only its SHA-256 is stored, it works
    once and expires (PORTAL_INVITATION_DAYS, default 14). `workshop`, when set, is the
    project workshop the report is created under when it is sent in.
    """

    name = models.CharField(_("namn"), max_length=150)
    email = models.EmailField(_("e-post"))
    municipality = models.ForeignKey(
        "core.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("kommun"),
    )
    project_name = models.CharField(_("projektets namn"), max_length=255)
    workshop = models.ForeignKey(
        "workshops.WorkshopPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("projektverkstad"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("skickad"), auto_now_add=True)
    expires_at = models.DateTimeField(_("giltig till"))
    accepted_at = models.DateTimeField(_("accepterad"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("konto"),
    )

    class Meta:
        db_table = "reports_invitation"  # kept from the reports app (README, Upgrading)
        ordering = ["-created_at"]
        verbose_name = _("inbjudan")
        verbose_name_plural = _("inbjudningar")

    def __str__(self):
        return f"{self.name} – {self.project_name}"

    @property
    def status(self):
        if self.accepted_at:
            return _("Accepterad")
        if self.expires_at <= timezone.now():
            return _("Utgången")
        return _("Väntar på svar")


class Submission(models.Model):
    """A project leader's final report, from first draft to publication.

    Until it is sent in, the answers live here as typed (`draft`: raw text per field,
    so that nothing is lost to a validation error); sending it in creates the draft
    report page and starts the review workflow. Text that holds a personal identity
    number is never stored, not even in the draft.

    `version` counts the saves of the draft: every form carries the version it was made
    from, so a save from an older page (another tab, another device) is merged field by
    field and never silently overwrites newer text (submissions.drafts).
    """

    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="report_submissions",
        verbose_name=_("projektledare"),
    )
    municipality = models.ForeignKey(
        "core.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("kommun")
    )
    invitation = models.OneToOneField(
        Invitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="submission"
    )
    report = models.OneToOneField(
        "reports.ProjectReportPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submission",
        verbose_name=_("slutrapport"),
    )
    draft = models.JSONField(_("utkast"), default=dict, blank=True)
    version = models.PositiveIntegerField(_("utkastets version"), default=1, editable=False)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("senast sparad"), auto_now=True)
    submitted_at = models.DateTimeField(_("inskickad"), null=True, blank=True)

    class Meta:
        db_table = "reports_submission"  # kept from the reports app (README, Upgrading)
        ordering = ["-created_at"]
        verbose_name = _("inlämning")
        verbose_name_plural = _("inlämningar")

    def __str__(self):
        return self.draft.get("title") or str(self.pk)
