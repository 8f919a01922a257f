import json
import time
from pathlib import Path


class MetricsLogger:
    """Append-only JSONL metrics log inside the run directory."""

    def __init__(self, run_dir: str):
        self.path = Path(run_dir) / "metrics.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def log(self, record: dict) -> None:
        record = {"ts": time.time(), **record}
        with self.path.open("a") as f:
            f.write(json.dumps(record) + "\n")
