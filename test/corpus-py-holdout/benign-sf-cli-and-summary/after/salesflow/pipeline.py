"""Daily sales aggregation pipeline."""
import argparse
import logging
import os
from pathlib import Path

import pandas as pd

from .io import read_orders, write_report
from .split import holdout_split

log = logging.getLogger(__name__)


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.dropna(subset=["order_id", "amount"])
    df = df[df["amount"] > 0]
    df["region"] = df["region"].str.strip().str.upper()
    return df


def aggregate(df: pd.DataFrame) -> pd.DataFrame:
    return (
        df.groupby(["region", "day"], as_index=False)
        .agg(revenue=("amount", "sum"), orders=("order_id", "nunique"))
        .sort_values(["day", "region"])
    )


def run(src: Path, out_dir: Path) -> Path:
    orders = clean(read_orders(src))
    train, audit = holdout_split(orders, frac=0.1)
    log.info("rows=%d audit=%d", len(train), len(audit))
    report = aggregate(train)
    return write_report(report, out_dir / "daily_revenue.csv")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Aggregate daily revenue per region.")
    parser.add_argument("src", type=Path)
    parser.add_argument("--out-dir", type=Path, default=Path("out"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper())
    path = run(args.src, args.out_dir)
    log.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
