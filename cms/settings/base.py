"""Settings shared by every environment: safe on their own (DEBUG off, secure cookies).

``dev`` relaxes them for a laptop, ``test`` makes them fast, ``production`` reads every
deployment value from the environment. Optional services switch on when their variable is set:
``DATABASE_URL``, ``REDIS_URL``, ``ELASTICSEARCH_URL``, ``EMAIL_URL``-style ``EMAIL_*``,
``AWS_STORAGE_BUCKET_NAME``.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from django.utils.translation import gettext_lazy as _

from cms import languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]

INSTALLED_APPS = [
    "home",
    "forum",
    "campaigns",
    "competition",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    # Static files first: compressed and hashed already, never through the middleware below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (a kept page comes compressed from the page cache), answered 304 by ETag.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Keeps what anonymous visitors may share, with every header the middleware below adds (the
    # security headers included); cms.wsgi answers from it before Django runs.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "home.admin_scope.ScopedAdminMiddleware",
    "home.translators.TranslatorsLanguagesMiddleware",
    "cms.middleware.MalformedFormMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into home.ratelimits' answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Database: SQLite on the embedded default, anything dj-database-url reads otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests write at once on the embedded default too (pledges, registrations): a
    # write transaction takes SQLite's lock when it begins and waits its turn (up to 20 s),
    # instead of failing with "database is locked" when a read turns into a write; WAL lets
    # pages be read while one request writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "home.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# The admin's sign-in, throttled by django-axes: five failures lock the username, and apart
# from it the address, for a quarter of an hour. Axes' backend comes first so that a locked-out
# sign-in is refused before the password is even checked. The failures are counted in the
# shared cache where there is one (Redis); local memory is not shared by processes, so without
# Redis they are counted in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if "REDIS_URL" in os.environ
    else "axes.handlers.database.AxesDatabaseHandler"
)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.ratelimits.client_ip"
AXES_LOCKOUT_CALLABLE = "home.ratelimits.login_locked_out"

# Languages: cms/languages.py owns the list; Django learns Romani and Aromanian from it.
languages.register_with_django()
LANGUAGE_CODE = languages.DEFAULT.code
LANGUAGES = languages.DJANGO_LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date and number formats for Romani and Aromanian, which Django does not ship (cms/formats/).
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Skopje"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Slugs in plain ASCII, transliterated from the title (home.slugs): a Cyrillic slug makes a
# percent-encoded URL. A page whose slug changes leaves a redirect from its old URL.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILREDIRECTS_AUTO_CREATE = True
# The admin keeps Wagtail's own languages (it is translated into en and tr of ours):
# WAGTAILADMIN_PERMITTED_LANGUAGES is left at Wagtail's default on purpose.

# Static files and media. Whitenoise serves compressed files with hashed names.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if "AWS_STORAGE_BUCKET_NAME" in os.environ:
    # S3-style storage through django-storages; credentials, region and endpoint come from
    # the standard AWS_* variables that boto3 and django-storages read themselves.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }

# Cache: Redis when REDIS_URL is set, local memory otherwise.
if "REDIS_URL" in os.environ:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "forum",
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (home/page_cache.py) must be shared by every process that serves or purges:
# Redis when there is one; otherwise files, which gunicorn's workers and the admin's publish
# all see (local memory would leave the other workers' copies stale). Tags never expire, so a
# purge is never forgotten; with Redis use `maxmemory-policy volatile-lru`, which evicts only
# pages, whose entries expire.
if "REDIS_URL" in os.environ:
    CACHES["pages"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "forum-pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", BASE_DIR / ".cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
PAGE_CACHE = {
    "ENABLED": os.environ.get("PAGE_CACHE", "on") != "off",
    "ALIAS": "pages",
    "TIMEOUT": 24 * 3600,  # purged on change; the day only bounds what a crash could leave
    # A live figure (a pledge tally, places left) is purged at its first change in this many
    # seconds, and its page is never kept longer besides: it is never older than this.
    "LIVE_TIMEOUT": 30,
    # A browser cannot be purged: it asks again each time, and its ETag makes the answer a 304
    # (a visitor who has just signed a pledge sees the tally count them).
    "BROWSER_MAX_AGE": 0,
    "SHARED_MAX_AGE": 3600,  # a front cache is purged by Wagtail; the hour bounds a lost purge
    # What Wagtail's purge does not name (the library's and the search's query strings, a
    # page's routes) a front cache keeps this long at most: it is never older than this.
    "UNPURGED_SHARED_MAX_AGE": 30,
    "STALE_WHILE_REVALIDATE": 30,
    "BROTLI_QUALITY": 9,  # compressed once per kept page
    # Seconds between the app servers' clocks: a page rendered this close after a purge of
    # what it shows is not kept (home/page_cache.py).
    "CLOCK_MARGIN": 1.0,
}

# Background work: django-tasks. Inline (the immediate backend) on the embedded default;
# production.py switches to the database backend, whose worker is `manage.py db_worker`.
if os.environ.get("TASKS_BACKEND") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Search: Elasticsearch when ELASTICSEARCH_URL is set, the database backend otherwise.
if "ELASTICSEARCH_URL" in os.environ:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "forum_"),
            "TIMEOUT": 10,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The library's own indexes (search/elastic.py): one per locale, beside Wagtail's.
LIBRARY_ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
LIBRARY_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "forum_") + "library_"

# Event registrations accepted per hour from one address (django-ratelimit, through the default
# cache: Redis in production; the embedded default is one process, where local memory counts
# right). Behind a proxy, see home/ratelimits.py and the two settings below.
FORUM_REGISTRATION_RATE = os.environ.get("FORUM_REGISTRATION_RATE", "30/h")
# The essay competition: submissions per address and hour, and where the essays' original
# files are kept. They belong to students, mostly minors: never under MEDIA_ROOT, which the
# web server serves to anyone.
COMPETITION_SUBMISSION_RATE = os.environ.get("COMPETITION_SUBMISSION_RATE", "10/h")
# Pledge signatures per address: a family or a school shares one address, a bot is stopped.
CAMPAIGNS_PLEDGE_RATE = os.environ.get("CAMPAIGNS_PLEDGE_RATE", "20/h")
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# The site search counts each visitor's query once per half hour in Wagtail's search-terms
# report, and at most this many queries per address: a search never writes on every request.
SEARCH_HIT_WINDOW = 30 * 60
SEARCH_HITS_RATE = os.environ.get("SEARCH_HITS_RATE", "60/h")
# Where the client address of the limits (the forms' and the sign-in's) comes from behind a
# proxy: one header the proxy sets (its request.META key, e.g. HTTP_X_REAL_IP), or else the
# number of proxies whose X-Forwarded-For hops are trusted. Neither: REMOTE_ADDR.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY", "")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Email through Django's backends: SMTP when EMAIL_HOST is set, files in EMAIL_FILE_PATH (a
# staging copy, the browser tests), the console otherwise.
if "EMAIL_HOST" in os.environ:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
elif "EMAIL_FILE_PATH" in os.environ:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Forum <noreply@forum.mk>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Every email is recorded (home.OutboundEmail): a failed one is retried up to this many times
# (`manage.py retry_failed_emails`, from cron), and the rows are purged after the retention.
EMAILS_MAX_ATTEMPTS = int(os.environ.get("EMAILS_MAX_ATTEMPTS", "5"))
EMAILS_RETENTION_DAYS = int(os.environ.get("EMAILS_RETENTION_DAYS", "30"))
# Signing a pledge or registering again with the same address sends at most one email per
# this many seconds: the page answers the same, the inbox is not flooded.
EMAILS_RESEND_INTERVAL = int(os.environ.get("EMAILS_RESEND_INTERVAL", str(5 * 60)))
# Personal data kept after the event or campaign ended (`purge_event_registrations`,
# `purge_unconfirmed_signatures`, daily from cron).
EVENTS_REGISTRATION_RETENTION_DAYS = int(
    os.environ.get("EVENTS_REGISTRATION_RETENTION_DAYS", "365")
)
CAMPAIGNS_SIGNATURE_RETENTION_DAYS = int(
    os.environ.get("CAMPAIGNS_SIGNATURE_RETENTION_DAYS", "365")
)

# Security: safe by default; dev.py relaxes what a laptop needs.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_FAILURE_VIEW = "home.views.csrf_failure"  # in the visitor's language
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview views frame themselves
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp 4). The public pages need nothing from other origins
# and no inline script or style. Wagtail 8's admin sets inline styles, and some of its widgets
# (image chooser, date-time chooser) emit inline scripts with per-field arguments that no hash
# can cover, so /admin/ alone gets 'unsafe-inline' from cms.middleware.
# https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {"style-src": [UNSAFE_INLINE], "script-src": [UNSAFE_INLINE]}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party avatars in the admin (and no CSP hole)

WAGTAIL_SITE_NAME = _("Forum of small communities")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.ForumImage"
# Its form makes a replaced file's renditions again (home/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ImageForm"
# The formats a <picture> offers before the image's own, best first (home/images.py): AVIF is
# a third smaller than WebP and takes twenty times longer to encode, in the task, never for a
# visitor.
IMAGE_MODERN_FORMATS = ["avif", "webp"]
WAGTAILDOCS_DOCUMENT_MODEL = "home.ForumDocument"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "ods",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# A new translation starts as a draft, whatever the state of its source: it goes live when
# someone who may publish in its locale publishes it (home/localize.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
