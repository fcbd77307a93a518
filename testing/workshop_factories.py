"""Factories of the workshops app's pages (wagtail-factories), as `testing.factories`
builds the other page types: saved live without a revision unless `published=True`.

    sections = workshop_tree(home)              # /regioner/, /projektverkstader/, /kommuner/
    region = RegionPageFactory(parent=sections.regions, contacts=[{"name": "Karin"}])
    workshop = WorkshopPageFactory(parent=sections.workshops, municipality_codes=["0780"])
"""

from dataclasses import dataclass
from datetime import date

import factory

from core.models import Municipality
from testing.factories import PortalPageFactory, _relation, _tags
from workshops.models import (
    MunicipalityIndexPage,
    RegionContact,
    RegionIndexPage,
    RegionPage,
    WorkshopIndexPage,
    WorkshopPage,
)


class RegionIndexPageFactory(PortalPageFactory):
    title = "Regioner"
    slug = factory.Sequence(lambda n: f"regioner-{n}")

    class Meta:
        model = RegionIndexPage


class RegionPageFactory(PortalPageFactory):
    """`contacts=[{"name": ..., "role": ...}]` sets the region's contact persons."""

    title = factory.Sequence(lambda n: f"Region {n}")
    intro = "En Plug In-region."

    class Meta:
        model = RegionPage

    @factory.post_generation
    def contacts(obj, create, extracted, **kwargs):
        if extracted:
            obj.contacts = [
                RegionContact(sort_order=position, **fields)
                for position, fields in enumerate(extracted)
            ]
            if create:
                obj.save()


class WorkshopIndexPageFactory(PortalPageFactory):
    title = "Projektverkstäder"
    slug = factory.Sequence(lambda n: f"projektverkstader-{n}")

    class Meta:
        model = WorkshopIndexPage


class WorkshopPageFactory(PortalPageFactory):
    """A workshop. `municipality_codes=["0780"]` picks its municipalities (default: none);
    `methods=[...]` and `target_groups=["autism"]` set the relations."""

    title = factory.Sequence(lambda n: f"Projektverkstad {n}")
    organisation_type = "school"
    plugin_round = "plugin2"
    period_start = date(2016, 8, 1)
    period_end = date(2018, 6, 30)
    goals = "<p>Fler elever ska fullfölja gymnasieskolan.</p>"
    methods = _relation("methods")
    target_groups = _tags("target_groups")

    class Meta:
        model = WorkshopPage

    @factory.post_generation
    def municipality_codes(obj, create, extracted, **kwargs):
        if extracted:
            obj.municipalities = list(Municipality.objects.filter(code__in=extracted))
            if create:
                obj.save()


class MunicipalityIndexPageFactory(PortalPageFactory):
    title = "Kommuner"
    slug = factory.Sequence(lambda n: f"kommuner-{n}")

    class Meta:
        model = MunicipalityIndexPage


@dataclass
class WorkshopTree:
    regions: RegionIndexPage
    workshops: WorkshopIndexPage
    municipalities: MunicipalityIndexPage


def workshop_tree(home, published=True):
    """The three sections of the workshops app under `home` (a `site_tree` home)."""
    return WorkshopTree(
        regions=RegionIndexPageFactory(parent=home, published=published),
        workshops=WorkshopIndexPageFactory(parent=home, published=published),
        municipalities=MunicipalityIndexPageFactory(parent=home, published=published),
    )
