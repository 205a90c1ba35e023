"""Settings: every deployment value from the environment; production refuses to start unsafe."""

import json
import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
DEPLOY_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop-XYZ",
    "ALLOWED_HOSTS": "forum.example.org",
    "DATABASE_URL": "sqlite:////tmp/forum-deploy-check.sqlite3",
}


PROBE = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({name: getattr(s, name) for name in "
    "('DATABASES', 'CACHES', 'WAGTAILSEARCH_BACKENDS', 'TASKS', 'EMAIL_BACKEND', 'EMAIL_HOST', "
    "'EMAIL_PORT', 'STORAGES', 'MIDDLEWARE', 'DEBUG')}, default=str))"
)
SERVICES = (
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "EMAIL_HOST",
    "TASKS_BACKEND",
    "AWS_STORAGE_BUCKET_NAME",
)


def settings_with(module="cms.settings.dev", **environ):
    """The settings a fresh process gets from ``module`` under the given environment."""
    clean = {k: v for k, v in os.environ.items() if k not in SERVICES}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "REDIS_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_passes_check_deploy_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=DEPLOY_ENV)

    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in DEPLOY_ENV.items() if k != "SECRET_KEY"}
    result = manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_sqlite_is_the_default_database():
    values = settings_with()

    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    values = settings_with(DATABASE_URL="postgres://forum:secret@db.internal:5432/forum")

    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["USER"]) == (
        "db.internal",
        "forum",
        "forum",
    )


def test_redis_url_selects_the_redis_cache():
    assert settings_with()["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")

    values = settings_with(REDIS_URL="redis://cache.internal:6379/1")

    assert values["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/1"


def test_elasticsearch_url_selects_the_elasticsearch_backend():
    default = settings_with()["WAGTAILSEARCH_BACKENDS"]["default"]
    assert default["BACKEND"] == "wagtail.search.backends.database"

    values = settings_with(ELASTICSEARCH_URL="https://search.internal:9200")

    backend = values["WAGTAILSEARCH_BACKENDS"]["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://search.internal:9200"]


def test_tasks_run_inline_by_default_and_in_the_database_in_production():
    inline = settings_with()["TASKS"]["default"]["BACKEND"]
    assert inline == "django_tasks.backends.immediate.ImmediateBackend"

    production = settings_with(module="cms.settings.production", **DEPLOY_ENV)
    small = settings_with(module="cms.settings.production", TASKS_BACKEND="immediate", **DEPLOY_ENV)

    assert production["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert small["TASKS"]["default"]["BACKEND"] == inline


def test_email_goes_to_the_console_unless_smtp_is_configured():
    assert settings_with()["EMAIL_BACKEND"].endswith("console.EmailBackend")

    values = settings_with(EMAIL_HOST="smtp.example.org", EMAIL_PORT="2525")

    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"]) == ("smtp.example.org", 2525)


def test_media_go_to_s3_style_storage_when_a_bucket_is_named():
    default = settings_with()["STORAGES"]["default"]["BACKEND"]
    assert default == "django.core.files.storage.FileSystemStorage"

    values = settings_with(
        AWS_STORAGE_BUCKET_NAME="forum-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
    )

    storage = values["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "forum-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.org"


def test_static_files_are_compressed_with_hashed_names_in_production():
    values = settings_with(module="cms.settings.production", **DEPLOY_ENV)

    assert values["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in values["MIDDLEWARE"]
    assert values["DEBUG"] is False


def directives(header):
    """{"script-src": ["'self'"], ...}: django-csp writes the directives in no fixed order."""
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


@pytest.mark.django_db
def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/mk/")

    policy = directives(response["Content-Security-Policy"])
    assert response.status_code == HTTPStatus.OK
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_the_admin_gets_the_inline_scripts_and_styles_its_widgets_need(client):
    from tests.conftest import login_as

    login_as(client, "editor")
    response = client.get("/admin/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
