"""Compile locale/*/LC_MESSAGES/*.po into .mo with polib: no GNU gettext needed.

Django's compilemessages needs msgfmt, which a machine with only Python lacks; Romani and
Aromanian do not work at all without their compiled catalog, so the .mo files are committed
and this command (``make messages``) keeps them in step with the .po files.
"""

from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's gettext catalogs (.po -> .mo) with polib."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalog = polib.pofile(str(po_path))
                catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(f"{po_path}: {catalog.percent_translated()}% translated")
