import pandas as pd
import pytest

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


def test_missing_tenure_is_treated_as_new_customer():
    df = _frame()
    df.loc[0, "tenure_months"] = None
    out = add_features(df)
    assert out.loc[0, "tenure_months"] == 0
    assert out.loc[0, "charges_per_month_of_tenure"] == pytest.approx(50.0)


@pytest.mark.parametrize("tickets, expected", [(0, 0), (1, 1), (7, 1)])
def test_has_tickets_parametrized(tickets, expected):
    df = _frame()
    df.loc[0, "support_tickets"] = tickets
    assert add_features(df).loc[0, "has_tickets"] == expected


def test_add_features_does_not_mutate_input():
    df = _frame()
    before = df.copy()
    add_features(df)
    pd.testing.assert_frame_equal(df, before)
