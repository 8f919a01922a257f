import pandas as pd

from churnlab.config import Config
from churnlab.data import split_frame


def _cfg():
    return Config(
        data={"target": "churned", "id_column": "customer_id"},
        split={"test_size": 0.25, "seed": 7},
        model={},
    )


def test_split_sizes():
    df = pd.DataFrame({"customer_id": range(100), "churned": [0, 1] * 50})
    train, test = split_frame(df, _cfg())
    assert len(train) == 75 and len(test) == 25


def test_split_keeps_customers_disjoint():
    df = pd.DataFrame({"customer_id": [i // 3 for i in range(90)], "churned": [0, 1, 0] * 30})
    train, test = split_frame(df, _cfg())
    assert set(train.customer_id).isdisjoint(set(test.customer_id))


def test_split_is_order_independent():
    df = pd.DataFrame({"customer_id": range(40), "churned": [0, 1] * 20})
    a, _ = split_frame(df, _cfg())
    b, _ = split_frame(df.sample(frac=1.0, random_state=3), _cfg())
    assert sorted(a.customer_id) == sorted(b.customer_id)
