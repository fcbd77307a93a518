from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Sök"

    def ready(self):
        # Both use models, which are not loaded when this module is imported.
        from search import checks, signals  # noqa: F401 (checks register themselves)

        signals.connect()
