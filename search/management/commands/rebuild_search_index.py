import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the portal's public search index from every live, public page. "
        "Publishing, unpublishing, moving and deleting pages keep it current; run this "
        "after an upgrade or a bulk change made outside Wagtail."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = rebuild_index(stdout=self.stdout if options["verbosity"] > 1 else None)
        seconds = time.perf_counter() - started
        self.stdout.write(f"Search index rebuilt: {count} pages in {seconds:.1f} s.")
