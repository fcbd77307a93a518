"""The choices a report (and a project workshop) is described by, and size bands."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Project sizes by number of participants, for "Liknande projekt": (value, label, top).
PARTICIPANT_BANDS = (
    ("1-9", "1–9 deltagare", 9),
    ("10-24", "10–24 deltagare", 24),
    ("25-49", "25–49 deltagare", 49),
    ("50-99", "50–99 deltagare", 99),
    ("100-", "100 deltagare eller fler", None),
)


def participant_band(participants):
    """(value, label) of the size band for a number of participants, or None."""
    if not participants:
        return None
    for value, label, top in PARTICIPANT_BANDS:
        if top is None or participants <= top:
            return value, label
    return None


class OrganisationType(models.TextChoices):
    SCHOOL = "school", _("Skola")
    KAA = "kaa", _("KAA (kommunala aktivitetsansvaret)")


class PluginRound(models.TextChoices):
    PLUGIN_1 = "plugin1", _("Plug In (2012–2015)")
    PLUGIN_2 = "plugin2", _("Plug In 2.0 (2015–2018)")


class ReportKind(models.TextChoices):
    """What a report is: a project workshop reports several times over its period."""

    INTERIM = "delrapport", _("Delrapport")
    EVALUATION = "utvardering", _("Utvärderingsrapport")
    FINAL = "slutrapport", _("Slutrapport")
