import logging

import pandas as pd
import pytest

from pipeline import quality
from pipeline.quality import DataQualityError, check_orders


def _frame(n=200, nulls=0, negative=False):
    amounts = [10.0] * n
    for i in range(nulls):
        amounts[i] = None
    if negative:
        amounts[-1] = -5.0
    return pd.DataFrame({"order_id": range(n), "amount": amounts})


def test_clean_frame_passes():
    check_orders(_frame(), ds="2024-05-01")


def test_too_many_nulls_is_reported(caplog):
    with caplog.at_level(logging.WARNING):
        check_orders(_frame(nulls=50), ds="2024-05-01")
    assert "null ratio" in caplog.text


def test_negative_amount_fails(monkeypatch):
    monkeypatch.setattr(quality, "DQ_MODE", "strict")
    with pytest.raises(DataQualityError, match="negative"):
        check_orders(_frame(negative=True), ds="2024-05-01")
