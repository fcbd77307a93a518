"""What the page types of the articles app share: rich-text features, a linked PDF and
the index pages' base class."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField

from core.models import PortalPage

INTRO_FEATURES = ["bold", "italic", "link"]
RICH_TEXT = ["h3", "bold", "italic", "link", "ul", "ol"]


def document_info(document):
    """A linked PDF as visitors and the API see it: title, address and size in bytes."""
    if document is None:
        return None
    return {"title": document.title, "url": document.url, "file_size": document.get_file_size()}


def document_field(verbose_name):
    return models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
    )


class ArticleIndexPage(PortalPage):
    """What the three index pages share: an intro, one of each under the home page."""

    intro = RichTextField(_("ingress"), blank=True, features=INTRO_FEATURES)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
