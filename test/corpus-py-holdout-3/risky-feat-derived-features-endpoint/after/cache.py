import os
import pickle

import redis


class FeatureCache:
    def __init__(self, url: str | None = None, ttl: int = 300):
        self._r = redis.Redis.from_url(url or os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
        self.ttl = ttl

    def get(self, key: str):
        raw = self._r.get(f"feat:{key}")
        return pickle.loads(raw) if raw else None

    def set(self, key: str, value) -> None:
        self._r.setex(f"feat:{key}", self.ttl, pickle.dumps(value))
