from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create the demo site from the seed files in demo/seeds: home, success "
        "factors, methods, the seed report, about and accessibility pages. Idempotent: "
        "pages that already exist are left as they are."
    )

    def handle(self, *args, **options):
        DemoLoader(stdout=self.stdout).load()
