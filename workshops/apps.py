from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    """Regions, municipalities and project workshops, and the reports over time of each
    workshop."""

    name = "workshops"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Regioner och projektverkstäder"
