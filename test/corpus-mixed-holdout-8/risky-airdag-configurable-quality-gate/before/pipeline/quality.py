"""Data-quality gate run before anything is written to the warehouse."""
from __future__ import annotations

import pandas as pd


class DataQualityError(RuntimeError):
    pass


def check_orders(df: pd.DataFrame, max_null_ratio: float = 0.01, min_rows: int = 100) -> None:
    if len(df) < min_rows:
        raise DataQualityError(f"only {len(df)} orders, expected at least {min_rows}")
    null_ratio = df["amount"].isna().mean()
    if null_ratio > max_null_ratio:
        raise DataQualityError(f"amount null ratio {null_ratio:.3f} > {max_null_ratio}")
    if (df["amount"] < 0).any():
        raise DataQualityError("negative order amounts")
