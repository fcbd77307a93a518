from django.core.management.base import BaseCommand

from core.models import County, Municipality
from core.services import MUNICIPALITIES_CSV, sync_municipalities


class Command(BaseCommand):
    help = "Create or update counties and municipalities from core/data/municipalities.csv."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(MUNICIPALITIES_CSV), help="CSV with SCB codes")

    def handle(self, *args, **options):
        counties, municipalities = sync_municipalities(County, Municipality, options["file"])
        self.stdout.write(f"{counties} counties and {municipalities} municipalities up to date.")
