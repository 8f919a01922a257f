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
