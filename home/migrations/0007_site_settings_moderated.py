"""Site settings are moderated like pages: drafts, locking and the "Editor → Coordinator"
workflow (they had revisions already). Existing rows stay live (``live`` defaults to true);
coordinators publish."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from wagtail.snippets.models import create_extra_permissions

from home.roles import create_permissions_and_apply, moderate_snippets


def moderate_site_settings(apps, schema_editor):
    # Wagtail creates the publish, lock and unlock permissions after migrating; grant them now.
    create_extra_permissions(apps.get_app_config("home"), apps=apps)
    create_permissions_and_apply(apps)
    moderate_snippets(apps, "home.SiteSettings")


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0006_outbound_email'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='sitesettings',
            name='expire_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='expired',
            field=models.BooleanField(default=False, editable=False, verbose_name='expired'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='first_published_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='go_live_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='go live date/time'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='has_unpublished_changes',
            field=models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='last_published_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='last published at'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='live',
            field=models.BooleanField(default=True, editable=False, verbose_name='live'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='live_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='locked',
            field=models.BooleanField(default=False, editable=False, verbose_name='locked'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='locked_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='locked at'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='locked_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
        ),
        migrations.RunPython(moderate_site_settings, migrations.RunPython.noop),
    ]
