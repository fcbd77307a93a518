"""What the benchmarks share: a PostgreSQL database with many generated reports, kept
between runs, and Django with production settings."""

import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REPORTS = int(os.environ.get("BENCH_REPORTS", "10000"))
BENCH_DB = os.environ.get("BENCH_DATABASE", "portal_bench")
SERVER = "postgres://portal:portal@127.0.0.1:5432"
# Bump when generated documents change shape, so a kept database is indexed again.
INDEX_SHAPE = "2"


def ensure_database():
    import psycopg2

    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{BENCH_DB}"')
    connection.close()


def setup_django():
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=f"{SERVER}/{BENCH_DB}",
        SECRET_KEY="bench-only-not-secret",  # noqa: S106
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="WARNING",
        PORTAL_VAR_DIR=os.environ.get(
            "PORTAL_VAR_DIR", os.path.join(tempfile.gettempdir(), "portal-bench-var")
        ),
    )
    import django

    django.setup()


def ensure_reports():
    """Migrate, load the demo, generate the missing reports; reindex when outdated."""
    from django.core.management import call_command

    from reports.models import ProjectReportPage

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # production storage
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    existing = ProjectReportPage.objects.filter(import_key__startswith="synthetic-").count()
    if existing < REPORTS:
        print(f"Generating {REPORTS - existing} reports (once; kept in {BENCH_DB}) ...")
        call_command("generate_reports", REPORTS - existing, verbosity=0)
    marker = Path(os.environ["PORTAL_VAR_DIR"]) / f"bench-index-shape-{BENCH_DB}"
    if not marker.exists() or marker.read_text() != INDEX_SHAPE:
        print("Rebuilding the search index (documents changed shape) ...")
        call_command("rebuild_search_index", verbosity=0)
        marker.write_text(INDEX_SHAPE)
    total = ProjectReportPage.objects.live().count()
    print(f"{total} published reports in {BENCH_DB}")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def median(values):
    return statistics.median(values)
