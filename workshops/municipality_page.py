"""/kommuner/ and /kommuner/<slug>/: the municipalities (core reference data, not pages)
that have a live, public project workshop, routed by one page."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.models import PortalPage


class MunicipalityIndexPage(RoutablePageMixin, PortalPage):
    """/kommuner/ and /kommuner/<slug>/: the municipalities with a live workshop. The
    municipalities are reference data (core), not pages: this page routes to them."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("översikt kommuner")
        verbose_name_plural = _("översikter kommuner")

    def default_meta_description(self):
        return "Kommunerna som deltog i Plug In, med sina projektverkstäder och rapporter."

    def get_context(self, request, *args, **kwargs):
        # workshops.selectors imports the models, which import this module: not at the top.
        from workshops.selectors import municipalities_with_workshops

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("municipalities", municipalities_with_workshops())
        return context

    def municipality_url(self, municipality, request=None):
        return self.get_url(request) + self.reverse_subpage(
            "municipality", kwargs={"slug": municipality.slug}
        )

    @path("<slug:slug>/", name="municipality")
    def municipality(self, request, slug):
        # workshops.selectors imports the models, which import this module: not at the top.
        from workshops.selectors import municipality_context, municipality_for_slug

        municipality = municipality_for_slug(slug)
        if municipality is None:
            raise Http404("Ingen kommun med projektverkstäder har den adressen.")
        context = municipality_context(municipality)
        route = self.reverse_subpage("municipality", kwargs={"slug": municipality.slug})
        context["municipality_full_url"] = (self.get_full_url(request) or "") + route
        context["breadcrumb_tail"] = [(municipality.name, self.get_url(request) + route)]
        return self.render(
            request,
            template="workshops/municipality_page.html",
            context_overrides=context,
        )

    def get_sitemap_urls(self, request=None):
        # workshops.selectors imports the models, which import this module: not at the top.
        from workshops.selectors import municipalities_with_workshops

        entries = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return entries
        return entries + [
            {
                "location": base
                + self.reverse_subpage("municipality", kwargs={"slug": municipality.slug}),
                "lastmod": self.last_published_at,
            }
            for municipality in municipalities_with_workshops()
        ]
