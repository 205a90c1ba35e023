"""The Forum's public records go through the Editor → Coordinator workflow; coordinators
publish, lock and unlock them. Existing rows stay live: they were already public."""

from django.db import migrations
from django.utils import timezone

from home.roles import create_permissions_and_apply, moderate_snippets

RECORDS = ["community", "organization", "goal", "objective", "action", "advocacymeeting"]


def moderate_records(apps, schema_editor):
    now = timezone.now()
    for name in RECORDS:
        apps.get_model("forum", name).objects.filter(first_published_at__isnull=True).update(
            first_published_at=now, last_published_at=now
        )
    moderate_snippets(apps, *(f"forum.{name}" for name in RECORDS))
    create_permissions_and_apply(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0004_records_have_drafts_revisions_and_locks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(moderate_records, migrations.RunPython.noop)]
