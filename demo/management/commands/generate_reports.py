import time

from django.core.management.base import BaseCommand, CommandError

from demo.synthetic import create_synthetic_reports


class Command(BaseCommand):
    help = (
        "Create N realistic synthetic, published final reports spread over all 290 "
        "municipalities (methods, target-group tags, answers, key figures), for "
        "benchmarks and load tests. Never run this on a production database."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="number of reports to create")
        parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("COUNT must be at least 1.")
        started = time.perf_counter()

        def progress(done):
            if options["verbosity"] > 0:
                elapsed = time.perf_counter() - started
                self.stdout.write(f"{done}/{count} reports ({done / elapsed:.0f}/s)")

        try:
            created = create_synthetic_reports(count, seed=seed, progress=progress)
        except ValueError as error:
            raise CommandError(str(error)) from error
        seconds = time.perf_counter() - started
        self.stdout.write(f"Created {created} synthetic reports in {seconds:.1f} s.")
