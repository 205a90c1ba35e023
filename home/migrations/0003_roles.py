"""Create the Editors, Coordinators, Judges and Translators groups and the moderation workflow.

Django creates permissions after all migrations have run; the ones granted here are created
first, so that this works on a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home.roles import apply_roles


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_content"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
