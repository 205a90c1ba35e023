"""Give Coordinators and Judges their rights in the essay competition."""

from django.db import migrations

from home.roles import create_permissions_and_apply


class Migration(migrations.Migration):
    dependencies = [
        ("competition", "0001_competition"),
        ("forum", "0003_measurements_in_the_admin"),
    ]

    operations = [migrations.RunPython(create_permissions_and_apply, migrations.RunPython.noop)]
