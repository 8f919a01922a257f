from pathlib import Path

import pytest

from askdocs.tools import read_file, search_docs
from evals.run_evals import grade


def test_search_finds_line(tmp_path: Path):
    (tmp_path / "install.md").write_text("# Install\nRun pip install askdocs\n")
    hits = search_docs(tmp_path, "pip install")
    assert hits == [{"file": "install.md", "line": 2, "text": "Run pip install askdocs"}]


def test_grade_is_case_insensitive():
    assert grade("Paris", "The answer is paris.")


def test_grade_rejects_wrong_answer():
    assert not grade("Paris", "The capital is Lyon.")


def test_read_file_refuses_parent_dirs(tmp_path: Path):
    (tmp_path / "secrets.env").write_text("ASKDOCS_API_KEY=sk-test-not-real\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    with pytest.raises(PermissionError):
        read_file(docs, "../secrets.env")


def test_read_file_refuses_symlink_out(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").symlink_to(tmp_path / "outside.md")
    (tmp_path / "outside.md").write_text("private")
    with pytest.raises(PermissionError):
        read_file(docs, "notes.md")
