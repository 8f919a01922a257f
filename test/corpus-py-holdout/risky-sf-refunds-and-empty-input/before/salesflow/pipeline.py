"""Daily sales aggregation pipeline."""
import logging
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
