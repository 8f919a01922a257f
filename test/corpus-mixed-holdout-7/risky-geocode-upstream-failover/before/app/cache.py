"""Tiny on-disk cache for upstream responses."""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from .settings import settings


def _path_for(key: str) -> Path:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return settings.cache_dir / digest[:2] / f"{digest}.json"


def get(key: str) -> Any | None:
    path = _path_for(key)
    if not path.exists():
        return None
    entry = json.loads(path.read_text(encoding="utf-8"))
    if time.time() - entry["ts"] > settings.cache_ttl_seconds:
        path.unlink(missing_ok=True)
        return None
    return entry["value"]


def put(key: str, value: Any) -> None:
    path = _path_for(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"ts": time.time(), "value": value}), encoding="utf-8")
