"""Text in the visitor's language, figures shared by every translation; moderated records.

A translatable snippet of the Forum has one row per locale (wagtail-localize copies it). Its
text differs per row; its figures (dates, statuses, amounts, links to other records) are the
same for all of them. ``SharedFieldsMixin`` keeps them the same, and only the source row (the
default locale's) writes them: saving it writes its shared fields to the rows of its whole
translation group, while saving a translation takes them from the source. So a translation's
form, however old, never changes a figure in any language.

``ModeratedRecord`` is the base of the records the public reads: they have drafts, revisions,
locks and the "Editor → Coordinator" workflow, like pages. The database row is the live
version; the public reads ``.live()`` rows only.
"""

from django.db import models

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)

from cms import languages
from home.synchronised import SharedFieldsSynchronised


class SharedFieldsMixin(models.Model):
    shared_fields: tuple[str, ...] = ()
    shared_many_to_many: tuple[str, ...] = ()
    # wagtail-localize copies the shared fields from the source: no translator sees or edits them.
    translatable_fields = SharedFieldsSynchronised()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is not None:
            # Wagtail's bookkeeping (latest revision, lock): the instance may hold a draft's
            # figures, which must not reach the live rows of the other languages.
            super().save(*args, **kwargs)
            return
        source = self.translation_source()
        if source is None:
            super().save(*args, **kwargs)
            self.share_with(self.translation_siblings())
        else:
            self.take_shared_fields_from(source)
            super().save(*args, **kwargs)
            source.share_with(type(self)._default_manager.filter(pk=self.pk))

    def translation_siblings(self):
        return (
            type(self)
            ._default_manager.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
        )

    def translation_source(self):
        """The default locale's row of this record, when this row is another translation of it;
        None when this row is the source (or no default-locale row exists)."""
        default = default_locale()
        if self.locale_id is None or self.locale_id == default.pk:
            return None
        return self.translation_siblings().filter(locale=default).first()

    def _shared_concrete_fields(self):
        return [self._meta.get_field(name) for name in self.shared_fields]

    def take_shared_fields_from(self, source):
        for field in self._shared_concrete_fields():
            setattr(self, field.attname, getattr(source, field.attname))

    def share_with(self, rows):
        """Write this row's shared fields and many-to-many links to ``rows`` (a queryset)."""
        if self.shared_fields:
            rows.update(
                **{
                    field.attname: getattr(self, field.attname)
                    for field in self._shared_concrete_fields()
                }
            )
        row_ids = list(rows.values_list("pk", flat=True))
        for name in self.shared_many_to_many:
            through = self._meta.get_field(name).remote_field.through
            source_column = self._meta.get_field(name).m2m_field_name()
            target_column = self._meta.get_field(name).m2m_reverse_field_name()
            targets = list(
                through.objects.filter(**{source_column: self.pk}).values_list(
                    f"{target_column}_id", flat=True
                )
            )
            through.objects.filter(**{f"{source_column}_id__in": row_ids}).delete()
            through.objects.bulk_create(
                through(**{f"{source_column}_id": row, f"{target_column}_id": target})
                for row in row_ids
                for target in targets
            )


class RecordForm(WagtailAdminModelForm):
    """A record's admin form. A translation's form has no shared fields: the source's form alone
    writes them, and nobody reads or changes a figure, a date or "public" from another language
    (their panels are hidden with them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.translation_source() is not None:
            for name in (*instance.shared_fields, *instance.shared_many_to_many):
                self.fields.pop(name, None)


class RecordQuerySet(models.QuerySet):
    def live(self):
        """The published versions: what the public may read."""
        return self.filter(live=True)


class ModeratedRecord(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    SharedFieldsMixin,
    TranslatableMixin,
    models.Model,
):
    """A translatable record of the Forum that goes live only when a coordinator publishes it."""

    objects = RecordQuerySet.as_manager()
    base_form_class = RecordForm

    class Meta(TranslatableMixin.Meta):
        abstract = True


def default_locale():
    return Locale.objects.get(language_code=languages.DEFAULT.code)


def language_rank(locale_id, language_code, locale):
    """How well a translation suits a reader of ``locale``: 0 their own, 1 the default
    language, 2 any other."""
    if locale_id == locale.pk:
        return 0
    return 1 if language_code == languages.DEFAULT.code else 2


def in_language(queryset, locale, *, heavy=False):
    """One row per translation group: the locale's own, else the default locale's, else any.

    One query, whatever the number of groups. The rows keep the queryset's order. Also returns
    {pk: translation key} of every row read, to follow foreign keys that point at any
    translation of their target.

    ``heavy`` rows (prefetches, images, long texts) are chosen from light rows first, and only
    the chosen ones are read whole: one query more, instead of a model instance, its related
    rows and prefetches for each of eight translations.
    """
    if heavy:
        chosen, keys = values_in_language(queryset, locale)
        rows = queryset.filter(pk__in=[row["pk"] for row in chosen]).select_related("locale")
        return list(rows), keys
    rows = list(queryset.select_related("locale"))
    kept = _best_of_each_group(
        rows,
        key=lambda row: row.translation_key,
        rank=lambda row: language_rank(row.locale_id, row.locale.language_code, locale),
    )
    return kept, {row.pk: row.translation_key for row in rows}


def values_in_language(queryset, locale, *fields):
    """``in_language`` for a few fields: dicts of ``fields`` (with ``pk`` and
    ``translation_key``), without building a model instance per translation."""
    light = queryset.select_related(None).prefetch_related(None)
    rows = list(
        light.values("pk", "translation_key", "locale_id", "locale__language_code", *fields)
    )
    kept = _best_of_each_group(
        rows,
        key=lambda row: row["translation_key"],
        rank=lambda row: language_rank(row["locale_id"], row["locale__language_code"], locale),
    )
    return kept, {row["pk"]: row["translation_key"] for row in rows}


def _best_of_each_group(rows, key, rank):
    """The best-ranked row of each translation group, in the rows' order."""
    chosen = {}
    for index, row in enumerate(rows):
        row_rank = rank(row)
        current = chosen.get(key(row))
        if current is None or row_rank < current[0]:
            chosen[key(row)] = (row_rank, index)
    keep = {index for _, index in chosen.values()}
    return [row for index, row in enumerate(rows) if index in keep]
