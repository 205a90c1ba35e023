"""Add N synthetic initiatives to a locale's library, fast, for benchmarks.

The pages are real live pages (tree rows, their initiative rows, communities and topics, and the
database engine's entries), but written in bulk rather than one ``add_child`` at a time, so
100,000 take minutes, not hours.
Their text is drawn from a small vocabulary of the language; they are marked ``synthetic-`` in
their slugs so they are easy to find and delete.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from forum import api as forum
from home import municipalities
from search import entries
from search.models import InitiativePage, InitiativeTopic, LibraryPage
from search.text import fold

WORDS = (
    "заедница соседи млади деца училиште јазик култура музика дијалог фестивал радио "
    "читање спорт историја фотографии театар кафе парк маало општина совет медиуми "
    "празник храна мурал книга разговор работилница волонтери жени постари традиција"
).split()
TOPICS = ["млади", "култура", "дијалог", "медиуми", "образование", "спорт", "историја", "јазици"]
BATCH = 2000


class Command(BaseCommand):
    help = "Add synthetic initiatives to a library, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--locale", default="mk")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, count, locale, seed, **options):
        library = LibraryPage.objects.filter(locale__language_code=locale).first()
        if library is None:
            raise CommandError(f"No library in {locale}: run seed_demo first.")
        rng = random.Random(seed)  # noqa: S311 -- synthetic content, not secrets
        communities = list(forum.communities_in(locale))
        codes = list(municipalities.BY_CODE)
        kinds = [value for value, _label in InitiativePage.Kind.choices]
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            with transaction.atomic():
                self.batch(library, size, rng, communities, codes, kinds)
            done += size
            self.stdout.write(f"{done}/{count}")

    def batch(self, library, size, rng, communities, codes, kinds):
        library = LibraryPage.objects.select_for_update().get(pk=library.pk)
        content_type = ContentType.objects.get_for_model(InitiativePage)
        locale = Locale.objects.get(pk=library.locale_id)
        now = timezone.now()
        first = library.numchild + 1
        pages, details = [], []
        for offset in range(size):
            words = rng.sample(WORDS, 12)
            title = " ".join(words[:4]).capitalize()
            slug = f"synthetic-{uuid.uuid4().hex[:12]}"
            page = Page(
                path=Page._get_path(library.path, library.depth + 1, first + offset),
                depth=library.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{library.url_path}{slug}/",
                content_type=content_type,
                locale=locale,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            start = datetime.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
            initiative = InitiativePage(
                title=title,
                summary=" ".join(words).capitalize() + ".",
                kind=rng.choice(kinds),
                municipality=rng.choice(codes),
                start_date=start,
                people_reached=rng.randint(10, 2000),
            )
            served = rng.sample(communities, rng.randint(1, 3))
            topics = rng.sample(TOPICS, 2)
            initiative.folded_title = fold(title)
            initiative.folded_text = fold(
                "\n".join([title, initiative.summary, *(c.name for c in served), *topics])
            )
            pages.append(page)
            details.append((initiative, served, topics))
        Page.objects.bulk_create(pages)
        self.insert_initiatives(pages, [initiative for initiative, _s, _t in details])
        through = InitiativePage.communities.through
        through.objects.bulk_create(
            through(initiativepage_id=page.pk, community_id=community.pk)
            for page, (_i, served, _t) in zip(pages, details, strict=True)
            for community in served
        )
        tags = self.tags({topic for _i, _s, topics in details for topic in topics})
        InitiativeTopic.objects.bulk_create(
            InitiativeTopic(content_object_id=page.pk, tag=tags[topic])
            for page, (_i, _s, topics) in zip(pages, details, strict=True)
            for topic in topics
        )
        Page.objects.filter(pk=library.pk).update(numchild=library.numchild + size)
        entries.refresh(page.pk for page in pages)

    def insert_initiatives(self, pages, initiatives):
        """The initiative rows beside their page rows (Django cannot bulk-create a child model)."""
        fields = [
            field
            for field in InitiativePage._meta.local_concrete_fields
            if field.name != "page_ptr"
        ]
        table = InitiativePage._meta.db_table
        quoted = [connection.ops.quote_name("page_ptr_id")] + [
            connection.ops.quote_name(field.column) for field in fields
        ]
        placeholders = ", ".join(["%s"] * len(quoted))
        rows = [
            [page.pk]
            + [
                field.get_db_prep_save(field.pre_save(initiative, add=True), connection)
                for field in fields
            ]
            for page, initiative in zip(pages, initiatives, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {connection.ops.quote_name(table)} ({', '.join(quoted)}) "  # noqa: S608 -- names from the model
                f"VALUES ({placeholders})",
                rows,
            )

    def tags(self, names):
        from taggit.models import Tag

        found = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        for name in names - set(found):
            found[name] = Tag.objects.create(name=name)
        return found
