"""Fast, kind tests: MD5 hashing, local memory cache, plain static files, inline tasks.

DATABASE_URL is honoured so that CI runs the same suite on PostgreSQL.
"""

import os
import tempfile

from .base import *  # noqa: F403 -- a settings module extends its base

SECRET_KEY = "tests-only-secret-key"  # noqa: S105 -- test only
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
DEBUG = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Whitenoise serves collected files in production; here Django serves them from the apps.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405 -- from base
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

# Uploaded and seeded files go to a throwaway folder, never into the working tree. A developer who
# keeps the test database between runs (pytest --reuse-db) keeps its files too with TEST_MEDIA_ROOT.
MEDIA_ROOT = Path(  # noqa: F405 -- Path from base
    os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="forum-test-media-")
)
# The suite always uses the local memory cache; the Redis cache has a live test of its own
# (tests/test_services.py), so tests never see each other's cached values across processes.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # As many entries as production's store holds (base.py): a purge of a thousand pages
    # culls nothing.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
}
# One process, one clock: a page published by a test is kept by the next request.
PAGE_CACHE = {**PAGE_CACHE, "CLOCK_MARGIN": 0}  # noqa: F405 -- from base
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="forum-test-private-"))  # noqa: F405
# Hypothesis sends hundreds of forms from one address; the limit has a test of its own.
COMPETITION_SUBMISSION_RATE = "100000/h"
CAMPAIGNS_PLEDGE_RATE = "100000/h"
# django-axes counts the admin's failed sign-ins in the cache, which each test starts empty: no
# test is locked out by another's. Its backend refuses the test client's request-less login().
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
SILENCED_SYSTEM_CHECKS = ["axes.W001"]  # local memory is not shared, but tests run in one process
AUTHENTICATION_BACKENDS = [
    "home.ratelimits.TestClientAxesBackend",
    *AUTHENTICATION_BACKENDS[1:],  # noqa: F405 -- from base
]

# Encoding AVIF takes seconds a rendition: the demo every test session seeds gets WebP only,
# and tests/home/test_images.py turns AVIF on where it checks it.
IMAGE_MODERN_FORMATS = ["webp"]
