"""Tiny on-disk cache so repeated `pricewatch check` calls don't hammer the shops."""
import hashlib
import os
import pickle
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("PRICEWATCH_CACHE_DIR", Path.home() / ".cache" / "pricewatch"))
TTL_SECONDS = 15 * 60


def _path_for(url: str) -> Path:
    return CACHE_DIR / (hashlib.sha1(url.encode()).hexdigest() + ".pkl")


def get(url: str) -> dict | None:
    path = _path_for(url)
    if not path.exists() or time.time() - path.stat().st_mtime > TTL_SECONDS:
        return None
    with path.open("rb") as fh:
        return pickle.load(fh)


def put(url: str, record: dict) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with _path_for(url).open("wb") as fh:
        pickle.dump(record, fh)
