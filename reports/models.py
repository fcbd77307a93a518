from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
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

from core.api_serializers import (
    ExtraAnswerSerializer,
    LivePagesSerializer,
    MunicipalitySerializer,
)
from core.facets import facet_key
from core.models import PortalPage, live_public
from core.widgets import TagCheckboxWidget
from methods.models import SuccessFactorPage
from reports import panels as admin_panels
from reports import questionnaire
from reports.choices import (  # noqa: F401  (PARTICIPANT_BANDS: other apps read it here)
    PARTICIPANT_BANDS,
    OrganisationType,
    PluginRound,
    ReportKind,
    participant_band,
)

REPORTS_PER_PAGE = 20


class ReportIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["reports.ProjectReportPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt slutrapporter")
        verbose_name_plural = _("översikter slutrapporter")

    def default_meta_description(self):
        return "Slutrapporter från lokala Plug In-projekt: metoder, deltagare och resultat."

    def get_context(self, request, *args, **kwargs):
        # reports.selectors imports this module: the import cannot stand at the top.
        from reports.selectors import published_reports

        context = super().get_context(request, *args, **kwargs)
        # Every report, also those filed under a project workshop (/projektverkstader/).
        reports = published_reports()
        paginator = Paginator(reports, REPORTS_PER_PAGE)
        context["reports_page"] = paginator.get_page(request.GET.get("sida"))
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
        "core.Municipality",
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
    kind = models.CharField(
        _("typ av rapport"), max_length=16, choices=ReportKind.choices, default=ReportKind.FINAL
    )
    report_date = models.DateField(
        _("rapportdatum"),
        null=True,
        blank=True,
        help_text=_("När rapporten skrevs: en projektverkstads rapporter visas i den ordningen."),
    )
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
            [
                admin_panels.ReviewStatusPanel(),
                admin_panels.ImportWarningsPanel(),
                FieldPanel("needs_review"),
            ],
            heading=_("Granskning"),
        ),
        FieldPanel("title", heading=_("Projektnamn")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("plugin_round")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("report_date")]),
            ],
            heading=_("Projektet"),
        ),
        FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags", widget=TagCheckboxWidget),
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
        *[index.SearchField(q.key) for q in questionnaire.SURVEY_QUESTIONS if q.is_text],
        index.FilterField("municipality"),
        index.FilterField("organisation_type"),
        index.FilterField("plugin_round"),
        index.FilterField("kind"),
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
        APIField("kind"),
        APIField("report_date"),
        APIField("methods", serializer=LivePagesSerializer()),
        APIField("tags"),
        *[APIField(question.key) for question in questionnaire.QUESTIONS],
        APIField("extra_answers", serializer=ExtraAnswerSerializer(many=True)),
    ]
    # A workshop's reports stand under it; reports knows the workshop page by name only.
    parent_page_types = ["reports.ReportIndexPage", "workshops.WorkshopPage"]
    subpage_types = []
    search_kind = "report"

    class Meta:
        verbose_name = _("slutrapport")
        verbose_name_plural = _("slutrapporter")

    def clean(self):
        super().clean()
        errors = admin_panels.identity_number_errors(self, admin_panels.REPORT_TEXT_FIELDS)
        if self.period_start and self.period_end and self.period_start > self.period_end:
            errors["period_end"] = _("Projektslut kan inte vara före projektstart.")
        if errors:
            raise ValidationError(errors)

    def default_meta_description(self):
        place = f" i {self.municipality.name}" if self.municipality_id else ""
        text = self.summary or getattr(self, questionnaire.GOALS.results.key)
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
        return live_public(self.methods).order_by("title")

    @cached_property
    def _indexed_methods(self):
        """Live, public methods with their success factors, read once per indexing."""
        public_factors = Prefetch("success_factors", SuccessFactorPage.objects.live().public())
        return list(self.public_methods().prefetch_related(public_factors))

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
            for factor in method.success_factors.all():  # live and public (prefetched)
                facets[facet_key("factor", factor.slug)] = factor.title
        for tag in self.tags.all():
            facets[facet_key("tag", tag.slug)] = tag.name
        facets[facet_key("kind", self.kind)] = self.get_kind_display()
        facets.update(self._parent_facets())
        band = participant_band(getattr(self, questionnaire.KEY_FIGURES.total.key))
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

    def _parent_facets(self):
        """Facets the parent page gives its reports (a workshop: itself and its region),
        asked by duck typing: reports does not import the apps whose pages hold reports."""
        parent = self.get_parent() if self.pk and self.path else None
        report_facets = getattr(parent.specific if parent else None, "report_facets", None)
        return report_facets() if callable(report_facets) else {}

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
        # reports.selectors imports this module: the import cannot stand at the top.
        from reports.selectors import answered_sections

        context = super().get_context(request, *args, **kwargs)
        extras = list(self.extra_answers.all())
        context["figures_section"] = questionnaire.KEY_FIGURES
        context["sections"] = answered_sections(self, extras)
        context["other_answers"] = [extra for extra in extras if not extra.question_key]
        context["report_methods"] = self.public_methods()
        context["report_tags"] = self.tags.all()
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
        errors = admin_panels.identity_number_errors(self, ["question_text", "answer"])
        if self.question_key and self.question_key not in questionnaire.QUESTIONS_BY_KEY:
            errors["question_key"] = _("Okänd fråga i enkäten.")
        if errors:
            raise ValidationError(errors)
