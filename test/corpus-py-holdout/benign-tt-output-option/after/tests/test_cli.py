import io

from tabtool import commands


def test_head(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("a,b\n1,2\n3,4\n5,6\n")
    buf = io.StringIO()
    commands.head(p, 2, out=buf)
    assert buf.getvalue() == "1,2\n3,4\n"


def test_stats(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("a,b\n1,x\n3,y\n")
    buf = io.StringIO()
    commands.stats(p, out=buf)
    assert "a: n=2 mean=2.000" in buf.getvalue()


def test_stats_output_file(tmp_path):
    from tabtool.cli import main

    src = tmp_path / "t.csv"
    src.write_text("a\n2\n4\n")
    dest = tmp_path / "stats.txt"
    assert main(["stats", str(src), "--output", str(dest)]) == 0
    assert dest.read_text() == "a: n=2 mean=3.000\n"
