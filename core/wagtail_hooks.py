"""Admin registration: reference data (counties, municipalities, tags) as snippets."""

from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import County, Municipality


class CountyViewSet(SnippetViewSet):
    model = County
    icon = "site"
    menu_label = _("Län")
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    search_backend_name = None  # plain database lookups: 21 rows


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Kommuner")
    list_display = ["name", "code", "county"]
    list_filter = ["county"]
    search_fields = ["name", "code"]
    search_backend_name = None


class TagViewSet(SnippetViewSet):
    """Target-group and topic tags shared by reports and methods."""

    model = Tag
    icon = "tag"
    menu_label = _("Taggar")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [FieldPanel("name"), FieldPanel("slug")]


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (CountyViewSet, MunicipalityViewSet, TagViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Referensdata")
    menu_name = "reference-data"


register_snippet(ReferenceDataGroup)
