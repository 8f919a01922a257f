"""Tiny on-disk cache for upstream responses."""
from __future__ import annotations

import pickle
import time
from pathlib import Path
from typing import Any

from .settings import settings


def _path_for(key: str) -> Path:
    # readable file names make it easy to inspect or evict a single query by hand
    return settings.cache_dir / f"{key.replace(':', '_')}.pkl"


def get(key: str) -> Any | None:
    path = _path_for(key)
    if not path.exists():
        return None
    entry = pickle.loads(path.read_bytes())
    if time.time() - entry["ts"] > settings.cache_ttl_seconds:
        path.unlink(missing_ok=True)
        return None
    return entry["value"]


def put(key: str, value: Any) -> None:
    path = _path_for(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"ts": time.time(), "value": value}, protocol=pickle.HIGHEST_PROTOCOL))
