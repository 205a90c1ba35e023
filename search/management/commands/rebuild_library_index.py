"""Rebuild the library's search data from the pages, reporting progress.

Always: recompute each initiative's folded text and write the database engine's entries again
(the engine that answers when Elasticsearch is not configured or does not answer). With
ELASTICSEARCH_URL: also drop and create each locale's index and index every live initiative.
"""

from django.core.management.base import BaseCommand

from cms import languages
from search import elastic, entries
from search.models import InitiativePage

BATCH = 500


class Command(BaseCommand):
    help = "Rebuild the initiatives library's search index from the pages."

    def handle(self, *args, **options):
        self.refold()
        self.stdout.write("The database engine's entries:")
        written = entries.rebuild(progress=lambda done, total: self.stdout.write(f"{done}/{total}"))
        self.stdout.write(self.style.SUCCESS(f"{written} live initiatives in the database index"))
        if elastic.enabled():
            self.rebuild_elasticsearch()

    def pages(self, **filters):
        return (
            InitiativePage.objects.filter(**filters)
            .select_related("locale")
            .prefetch_related("communities", "organisations", "tagged_topics__tag")
            .order_by("pk")
        )

    def rebuild_elasticsearch(self):
        es = elastic.client()
        for code in languages.CODES:
            index = elastic.index(code)
            index.delete(using=es, ignore_unavailable=True)
            index.create(using=es)
            pages = entries.listed(self.pages(locale__language_code=code))
            total, done = pages.count(), 0
            for start in range(0, total, BATCH):
                done += elastic.index_pages(pages[start : start + BATCH], es=es)
                self.stdout.write(f"{code}: {done}/{total}")
            self.stdout.write(self.style.SUCCESS(f"{elastic.index_name(code)}: {done} initiatives"))

    def refold(self):
        self.stdout.write("The initiatives' folded text:")
        pages = self.pages()
        total, done = pages.count(), 0
        for start in range(0, total, BATCH):
            batch = list(pages[start : start + BATCH])
            for page in batch:
                page.refold()
            InitiativePage.objects.bulk_update(batch, ["folded_title", "folded_text"])
            done += len(batch)
            self.stdout.write(f"{done}/{total}")
        self.stdout.write(self.style.SUCCESS(f"{done} initiatives refreshed"))
