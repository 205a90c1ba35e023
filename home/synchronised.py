"""Fields shared by every translation are synchronised by wagtail-localize, never translated.

A translatable record that keeps some fields the same in every locale (dates, figures, statuses,
internal notes: its ``shared_fields``) must not offer them to translators as segments, nor as
overrides: wagtail-localize would show them in its editor, to anyone translating. Declaring
``translatable_fields = SharedFieldsSynchronised()`` on the model keeps wagtail-localize's own
choice for every other field and copies the shared ones from the source, unchangeable.
"""

import threading

_deriving = threading.local()


class SharedFieldsSynchronised:
    """A class attribute read by wagtail-localize as ``model.translatable_fields``."""

    def __get__(self, instance, owner):
        from wagtail_localize.fields import SynchronizedField, get_translatable_fields

        if getattr(_deriving, "model", None) is owner:
            # wagtail-localize asks ``hasattr(model, "translatable_fields")`` before deriving its
            # default; while we ask it for that default, the model has none.
            raise AttributeError("translatable_fields")
        _deriving.model = owner
        try:
            fields = get_translatable_fields(owner)
        finally:
            _deriving.model = None
        shared = set(owner.shared_fields)
        return [
            SynchronizedField(field.field_name, overridable=False)
            if field.field_name in shared
            else field
            for field in fields
        ] + [
            SynchronizedField(name, overridable=False)
            for name in owner.shared_fields
            if name not in {field.field_name for field in fields}
        ]
