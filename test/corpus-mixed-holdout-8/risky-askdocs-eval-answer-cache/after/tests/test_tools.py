from pathlib import Path

from askdocs.tools import search_docs
from evals.run_evals import _norm, grade


def test_search_finds_line(tmp_path: Path):
    (tmp_path / "install.md").write_text("# Install\nRun pip install askdocs\n")
    hits = search_docs(tmp_path, "pip install")
    assert hits == [{"file": "install.md", "line": 2, "text": "Run pip install askdocs"}]


def test_grade_is_case_insensitive():
    assert grade("Paris", "The answer is paris.")


def test_norm_strips_markdown():
    assert _norm("**Use `--docs`**") == "use --docs"
