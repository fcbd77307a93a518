"""Case studies (/fallstudier/), news (/aktuellt/), research (/forskning/) and the
English page (/eng/): what the old PlugInnovation.se published beside the workshops.

This module holds the case studies and the English page; the news and research page types
live in modules of their own (`news.py`, `research.py`), what they share in `base.py`."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index

from articles.base import RICH_TEXT, ArticleIndexPage, document_field, document_info

# The news and research page types, in modules of their own (this one is long enough).
from articles.news import NewsIndexPage, NewsPage  # noqa: F401
from articles.research import ResearchIndexPage, ResearchPage, ResearchTheme  # noqa: F401
from core.api_serializers import LivePagesSerializer
from core.models import PortalPage

# --- Case studies --------------------------------------------------------------------


class CaseStudyStatus(models.TextChoices):
    PLANNED = "planerad", _("Planerad")
    STARTED = "paborjad", _("Påbörjad")
    FINISHED = "avslutad", _("Avslutad")


class CaseStudyIndexPage(ArticleIndexPage):
    subpage_types = ["articles.CaseStudyPage"]

    class Meta:
        verbose_name = _("översikt fallstudier")
        verbose_name_plural = _("översikter fallstudier")

    def default_meta_description(self):
        return "Forskares fördjupade fallstudier av projektverkstäder i Plug In."

    def get_context(self, request, *args, **kwargs):
        # articles.selectors imports this module: the import cannot stand at the top.
        from articles.selectors import case_study_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_index_context(self, request.GET.get("sida")))
        return context


class CaseStudyPage(PortalPage):
    """An in-depth study (fallstudie, djupstudie) of a workshop by a researcher."""

    summary = models.TextField(
        _("sammanfattning"), blank=True, help_text=_("Två–tre meningar, visas i listor.")
    )
    workshop = models.ForeignKey(
        "workshops.WorkshopPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        verbose_name=_("projektverkstad"),
    )
    researcher_name = models.CharField(_("forskarens namn"), max_length=255)
    researcher_text = models.TextField(
        _("om forskaren"), blank=True, help_text=_("Titel, lärosäte och forskningsområde.")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=CaseStudyStatus.choices, default="planerad"
    )
    purpose = RichTextField(_("Syfte"), blank=True, features=RICH_TEXT)
    target_group = RichTextField(_("Målgrupp"), blank=True, features=RICH_TEXT)
    implementation = RichTextField(_("Genomförande"), blank=True, features=RICH_TEXT)
    results = RichTextField(_("Resultat"), blank=True, features=RICH_TEXT)
    pdf = document_field(_("fallstudien som pdf"))
    old_slug = models.CharField(
        _("adress på gamla webbplatsen"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_("Fallstudiens slug på gamla PlugInnovation.se, för omdirigeringar."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("workshop"),
                FieldPanel("researcher_name"),
                FieldPanel("researcher_text"),
                FieldPanel("status"),
            ],
            heading=_("Fallstudien"),
        ),
        FieldPanel("purpose"),
        FieldPanel("target_group"),
        FieldPanel("implementation"),
        FieldPanel("results"),
        FieldPanel("pdf"),
    ]
    promote_panels = PortalPage.promote_panels + [FieldPanel("old_slug")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("researcher_name"),
        index.SearchField("purpose"),
        index.SearchField("target_group"),
        index.SearchField("implementation"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("workshop", serializer=LivePagesSerializer(source="workshop_as_list")),
        APIField("researcher_name"),
        APIField("researcher_text"),
        APIField("status"),
        APIField("purpose"),
        APIField("target_group"),
        APIField("implementation"),
        APIField("results"),
        APIField("pdf_file"),
    ]
    parent_page_types = ["articles.CaseStudyIndexPage"]
    subpage_types = []
    search_kind = "casestudy"

    class Meta:
        verbose_name = _("fallstudie")
        verbose_name_plural = _("fallstudier")

    @property
    def workshop_as_list(self):
        return [self.workshop] if self.workshop_id else []

    @property
    def pdf_file(self):
        return document_info(self.pdf)

    def live_workshop(self):
        """The studied workshop when a visitor may open it (live and public), else None."""
        workshop = self.workshop if self.workshop_id else None
        if workshop is None or not workshop.live or workshop.get_view_restrictions().exists():
            return None
        return workshop

    def default_meta_description(self):
        return self.summary[:300] or f"Fallstudie av {self.researcher_name}."

    def search_keywords(self):
        return [self.researcher_name]

    def search_facets(self):
        """The studied workshop's facets (Projektverkstad, Region), as its reports get."""
        workshop = self.live_workshop()
        return workshop.report_facets() if workshop else {}

    def search_meta(self):
        return f"{self.researcher_name} · {self.get_status_display()}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["workshop"] = self.live_workshop()
        return context


# --- The English page ----------------------------------------------------------------


class EnglishPage(PortalPage):
    """/eng/: "About PlugInnovation" in English. Its content carries lang="en" so that
    screen readers read it in English. Not in the public search, which is Swedish."""

    intro = models.TextField(_("ingress (engelska)"), blank=True)
    body = RichTextField(
        _("brödtext (engelska)"), blank=True, features=["h2", "h3", *RICH_TEXT[1:]]
    )

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("engelsk sida")
        verbose_name_plural = _("engelska sidor")

    def default_meta_description(self):
        return self.intro[:300] or "About PlugInnovation, in English."
