"""The statistics page ("Resultat i siffror")."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from core.models import PortalPage
from evidence.selectors import statistics_page_context


class StatisticsPage(PortalPage):
    """ "Resultat i siffror": what all published reports say, filterable, with open data."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "reports_statisticspage"  # kept from the reports app (README, Upgrading)
        verbose_name = _("statistiksida")
        verbose_name_plural = _("statistiksidor")

    def default_meta_description(self):
        return (
            "Vad slutrapporterna från Plug In säger i siffror: deltagare, närvaro, betyg, "
            "måluppfyllelse och samverkan, per län, omgång, organisationstyp och målgrupp."
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(statistics_page_context(request))
        return context
