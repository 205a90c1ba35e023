"""Background work of the library: keeping an initiative's Elasticsearch document current."""

from django_tasks import task

from search import elastic
from search.models import InitiativePage


@task()
def update_library_document(page_id):
    """Index the page as it is now live, or take it out of every index when it is not."""
    if not elastic.enabled():
        return
    page = (
        InitiativePage.objects.live()
        .filter(pk=page_id)
        .select_related("locale")
        .prefetch_related("communities", "organisations", "tagged_topics__tag")
        .first()
    )
    if page is None:
        elastic.remove_page(page_id)
    else:
        elastic.index_pages([page])
