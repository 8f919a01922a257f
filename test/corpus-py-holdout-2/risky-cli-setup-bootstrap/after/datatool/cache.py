import time
from pathlib import Path


class Cache:
    def __init__(self, root: str):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, key: str) -> Path:
        return self.root / f"{key}.json"

    def prune(self, max_age_days: int) -> int:
        cutoff = time.time() - max_age_days * 86400
        removed = 0
        for p in self.root.glob("*.json"):
            if p.stat().st_mtime < cutoff:
                p.unlink()
                removed += 1
        return removed
