"""System checks: the configured search engine exists and fits the database."""

from django.conf import settings
from django.core.checks import Error, register
from django.db import connection

from search.engines import ENGINES


@register()
def check_search_engine(app_configs, **kwargs):
    engine = getattr(settings, "PORTAL_SEARCH_ENGINE", "") or ""
    if engine and engine not in ENGINES:
        return [
            Error(
                f"PORTAL_SEARCH_ENGINE is {engine!r}; it must be one of "
                f"{', '.join(sorted(ENGINES))} or unset.",
                id="search.E001",
            )
        ]
    if engine == "postgres" and connection.vendor != "postgresql":
        return [
            Error(
                "PORTAL_SEARCH_ENGINE is 'postgres' but the database is not PostgreSQL.",
                id="search.E002",
            )
        ]
    return []
