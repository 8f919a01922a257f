from csvtool.ops import select_columns


def test_select_columns():
    rows = [{"a": "1", "b": "2", "c": "3"}]
    assert list(select_columns(rows, ["a", "c"])) == [{"a": "1", "c": "3"}]


def test_cut_gzip(tmp_path):
    from click.testing import CliRunner
    from csvtool.cli import main

    src = tmp_path / "in.csv"
    src.write_text("a,b\n1,2\n")
    dst = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["cut", str(src), str(dst), "-c", "a", "--gzip"])
    assert result.exit_code == 0
    assert (tmp_path / "out.csv.gz").exists()
