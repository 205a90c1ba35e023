"""Let editors and coordinators see the campaigns' reach, and coordinators export signatures."""

from django.db import migrations

from home.roles import create_permissions_and_apply


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_campaigns"),
        ("search", "0005_roles"),
    ]

    operations = [migrations.RunPython(create_permissions_and_apply, migrations.RunPython.noop)]
