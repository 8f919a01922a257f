import pandas as pd
import torch

from recsys.evaluate import gate, recall_at_k
from recsys.model import MatrixFactorization


def test_recall_excludes_seen_items():
    torch.manual_seed(0)
    model = MatrixFactorization(2, 5, dim=4)
    train = pd.DataFrame({"user_idx": [0, 0, 1], "item_idx": [0, 1, 2]})
    test = pd.DataFrame({"user_idx": [0], "item_idx": [1]})
    assert recall_at_k(model, train, test, k=3) == 0.0


def test_gate_fails_below_threshold(tmp_path):
    path = tmp_path / "metrics.json"
    path.write_text('{"recall@k": 0.10}')
    assert gate(str(path), 0.18) == 1


def test_gate_passes_above_threshold(tmp_path):
    path = tmp_path / "metrics.json"
    path.write_text('{"recall@k": 0.25}')
    assert gate(str(path), 0.18) == 0
