"""The home page, information pages and the accessibility statement with its problem reports."""

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import PortalPage
from home.selectors import home_page_context


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
        "workshops.RegionIndexPage",
        "workshops.WorkshopIndexPage",
        "workshops.MunicipalityIndexPage",
        "evidence.StatisticsPage",
        "articles.CaseStudyIndexPage",
        "articles.NewsIndexPage",
        "articles.ResearchIndexPage",
        "articles.EnglishPage",
        "home.StandardPage",
        "home.AccessibilityStatementPage",
    ]
    max_count = 1

    class Meta:
        db_table = "portal_homepage"  # kept from the portal app (README, Upgrading)
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")

    def default_meta_description(self):
        return (
            "PlugInnovation samlar metoder, framgångsfaktorer och slutrapporter från "
            "kommuners arbete mot avhopp från gymnasieskolan."
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context(self))
        return context


class HomePageFeaturedMethod(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_methods")
    method = models.ForeignKey(
        "methods.MethodPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("metod")
    )

    panels = [FieldPanel("method")]

    class Meta(Orderable.Meta):
        db_table = "portal_homepagefeaturedmethod"  # kept from the portal app (README, Upgrading)


class StandardPage(PortalPage):
    """A plain text page, e.g. "Om portalen"."""

    intro = models.TextField(_("ingress"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("innehåll"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_kind = "page"
    navigation_role = "about"  # linked from the footer when a child of the home page

    class Meta:
        db_table = "portal_standardpage"  # kept from the portal app (README, Upgrading)
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

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    search_kind = "page"
    navigation_role = "statement"  # linked from every footer

    class Meta:
        db_table = (
            "portal_accessibilitystatementpage"  # kept from the portal app (README, Upgrading)
        )
        verbose_name = _("tillgänglighetsredogörelse")
        verbose_name_plural = _("tillgänglighetsredogörelser")

    def default_meta_description(self):
        return self.intro[:300] or "Tillgänglighetsredogörelse för PlugInnovation."

    def search_kind_label(self):
        return capfirst(StandardPage._meta.verbose_name)

    def serve(self, request, *args, **kwargs):
        # home.views imports home.forms, which imports this module: not at the top.
        from home.views import serve_accessibility_statement

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
        db_table = (
            "portal_accessibilityproblemreport"  # kept from the portal app (README, Upgrading)
        )
        ordering = ["-created_at"]
        verbose_name = _("rapport om tillgänglighetsbrist")
        verbose_name_plural = _("rapporter om tillgänglighetsbrister")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d}: {self.description[:60]}"
