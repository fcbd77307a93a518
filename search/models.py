"""The portal's public search index: one document per live, public, searchable page.

The document holds the page's text in three weights (title, keywords, body), what a
result listing shows (summary, a meta line) and its facet values, so that a search
page never has to load the pages themselves. Engine-specific structures sit beside
it, created by migration 0002: on PostgreSQL a weighted `tsv` column with a GIN index
(Swedish stemming, accents folded); on SQLite an FTS5 table kept in step by triggers.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name=_("sida"),
    )
    kind = models.CharField(_("innehållstyp"), max_length=32)
    title = models.TextField(_("titel"))
    keywords = models.TextField(_("nyckelord"), blank=True)
    body = models.TextField(_("brödtext"), blank=True)
    summary = models.TextField(_("sammanfattning"), blank=True)
    meta = models.CharField(_("metarad"), max_length=255, blank=True)
    # {"county:07": "Kronobergs län", "method:coachning-i-grupp": "Coachning i grupp", ...}
    facets = models.JSONField(_("facetter"), default=dict)
    published_at = models.DateTimeField(_("publicerad"), null=True, db_index=True)
    indexed_at = models.DateTimeField(_("indexerad"), auto_now=True)

    class Meta:
        verbose_name = _("sökdokument")
        verbose_name_plural = _("sökdokument")

    def __str__(self):
        return self.title


class ZeroResultQuery(models.Model):
    """A search that found nothing, counted, so editors can add content or promotions."""

    query_string = models.CharField(_("sökning"), max_length=200, unique=True)
    searches = models.PositiveIntegerField(_("antal sökningar"), default=0)
    first_searched_at = models.DateTimeField(_("första gången"), auto_now_add=True)
    last_searched_at = models.DateTimeField(_("senast"), auto_now=True)

    class Meta:
        ordering = ["-searches", "-last_searched_at"]
        verbose_name = _("sökning utan träffar")
        verbose_name_plural = _("sökningar utan träffar")

    def __str__(self):
        return self.query_string
