"""Benchmark: import N generated export files on a fresh SQLite database.

    make bench-import            # 1 000 files
    BENCH_FILES=200 make bench-import

Prints files per second for the whole `import_reports` run (parsing, pages,
revisions, search index), and for the parser alone. Target: 1 000 files < 60 s.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    count = int(os.environ.get("BENCH_FILES", "1000"))
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["PORTAL_VAR_DIR"] = str(workdir / "var")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

    import django

    django.setup()
    from django.core.management import call_command

    from demo.synthetic import random_export
    from importer.parsing import parse_export
    from reports.models import ProjectReportPage

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    files = []
    for number in range(count):
        path = workdir / f"rapport_{number:05d}.txt"
        path.write_text(random_export(number), encoding="utf-8")
        files.append(path)
    sizes = sum(path.stat().st_size for path in files)
    print(f"{count} generated export files, {sizes / count / 1024:.1f} kB each on average")

    started = time.perf_counter()
    for path in files:
        parse_export(path.read_bytes())
    parse_seconds = time.perf_counter() - started

    before = ProjectReportPage.objects.count()
    started = time.perf_counter()
    call_command("import_reports", *map(str, files), stdout=open(os.devnull, "w"))  # noqa: SIM115
    import_seconds = time.perf_counter() - started
    created = ProjectReportPage.objects.count() - before

    print(f"parser alone:   {parse_seconds:6.1f} s  {count / parse_seconds:8.1f} files/s")
    print(
        f"import_reports: {import_seconds:6.1f} s  {count / import_seconds:8.1f} files/s "
        f"({created} reports created, SQLite)"
    )
    print(
        f"target: {count} files in under {60 * count / 1000:.0f} s -> "
        f"{'met' if import_seconds < 60 * count / 1000 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
