import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from core.models import Municipality
from importer.importing import UploadError, check_file, expand_upload, import_file

PROGRESS_MIN_FILES = 10


class Command(BaseCommand):
    help = (
        "Import legacy final-report survey exports (text files or zips of them) as report "
        "pages under the report index: drafts unless --publish. Re-importing a file updates "
        "the report with the same import key (the --title, else the file name). Exit code 0 "
        "when every file was imported, 1 when any failed. -v 2 lists each file's warnings."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="parse and validate only")
        parser.add_argument("--publish", action="store_true", help="publish the reports")
        parser.add_argument("--municipality", metavar="SCB_CODE", help="e.g. 0780 (Växjö)")
        parser.add_argument("--title", help="project name (one file only)")

    def handle(self, *args, **options):
        municipality = self.municipality(options["municipality"])
        uploads = self.read_files(options["files"])
        if options["title"] and len(uploads) > 1:
            raise CommandError("--title names one report: give exactly one file with it.")
        counts, started = {}, time.monotonic()
        # A progress bar on a terminal only (stderr), so that piped output stays plain.
        show_progress = len(uploads) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        columns = (
            TextColumn("Importerar"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
        )
        console = Console(stderr=True)
        with Progress(*columns, console=console, disable=not show_progress) as progress:
            bar = progress.add_task("import", total=len(uploads))
            for upload in uploads:
                outcome = self.process(upload, options, municipality)
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
                self.report(outcome, options["verbosity"])
                progress.advance(bar)
        self.summary(counts, len(uploads), time.monotonic() - started, options["dry_run"])
        if counts.get("failed"):
            sys.exit(1)

    def municipality(self, code):
        if not code:
            return None
        try:
            return Municipality.objects.get(code=code.strip())
        except Municipality.DoesNotExist:
            raise CommandError(
                f"Unknown municipality code {code!r} (SCB codes, e.g. 0780)."
            ) from None

    def read_files(self, paths):
        uploads = []
        for path in map(Path, paths):
            if not path.is_file():
                raise CommandError(f"{path}: no such file.")
            try:
                uploads += expand_upload(str(path), path.read_bytes())
            except UploadError as error:
                raise CommandError(str(error)) from None
        return uploads

    def process(self, upload, options, municipality):
        name, data = upload
        if options["dry_run"]:
            return check_file(name, data)
        return import_file(
            name,
            data,
            publish=options["publish"],
            municipality=municipality,
            title=options["title"],
        )

    def report(self, outcome, verbosity=1):
        if outcome.failed:
            self.stdout.write(self.style.ERROR(f"failed     {outcome.error}"))
            return
        status = {"valid": "ok (dry run)"}.get(outcome.status, outcome.status)
        where = f" -> {outcome.report.url_path}" if outcome.report else ""
        self.stdout.write(
            f"{status:<10} {outcome.name}: {outcome.answers} answers, "
            f"{len(outcome.warnings)} warnings{where}"
        )
        if verbosity > 1:
            for warning in outcome.warnings:
                self.stdout.write(f"           - {warning}")

    def summary(self, counts, total, seconds, dry_run):
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        mode = " (dry run: nothing written)" if dry_run else ""
        rate = total / seconds if seconds else 0
        self.stdout.write(f"{total} files: {parts} in {seconds:.1f} s ({rate:.1f}/s){mode}")
