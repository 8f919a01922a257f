import json
import os

import redis


class FeatureCache:
    def __init__(self, url: str | None = None, ttl: int = 300):
        self._r = redis.Redis.from_url(url or os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
        self.ttl = ttl

    def get(self, key: str):
        raw = self._r.get(f"feat:{key}")
        return json.loads(raw) if raw else None

    def set(self, key: str, value) -> None:
        self._r.setex(f"feat:{key}", self.ttl, json.dumps(value))
