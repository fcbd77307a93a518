"""News (Aktuellt): /aktuellt/ lists them newest first; the home page shows the newest."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index

from articles.base import RICH_TEXT, ArticleIndexPage
from core.models import PortalPage


class NewsIndexPage(ArticleIndexPage):
    subpage_types = ["articles.NewsPage"]

    class Meta:
        verbose_name = _("översikt aktuellt")
        verbose_name_plural = _("översikter aktuellt")

    def default_meta_description(self):
        return "Nyheter från PlugInnovation, de senaste först."

    def get_context(self, request, *args, **kwargs):
        # articles.selectors imports this module: the import cannot stand at the top.
        from articles.selectors import news_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(news_index_context(self, request.GET.get("sida")))
        return context


class NewsPage(PortalPage):
    """A news item: a date, a teaser for listings, the text and an optional image."""

    date = models.DateField(_("datum"), default=timezone.localdate)
    teaser = models.TextField(
        _("ingress"), max_length=400, help_text=_("En–två meningar, visas i listor.")
    )
    body = RichTextField(_("brödtext"), blank=True, features=RICH_TEXT)
    image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("bild"),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("body"),
        FieldPanel("image"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("teaser"),
        APIField("body"),
        APIField("image", serializer=ImageRenditionField("width-800")),
    ]
    parent_page_types = ["articles.NewsIndexPage"]
    subpage_types = []
    search_kind = "news"

    class Meta:
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")

    def default_meta_description(self):
        return self.teaser[:300]

    def search_meta(self):
        return f"{self.date:%Y-%m-%d}" if self.date else ""
