import pandas as pd
import pytest

from pipeline.quality import DataQualityError, check_orders


def _frame(n=200, nulls=0, negative=False):
    amounts = [10.0] * n
    for i in range(nulls):
        amounts[i] = None
    if negative:
        amounts[-1] = -5.0
    return pd.DataFrame({"order_id": range(n), "amount": amounts})


def test_clean_frame_passes():
    check_orders(_frame())


def test_too_many_nulls_fails():
    with pytest.raises(DataQualityError):
        check_orders(_frame(nulls=50))


def test_negative_amount_fails():
    with pytest.raises(DataQualityError, match="negative"):
        check_orders(_frame(negative=True))
