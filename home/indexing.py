"""Writing many pages at once without indexing each save: ``indexing_deferred()``.

Every page save updates Wagtail's search index and its reference index (what uses an image, a
document, a page), each with queries of its own. Writing hundreds of pages (the demo, a
benchmark's tree) is minutes of that; within ``indexing_deferred()`` neither runs, and
``rebuild_indexes()`` writes both whole afterwards in seconds.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save

from modelsearch import signal_handlers as search_signals
from wagtail.search import index as search_index
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred():
    """Yields a list that fills with the models saved meanwhile (empty: nothing to rebuild)."""
    saved = []

    def note_save(sender, **kwargs):
        saved.append(sender)

    for model in search_index.get_indexed_models():
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    post_save.connect(note_save, weak=False, dispatch_uid="home.indexing.saves")
    try:
        with disable_reference_index_auto_update():
            yield saved
    finally:
        post_save.disconnect(dispatch_uid="home.indexing.saves")
        search_signals.register_signal_handlers()


def rebuild_indexes(stdout):
    call_command("update_index", stdout=stdout)
    call_command("rebuild_references_index", stdout=stdout)
