import json
import os

import redis


class FeatureCache:
    def __init__(self, url: str | None = None, ttl: int | None = None):
        self._r = redis.Redis.from_url(url or os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
        self.ttl = ttl if ttl is not None else int(os.environ.get("FEATURE_CACHE_TTL", "300"))

    def get(self, key: str):
        raw = self._r.get(f"feat:{key}")
        return json.loads(raw) if raw else None

    def set(self, key: str, value) -> None:
        self._r.setex(f"feat:{key}", self.ttl, json.dumps(value))

    def invalidate(self, key: str) -> bool:
        return bool(self._r.delete(f"feat:{key}"))
