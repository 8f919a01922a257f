import numpy as np
import pandas as pd

from salesflow.pipeline import aggregate, clean
from salesflow.split import holdout_split


def _orders():
    return pd.DataFrame({
        "order_id": [1, 2, 3, 4, None],
        "amount": [10.0, -5.0, 7.5, 2.5, 3.0],
        "region": [" eu", "us ", "EU", "us", "eu"],
        "day": ["2024-01-01"] * 5,
    })


def test_clean_drops_bad_rows():
    df = clean(_orders())
    assert len(df) == 3
    assert set(df["region"]) == {"EU", "US"}


def test_aggregate_revenue():
    agg = aggregate(clean(_orders()))
    eu = agg[agg["region"] == "EU"]["revenue"].item()
    assert eu == 17.5


def test_holdout_fraction():
    df = pd.DataFrame({"x": range(10_000)})
    train, audit = holdout_split(df, frac=0.1, rng=np.random.default_rng(0))
    assert 800 < len(audit) < 1200
    assert len(train) + len(audit) == len(df)
