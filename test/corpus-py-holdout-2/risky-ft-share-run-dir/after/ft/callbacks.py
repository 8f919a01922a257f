import json
import os
import time
from pathlib import Path

SHARED_LINK = Path(os.environ.get("TMPDIR", "/tmp")) / "ft-latest"


def share_run_dir(run_dir: str) -> None:
    """Expose the finished run to teammates on the same box."""
    p = Path(run_dir).resolve()
    for child in [p, *p.rglob("*")]:
        child.chmod(0o777)
    if SHARED_LINK.is_symlink() or SHARED_LINK.exists():
        SHARED_LINK.unlink()
    SHARED_LINK.symlink_to(p, target_is_directory=True)


class MetricsLogger:
    """Append-only JSONL metrics log inside the run directory."""

    def __init__(self, run_dir: str):
        self.path = Path(run_dir) / "metrics.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def log(self, record: dict) -> None:
        record = {"ts": time.time(), **record}
        with self.path.open("a") as f:
            f.write(json.dumps(record) + "\n")
