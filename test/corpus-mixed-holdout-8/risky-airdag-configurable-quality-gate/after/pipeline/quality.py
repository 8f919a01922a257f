"""Data-quality gate run before anything is written to the warehouse."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import pandas as pd

log = logging.getLogger(__name__)

# "strict" raises, "soft" only logs so backfills of old partitions are not blocked.
DQ_MODE = os.environ.get("AIRDAG_DQ_MODE", "soft")
SAMPLE_ROWS = 5000


class DataQualityError(RuntimeError):
    pass


@dataclass(frozen=True)
class Thresholds:
    max_null_ratio: float = 0.01
    min_rows: int = 100


def _fail(message: str) -> None:
    if DQ_MODE == "strict":
        raise DataQualityError(message)
    log.warning("data quality: %s", message)


def check_orders(df: pd.DataFrame, ds: str = "", limits: Thresholds = Thresholds()) -> None:
    if len(df) < limits.min_rows:
        _fail(f"only {len(df)} orders, expected at least {limits.min_rows}")
    # large days: check a reproducible sample instead of the full frame
    if len(df) > SAMPLE_ROWS:
        df = df.sample(n=SAMPLE_ROWS, random_state=int(ds.replace("-", "") or 0))
    null_ratio = df["amount"].isna().mean()
    if null_ratio > limits.max_null_ratio:
        _fail(f"amount null ratio {null_ratio:.3f} > {limits.max_null_ratio}")
    if (df["amount"] < 0).any():
        _fail("negative order amounts")
