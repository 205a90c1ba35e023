"""WSGI entry point for gunicorn: `gunicorn cms.wsgi` (production settings by default).

Django's application sits behind the page cache's WSGI layer, which answers anonymous
visitors' GETs of kept pages before a request object is built (home/page_cache.py).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

django_application = get_wsgi_application()

from home.page_cache import CachedPages  # noqa: E402 -- needs the settings loaded above

application = CachedPages(django_application)
