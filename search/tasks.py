"""Background work of the library: keeping an initiative's Elasticsearch document current, and
the initiatives of a topic whose names changed; and the site search's counted queries."""

from django_tasks import task

from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.search import index as wagtail_index

from search import elastic, entries
from search.models import InitiativePage


@task()
def update_library_document(page_id):
    """Index the page as it is now live and public, or take it out of every index when not."""
    if not elastic.enabled():
        return
    page = (
        entries.listed(InitiativePage.objects.filter(pk=page_id))
        .select_related("locale")
        .prefetch_related("communities", "organisations", "tagged_topics__tag")
        .first()
    )
    if page is None:
        elastic.remove_page(page_id)
    else:
        elastic.index_pages([page])


@task()
def refresh_topic_initiatives(tag_id):
    """A topic was named, renamed or unnamed in some language: its initiatives' folded text (which
    holds the topics' names in every language) and their index entries follow."""
    pages = list(
        InitiativePage.objects.filter(tagged_topics__tag_id=tag_id)
        .prefetch_related("communities", "organisations", "tagged_topics__tag")
        .distinct()
    )
    for page in pages:
        page.refold()
    InitiativePage.objects.bulk_update(pages, ["folded_title", "folded_text"], batch_size=500)
    for page in pages:  # the site search reads the folded text too
        wagtail_index.insert_or_update_object(page)
    entries.refresh(page.pk for page in pages)
    if elastic.enabled():
        public = entries.listed(InitiativePage.objects.filter(pk__in=[p.pk for p in pages]))
        listed = set(public.values_list("pk", flat=True))
        live = [page for page in pages if page.pk in listed]
        for start in range(0, len(live), 500):
            elastic.index_pages(live[start : start + 500])


@task()
def count_search_hit(text):
    """A visitor's site search, counted in Wagtail's search-terms report (search/views.py)."""
    SearchQuery.get(text).add_hit()
