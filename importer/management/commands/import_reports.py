import sys
import time
from contextlib import ExitStack
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from core.identity_numbers import find_identity_numbers
from core.models import Municipality
from importer.importing import ImportOutcome, import_file, plan_file
from importer.mapping import MappingError, check_files, file_key, read_mapping
from importer.targets import place
from importer.uploads import UploadError, read_uploads, safe_name

PROGRESS_MIN_FILES = 10
NOT_IMPORTED = ("failed", "skipped")


class Command(BaseCommand):
    help = (
        "Import legacy final-report survey exports (text files or zips of them) as report "
        "pages under the report index: drafts unless --publish. Re-importing a file updates "
        "the report with the same import key (the --title, else the file name). A file whose "
        "content alone matches a report (a renamed copy) updates it only in the same "
        "municipality and project and only with --confirm-updates; reports sent in online "
        "or in review are never changed. Exit code 0 when every file was imported, 1 when "
        "any failed or was skipped. -v 2 lists each file's warnings. --mapping names each "
        "file's workshop, municipality, kind, date and old address (README)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="parse and validate only")
        parser.add_argument("--publish", action="store_true", help="publish the reports")
        parser.add_argument("--municipality", metavar="SCB_CODE", help="e.g. 0780 (Växjö)")
        parser.add_argument("--title", help="project name (one file only)")
        parser.add_argument(
            "--mapping",
            metavar="CSV",
            help="UTF-8 CSV with the header file,workshop,municipality,kind,date,old_url: "
            "one row per file",
        )
        parser.add_argument(
            "--confirm-updates",
            action="store_true",
            help="update reports found by content alone (a renamed copy of an export); "
            "check what would change with --dry-run first",
        )

    def handle(self, *args, **options):
        municipality = self.municipality(options["municipality"])
        self.check_title(options["title"])
        self.placements = self.read_mapping(options["mapping"])
        with ExitStack() as stack:
            sources = self.open_files(options["files"], stack)
            total = self.count(sources)  # every limit checked before anything is written
            if options["title"] and total > 1:
                raise CommandError("--title names one report: give exactly one file with it.")
            counts, started = self.run(sources, total, options, municipality)
        self.summary(counts, total, time.monotonic() - started, options["dry_run"])
        if any(counts.get(status) for status in NOT_IMPORTED):
            sys.exit(1)

    def run(self, sources, total, options, municipality):
        counts, started = {}, time.monotonic()
        # A progress bar on a terminal only (stderr), so that piped output stays plain.
        show_progress = total >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        columns = (
            TextColumn("Importerar"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
        )
        console = Console(stderr=True)
        with Progress(*columns, console=console, disable=not show_progress) as progress:
            bar = progress.add_task("import", total=total)
            for upload in self.uploads(sources):
                outcome = self.process(upload, options, municipality)
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
                self.report(outcome, options["verbosity"])
                progress.advance(bar)
        return counts, started

    def municipality(self, code):
        if not code:
            return None
        try:
            return Municipality.objects.get(code=code.strip())
        except Municipality.DoesNotExist:
            raise CommandError(
                f"Unknown municipality code {code!r} (SCB codes, e.g. 0780)."
            ) from None

    def check_title(self, title):
        found = find_identity_numbers(title or "")
        if found:
            raise CommandError(
                f"--title holds a {found[0].kind} ({found[0].masked}): a report's title is "
                "public and never holds a personal identity number."
            )

    def open_files(self, paths, stack):
        sources = []
        for path in map(Path, paths):
            if not path.is_file():
                raise CommandError(f"{safe_name(str(path))[0]}: no such file.")
            sources.append((str(path), stack.enter_context(path.open("rb"))))
        return sources

    def uploads(self, sources):
        try:
            yield from read_uploads(sources)
        except UploadError as error:
            raise CommandError(error.english) from None

    def count(self, sources):
        names = [upload.name for upload in self.uploads(sources)]
        try:
            check_files(self.placements, names)
        except MappingError as error:
            raise CommandError(error.english) from None
        return len(names)

    def read_mapping(self, path):
        """{file name: Placement} from the --mapping file, checked whole ({} without)."""
        if not path:
            return {}
        if not Path(path).is_file():
            raise CommandError(f"{safe_name(path)[0]}: no such file.")
        try:
            return read_mapping(Path(path).read_bytes())
        except MappingError as error:
            raise CommandError(error.english) from None

    def process(self, upload, options, municipality):
        if upload.error:
            return ImportOutcome(upload.name, "failed", error=upload.error)
        confirmed = True if options["confirm_updates"] else None
        fields = {"publish": options["publish"], "municipality": municipality}
        fields.update(title=options["title"], confirmed=confirmed)
        fields["placement"] = self.placements.get(file_key(upload.name))
        if options["dry_run"]:
            return plan_file(upload.name, upload.data, **fields)
        return import_file(upload.name, upload.data, **fields)

    def report(self, outcome, verbosity=1):
        if outcome.failed:
            reason = f"{outcome.name}: {outcome.error_english}" if outcome.error_english else ""
            self.stdout.write(self.style.ERROR(f"failed     {reason or outcome.error}"))
            return
        status = {"valid": "ok (dry run)"}.get(outcome.status, outcome.status)
        self.stdout.write(
            f"{status:<10} {outcome.name}: {outcome.answers} answers, "
            f"{len(outcome.warnings)} warnings -> {self.where(outcome)}"
        )
        if outcome.placement is not None:
            self.stdout.write(f"           > {outcome.placement.describe(english=True)}")
        if outcome.match == "content" or verbosity > 1:
            for change in outcome.changes:
                self.stdout.write(f"           * {change.in_english()}")
        if verbosity > 1:
            for warning in outcome.warnings:
                self.stdout.write(f"           - {warning}")

    def where(self, outcome):
        report = outcome.report
        if report is None:
            return "new report"
        name = f"'{report.title}' ({place(report, english=True)})"
        found = ", found by content alone" if outcome.match == "content" else ""
        if outcome.status == "skipped":
            return (
                f"NOT updated: existing report {name}{found}; check the changes below, then "
                "import again with --confirm-updates"
            )
        if outcome.status != "valid":  # written, or left as it was
            return report.url_path + (f" (existing report {name}{found})" if found else "")
        if outcome.action == "unchanged":
            return f"unchanged: existing report {name}{found}"
        if outcome.action == "confirm":
            return f"updates existing report {name}{found}: needs --confirm-updates"
        return f"updates existing report {name}{found}"

    def summary(self, counts, total, seconds, dry_run):
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        mode = " (dry run: nothing written)" if dry_run else ""
        rate = total / seconds if seconds else 0
        self.stdout.write(f"{total} files: {parts} in {seconds:.1f} s ({rate:.1f}/s){mode}")
