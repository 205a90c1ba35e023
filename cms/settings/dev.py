"""The embedded default: a laptop with nothing but Python. SQLite, console email, no HTTPS."""

from .base import *  # noqa: F403 -- a settings module extends its base

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-key-never-used-in-production"  # noqa: S105 -- dev only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

# Whitenoise serves collected files in production; here Django serves them from the apps.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405 -- from base
# Plain static storage: no collectstatic needed before `runserver`.
STORAGES["staticfiles"] = {  # noqa: F405 -- defined in base
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

try:
    from .local import *  # noqa: F403 -- git-ignored, per-developer overrides
except ImportError:
    pass
