"""Fast, kind tests: MD5 hashing, local memory cache, plain static files, inline tasks.

DATABASE_URL and REDIS_URL are honoured so that CI runs the same suite on PostgreSQL and Redis.
"""

from .base import *  # noqa: F403 -- a settings module extends its base

SECRET_KEY = "tests-only-secret-key"  # noqa: S105 -- test only
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
DEBUG = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # noqa: S303 -- speed
if "REDIS_URL" not in os.environ:  # noqa: F405 -- imported in base
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {  # noqa: F405 -- defined in base
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
WAGTAILADMIN_BASE_URL = "http://testserver"
