import pandas as pd

from recsys.data import dataset_seed, split


def test_dataset_seed_is_stable():
    df = pd.DataFrame({"user_id": ["a", "b"], "item_id": ["x", "y"]})
    assert dataset_seed(df) == dataset_seed(df.copy())


def test_split_is_deterministic():
    df = pd.DataFrame({"user_id": list("abcdefgh"), "item_id": list("stuvwxyz")})
    a, _ = split(df, 0.5, dataset_seed(df))
    b, _ = split(df, 0.5, dataset_seed(df))
    assert a.equals(b)
