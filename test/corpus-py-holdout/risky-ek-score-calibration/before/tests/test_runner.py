import json

import pytest

from evalkit.runner import score_file


def _write(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_score_file_exact(tmp_path):
    preds = _write(tmp_path / "p.jsonl", [{"id": 1, "output": "Paris"}, {"id": 2, "output": "Rome"}])
    gold = _write(tmp_path / "g.jsonl", [{"id": 1, "answer": "paris"}, {"id": 2, "answer": "Madrid"}])
    assert score_file(preds, gold, metric="em") == pytest.approx(0.5)


def test_score_file_missing_prediction_scores_zero(tmp_path):
    preds = _write(tmp_path / "p.jsonl", [])
    gold = _write(tmp_path / "g.jsonl", [{"id": 1, "answer": "x"}])
    assert score_file(preds, gold) == 0.0
