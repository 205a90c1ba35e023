"""Privacy set on a page before home/privacy.py copied it: every translation of a restricted
page that has no restriction of its own gets a copy (a translation with its own is left as it
is). Afterwards, ``manage.py rebuild_library_index`` takes newly private initiatives out of the
library's entries and counts."""

from django.db import migrations


def share_existing_privacy(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restricted.order_by("pk"):
        translations = Page.objects.filter(translation_key=restriction.page.translation_key)
        for page in translations.exclude(pk=restriction.page_id).filter(
            view_restrictions__isnull=True
        ):
            copy = PageViewRestriction.objects.create(
                page=page,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(restriction.groups.all())


class Migration(migrations.Migration):
    dependencies = [("home", "0008_translators_translate_records")]

    operations = [migrations.RunPython(share_existing_privacy, migrations.RunPython.noop)]
