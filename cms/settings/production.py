"""Production: every deployment value comes from the environment (see README, "Deployment").

A missing SECRET_KEY or ALLOWED_HOSTS stops the process at start-up rather than serving with
a weak default.
"""

import os

from .base import *  # noqa: F403 -- a settings module extends its base

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Background work goes to django-tasks' database backend, run by `manage.py db_worker`.
# TASKS_BACKEND=immediate runs it inline instead (a single small server without a worker).
if os.environ.get("TASKS_BACKEND", "database") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail purges the front cache (Varnish, nginx, Cloudflare ...) on publish when one is named.
if "FRONTEND_CACHE_URL" in os.environ:
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]  # noqa: F405 -- defined in base
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405 -- defined in base
