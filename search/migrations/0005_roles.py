"""Let editors and coordinators name the library's topics, and translators translate them."""

from django.db import migrations

from home.roles import create_permissions_and_apply


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_topics"),
        ("competition", "0002_roles"),
    ]

    operations = [migrations.RunPython(create_permissions_and_apply, migrations.RunPython.noop)]
