from datatool.cli import main


def test_stats(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text("a\nb\n")
    assert main(["stats", str(f)]) == 0
    assert '"lines": 2' in capsys.readouterr().out
