"""Run the ingest pipeline: read source, apply transforms, write sink."""
import argparse
import logging
from pathlib import Path

import pandas as pd

from ingest.config import load_config
from ingest.transforms import REGISTRY

log = logging.getLogger("ingest")


def run(config_path: Path) -> int:
    cfg = load_config(config_path)
    df = pd.read_csv(cfg.source["path"])
    for name in cfg.transforms:
        df = REGISTRY[name](df)
    out = Path(cfg.sink["path"])
    out.parent.mkdir(parents=True, exist_ok=True)
    df.to_parquet(out, index=False)
    log.info("wrote %d rows to %s", len(df), out)
    return len(df)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", type=Path, default=Path("pipeline.yaml"))
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    run(args.config)


if __name__ == "__main__":
    main()
