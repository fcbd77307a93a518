"""What every app stands on: the base page class and Sweden's counties and municipalities."""

from django.db import models
from django.db.models import QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.page_forms import PortalPageForm
from core.slugs import place_slug


def live_public(related):
    """The live, public pages of a page's many-to-many relation (e.g. a report's methods).

    A page shown in a preview or as a draft comes from a revision: its relations are then
    modelcluster's in-memory FakeQuerySet, which has no `live()`; it is turned into a
    query on the chosen pages."""
    pages = related.all()
    if not isinstance(pages, QuerySet):
        pages = related.model.objects.filter(pk__in=[page.pk for page in pages])
    return pages.live().public()


class PortalPage(Page):
    """Behaviour shared by every public page type of the portal (not a page type itself)."""

    # The portal's public search (`search.documents`) indexes page types that set a
    # kind: it is the value of the content-type facet (?type=report).
    search_kind = ""
    base_form_class = PortalPageForm

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


class County(models.Model):
    """A Swedish county (län) with its SCB code."""

    code = models.CharField(_("länskod"), max_length=2, unique=True)
    name = models.CharField(_("namn"), max_length=64)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        db_table = "portal_county"  # kept from the portal app (README, Upgrading)
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
        db_table = "portal_municipality"  # kept from the portal app (README, Upgrading)
        ordering = ["name"]
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name

    @property
    def slug(self):
        """The municipality's address part (/kommuner/vaxjo/), from its name."""
        return place_slug(self.name)


class ContentVersion(models.Model):
    """A single row whose token changes whenever published content changes.

    Cached structures (navigation, search facets, evidence aggregates) are keyed on it,
    so every process sees a publish at once (a cache-only counter would not, with
    several workers and a local-memory cache). A random token rather than a counter: a
    rolled-back change restores the token of the state it returns to, never reuses one
    for different content. The search index bumps it (`search.indexing`).
    """

    token = models.CharField(max_length=32, default="")

    class Meta:
        # The table was created by the search app; keeping its name keeps the data.
        db_table = "search_indexversion"
        verbose_name = _("innehållsversion")

    def __str__(self):
        return self.token
