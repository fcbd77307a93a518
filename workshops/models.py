"""Regions, municipalities and project workshops (projektverkstäder), as the old
PlugInnovation.se arranged them: /regioner/<region>/, /kommuner/<kommun>/ and
/projektverkstader/<verkstad>/ with the workshop's reports over time under it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.api_serializers import LivePagesSerializer, MunicipalitySerializer
from core.facets import facet_key
from core.models import PortalPage
from core.widgets import TagCheckboxWidget
from reports.models import OrganisationType, PluginRound

# /kommuner/: a page type of this app, in a module of its own (this one is long enough).
from workshops.municipality_page import MunicipalityIndexPage  # noqa: F401

INTRO_FEATURES = ["bold", "italic", "link"]
RICH_TEXT = ["h3", "bold", "italic", "link", "ul", "ol"]


def reports_under(pages):
    """Every page directly under `pages` (a workshop's reports), one query whatever the
    number of pages: tree paths name the parent."""
    paths = Q()
    for page in pages:
        paths |= Q(path__startswith=page.path, depth=page.depth + 1)
    return Page.objects.filter(paths) if paths else Page.objects.none()


# --- Regions -------------------------------------------------------------------------


class RegionIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=INTRO_FEATURES)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["workshops.RegionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt regioner")
        verbose_name_plural = _("översikter regioner")

    def default_meta_description(self):
        return "Plug In-regionerna och kommunernas projektverkstäder i varje region."

    def get_context(self, request, *args, **kwargs):
        # workshops.selectors imports this module: the import cannot stand at the top.
        from workshops.selectors import region_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(region_index_context(self))
        return context


class RegionPage(PortalPage):
    """One of the Plug In regions (the regional associations that ran the project)."""

    intro = models.TextField(
        _("ingress"), blank=True, help_text=_("Två–tre meningar, visas i listor.")
    )
    body = RichTextField(_("brödtext"), blank=True, features=RICH_TEXT)

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("contacts", heading=_("Kontaktpersoner"), label=_("kontaktperson")),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body"), APIField("contacts")]
    parent_page_types = ["workshops.RegionIndexPage"]
    subpage_types = []
    search_kind = "region"

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regioner")

    def default_meta_description(self):
        return self.intro[:300] or f"Plug In i {self.title}: kommuner och projektverkstäder."

    def search_facets(self):
        return {facet_key("region", self.slug): self.title}

    def search_dependents(self):
        """The region's workshops and their reports carry its name as a facet."""
        workshops = list(WorkshopPage.objects.filter(region=self))
        reports = reports_under(workshops)
        return Page.objects.filter(
            Q(pk__in=[workshop.pk for workshop in workshops]) | Q(pk__in=reports.values("pk"))
        )

    def get_context(self, request, *args, **kwargs):
        # workshops.selectors imports this module: the import cannot stand at the top.
        from workshops.selectors import region_context

        context = super().get_context(request, *args, **kwargs)
        context.update(region_context(self))
        return context


class RegionContact(Orderable):
    """A contact person of a region, shown on the region's page."""

    page = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("namn"), max_length=255)
    role = models.CharField(_("roll"), max_length=255, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=64, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("email"), APIField("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")

    def __str__(self):
        return self.name


# --- Project workshops ---------------------------------------------------------------


class WorkshopIndexPage(PortalPage):
    intro = RichTextField(_("ingress"), blank=True, features=INTRO_FEATURES)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["workshops.WorkshopPage"]
    max_count = 1

    class Meta:
        verbose_name = _("översikt projektverkstäder")
        verbose_name_plural = _("översikter projektverkstäder")

    def default_meta_description(self):
        return "Kommunernas projektverkstäder i Plug In och deras rapporter över tid."

    def get_context(self, request, *args, **kwargs):
        # workshops.selectors imports this module: the import cannot stand at the top.
        from workshops.selectors import workshop_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(workshop_index_context(self, request.GET.get("sida")))
        return context


class WorkshopPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "workshops.WorkshopPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class WorkshopPage(PortalPage):
    """A local project workshop (projektverkstad); its reports stand under it."""

    municipalities = ParentalManyToManyField(
        "core.Municipality",
        blank=True,
        related_name="workshops",
        verbose_name=_("kommuner"),
        help_text=_("En projektverkstad kan omfatta flera kommuner."),
    )
    region = models.ForeignKey(
        RegionPage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="workshops",
        verbose_name=_("region"),
    )
    organisation_type = models.CharField(
        _("organisationstyp"), max_length=16, choices=OrganisationType.choices, blank=True
    )
    plugin_round = models.CharField(
        _("Plug In-omgång"), max_length=16, choices=PluginRound.choices, blank=True
    )
    period_start = models.DateField(_("projektstart"), null=True, blank=True)
    period_end = models.DateField(_("projektslut"), null=True, blank=True)
    goals = RichTextField(_("Syfte/mål lokal nivå"), blank=True, features=RICH_TEXT)
    target_groups = ClusterTaggableManager(
        through=WorkshopPageTag, blank=True, verbose_name=_("målgrupper")
    )
    methods = ParentalManyToManyField(
        "methods.MethodPage", blank=True, related_name="workshops", verbose_name=_("metoder")
    )
    contact_role = models.CharField(_("kontaktpersonens roll"), max_length=255, blank=True)
    contact_name = models.CharField(_("kontaktpersonens namn"), max_length=255, blank=True)
    contact_email = models.EmailField(_("kontaktpersonens e-post"), blank=True)
    contact_consent = models.BooleanField(
        _("Kontaktpersonen har godkänt att visas"),
        default=False,
        help_text=_("Utan godkännande visas varken namn eller e-post, inte heller i API:et."),
    )
    old_slug = models.CharField(
        _("adress på gamla webbplatsen"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_("Projektverkstadens slug på gamla PlugInnovation.se, för omdirigeringar."),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("municipalities"),
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("plugin_round")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Projektverkstaden"),
        ),
        FieldPanel("goals"),
        FieldPanel("target_groups", widget=TagCheckboxWidget),
        FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("contact_role"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
                FieldPanel("contact_consent"),
            ],
            heading=_("Kontaktperson"),
        ),
    ]
    promote_panels = PortalPage.promote_panels + [FieldPanel("old_slug")]
    # Never the contact's name or e-mail: they are shown only with consent.
    search_fields = PortalPage.search_fields + [
        index.SearchField("goals"),
        index.FilterField("organisation_type"),
        index.FilterField("plugin_round"),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("municipalities", serializer=MunicipalitySerializer(many=True)),
        APIField("region", serializer=LivePagesSerializer(source="region_as_list")),
        APIField("organisation_type"),
        APIField("plugin_round"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("goals"),
        APIField("target_groups"),
        APIField("methods", serializer=LivePagesSerializer()),
        APIField("public_contact"),
    ]
    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = ["reports.ProjectReportPage"]
    search_kind = "workshop"

    class Meta:
        verbose_name = _("projektverkstad")
        verbose_name_plural = _("projektverkstäder")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError({"period_end": _("Projektslut kan inte vara före projektstart.")})

    @property
    def region_as_list(self):
        return [self.region] if self.region_id else []

    @property
    def public_contact(self):
        """The contact person as visitors and the API see it: the role, and the name and
        e-mail only when the contact agreed to be shown."""
        contact = {"role": self.contact_role}
        if self.contact_consent:
            contact.update(name=self.contact_name, email=self.contact_email)
        return contact if any(contact.values()) else None

    @property
    def period_display(self):
        years = [date.year for date in (self.period_start, self.period_end) if date]
        return "–".join(str(year) for year in dict.fromkeys(years))

    def municipality_names(self):
        return ", ".join(municipality.name for municipality in self.municipalities.all())

    def default_meta_description(self):
        place = f" i {self.municipality_names()}" if self.pk else ""
        return f"Projektverkstaden {self.title}{place}: syfte, metoder och rapporter över tid."

    def live_region(self):
        region = self.region if self.region_id else None
        if region is None or not region.live or region.get_view_restrictions().exists():
            return None
        return region

    def report_facets(self):
        """The facets this workshop gives its reports (`ProjectReportPage.search_facets`)."""
        facets = {facet_key("workshop", self.slug): self.title} if self.live else {}
        region = self.live_region()
        if region:
            facets[facet_key("region", region.slug)] = region.title
        return facets

    def search_keywords(self):
        words = [tag.name for tag in self.target_groups.all()]
        for municipality in self.municipalities.all():
            words += [municipality.name, municipality.county.name]
        return words

    def search_facets(self):
        facets = self.report_facets()
        for municipality in self.municipalities.select_related("county"):
            county = municipality.county
            facets[facet_key("county", county.code)] = county.name
            facets[facet_key("municipality", municipality.code)] = municipality.name
        if self.organisation_type:
            facets[facet_key("org", self.organisation_type)] = self.get_organisation_type_display()
        if self.plugin_round:
            facets[facet_key("round", self.plugin_round)] = self.get_plugin_round_display()
        for method in self.methods.live().public():
            facets[facet_key("method", method.slug)] = method.title
        for tag in self.target_groups.all():
            facets[facet_key("tag", tag.slug)] = tag.name
        return facets

    def search_meta(self):
        parts = [self.municipality_names(), self.period_display]
        return " · ".join(part for part in parts if part)

    def search_dependents(self):
        """Its reports carry the workshop's name as a facet, and so do the case studies
        of it (the articles app's, read through their related name, not imported)."""
        return Page.objects.filter(
            Q(pk__in=self.get_children().values("pk")) | Q(pk__in=self.case_studies.values("pk"))
        )

    def get_context(self, request, *args, **kwargs):
        # workshops.selectors imports this module: the import cannot stand at the top.
        from workshops.selectors import workshop_context

        context = super().get_context(request, *args, **kwargs)
        context.update(workshop_context(self))
        return context
