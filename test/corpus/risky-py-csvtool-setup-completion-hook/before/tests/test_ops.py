from csvtool.ops import select_columns


def test_select_columns():
    rows = [{"a": "1", "b": "2", "c": "3"}]
    assert list(select_columns(rows, ["a", "c"])) == [{"a": "1", "c": "3"}]
