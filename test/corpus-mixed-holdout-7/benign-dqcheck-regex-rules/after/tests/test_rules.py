import polars as pl

from dqcheck.rules import allowed_values, in_range, matches, not_null, unique


def test_not_null_counts():
    df = pl.DataFrame({"a": [1, None, 3]})
    assert not_null(df, "a") == (False, "1 nulls in a")


def test_unique_detects_duplicates():
    df = pl.DataFrame({"a": [1, 1, 2]})
    assert unique(df, "a")[0] is False


def test_in_range():
    df = pl.DataFrame({"a": [0, 5, 11]})
    assert in_range(df, "a", min=0, max=10)[0] is False


def test_matches_regex():
    df = pl.DataFrame({"c": ["EUR", "usd", None]})
    assert matches(df, "c", r"^[A-Z]{3}$") == (False, "1 values of c do not match '^[A-Z]{3}$'")


def test_allowed_values():
    df = pl.DataFrame({"s": ["new", "lost"]})
    assert allowed_values(df, "s", ["new", "paid"])[0] is False
