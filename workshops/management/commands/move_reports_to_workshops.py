"""File the reports that stand directly under the report index under their project
workshops, once (`workshops.services`). A report's old address redirects (301) to its
new one. `--dry-run` prints what would happen and writes nothing."""

from django.core.management.base import BaseCommand

from workshops import services


class Command(BaseCommand):
    help = (
        "Flytta slutrapporter som ligger direkt under rapportöversikten till sina "
        "projektverkstäder (en ny skapas när ingen passar); gamla adresser omdirigeras."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa vad som skulle göras, ändra inget."
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            self._dry_run(services.plan_moves())
            return
        moves = services.move_reports_to_workshops()
        for move in moves:
            made = " (new workshop)" if move.created else ""
            self.stdout.write(f"{move.old_url} → {move.workshop.url}{made}")
        created = sum(1 for move in moves if move.created)
        self.stdout.write(
            self.style.SUCCESS(f"{len(moves)} reports moved, {created} new workshops.")
        )

    def _dry_run(self, moves):
        planned = set()
        for move in moves:
            report = move.report
            key = (report.title, report.municipality_id)
            if move.workshop is not None:
                target = f"workshop '{move.workshop.title}'"
            elif key in planned:
                target = "the same new workshop as a report above"
            else:
                planned.add(key)
                target = "a new workshop"
            self.stdout.write(f"{move.old_url} → {target}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Dry run: {len(moves)} reports would move, "
                f"{len(planned)} new workshops. Nothing was changed."
            )
        )
