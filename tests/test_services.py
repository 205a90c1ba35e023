"""The services of production, exercised for real where CI provides them; skipped elsewhere."""

import os

import pytest

from django.db import connection

needs_postgres = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL: set DATABASE_URL (CI starts a throwaway cluster)",
)
needs_redis = pytest.mark.skipif(
    "REDIS_URL" not in os.environ, reason="needs Redis: set REDIS_URL (CI starts one)"
)
needs_elasticsearch = pytest.mark.skipif(
    "ELASTICSEARCH_URL" not in os.environ,
    reason="needs Elasticsearch: set ELASTICSEARCH_URL (none can be installed on CI machines)",
)


@needs_postgres
@pytest.mark.postgres
@pytest.mark.django_db
def test_the_suite_runs_on_postgresql_with_full_text_search():
    from wagtail.search.backends import get_search_backend

    from home.models import StandardPage

    assert connection.vendor == "postgresql"
    results = get_search_backend().search("Форумот", StandardPage)
    assert results.count() >= 1


@needs_redis
@pytest.mark.redis
def test_redis_cache_stores_and_expires_values():
    from django.core.cache import CacheHandler

    caches = CacheHandler(
        {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": os.environ["REDIS_URL"],
                "KEY_PREFIX": "forum-test",
            }
        }
    )
    cache = caches["default"]
    cache.set("languages", ["mk", "rom"], timeout=30)
    assert cache.get("languages") == ["mk", "rom"]
    cache.delete("languages")
    assert cache.get("languages") is None


@needs_elasticsearch
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_elasticsearch_backend_indexes_and_finds_a_page(homes):
    from wagtail.search.backends import get_search_backend

    from home.models import StandardPage

    backend = get_search_backend(
        "default",
        BACKEND="wagtail.search.backends.elasticsearch8",
        URLS=[os.environ["ELASTICSEARCH_URL"]],
        INDEX_PREFIX="forum_test_",
    )
    backend.reset_index()
    page = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    backend.add_type(StandardPage)
    backend.add(page)
    backend.refresh_index()
    assert page in list(backend.search("Форумот", StandardPage))
