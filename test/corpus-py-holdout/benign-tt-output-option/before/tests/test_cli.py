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
