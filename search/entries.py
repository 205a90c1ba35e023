"""The database engine's index: a ``LibraryEntry`` for every live, public initiative, the
numbered facet values (``LibraryFacetValue``) and each library's ``LibraryFacetCount``, so that
a search reads one narrow table instead of the pages, their tree and their relations.

``refresh(ids)`` brings the entries of those pages in line with them (publishing, unpublishing,
moving and setting or lifting privacy call it; deleting a page deletes its entry);
``rebuild()`` writes them all again. Within ``deferred()`` the refreshes wait and are done
together at its end (a spreadsheet of pages, the demo's hundreds).
``Values`` maps facet values to their numbers and back; ``facet_counts`` counts them over any
sets of entries in one query.
"""

from collections import Counter
from contextlib import contextmanager

from asgiref.local import Local

from django.db import connection, transaction

from wagtail.models import Page

from home import privacy
from search.models import (
    InitiativePage,
    LibraryEntry,
    LibraryFacetCount,
    LibraryFacetValue,
    LibraryPage,
    overlap_sql,
)
from search.text import words

BATCH = 500

_deferred = Local()  # the page and library ids waiting for the end of ``deferred()``


def facet_values(page):
    """{facet: sorted values} of one initiative, as the search's parameters name them: what
    both engines index."""
    return {
        "type": [page.kind],
        "year": [str(page.start_date.year)],
        "municipality": [page.municipality] if page.municipality else [],
        "community": sorted({c.slug for c in page.communities.all() if c.live}),
        "organisation": sorted({org.slug for org in page.organisations.all() if org.live}),
        "topic": sorted({tagged.tag.slug for tagged in page.tagged_topics.all()}),
    }


def _pairs(page):
    return [
        (facet, value[:100]) for facet, values in facet_values(page).items() for value in values
    ]


class Values:
    """Every numbered facet value, read in one query: ``ids(facet, values)`` and ``of(id)``."""

    def __init__(self):
        rows = LibraryFacetValue.objects.values_list("pk", "facet", "value")
        self.by_id = {pk: (facet, value) for pk, facet, value in rows}
        self.by_value = {pair: pk for pk, pair in self.by_id.items()}

    def ids(self, facet, values):
        return [self.by_value[facet, value] for value in values if (facet, value) in self.by_value]

    def of_facet(self, facet):
        return [pk for pk, (name, _value) in self.by_id.items() if name == facet]

    def of(self, pk):
        return self.by_id.get(pk, ("", ""))


def facet_counts(entries, groups):
    """[[(value id, count)] of each group], in one query.

    ``entries`` is the queryset searched (its library, its text); it is read once. ``groups`` is
    [(filters, ids or None)]: among those entries, the ones that have one of the values of each
    filter (a list of value ids), counting those value ids only, or all.
    """
    if not groups:
        return []
    postgresql = connection.vendor == "postgresql"
    sql, sub_params = entries.order_by().values("facets").query.sql_with_params()
    params = list(sub_params)
    # Only Django's SQL and our own: every value is a parameter.
    parts = []
    column = "k.id" if postgresql else "k.value"
    for number, (filters, only) in enumerate(groups):
        chosen, chosen_params = [], []
        for ids in filters:
            condition, ids_params = overlap_sql("m.facets", ids, connection)
            chosen.append(f"({condition})")
            chosen_params += ids_params
        kept = []
        if only is not None:
            kept = [f"{column} IN ({', '.join(['%s'] * len(only))})" if only else "1 = 0"]
        if postgresql:
            rows, where = (
                f"(SELECT unnest(m.facets) AS id FROM m {_where(chosen)}) AS k",
                _where(kept),
            )
        else:
            rows, where = "m, json_each(m.facets) AS k", _where(chosen + kept)
        parts.append(f"SELECT {number}, {column}, COUNT(*) FROM {rows} {where} GROUP BY {column}")
        params += [*chosen_params, *(only or [])]
    found = [[] for _group in groups]
    with connection.cursor() as cursor:
        # Read once when several groups count it; inlined (so it may run in parallel) when one.
        cursor.execute(f"WITH m AS ({sql}) {' UNION ALL '.join(parts)}", params)
        for number, pk, count in cursor.fetchall():
            found[number].append((pk, count))
    return found


def _where(conditions):
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _numbered(pairs):
    """{(facet, value): id} of these values, numbering the new ones."""
    pairs = set(pairs)
    known = Values().by_value
    missing = pairs - set(known)
    if missing:
        LibraryFacetValue.objects.bulk_create(
            [LibraryFacetValue(facet=facet, value=value) for facet, value in sorted(missing)],
            ignore_conflicts=True,  # another transaction may have numbered them meanwhile
        )
        known = Values().by_value
    return {pair: known[pair] for pair in pairs}


def listed(pages):
    """The pages the public may find: live and not private (``home.privacy``: in no language)."""
    return pages.live().filter(privacy.is_public())


def _live(pages):
    return (
        listed(pages)
        .select_related("locale")
        .prefetch_related("communities", "organisations", "tagged_topics__tag")
        .order_by("pk")
    )


def _write(pages):
    """Entries for ``pages`` (live, without entries yet) under their library; the libraries."""
    parents = {page.path[: -Page.steplen] for page in pages}
    libraries = dict(LibraryPage.objects.filter(path__in=parents).values_list("path", "pk"))
    pages = [page for page in pages if page.path[: -Page.steplen] in libraries]
    values = {page.pk: _pairs(page) for page in pages}
    numbers = _numbered(pair for pairs in values.values() for pair in pairs)
    entries = [
        LibraryEntry(
            page_id=page.pk,
            library_id=libraries[page.path[: -Page.steplen]],
            locale_id=page.locale_id,
            start_date=page.start_date,
            title=words(page.title),
            words=words(page.folded_text),
            facets=sorted(numbers[pair] for pair in values[page.pk]),
        )
        for page in pages
    ]
    LibraryEntry.objects.bulk_create(entries)
    return {entry.library_id for entry in entries}


def _count(libraries):
    """Each library's facet counts again, from its entries."""
    for library in libraries:
        LibraryFacetCount.objects.filter(library_id=library).delete()
        entries = LibraryEntry.objects.filter(library_id=library)
        LibraryFacetCount.objects.bulk_create(
            LibraryFacetCount(library_id=library, value_id=pk, count=count)
            for pk, count in facet_counts(entries, [([], None)])[0]
        )


@contextmanager
def deferred():
    """Refresh the entries once, at the end, for all the pages refreshed within."""
    if hasattr(_deferred, "pages"):  # already deferring: the outermost one refreshes
        yield
        return
    _deferred.pages, _deferred.libraries = set(), set()
    try:
        yield
        pages, libraries = _deferred.pages, _deferred.libraries
    finally:
        del _deferred.pages, _deferred.libraries
    if pages or libraries:
        refresh(pages, libraries)


def refresh(page_ids, libraries=()):
    """Make the entries of these pages what the pages are now: gone unless live; recount their
    libraries, and these ``libraries`` too."""
    page_ids = list(page_ids)
    if hasattr(_deferred, "pages"):
        _deferred.pages.update(page_ids)
        _deferred.libraries.update(libraries)
        return
    with transaction.atomic():
        before = set(
            LibraryEntry.objects.filter(pk__in=page_ids).values_list("library_id", flat=True)
        )
        LibraryEntry.objects.filter(pk__in=page_ids).delete()
        after = _write(list(_live(InitiativePage.objects.filter(pk__in=page_ids))))
        # One library's counts are recounted by one transaction at a time, each after the one
        # before it has committed, so the last count sees every entry.
        libraries = list(
            LibraryPage.objects.select_for_update()
            .filter(pk__in=before | after | set(libraries))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        _count(libraries)


def deleted(page):
    """A deleted page's entry went with it; its library's counts are recounted."""
    parent = LibraryPage.objects.filter(path=page.path[: -Page.steplen])
    refresh([page.pk], libraries=parent.values_list("pk", flat=True))


def rebuild(progress=None):
    """Every entry written again from the live pages; ``progress(done, total)`` after each batch.
    One transaction: readers see the old entries until the new ones are all there."""
    pages = _live(InitiativePage.objects.all())
    total, done, last = pages.count(), 0, 0
    with transaction.atomic():
        LibraryFacetCount.objects.all().delete()
        LibraryEntry.objects.all().delete()
        while batch := list(pages.filter(pk__gt=last)[:BATCH]):
            _write(batch)
            done, last = done + len(batch), batch[-1].pk
            if progress:
                progress(done, total)
        _count(LibraryPage.objects.values_list("pk", flat=True))
    if connection.vendor == "postgresql":  # the planner's statistics, for the new rows
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {LibraryEntry._meta.db_table}")
    return LibraryEntry.objects.count()


def stored_counts(libraries, only=None):
    """[(value id, count)] of the libraries together (a filter on ``LibraryFacetCount``:
    ``{"library": page}``, ``{}`` for all), from their stored counts."""
    counts = Counter()
    rows = LibraryFacetCount.objects.filter(**libraries)
    if only is not None:
        rows = rows.filter(value__in=only)
    for pk, count in rows.values_list("value_id", "count"):
        counts[pk] += count
    return list(counts.items())
