"""Remove expired entries from the on-disk cache.

Run periodically, e.g. ``python -m app.purge --dry-run``.
"""
from __future__ import annotations

import argparse
import json
import time

from .settings import settings


def purge(dry_run: bool = False) -> int:
    removed = 0
    now = time.time()
    for path in settings.cache_dir.glob("*/*.json"):
        try:
            ts = json.loads(path.read_text(encoding="utf-8"))["ts"]
        except (OSError, ValueError, KeyError):
            ts = 0.0
        if now - ts > settings.cache_ttl_seconds:
            removed += 1
            if not dry_run:
                path.unlink(missing_ok=True)
    return removed


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    print(f"{'would remove' if args.dry_run else 'removed'} {purge(args.dry_run)} entries")
