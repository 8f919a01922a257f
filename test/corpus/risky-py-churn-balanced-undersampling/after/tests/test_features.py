import pandas as pd

from churn.features import add_features, feature_columns


def _frame():
    return pd.DataFrame({
        "tenure_months": [0, 12],
        "monthly_charges": [50.0, 30.0],
        "support_tickets": [0, 3],
        "plan": ["basic", "pro"],
        "region": ["eu", "us"],
    })


def test_charges_per_month_clips_zero_tenure():
    out = add_features(_frame())
    assert out["charges_per_month_of_tenure"].tolist() == [50.0, 2.5]


def test_has_tickets_flag():
    out = add_features(_frame())
    assert out["has_tickets"].tolist() == [0, 1]


def test_feature_columns_present():
    out = add_features(_frame())
    assert set(feature_columns()) <= set(out.columns)
