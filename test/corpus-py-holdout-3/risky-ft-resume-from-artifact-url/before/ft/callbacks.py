"""Lightweight training callbacks."""
import json
import logging
import time
from pathlib import Path

logger = logging.getLogger(__name__)


class MetricsLogger:
    def __init__(self, output_dir: str):
        self.path = Path(output_dir) / "metrics.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def on_step(self, step: int, metrics: dict) -> None:
        record = {"step": step, "time": time.time(), **metrics}
        with self.path.open("a") as fh:
            fh.write(json.dumps(record) + "\n")
        if step % 50 == 0:
            logger.info("step %d: %s", step, metrics)

    def on_train_end(self, summary: dict) -> None:
        (self.path.parent / "summary.json").write_text(json.dumps(summary, indent=2))
