from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.blocks import BodyBlock


class PortalPage(Page):
    """Behaviour shared by every public page type of the portal (not a page type itself)."""

    # The portal's public search (`search.documents`) indexes page types that set a
    # kind: it is the value of the content-type facet (?type=report).
    search_kind = ""

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The meta description: the editor's search description, else a type-specific one."""
        return self.search_description or self.default_meta_description()

    def default_meta_description(self):
        return ""

    def search_kind_label(self):
        return capfirst(self._meta.verbose_name)

    def search_keywords(self):
        """Short texts weighted above the body: place names, method names, tags."""
        return []

    def search_facets(self):
        """{"facet:value": label} for the search facets this page belongs to."""
        return {}

    def search_meta(self):
        """The line under the title in search results (place, period, ...)."""
        return ""

    def search_dependents(self):
        """Pages whose search documents show something of this page (e.g. its title)."""
        return Page.objects.none()


class HomePage(PortalPage):
    intro = RichTextField(
        _("ingress"),
        features=["bold", "italic", "link"],
        help_text=_("Vad portalen är och vem den är till för."),
    )
    body = RichTextField(
        _("brödtext"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("featured_methods", heading=_("Utvalda metoder"), label=_("metod"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.SuccessFactorIndexPage",
        "methods.MethodIndexPage",
        "reports.ReportIndexPage",
        "reports.StatisticsPage",
        "portal.StandardPage",
        "portal.AccessibilityStatementPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")

    def default_meta_description(self):
        return (
            "PlugInnovation samlar metoder, framgångsfaktorer och slutrapporter från "
            "kommuners arbete mot avhopp från gymnasieskolan."
        )

    def get_context(self, request, *args, **kwargs):
        from portal.selectors import home_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context(self))
        return context


class HomePageFeaturedMethod(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_methods")
    method = models.ForeignKey(
        "methods.MethodPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("metod")
    )

    panels = [FieldPanel("method")]


class StandardPage(PortalPage):
    """A plain text page, e.g. "Om portalen"."""

    intro = models.TextField(_("ingress"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("innehåll"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    search_kind = "page"

    class Meta:
        verbose_name = _("informationssida")
        verbose_name_plural = _("informationssidor")

    def default_meta_description(self):
        return self.intro[:300]


class AccessibilityStatementPage(PortalPage):
    """Tillgänglighetsredogörelse, required of Swedish public services (DOS-lagen)."""

    intro = models.TextField(_("ingress"), blank=True)
    body = RichTextField(
        _("redogörelse"), features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )
    contact_email = models.EmailField(
        _("e-post för synpunkter"),
        help_text=_("Hit skickas rapporter om brister i tillgängligheten."),
    )
    assessed_on = models.DateField(_("senast granskad"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("assessed_on")], heading=_("Kontakt")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1
    search_kind = "page"

    class Meta:
        verbose_name = _("tillgänglighetsredogörelse")
        verbose_name_plural = _("tillgänglighetsredogörelser")

    def default_meta_description(self):
        return self.intro[:300] or "Tillgänglighetsredogörelse för PlugInnovation."

    def search_kind_label(self):
        return capfirst(StandardPage._meta.verbose_name)

    def serve(self, request, *args, **kwargs):
        from portal.views import serve_accessibility_statement

        return serve_accessibility_statement(self, request, *args, **kwargs)


class AccessibilityProblemReport(models.Model):
    """A visitor's report of an accessibility problem, kept for the editors to follow up."""

    page_address = models.CharField(_("sidans adress"), max_length=500, blank=True)
    description = models.TextField(_("beskrivning av problemet"))
    reply_email = models.EmailField(_("e-post för svar"), blank=True)
    created_at = models.DateTimeField(_("inkom"), auto_now_add=True)
    handled = models.BooleanField(_("hanterad"), default=False)

    panels = [
        FieldPanel("page_address", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("reply_email", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("rapport om tillgänglighetsbrist")
        verbose_name_plural = _("rapporter om tillgänglighetsbrister")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d}: {self.description[:60]}"


class County(models.Model):
    """A Swedish county (län) with its SCB code."""

    code = models.CharField(_("länskod"), max_length=2, unique=True)
    name = models.CharField(_("namn"), max_length=64)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        ordering = ["code"]
        verbose_name = _("län")
        verbose_name_plural = _("län")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """A Swedish municipality (kommun) with its SCB code."""

    code = models.CharField(_("kommunkod"), max_length=4, unique=True)
    name = models.CharField(_("namn"), max_length=64)
    county = models.ForeignKey(
        County, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("län")
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("county")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name
