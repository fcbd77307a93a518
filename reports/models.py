from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from portal.api_serializers import (
    ExtraAnswerSerializer,
    LivePagesSerializer,
    MunicipalitySerializer,
)
from portal.models import PortalPage
from reports import questionnaire
from reports.panels import ImportWarningsPanel
from search.keys import facet_key

REPORTS_PER_PAGE = 20


# Project sizes by number of participants, for "Liknande projekt": (value, label, top).
PARTICIPANT_BANDS = (
    ("1-9", "1–9 deltagare", 9),
    ("10-24", "10–24 deltagare", 24),
    ("25-49", "25–49 deltagare", 49),
    ("50-99", "50–99 deltagare", 99),
    ("100-", "100 deltagare eller fler", None),
)


def participant_band(participants):
    """(value, label) of the size band for a number of participants, or None."""
    if not participants:
        return None
    for value, label, top in PARTICIPANT_BANDS:
        if top is None or participants <= top:
            return value, label
    return None


class OrganisationType(models.TextChoices):
    SCHOOL = "school", _("Skola")
    KAA = "kaa", _("KAA (kommunala aktivitetsansvaret)")


class PluginRound(models.TextChoices):
    PLUGIN_1 = "plugin1", _("Plug In (2012–2015)")
    PLUGIN_2 = "plugin2", _("Plug In 2.0 (2015–2018)")


class ReportIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["reports.ProjectReportPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt slutrapporter")
        verbose_name_plural = _("översikter slutrapporter")

    def default_meta_description(self):
        return "Slutrapporter från lokala Plug In-projekt: metoder, deltagare och resultat."

    def get_context(self, request, *args, **kwargs):
        from reports.selectors import published_reports

        context = super().get_context(request, *args, **kwargs)
        reports = published_reports().child_of(self)
        paginator = Paginator(reports, REPORTS_PER_PAGE)
        context["reports_page"] = paginator.get_page(request.GET.get("sida"))
        return context


class StatisticsPage(PortalPage):
    """ "Resultat i siffror": what all published reports say, filterable, with open data."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("statistiksida")
        verbose_name_plural = _("statistiksidor")

    def default_meta_description(self):
        return (
            "Vad slutrapporterna från Plug In säger i siffror: deltagare, närvaro, betyg, "
            "måluppfyllelse och samverkan, per län, omgång, organisationstyp och målgrupp."
        )

    def get_context(self, request, *args, **kwargs):
        from reports.selectors import statistics_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(statistics_page_context(request))
        return context


# One database column per questionnaire question, generated from the declaration so
# that answers are plain, indexable values: scale answers filter and count with GROUP BY.
ReportAnswers = type(
    "ReportAnswers",
    (models.Model,),
    {
        "__module__": __name__,
        "Meta": type("Meta", (), {"abstract": True}),
        **questionnaire.answer_fields(),
    },
)


class ProjectReportPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "reports.ProjectReportPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


def _answer_panels():
    panels = []
    for section in questionnaire.SURVEY_SECTIONS:
        panels.append(
            MultiFieldPanel(
                [FieldPanel(key) for key in section.keys],
                heading=section.title,
                help_text=section.intro,
                classname="collapsed",
            )
        )
    return panels


class ProjectReportPage(PortalPage, ReportAnswers):
    """One local project's final report (slutrapport), answers as in the questionnaire."""

    municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("kommun"),
    )
    organisation_type = models.CharField(
        _("organisationstyp"), max_length=16, choices=OrganisationType.choices, blank=True
    )
    plugin_round = models.CharField(
        _("Plug In-omgång"), max_length=16, choices=PluginRound.choices, blank=True
    )
    period_start = models.DateField(_("projektstart"), null=True, blank=True)
    period_end = models.DateField(_("projektslut"), null=True, blank=True)
    summary = models.TextField(
        _("sammanfattning"),
        blank=True,
        help_text=_("Kort beskrivning som visas i listor och sökresultat."),
    )
    methods = ParentalManyToManyField(
        "methods.MethodPage",
        blank=True,
        related_name="reports",
        verbose_name=_("metoder som använts"),
    )
    needs_review = models.BooleanField(
        _("behöver granskas"),
        default=False,
        help_text=_("Sätts vid import när något behöver kontrolleras innan publicering."),
    )
    import_warnings = models.JSONField(_("importvarningar"), default=list, blank=True)
    source_name = models.CharField(
        _("källfil"), max_length=255, blank=True, help_text=_("Filen rapporten importerades från.")
    )
    # Identity for re-imports: the --title given at import, else the file name.
    import_key = models.CharField(_("importnyckel"), max_length=255, blank=True, db_index=True)
    source_hash = models.CharField(
        _("kontrollsumma för källfilen"), max_length=64, blank=True, db_index=True
    )
    tags = ClusterTaggableManager(
        through=ProjectReportPageTag,
        blank=True,
        verbose_name=_("målgrupper och ämnen"),
        help_text=_("T.ex. ”hög frånvaro”, ”autism”, ”låg studiemotivation”."),
    )

    metadata_panels = [
        MultiFieldPanel(
            [ImportWarningsPanel(), FieldPanel("needs_review")],
            heading=_("Granskning"),
        ),
        FieldPanel("title", heading=_("Projektnamn")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("plugin_round")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Projektet"),
        ),
        FieldPanel("methods"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel(key) for key in questionnaire.KEY_FIGURES.keys],
            heading=questionnaire.KEY_FIGURES.title,
        ),
    ]
    answer_panels = _answer_panels() + [
        InlinePanel(
            "extra_answers",
            heading=_("Övriga svar"),
            label=_("övrigt svar"),
            help_text=_(
                "Svar som inte hör till någon fråga i enkäten, t.ex. från en importerad fil."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(metadata_panels, heading=_("Projekt")),
            ObjectList(answer_panels, heading=_("Enkätsvar")),
            ObjectList(PortalPage.promote_panels, heading=_("Marknadsför")),
            ObjectList(PortalPage.settings_panels, heading=_("Inställningar")),
        ]
    )

    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        *[
            index.SearchField(q.key)
            for q in questionnaire.SURVEY_QUESTIONS
            if q.type is questionnaire.AnswerType.TEXT
        ],
        index.FilterField("municipality"),
        index.FilterField("organisation_type"),
        index.FilterField("plugin_round"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("summary"),
        APIField("municipality", serializer=MunicipalitySerializer()),
        APIField("organisation_type"),
        APIField("plugin_round"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("methods", serializer=LivePagesSerializer()),
        APIField("tags"),
        *[APIField(question.key) for question in questionnaire.QUESTIONS],
        APIField("extra_answers", serializer=ExtraAnswerSerializer(many=True)),
    ]
    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types = []
    search_kind = "report"

    class Meta:
        verbose_name = _("slutrapport")
        verbose_name_plural = _("slutrapporter")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError({"period_end": _("Projektslut kan inte vara före projektstart.")})

    def default_meta_description(self):
        place = f" i {self.municipality.name}" if self.municipality_id else ""
        text = self.summary or self.goal_results
        return f"Slutrapport från Plug In-projektet {self.title}{place}. {text}"[:300].strip()

    @property
    def county(self):
        return self.municipality.county if self.municipality_id else None

    @property
    def period_display(self):
        if self.period_start and self.period_end:
            return f"{self.period_start.year}–{self.period_end.year}"
        date = self.period_start or self.period_end
        return str(date.year) if date else ""

    @property
    def year(self):
        """The year the project ended (else started): the search facet "År"."""
        date = self.period_end or self.period_start
        return date.year if date else None

    def public_methods(self):
        return self.methods.live().public().order_by("title")

    @cached_property
    def _indexed_methods(self):
        """Live, public methods with their success factors, read once per indexing."""
        return list(self.public_methods().prefetch_related("success_factors"))

    @classmethod
    def search_index_queryset(cls, queryset):
        return queryset.select_related("municipality__county").prefetch_related("tags")

    def search_keywords(self):
        words = []
        if self.municipality_id:
            words += [self.municipality.name, self.municipality.county.name]
        for method in self._indexed_methods:
            words += [method.title, *method.synonyms]
        words += [tag.name for tag in self.tags.all()]
        return words

    def search_facets(self):
        facets = {}
        if self.municipality_id:
            county = self.municipality.county
            facets[facet_key("county", county.code)] = county.name
            facets[facet_key("municipality", self.municipality.code)] = self.municipality.name
        if self.organisation_type:
            facets[facet_key("org", self.organisation_type)] = self.get_organisation_type_display()
        if self.plugin_round:
            facets[facet_key("round", self.plugin_round)] = self.get_plugin_round_display()
        if self.year:
            facets[facet_key("year", self.year)] = str(self.year)
        for method in self._indexed_methods:
            facets[facet_key("method", method.slug)] = method.title
            for factor in method.success_factors.all():
                if factor.live:
                    facets[facet_key("factor", factor.slug)] = factor.title
        for tag in self.tags.all():
            facets[facet_key("tag", tag.slug)] = tag.name
        band = participant_band(self.participants_total)
        if band:
            facets[facet_key("size", band[0])] = band[1]
        for outcome in questionnaire.OUTCOMES:
            answer = getattr(self, outcome.key)
            if answer in outcome.positive_values:
                facets[facet_key("outcome", outcome.slug)] = outcome.label
            if answer:
                value = questionnaire.answer_facet_value(outcome.key, answer)
                facets[facet_key("answer", value)] = f"{outcome.name}: {answer}"
        return facets

    def search_meta(self):
        place = (
            f"{self.municipality.name}, {self.municipality.county.name}"
            if self.municipality_id
            else ""
        )
        parts = [place, self.period_display, self.get_organisation_type_display()]
        return " · ".join(str(part) for part in parts if part)

    def key_figures(self):
        return [
            (q, getattr(self, q.key))
            for q in questionnaire.KEY_FIGURES.questions
            if getattr(self, q.key) is not None
        ]

    def get_context(self, request, *args, **kwargs):
        from portal.navigation import content_version
        from reports.selectors import answered_sections
        from reports.similar import similar_reports

        context = super().get_context(request, *args, **kwargs)
        extras = list(self.extra_answers.all())
        context["sections"] = answered_sections(self, extras)
        context["other_answers"] = [extra for extra in extras if not extra.question_key]
        context["report_methods"] = self.public_methods()
        context["report_tags"] = self.tags.all()
        context["similar"] = similar_reports(self, content_version(request), request)
        return context


class ReportExtraAnswer(Orderable):
    """An answer that is not (or not cleanly) an answer to a questionnaire question.

    Imports keep everything: a question the catalogue does not know, a scale answer
    that fits no value of its scale, text before the first question. Editors resolve
    them; nothing is dropped.
    """

    page = ParentalKey(ProjectReportPage, on_delete=models.CASCADE, related_name="extra_answers")
    question_key = models.CharField(
        _("frågans nyckel"),
        max_length=64,
        blank=True,
        help_text=_("Tom om frågan inte finns i enkäten."),
    )
    question_text = models.TextField(_("fråga"), blank=True)
    answer = models.TextField(_("svar"), blank=True)

    panels = [FieldPanel("question_key"), FieldPanel("question_text"), FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = _("övrigt svar")
        verbose_name_plural = _("övriga svar")

    def clean(self):
        super().clean()
        if self.question_key and self.question_key not in questionnaire.QUESTIONS_BY_KEY:
            raise ValidationError({"question_key": _("Okänd fråga i enkäten.")})


class ImportBatch(models.Model):
    """One upload of export files in the admin: previewed, then imported by a task."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Förhandsgranskas")
        QUEUED = "queued", _("I kö")
        RUNNING = "running", _("Importeras")
        DONE = "done", _("Klar")
        CANCELLED = "cancelled", _("Avbruten")

    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="preview")
    publish = models.BooleanField(_("publicera direkt"), default=False)
    municipality = models.ForeignKey(
        "portal.Municipality", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    total = models.PositiveIntegerField(_("filer att importera"), default=0)
    processed = models.PositiveIntegerField(_("bearbetade filer"), default=0)
    finished_at = models.DateTimeField(_("klar"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import av slutrapporter")
        verbose_name_plural = _("importer av slutrapporter")
        permissions = [("import_reports", _("Kan importera slutrapporter"))]

    def __str__(self):
        return f"Import {self.pk} ({self.get_status_display()})"

    @property
    def is_running(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class ImportFile(models.Model):
    """A file in an import batch. Its bytes are kept only while it waits to be imported."""

    class Status(models.TextChoices):
        VALID = "valid", _("Kan importeras")
        INVALID = "invalid", _("Kan inte importeras")
        CREATED = "created", _("Skapad")
        UPDATED = "updated", _("Uppdaterad")
        UNCHANGED = "unchanged", _("Oförändrad")
        FAILED = "failed", _("Misslyckades")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(_("fil"), max_length=255)
    content = models.BinaryField(default=b"")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    answers = models.PositiveIntegerField(_("svar"), default=0)
    warnings = models.JSONField(_("varningar"), default=list)
    error = models.TextField(_("fel"), blank=True)
    report = models.ForeignKey(
        ProjectReportPage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["batch", "position"]
        verbose_name = _("importerad fil")
        verbose_name_plural = _("importerade filer")

    def __str__(self):
        return self.name


class Invitation(models.Model):
    """An editor's invitation of a project leader to report online.

    The link in the e-mail carries a random token; only its SHA-256 is stored, it works
    once and expires (PORTAL_INVITATION_DAYS, default 14).
    """

    name = models.CharField(_("namn"), max_length=150)
    email = models.EmailField(_("e-post"))
    municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("kommun"),
    )
    project_name = models.CharField(_("projektets namn"), max_length=255)
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
        ordering = ["-created_at"]
        verbose_name = _("inbjudan")
        verbose_name_plural = _("inbjudningar")

    def __str__(self):
        return f"{self.name} – {self.project_name}"

    @property
    def status(self):
        from django.utils import timezone

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
    """

    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="report_submissions",
        verbose_name=_("projektledare"),
    )
    municipality = models.ForeignKey(
        "portal.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("kommun")
    )
    invitation = models.OneToOneField(
        Invitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="submission"
    )
    report = models.OneToOneField(
        ProjectReportPage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submission",
        verbose_name=_("slutrapport"),
    )
    draft = models.JSONField(_("utkast"), default=dict, blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("senast sparad"), auto_now=True)
    submitted_at = models.DateTimeField(_("inskickad"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("inlämning")
        verbose_name_plural = _("inlämningar")

    def __str__(self):
        return self.draft.get("title") or str(self.pk)
