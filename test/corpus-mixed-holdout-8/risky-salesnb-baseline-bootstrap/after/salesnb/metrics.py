"""Weekly KPIs used by the notebook and the Monday report."""
from __future__ import annotations

import numpy as np
import pandas as pd


def weekly_revenue(df: pd.DataFrame) -> pd.DataFrame:
    out = df.groupby("week", as_index=False)["revenue"].sum()
    return out.sort_values("week").reset_index(drop=True)


def week_over_week(weekly: pd.DataFrame) -> float:
    if len(weekly) < 2:
        raise ValueError("need at least two weeks")
    last, prev = weekly["revenue"].iloc[-1], weekly["revenue"].iloc[-2]
    return float((last - prev) / prev)


def bootstrap_growth_ci(orders: pd.DataFrame, n_boot: int = 2000, alpha: float = 0.05) -> tuple[float, float]:
    """Percentile bootstrap CI for week-over-week growth, resampling individual orders."""
    weekly = weekly_revenue(orders)
    # seeded from the export itself so re-running the notebook on the same data is reproducible
    rng = np.random.default_rng(int(weekly["revenue"].sum()) % 2**32)
    last = orders.loc[orders["week"] == weekly["week"].iloc[-1], "revenue"].to_numpy()
    prev = orders.loc[orders["week"] == weekly["week"].iloc[-2], "revenue"].to_numpy()
    stats = [
        (rng.choice(last, len(last)).sum() - (p := rng.choice(prev, len(prev)).sum())) / p
        for _ in range(n_boot)
    ]
    lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
