from django import forms
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.api_serializers import LivePagesSerializer
from core.facets import facet_key
from core.models import PortalPage, live_public
from core.widgets import TagCheckboxWidget
from methods.blocks import StepsBlock
from methods.selectors import method_context, reports_using, success_factor_context

RICH_TEXT = ["h3", "bold", "italic", "link", "ul", "ol"]


class SuccessFactorIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["methods.SuccessFactorPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt framgångsfaktorer")
        verbose_name_plural = _("översikter framgångsfaktorer")

    def default_meta_description(self):
        return (
            "De fem framgångsfaktorerna från Plug In för att motverka avhopp från gymnasieskolan."
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["factors"] = SuccessFactorPage.objects.live().public().child_of(self)
        return context


class SuccessFactorPage(PortalPage):
    """One of the five success factors (framgångsfaktorer)."""

    long_name = models.CharField(
        _("SKL:s formulering"),
        max_length=200,
        help_text=_(
            "Faktorns namn i SKL:s formulering från 2018, "
            "t.ex. ”Positiva relationer mellan elev och personal”."
        ),
    )
    summary = models.TextField(
        _("sammanfattning"), help_text=_("Två–tre meningar, visas i listor.")
    )
    why_important = RichTextField(_("Varför är det här viktigt?"), features=RICH_TEXT)
    how_to_work = RichTextField(_("Så kan ni arbeta"), blank=True, features=RICH_TEXT)

    content_panels = PortalPage.content_panels + [
        FieldPanel("long_name"),
        FieldPanel("summary"),
        FieldPanel("why_important"),
        FieldPanel("how_to_work"),
    ]
    api_fields = [
        APIField("long_name"),
        APIField("summary"),
        APIField("why_important"),
        APIField("how_to_work"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("long_name"),
        index.SearchField("summary"),
        index.SearchField("why_important"),
        index.SearchField("how_to_work"),
    ]
    parent_page_types = ["methods.SuccessFactorIndexPage"]
    subpage_types = []
    search_kind = "factor"

    class Meta:
        verbose_name = _("framgångsfaktor")
        verbose_name_plural = _("framgångsfaktorer")

    def default_meta_description(self):
        return self.summary[:300]

    def search_keywords(self):
        return [self.long_name]

    def search_facets(self):
        return {facet_key("factor", self.slug): self.title}

    def search_meta(self):
        return self.long_name

    def search_dependents(self):
        """Methods supporting this factor and the reports that used them carry its name."""
        methods = MethodPage.objects.filter(success_factors=self)
        reports = reports_using(methods)
        return Page.objects.filter(Q(pk__in=methods.values("pk")) | Q(pk__in=reports.values("pk")))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(success_factor_context(self))
        return context


class MethodIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["methods.MethodPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt metoder")
        verbose_name_plural = _("översikter metoder")

    def default_meta_description(self):
        return (
            "Metoder som kommuner har prövat mot avhopp från gymnasieskolan, "
            "med resultat från slutrapporterna."
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["methods"] = (
            MethodPage.objects.live()
            .public()
            .child_of(self)
            .prefetch_related(
                Prefetch("success_factors", SuccessFactorPage.objects.live().public())
            )
        )
        return context


class MethodPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "methods.MethodPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MethodPage(PortalPage):
    summary = models.TextField(
        _("sammanfattning"), help_text=_("Vad metoden är, i två–tre meningar.")
    )
    why_it_matters = RichTextField(_("Varför metoden är viktig"), features=RICH_TEXT)
    steps = StreamField(StepsBlock(), verbose_name=_("Så gör ni"), blank=True)
    prerequisites = RichTextField(_("Förutsättningar"), blank=True, features=RICH_TEXT)
    target_groups = ClusterTaggableManager(
        through=MethodPageTag,
        blank=True,
        verbose_name=_("målgrupper"),
        help_text=_("Målgrupper som metoden passar, t.ex. ”hög frånvaro”."),
    )
    success_factors = ParentalManyToManyField(
        "methods.SuccessFactorPage",
        blank=True,
        related_name="methods",
        verbose_name=_("framgångsfaktorer som metoden stöder"),
    )
    search_synonyms = models.CharField(
        _("andra ord för metoden"),
        max_length=255,
        blank=True,
        help_text=_(
            "Ord som besökare kan söka på, kommaseparerade, t.ex. ”gruppcoachning”. "
            "Rapporter som använt metoden hittas också på dem."
        ),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("steps"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=TagCheckboxWidget),
                FieldPanel("success_factors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Målgrupper och framgångsfaktorer"),
        ),
    ]
    promote_panels = PortalPage.promote_panels + [FieldPanel("search_synonyms")]
    api_fields = [
        APIField("summary"),
        APIField("why_it_matters"),
        APIField("steps"),
        APIField("prerequisites"),
        APIField("target_groups"),
        APIField("success_factors", serializer=LivePagesSerializer()),
        APIField("search_synonyms"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("why_it_matters"),
        index.SearchField("steps"),
        index.SearchField("prerequisites"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
    ]
    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []
    search_kind = "method"

    class Meta:
        verbose_name = _("metod")
        verbose_name_plural = _("metoder")

    def default_meta_description(self):
        return self.summary[:300]

    @property
    def synonyms(self):
        return [word.strip() for word in self.search_synonyms.split(",") if word.strip()]

    def search_keywords(self):
        return [
            *self.synonyms,
            *(tag.name for tag in self.target_groups.all()),
            *(factor.title for factor in live_public(self.success_factors)),
        ]

    def search_facets(self):
        facets = {facet_key("method", self.slug): self.title}
        for factor in live_public(self.success_factors):
            facets[facet_key("factor", factor.slug)] = factor.title
        for tag in self.target_groups.all():
            facets[facet_key("tag", tag.slug)] = tag.name
        return facets

    def search_meta(self):
        return ", ".join(factor.title for factor in live_public(self.success_factors))

    def search_dependents(self):
        """The reports that used this method carry its name and synonyms."""
        return Page.objects.filter(pk__in=self.reports.values("pk"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(method_context(self))
        return context
