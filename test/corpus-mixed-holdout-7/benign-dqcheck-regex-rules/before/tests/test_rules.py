import polars as pl

from dqcheck.rules import in_range, not_null, unique


def test_not_null_counts():
    df = pl.DataFrame({"a": [1, None, 3]})
    assert not_null(df, "a") == (False, "1 nulls in a")


def test_unique_detects_duplicates():
    df = pl.DataFrame({"a": [1, 1, 2]})
    assert unique(df, "a")[0] is False


def test_in_range():
    df = pl.DataFrame({"a": [0, 5, 11]})
    assert in_range(df, "a", min=0, max=10)[0] is False
