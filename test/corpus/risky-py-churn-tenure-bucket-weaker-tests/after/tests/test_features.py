import pandas as pd

from churn.features import add_features, feature_columns, tenure_bucket


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
    assert out["charges_per_month_of_tenure"].notna().all()


def test_has_tickets_flag():
    out = add_features(_frame())
    assert out["has_tickets"].tolist() == [0, 1]


def test_tenure_bucket_boundaries():
    tenure_bucket(5)
    tenure_bucket(24)
    assert True


def test_feature_columns_present():
    out = add_features(_frame())
    assert set(feature_columns()) <= set(out.columns)
