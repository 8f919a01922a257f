"""Weekly KPIs used by the notebook and the Monday report."""
from __future__ import annotations

import pandas as pd


def weekly_revenue(df: pd.DataFrame) -> pd.DataFrame:
    out = df.groupby("week", as_index=False)["revenue"].sum()
    return out.sort_values("week").reset_index(drop=True)


def week_over_week(weekly: pd.DataFrame) -> float:
    if len(weekly) < 2:
        raise ValueError("need at least two weeks")
    last, prev = weekly["revenue"].iloc[-1], weekly["revenue"].iloc[-2]
    return float((last - prev) / prev)
