"""One translators' group per locale ("Translators · Romani") instead of a single "Translators".

The members of the old group could translate into every locale; they are moved into every new
group, so nobody loses a right by migrating (an administrator then narrows them). Translators
lose their change rights on the source records: they translate, they do not edit.
"""

from django.db import migrations

from home.roles import LEGACY_TRANSLATORS, TRANSLATOR_GROUPS, create_permissions_and_apply


def split_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    create_permissions_and_apply(apps)
    legacy = Group.objects.filter(name=LEGACY_TRANSLATORS).first()
    if legacy is None:
        return
    members = list(legacy.user_set.all())
    for name in TRANSLATOR_GROUPS.values():
        Group.objects.get(name=name).user_set.add(*members)
    legacy.delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0004_locales")]

    operations = [migrations.RunPython(split_translators, migrations.RunPython.noop)]
