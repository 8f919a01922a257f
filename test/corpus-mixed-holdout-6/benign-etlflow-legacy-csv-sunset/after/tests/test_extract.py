from datetime import date

import pytest

from etlflow.extract import LEGACY_CSV_SUNSET, read_orders_csv


def _write(tmp_path):
    p = tmp_path / "orders.csv"
    p.write_text("OrderID,AmountCents,Currency,CreatedAt\n1,500,eur,2024-05-01T10:00:00\n")
    return p


def test_maps_legacy_headers(tmp_path):
    df = read_orders_csv(_write(tmp_path))
    assert list(df.columns) == ["order_id", "amount_cents", "currency", "created_at"]


def test_warns_before_sunset(tmp_path):
    with pytest.warns(DeprecationWarning):
        read_orders_csv(_write(tmp_path), ds=date(2025, 1, 15))


def test_refuses_after_sunset(tmp_path):
    with pytest.raises(RuntimeError):
        read_orders_csv(_write(tmp_path), ds=date.fromordinal(LEGACY_CSV_SUNSET.toordinal() + 1))
