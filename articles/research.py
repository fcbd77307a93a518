"""Research (Forskning): /forskning/ lists the entries grouped by theme, in the themes'
order."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from articles.base import ArticleIndexPage, document_field, document_info
from core.facets import facet_key
from core.models import PortalPage


class ResearchTheme(models.TextChoices):
    """The themes, in the order the research index shows them."""

    OVERVIEWS = "oversikter", _("Allmänna översikter")
    INDIVIDUAL = "individualiserat-stod", _("Individualiserat stöd")
    RELATIONAL = "relationella-faktorer", _("Relationella faktorer")
    ORGANISATION = "organisation", _("Organisation, läroplaner, pedagogik och KAA")


class ResearchIndexPage(ArticleIndexPage):
    subpage_types = ["articles.ResearchPage"]

    class Meta:
        verbose_name = _("översikt forskning")
        verbose_name_plural = _("översikter forskning")

    def default_meta_description(self):
        return "Forskning om avhopp från gymnasieskolan och vad som hjälper, ordnad efter tema."

    def get_context(self, request, *args, **kwargs):
        # articles.selectors imports this module: the import cannot stand at the top.
        from articles.selectors import research_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(research_index_context(self))
        return context


class ResearchPage(PortalPage):
    """A research entry: a study, report or overview, linked or attached as a PDF."""

    authors = models.CharField(_("författare"), max_length=500)
    year = models.PositiveSmallIntegerField(
        _("år"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    summary = models.TextField(_("sammanfattning"))
    theme = models.CharField(_("tema"), max_length=32, choices=ResearchTheme.choices)
    link_url = models.URLField(_("länk"), max_length=500, blank=True)
    document = document_field(_("pdf"))

    content_panels = PortalPage.content_panels + [
        FieldRowPanel([FieldPanel("authors"), FieldPanel("year")]),
        FieldPanel("theme"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("link_url"), FieldPanel("document")],
            heading=_("Länk och/eller pdf"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("summary"),
        index.FilterField("theme"),
        index.FilterField("year"),
    ]
    api_fields = [
        APIField("authors"),
        APIField("year"),
        APIField("summary"),
        APIField("theme"),
        APIField("link_url"),
        APIField("pdf_file"),
    ]
    parent_page_types = ["articles.ResearchIndexPage"]
    subpage_types = []
    search_kind = "research"

    class Meta:
        verbose_name = _("forskning")
        verbose_name_plural = _("forskning")

    def clean(self):
        super().clean()
        if not self.link_url and not self.document_id:
            raise ValidationError({"link_url": _("Ange en länk, en pdf eller båda.")})

    @property
    def pdf_file(self):
        return document_info(self.document)

    def default_meta_description(self):
        return self.summary[:300]

    def search_keywords(self):
        return [self.authors]

    def search_facets(self):
        return {facet_key("theme", self.theme): self.get_theme_display()} if self.theme else {}

    def search_meta(self):
        return f"{self.authors} · {self.year}"
