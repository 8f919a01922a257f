import pandas as pd

from etlflow.transform import clean_orders, daily_revenue


def _orders():
    return pd.DataFrame({
        "order_id": [1, 1, 2, 3],
        "amount_cents": [500, 500, -20, 1200],
        "currency": ["eur", "eur", "usd", "Eur"],
        "created_at": pd.to_datetime(["2024-05-01 10:00", "2024-05-01 10:00", "2024-05-01 11:00", "2024-05-01 12:00"]),
    })


def test_clean_orders_dedupes_and_drops_negative():
    out = clean_orders(_orders())
    assert list(out.order_id) == [1, 3]
    assert set(out.currency) == {"EUR"}


def test_daily_revenue_sums_per_currency():
    out = daily_revenue(clean_orders(_orders()))
    assert out.loc[0, "revenue_cents"] == 1700
