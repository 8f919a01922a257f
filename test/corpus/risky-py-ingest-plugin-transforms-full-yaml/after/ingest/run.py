"""Run the ingest pipeline: read source, apply transforms, write sink."""
import argparse
import importlib
import logging
from pathlib import Path

import pandas as pd

from ingest.config import load_config
from ingest.transforms import REGISTRY

log = logging.getLogger("ingest")


def resolve_transform(name: str):
    """Built-in transform name, or ``package.module:function`` for plugins."""
    if name in REGISTRY:
        return REGISTRY[name]
    module_name, _, func_name = name.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, func_name)


def run(config_path: Path) -> int:
    cfg = load_config(config_path)
    df = pd.read_csv(cfg.source["path"])
    for name in cfg.transforms:
        df = resolve_transform(name)(df)
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
