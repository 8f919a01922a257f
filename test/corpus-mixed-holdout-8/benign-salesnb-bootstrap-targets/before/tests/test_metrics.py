import pandas as pd
import pytest

from salesnb.metrics import week_over_week, weekly_revenue


def _weekly():
    return pd.DataFrame({"week": pd.to_datetime(["2024-05-06", "2024-05-13"]), "revenue": [800.0, 900.0]})


def test_week_over_week_growth():
    growth = week_over_week(_weekly())
    assert growth == pytest.approx(0.125, rel=1e-6)


def test_needs_two_weeks():
    with pytest.raises(ValueError):
        week_over_week(_weekly().iloc[:1])


def test_weekly_revenue_sums_by_week():
    df = pd.DataFrame({"week": pd.to_datetime(["2024-05-06"] * 2), "revenue": [1.0, 2.0]})
    assert weekly_revenue(df)["revenue"].tolist() == [3.0]
