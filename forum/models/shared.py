"""Text in the visitor's language, figures shared by every translation.

A translatable snippet of the Forum has one row per locale (wagtail-localize copies it). Its
text differs per row; its figures (dates, statuses, amounts, links to other records) are the
same for all of them. ``SharedFieldsMixin`` keeps them the same: saving any translation writes
its shared fields to the rows of its whole translation group, so an editor may work in any
locale and the public sees one figure in every language.
"""

from django.db import models

from wagtail.models import Locale

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
        super().save(*args, **kwargs)
        self.share_with_translations()

    def translation_siblings(self):
        return (
            type(self)
            ._default_manager.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
        )

    def share_with_translations(self):
        siblings = self.translation_siblings()
        if self.shared_fields:
            siblings.update(
                **{
                    field.attname: getattr(self, field.attname)
                    for field in (self._meta.get_field(name) for name in self.shared_fields)
                }
            )
        for name in self.shared_many_to_many:
            through = self._meta.get_field(name).remote_field.through
            source_column = self._meta.get_field(name).m2m_field_name()
            target_column = self._meta.get_field(name).m2m_reverse_field_name()
            targets = list(
                through.objects.filter(**{source_column: self.pk}).values_list(
                    f"{target_column}_id", flat=True
                )
            )
            sibling_ids = list(siblings.values_list("pk", flat=True))
            through.objects.filter(**{f"{source_column}_id__in": sibling_ids}).delete()
            through.objects.bulk_create(
                through(**{f"{source_column}_id": sibling, f"{target_column}_id": target})
                for sibling in sibling_ids
                for target in targets
            )


def default_locale():
    return Locale.objects.get(language_code=languages.DEFAULT.code)


def language_rank(locale_id, language_code, locale):
    """How well a translation suits a reader of ``locale``: 0 their own, 1 the default
    language, 2 any other."""
    if locale_id == locale.pk:
        return 0
    return 1 if language_code == languages.DEFAULT.code else 2


def in_language(queryset, locale):
    """One row per translation group: the locale's own, else the default locale's, else any.

    One query, whatever the number of groups. The rows keep the queryset's order. Also returns
    {pk: translation key} of every row read, to follow foreign keys that point at any
    translation of their target.
    """
    rows = list(queryset.select_related("locale"))
    chosen = {}
    for row in rows:
        rank = language_rank(row.locale_id, row.locale.language_code, locale)
        current = chosen.get(row.translation_key)
        if current is None or rank < current[0]:
            chosen[row.translation_key] = (rank, row)
    keep = {id(row) for _, row in chosen.values()}
    return [row for row in rows if id(row) in keep], {row.pk: row.translation_key for row in rows}
