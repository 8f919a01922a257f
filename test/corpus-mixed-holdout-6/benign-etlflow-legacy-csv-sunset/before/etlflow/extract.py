from pathlib import Path

import pandas as pd


def read_orders_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=["created_at"])
