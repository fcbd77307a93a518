"""The production cache configuration against a real Redis (CI starts one)."""

import os
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache

from portal.settings.env import cache_settings

REDIS_URL = os.environ.get("REDIS_URL")


def test_without_redis_url_the_cache_is_local_memory():
    assert cache_settings("")["default"]["BACKEND"].endswith("LocMemCache")


@pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL not set: no Redis server to test against")
def test_redis_cache_stores_and_expires_values():
    config = cache_settings(REDIS_URL)["default"]
    cache = RedisCache(config["LOCATION"], {"KEY_PREFIX": config["KEY_PREFIX"]})
    key = f"test-{uuid.uuid4()}"
    cache.set(key, {"reports": 1}, timeout=30)
    assert cache.get(key) == {"reports": 1}
    cache.delete(key)
    assert cache.get(key) is None
