"""One Locale per content language of cms/languages.py (Wagtail creates only the default), each
synchronised from the default by wagtail-localize: a page written in Macedonian then appears in
every other tree (as an alias, shown with a notice) until it is translated."""

from django.db import migrations

from cms import languages


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages.CODES}
    default = locales[languages.DEFAULT.code]
    for code, locale in locales.items():
        if code != languages.DEFAULT.code:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
