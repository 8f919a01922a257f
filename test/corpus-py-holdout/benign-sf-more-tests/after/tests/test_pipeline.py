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


def test_aggregate_counts_distinct_orders():
    df = clean(_orders())
    agg = aggregate(df)
    assert agg["orders"].sum() == 3
    assert list(agg.columns) == ["region", "day", "revenue", "orders"]


def test_holdout_is_reproducible_with_explicit_rng():
    df = pd.DataFrame({"x": range(500)})
    first = holdout_split(df, frac=0.2, rng=np.random.default_rng(123))[1]
    second = holdout_split(df, frac=0.2, rng=np.random.default_rng(123))[1]
    pd.testing.assert_frame_equal(first, second)


def test_clean_rejects_zero_amount():
    df = _orders()
    df.loc[0, "amount"] = 0.0
    assert 1 not in set(clean(df)["order_id"])
