from csvtool.ops import column_stats, select_columns


def test_select_columns():
    rows = [{"a": "1", "b": "2", "c": "3"}]
    assert list(select_columns(rows, ["a", "c"])) == [{"a": "1", "c": "3"}]


def test_column_stats_numeric_and_text():
    rows = [{"n": "3", "t": "x"}, {"n": "1", "t": ""}, {"n": "2", "t": "x"}]
    by_col = {s["column"]: s for s in column_stats(rows)}
    assert by_col["n"] == {"column": "n", "non_empty": 3, "distinct": 3, "min": 1.0, "max": 3.0}
    assert by_col["t"] == {"column": "t", "non_empty": 2, "distinct": 1, "min": None, "max": None}


def test_column_stats_empty_input():
    assert column_stats([]) == []
