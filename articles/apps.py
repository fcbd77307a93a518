from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Case studies, news and research: what the old site published beside the workshops,
    and the English page."""

    name = "articles"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Fallstudier, nyheter och forskning"
