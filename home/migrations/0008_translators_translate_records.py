"""Translators get the change right on the translatable records, which wagtail-localize's
translation editor asks; home/translators.py keeps it to the rows of their own languages."""

from django.db import migrations

from home.roles import create_permissions_and_apply


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_site_settings_moderated"),
        ("forum", "0005_coordinators_publish_records"),
        ("search", "0006_topics_moderated"),
    ]

    operations = [migrations.RunPython(create_permissions_and_apply, migrations.RunPython.noop)]
