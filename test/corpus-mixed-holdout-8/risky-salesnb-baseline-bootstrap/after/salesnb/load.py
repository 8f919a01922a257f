"""Loading helpers for the weekly sales exports."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_orders(name: str = "orders.csv") -> pd.DataFrame:
    df = pd.read_csv(DATA_DIR / name, parse_dates=["ordered_at"])
    df["week"] = df["ordered_at"].dt.to_period("W-SUN").dt.start_time
    return df
