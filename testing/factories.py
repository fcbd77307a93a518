"""Factories for tests (wagtail-factories): pages are created under a real parent."""

import factory
import wagtail_factories

from core.models import Municipality
from methods.models import MethodIndexPage, MethodPage
from reports.models import ProjectReportPage, ReportIndexPage


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    title = "Slutrapporter"
    slug = factory.Sequence(lambda n: f"rapporter-{n}")

    class Meta:
        model = ReportIndexPage


class MethodIndexPageFactory(wagtail_factories.PageFactory):
    title = "Metoder"
    slug = factory.Sequence(lambda n: f"metoder-{n}")

    class Meta:
        model = MethodIndexPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Metod {n}")
    summary = "En metod."
    why_it_matters = "<p>Därför.</p>"

    class Meta:
        model = MethodPage


class ProjectReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    municipality = factory.Iterator(Municipality.objects.order_by("code"))
    organisation_type = "school"
    plugin_round = "plugin2"
    participants_total = 12
    attendance_change = "Ökat mycket"
    goal_results = "Fler elever fullföljde."

    class Meta:
        model = ProjectReportPage
