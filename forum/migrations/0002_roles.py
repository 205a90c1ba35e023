"""Give the Editors, Coordinators and Translators their rights on the Forum's records."""

from django.db import migrations

from home.roles import create_permissions_and_apply


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_forum"),
        ("home", "0004_locales"),
    ]

    operations = [migrations.RunPython(create_permissions_and_apply, migrations.RunPython.noop)]
